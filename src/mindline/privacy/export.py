"""Everything Mindline holds about one patient, as JSON and as a FHIR R4 Bundle.

Like insights, this module reads across the domains' tables: an access request must cover
every table, including ones no service lists for the patient. Clinicians' own words about the
patient (notes, alert resolution notes, suggestion wording) are the care record and are not
part of the patient's copy; the alerts themselves are, without those notes.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from mindline.accounts import service as accounts_service
from mindline.alerts.models import Alert
from mindline.audit.models import AuditEvent
from mindline.care import service as care_service
from mindline.care.models import Consent
from mindline.companion import service as companion_service
from mindline.companion.models import CompanionMessage, Conversation
from mindline.core import clock
from mindline.insights import service as insights_service
from mindline.monitoring import fhir_io, notices, responses
from mindline.monitoring.models import CheckIn

Resource = dict[str, Any]
FORMAT = "mindline-export-1"
CHECKIN_SYSTEM = "urn:mindline:checkin"
UCUM = "http://unitsofmeasure.org"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
CONSENT_POLICY = "urn:mindline:consent"
LOINC = "http://loinc.org"
# What each consent kind covers, as a FHIR Consent scope (research vs patient privacy).
SCOPE = {"research": "research"}


def _checkins(session: Session, patient_id: int) -> list[CheckIn]:
    """Every check-in, archived ones too (an access request covers what is held)."""
    return list(
        session.scalars(
            select(CheckIn).where(CheckIn.patient_id == patient_id).order_by(CheckIn.local_on)
        )
    )


def _conversations(session: Session, patient_id: int) -> list[dict[str, Any]]:
    found = []
    conversations = session.scalars(
        select(Conversation).where(Conversation.patient_id == patient_id).order_by(Conversation.id)
    ).all()
    for conversation in conversations:
        messages = session.scalars(
            select(CompanionMessage)
            .where(CompanionMessage.conversation_id == conversation.id)
            .order_by(CompanionMessage.id)
        ).all()
        found.append(
            {
                "id": conversation.id,
                "status": conversation.status,
                "created_at": conversation.created_at,
                "closed_at": conversation.closed_at,
                "messages": [
                    {
                        "id": m.id,
                        "role": m.role,
                        "text": m.text,
                        "created_at": m.created_at,
                        "risk_level": m.risk_level,
                        "shared_with_care_team": m.shared_at is not None,
                    }
                    for m in messages
                ],
            }
        )
    return found


def _alerts(session: Session, patient_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(Alert).where(Alert.patient_id == patient_id).order_by(Alert.id)
    ).all()
    return [
        {
            "id": a.id,
            "kind": a.kind,
            "severity": a.severity,
            "status": a.status,
            "created_at": a.created_at,
            "last_seen_at": a.last_seen_at,
            "acknowledged_at": a.acknowledged_at,
            "resolved_at": a.resolved_at,
        }
        for a in rows
    ]


def _audit_events(session: Session, patient_id: int, user_id: int) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(AuditEvent)
        .where(or_(AuditEvent.patient_id == patient_id, AuditEvent.actor_id == user_id))
        .order_by(AuditEvent.seq)
    ).all()
    return [{"action": e.action, "at": e.at, "outcome": e.outcome} for e in rows]


def export_json(session: Session, patient_id: int) -> dict[str, Any]:
    """The patient's copy of everything held about them (datetimes left for the caller)."""
    patient = care_service.get_or_raise(session=session, patient_id=patient_id)
    user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
    consent_rows = session.scalars(
        select(Consent).where(Consent.patient_id == patient_id).order_by(Consent.id)
    ).all()
    team = []
    for member in care_service.team(session=session, patient_id=patient_id):
        clinician = accounts_service.get(session=session, user_id=member.clinician_id)
        team.append(
            {
                "name": clinician.display_name if clinician else "",
                "team_role": member.team_role,
                "added_at": member.added_at,
            }
        )
    plan = companion_service.safety_plan(session=session, patient_id=patient_id)
    return {
        "format": FORMAT,
        "exported_at": clock.now(),
        "account": {
            "email": user.email,
            "display_name": user.display_name,
            "created_at": user.created_at,
            "last_login_at": user.last_login_at,
            "mfa_enabled": user.mfa_enabled,
        },
        "profile": {
            "patient_id": patient.id,
            "country": patient.country,
            "language": patient.language,
            "birth_date": patient.birth_date,
            "created_at": patient.created_at,
        },
        "consents": {row.kind: row.granted for row in consent_rows},
        "consent_history": [
            {
                "kind": row.kind,
                "granted": row.granted,
                "text_version": row.text_version,
                "recorded_at": row.recorded_at,
            }
            for row in consent_rows
        ],
        "care_team": team,
        "checkins": [
            {
                "local_on": c.local_on,
                "mood": c.mood,
                "anxiety": c.anxiety,
                "sleep_quality": c.sleep_quality,
                "hours_slept": c.hours_slept,
                "activities": c.activities,
                "activity_note": c.activity_note,
                "triggers": c.triggers,
                "journal": c.journal,
                "risk_level": c.risk_level,
                "earlier_values_that_day": c.history,
                "archived_at": c.deleted_at,
            }
            for c in sorted(_checkins(session, patient_id), key=lambda c: c.local_on, reverse=True)
        ],
        "questionnaires": [
            {
                "id": r.id,
                "instrument": r.instrument,
                "authored_at": r.authored_at,
                "answers": r.answers,
                "total": r.total,
                "severity": r.severity,
                "flags": r.flags,
            }
            for r in responses.list_for_patient(session=session, patient_id=patient_id)
        ],
        "conversations": _conversations(session, patient_id),
        "safety_plan": plan.model_dump() if plan else None,
        "alerts": _alerts(session, patient_id),
        "notices": [
            {"kind": n.kind, "title": n.title, "created_at": n.created_at, "read_at": n.read_at}
            for n in notices.list_for_patient(session=session, patient_id=patient_id, limit=10_000)
        ],
        "care_plan": [
            {"text": s.patient_text, "approved_at": s.decided_at}
            for s in insights_service.care_plan(session=session, patient_id=patient_id)
        ],
        "audit_events": _audit_events(session, patient_id, user.id),
    }


