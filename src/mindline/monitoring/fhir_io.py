"""FHIR R4 export and import of a patient's questionnaires (STANDARDS.md §1).

Export builds a collection Bundle (Patient, Questionnaire, QuestionnaireResponse, an
Observation per score, a Flag for active risk) with the pure builders in
`mindline.measures.fhir`; `check_bundle` validates it with `fhir.resources.R4B` plus our own
code checks, since the models do not check terminology (§1.2). Import accepts PHQ-9 and
GAD-7 QuestionnaireResponses and is all-or-nothing: any failing resource means nothing stored.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import ValidationError
from sqlalchemy.orm import Session

from mindline.accounts import service as accounts_service
from mindline.care import service as care_service
from mindline.core import clock
from mindline.core.errors import MindlineError
from mindline.measures import fhir as mfhir
from mindline.measures import get_instrument
from mindline.monitoring import responses
from mindline.monitoring.enums import ResponseSource
from mindline.monitoring.models import QuestionnaireResponse

Resource = dict[str, Any]
PATIENT_SYSTEM = "urn:mindline:patient"
FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category"
SAFETY_TEXT = {
    "phq9": "Suicide/self-harm risk: PHQ-9 item 9 endorsed or unanswered - safety review required",
    "asq": "Suicide risk: positive ASQ screen - safety assessment required",
}


def _patient_resource(session: Session, patient_id: int) -> Resource:
    patient = care_service.get_or_raise(session=session, patient_id=patient_id)
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    resource: Resource = {
        "resourceType": "Patient",
        "id": f"patient-{patient.id}",
        "identifier": [{"system": PATIENT_SYSTEM, "value": str(patient.id)}],
        "name": [{"text": user.display_name}],
        "address": [{"country": patient.country}],
        "communication": [
            {"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": patient.language}]}}
        ],
    }
    if patient.birth_date:
        resource["birthDate"] = patient.birth_date.isoformat()
    return resource


def _flags(rows: list[QuestionnaireResponse], patient_ref: str) -> list[Resource]:
    """A Flag per screen whose latest response still routes to the safety workflow."""
    latest: dict[str, QuestionnaireResponse] = {}
    for row in rows:
        latest[row.instrument] = row
    found = []
    for instrument, text in SAFETY_TEXT.items():
        last = latest.get(instrument)
        if last is None or "safety_workflow" not in last.flags:
            continue
        found.append(
            {
                "resourceType": "Flag",
                "id": f"flag-{last.id}",
                "status": "active",
                "category": [{"coding": [{"system": FLAG_CATEGORY, "code": "clinical"}]}],
                "code": {"text": text},
                "subject": {"reference": patient_ref},
                "period": {"start": last.created_at.isoformat()},
            }
        )
    return found


def export_bundle(*, session: Session, patient_id: int, base_url: str) -> Resource:
    """Build a collection Bundle of one patient's questionnaires, scores and risk flags."""
    patient = _patient_resource(session, patient_id)
    ref = f"Patient/{patient['id']}"
    rows = list(responses.list_for_patient(session=session, patient_id=patient_id))
    resources: list[Resource] = [patient]
    for instrument in sorted({r.instrument for r in rows}):
        resources.append(mfhir.questionnaire(instrument, enable_cssrs=True))
    for row in rows:
        qr_id = f"qr-{row.id}"
        resources.append(
            mfhir.questionnaire_response(
                row.instrument,
                row.answers,
                patient_ref=ref,
                authored=row.authored_at,
                response_id=qr_id,
                enable_cssrs=True,
            )
        )
        resources.append(
            mfhir.observation(
                responses.recompute(row),
                patient_ref=ref,
                effective=row.authored_at,
                response_ref=f"QuestionnaireResponse/{qr_id}",
                observation_id=f"obs-{row.id}",
            )
        )
    resources += _flags(rows, ref)
    base = base_url.rstrip("/") + "/fhir"
    return {
        "resourceType": "Bundle",
        "id": str(uuid.uuid4()),
        "type": "collection",
        "timestamp": clock.now().isoformat(),
        "entry": [
            {"fullUrl": f"{base}/{r['resourceType']}/{r['id']}", "resource": r} for r in resources
        ],
    }