# --- FHIR -----------------------------------------------------------------------------------


def _checkin_observation(row: CheckIn, patient_ref: str) -> Resource:
    """A check-in as one survey Observation with local codes (INSTRUMENTS.md §11)."""

    def part(code: str, display: str) -> Resource:
        return {"coding": [{"system": CHECKIN_SYSTEM, "code": code, "display": display}]}

    components: list[Resource] = [
        {"code": part("mood", "Mood today (0-10)"), "valueInteger": row.mood},
        {"code": part("anxiety", "Anxiety today (0-10)"), "valueInteger": row.anxiety},
        {"code": part("sleep-quality", "Sleep quality (0-10)"), "valueInteger": row.sleep_quality},
    ]
    if row.hours_slept is not None:
        components.append(
            {
                "code": part("hours-slept", "Hours slept"),
                "valueQuantity": {
                    "value": row.hours_slept,
                    "unit": "h",
                    "system": UCUM,
                    "code": "h",
                },
            }
        )
    resource: Resource = {
        "resourceType": "Observation",
        "id": f"checkin-{row.id}",
        "status": "final",
        "category": [
            {"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}
        ],
        "code": {
            "coding": [{"system": CHECKIN_SYSTEM, "code": "daily-checkin"}],
            "text": "Check-in",
        },
        "subject": {"reference": patient_ref},
        "effectiveDateTime": row.local_on.isoformat(),
        "component": components,
    }
    notes = [text for text in (row.journal, row.activity_note) if text]
    if notes:
        resource["note"] = [{"text": text} for text in notes]
    return resource


def _consent(row: Consent, patient_ref: str) -> Resource:
    scope = SCOPE.get(row.kind, "patient-privacy")
    return {
        "resourceType": "Consent",
        "id": f"consent-{row.id}",
        "status": "active",
        "scope": {"coding": [{"system": CONSENT_SCOPE, "code": scope}]},
        "category": [{"coding": [{"system": LOINC, "code": "59284-0"}]}],
        "patient": {"reference": patient_ref},
        "dateTime": row.recorded_at.isoformat(),
        "policyRule": {"coding": [{"system": CONSENT_POLICY, "code": row.kind}]},
        "provision": {"type": "permit" if row.granted else "deny"},
    }


def export_fhir(session: Session, patient_id: int, *, base_url: str) -> Resource:
    """A collection Bundle: Patient, questionnaires and scores, check-ins, consent decisions.

    Conversations are not clinical resources and travel in the JSON export only.
    """
    bundle = fhir_io.export_bundle(session=session, patient_id=patient_id, base_url=base_url)
    patient_ref = f"Patient/patient-{patient_id}"
    user = accounts_service.get_or_raise(
        session=session,
        user_id=care_service.get_or_raise(session=session, patient_id=patient_id).user_id,
    )
    for entry in bundle["entry"]:
        if entry["resource"]["resourceType"] == "Patient":
            entry["resource"]["telecom"] = [{"system": "email", "value": user.email}]
    extra = [_checkin_observation(c, patient_ref) for c in _checkins(session, patient_id)]
    consents = session.scalars(
        select(Consent).where(Consent.patient_id == patient_id).order_by(Consent.id)
    ).all()
    extra += [_consent(c, patient_ref) for c in consents]
    base = base_url.rstrip("/") + "/fhir"
    bundle["entry"] += [
        {"fullUrl": f"{base}/{r['resourceType']}/{r['id']}", "resource": r} for r in extra
    ]
    return bundle


def _is_checkin(resource: Resource) -> bool:
    if resource.get("resourceType") != "Observation":
        return False
    codings = resource.get("code", {}).get("coding", [])
    return any(c.get("system") == CHECKIN_SYSTEM for c in codings)


def _model_problems(name: str, resource: Resource) -> list[str]:
    from fhir.resources.R4B import get_fhir_model_class

    try:
        get_fhir_model_class(str(resource["resourceType"])).model_validate(resource)
    except (ValidationError, KeyError, ValueError) as exc:
        return [f"{name}: not valid FHIR R4: {str(exc).splitlines()[0]}"]
    return []


def check_fhir(bundle: Resource) -> list[str]:
    """Problems in an exported Bundle: the questionnaire checks plus our own resources'."""
    entries = bundle.get("entry", [])

    def added(resource: Resource) -> bool:
        return _is_checkin(resource) or resource.get("resourceType") == "Consent"

    ours = [e["resource"] for e in entries if added(e["resource"])]
    rest = {**bundle, "entry": [e for e in entries if not added(e["resource"])]}
    problems = fhir_io.check_bundle(rest)
    patients = {
        f"Patient/{e['resource']['id']}"
        for e in entries
        if e["resource"].get("resourceType") == "Patient"
    }
    for resource in ours:
        name = f"{resource['resourceType']}/{resource.get('id')}"
        problems += _model_problems(name, resource)
        ref = resource.get("subject", resource.get("patient", {})).get("reference")
        if ref not in patients:
            problems.append(f"{name}: does not refer to the bundle's Patient")
        if resource["resourceType"] == "Observation" and resource.get("status") != "final":
            problems.append(f"{name}: status must be final")
    return problems