# --- checks ---------------------------------------------------------------------------------


def _model_problems(resource: Resource) -> list[str]:
    from fhir.resources.R4B import get_fhir_model_class

    name = f"{resource.get('resourceType')}/{resource.get('id', '(no id)')}"
    try:
        get_fhir_model_class(str(resource.get("resourceType"))).model_validate(resource)
    except (ValidationError, KeyError, ValueError) as exc:
        return [f"{name}: not valid FHIR R4: {str(exc).splitlines()[0]}"]
    return []


def check_bundle(bundle: Resource) -> list[str]:
    """Problems found in an exported Bundle: R4B structure plus status and code checks."""
    from fhir.resources.R4B.bundle import Bundle

    problems: list[str] = []
    try:
        Bundle.model_validate(bundle)
    except ValidationError as exc:
        problems.append(f"Bundle: not valid FHIR R4: {str(exc).splitlines()[0]}")
    resources = [e["resource"] for e in bundle.get("entry", [])]
    by_type: dict[str, list[Resource]] = {}
    for resource in resources:
        problems += _model_problems(resource)
        by_type.setdefault(resource["resourceType"], []).append(resource)
    patients = {f"Patient/{p['id']}" for p in by_type.get("Patient", [])}
    questionnaires = {q["url"]: q for q in by_type.get("Questionnaire", [])}
    instrument_of: dict[str, str] = {}
    for qr in by_type.get("QuestionnaireResponse", []):
        name = f"QuestionnaireResponse/{qr['id']}"
        instrument_of[name] = ""
        if qr.get("status") not in ("completed", "amended"):
            problems.append(f"{name}: status {qr.get('status')!r}")
        if qr.get("subject", {}).get("reference") not in patients:
            problems.append(f"{name}: subject is not the bundle's Patient")
        questionnaire = questionnaires.get(str(qr.get("questionnaire", "")).split("|")[0])
        if questionnaire is None:
            problems.append(f"{name}: questionnaire {qr.get('questionnaire')!r} not in bundle")
            continue
        instrument_of[name] = questionnaire["id"].replace("-", "_")
        allowed = {
            item["linkId"]: {
                (o["valueCoding"]["system"], o["valueCoding"]["code"])
                for o in item.get("answerOption", [])
            }
            for item in questionnaire["item"]
        }
        for item in qr.get("item", []):
            for answer in item.get("answer", []):
                coding = answer.get("valueCoding", {})
                if (coding.get("system"), coding.get("code")) not in allowed.get(
                    item["linkId"], set()
                ):
                    problems.append(f"{name} {item['linkId']}: answer code not in Questionnaire")
    for obs in by_type.get("Observation", []):
        name = f"Observation/{obs['id']}"
        if obs.get("status") != "final":
            problems.append(f"{name}: status must be final")
        categories = {c["code"] for cat in obs.get("category", []) for c in cat["coding"]}
        if "survey" not in categories:
            problems.append(f"{name}: category must include survey")
        source = obs.get("derivedFrom", [{}])[0].get("reference", "")
        instrument_id = instrument_of.get(source)
        if not instrument_id:
            problems.append(f"{name}: derivedFrom {source!r} is not a response in the bundle")
            continue
        loinc = get_instrument(instrument_id).loinc_total
        codes = {(c["system"], c["code"]) for c in obs["code"]["coding"]}
        if loinc and (mfhir.LOINC, loinc) not in codes:
            problems.append(f"{name}: code must be LOINC {loinc}")
        if "valueQuantity" in obs and obs["valueQuantity"].get("code") != "{score}":
            problems.append(f"{name}: valueQuantity must use UCUM {{score}}")
    for flag in by_type.get("Flag", []):
        name = f"Flag/{flag['id']}"
        if flag.get("status") not in ("active", "inactive", "entered-in-error"):
            problems.append(f"{name}: status {flag.get('status')!r}")
        if flag.get("subject", {}).get("reference") not in patients:
            problems.append(f"{name}: subject is not the bundle's Patient")
    return problems


# --- import ---------------------------------------------------------------------------------


@dataclass
class ImportReport:
    imported: list[int] = field(default_factory=list)
    already_present: list[int] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class _Parsed:
    name: str
    key: str
    instrument: str
    answers: list[Any]
    authored: datetime
    subject: str


def _parse(resource: Resource, index: int) -> _Parsed:
    instrument, answers = mfhir.parse_questionnaire_response(resource)
    name = f"QuestionnaireResponse/{resource.get('id', f'(entry {index})')}"
    authored = resource.get("authored")
    try:
        when = datetime.fromisoformat(str(authored).replace("Z", "+00:00"))
    except ValueError:
        when = None
    if when is None or when.tzinfo is None:
        raise MindlineError(f"{name}: authored must be a date-time with a time zone")
    key = f"fhir:{resource['id']}" if resource.get("id") else f"fhir:{name}:{authored}"
    subject = str(resource.get("subject", {}).get("reference", ""))
    return _Parsed(name, key[:80], instrument, answers, when, subject)


def _subject_patient(subject: str) -> int | None:
    tail = subject.removeprefix("Patient/").removeprefix("patient-")
    return int(tail) if subject.startswith("Patient/") and tail.isdigit() else None


def import_bundle(
    *, session: Session, bundle: Resource, patient_id: int | None = None
) -> ImportReport:
    """Import PHQ-9/GAD-7 QuestionnaireResponses; any error means nothing is stored.

    With `patient_id`, every response must share one subject (or none) and goes to that
    patient; without it, each subject must name a Mindline patient (`Patient/patient-<id>`).
    The caller commits only when the report is ok.
    """
    report = ImportReport()
    if bundle.get("resourceType") == "Bundle":
        resources = [e.get("resource", {}) for e in bundle.get("entry", [])]
    else:
        resources = [bundle]
    parsed: list[tuple[_Parsed, int]] = []
    for index, resource in enumerate(resources):
        name = f"{resource.get('resourceType', '?')}/{resource.get('id', f'(entry {index})')}"
        if resource.get("resourceType") in ("Patient", "Questionnaire", "Observation", "Flag"):
            continue  # context for the responses; scores are recomputed, never imported
        try:
            item = _parse(resource, index)
        except MindlineError as exc:
            report.errors[name] = exc.message
            continue
        target = patient_id if patient_id is not None else _subject_patient(item.subject)
        if target is None or care_service.get(session=session, patient_id=target) is None:
            report.errors[name] = (
                f"subject {item.subject!r} is not a Mindline patient; use --patient ID"
            )
            continue
        parsed.append((item, target))
    if patient_id is not None and len({p.subject for p, _ in parsed}) > 1:
        for item, _ in parsed:
            report.errors[item.name] = "the bundle mixes subjects; import one patient at a time"
    if not parsed and not report.errors:
        report.errors["Bundle"] = "no QuestionnaireResponse for PHQ-9 or GAD-7 found"
    if report.errors:
        return report
    for item, target in parsed:
        try:
            saved = responses.submit(
                session=session,
                patient_id=target,
                instrument=item.instrument,
                answers=item.answers,
                idempotency_key=item.key,
                source=ResponseSource.fhir_import,
                authored_at=item.authored,
            )
        except MindlineError as exc:
            report.errors[item.name] = exc.message
            continue
        target_list = report.imported if saved.created else report.already_present
        target_list.append(saved.response.id)
    return report
