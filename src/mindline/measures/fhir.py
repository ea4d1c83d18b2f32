"""Pure FHIR R4 builders and a checked QuestionnaireResponse parser (STANDARDS.md §1).

Builders return plain dicts (JSON-ready). The parser validates structure with the
`fhir.resources.R4B` models and checks codes itself, since the models do not check
terminology bindings (STANDARDS.md §1.2).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NoReturn

from pydantic import ValidationError

from mindline.measures.answers import RawAnswers, Value, normalise
from mindline.measures.definitions import Instrument, Item, Option, get_instrument
from mindline.measures.errors import InstrumentDisabled, InvalidAnswers, InvalidResource
from mindline.measures.schemas import AuditcScore, Score, Who5Score
from mindline.measures.scoring import score as score_answers
from mindline.measures.scoring.alcohol import rule_set

LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"
ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason"
# Local systems for instruments and answers without a verified LOINC code.
LOCAL = "urn:mindline:measures"
DECLINED = {"system": DATA_ABSENT, "code": "asked-declined", "display": "Declined to answer"}
# Skip logic as enableWhen: item -> items whose yes (or declined) makes it asked.
ASKED_IF = {
    "asq": {"5": ["1", "2", "3", "4"]},
    "cssrs_screener": {"3": ["2"], "4": ["2"], "5": ["2"], "6a": ["6"]},
}
PARSEABLE = ("phq9", "gad7")
Resource = dict[str, Any]


def canonical(instrument: Instrument) -> str:
    """Return the Questionnaire canonical URL: LOINC's where a panel exists, else local."""
    if instrument.loinc_panel:
        return f"{LOINC}/q/{instrument.loinc_panel}"
    return f"{LOCAL}:questionnaire:{instrument.id}"


def link_id(instrument: Instrument, item: Item) -> str:
    """Return an item's linkId: "/<LOINC>" like US Core, else "/<instrument>-<item>"."""
    return f"/{item.loinc}" if item.loinc else f"/{instrument.id}-{item.id}"


def answer_coding(instrument: Instrument, option: Option) -> dict[str, str]:
    """Return the coding of one response option (LOINC answer code where known)."""
    if option.loinc:
        return {"system": LOINC, "code": option.loinc, "display": option.label}
    return {"system": f"{LOCAL}:{instrument.id}", "code": option.code, "display": option.label}


def questionnaire(instrument_id: str, *, enable_cssrs: bool = False) -> Resource:
    """Build the Questionnaire for an instrument, with ordinalValue scores on each option."""
    instrument = _enabled(instrument_id, enable_cssrs)
    items: list[Resource] = [{"linkId": "/stem", "type": "display", "text": instrument.stem}]
    skips = ASKED_IF.get(instrument.id, {})
    for item in [*instrument.items, *instrument.unscored_items]:
        entry: Resource = {
            "linkId": link_id(instrument, item),
            "text": item.text,
            "type": "choice",
            "required": item in instrument.items and item.id not in skips,
            "answerOption": [_option(instrument, o) for o in instrument.options_for(item)],
        }
        if item.loinc:
            entry["code"] = [{"system": LOINC, "code": item.loinc}]
        if instrument.kind == "yes_no":
            entry["answerOption"].append({"valueCoding": DECLINED})
        if item.id in skips:
            entry["enableBehavior"] = "any"
            entry["enableWhen"] = [
                {
                    "question": link_id(instrument, instrument.item(key)),
                    "operator": "=",
                    "answerCoding": coding,
                }
                for key in skips[item.id]
                for coding in (_yes_coding(instrument), DECLINED)
            ]
        items.append(entry)
    resource: Resource = {
        "resourceType": "Questionnaire",
        "id": instrument.id.replace("_", "-"),
        "url": canonical(instrument),
        "version": instrument.version,
        "title": instrument.title,
        "status": "active",
        "subjectType": ["Patient"],
        "copyright": instrument.licence,
        "item": items,
    }
    if instrument.loinc_panel:
        resource["code"] = [{"system": LOINC, "code": instrument.loinc_panel}]
    return resource


def questionnaire_response(
    instrument_id: str,
    answers: RawAnswers,
    *,
    patient_ref: str,
    authored: datetime | str,
    response_id: str,
    enable_cssrs: bool = False,
) -> Resource:
    """Build a completed QuestionnaireResponse from checked answers (unanswered items omitted)."""
    instrument = _enabled(instrument_id, enable_cssrs)
    values = normalise(instrument, answers)
    items = [
        {
            "linkId": link_id(instrument, item),
            "text": item.text,
            "answer": [{"valueCoding": _coding_for(instrument, item, values[item.id])}],
        }
        for item in instrument.items
        if values[item.id] is not None
    ]
    return {
        "resourceType": "QuestionnaireResponse",
        "id": response_id,
        "questionnaire": f"{canonical(instrument)}|{instrument.version}",
        "status": "completed",
        "subject": {"reference": patient_ref},
        "authored": _iso(authored),
        "item": items,
    }


def observation(
    score: Score,
    *,
    patient_ref: str,
    effective: datetime | str,
    response_ref: str,
    observation_id: str,
) -> Resource:
    """Build the final survey Observation for a score, derived from its QuestionnaireResponse."""
    instrument = get_instrument(score.instrument)
    if instrument.loinc_total:
        code = {"system": LOINC, "code": instrument.loinc_total}
    else:
        code = {"system": LOCAL, "code": f"{instrument.id}-result"}
    resource: Resource = {
        "resourceType": "Observation",
        "id": observation_id,
        "status": "final",
        "category": [
            {"coding": [{"system": OBSERVATION_CATEGORY, "code": "survey", "display": "Survey"}]}
        ],
        "code": {"coding": [code], "text": f"{instrument.name} result"},
        "subject": {"reference": patient_ref},
        "effectiveDateTime": _iso(effective),
        "derivedFrom": [{"reference": response_ref}],
        "interpretation": [{"text": _interpretation(instrument, score)}],
    }
    if score.total is not None:
        resource["valueQuantity"] = _quantity(score.total)
    elif instrument.total_range is None:
        # Screens without a total (ASQ, C-SSRS) report a level.
        level = {"system": LOCAL, "code": f"{instrument.id}-{score.severity}"}
        resource["valueCodeableConcept"] = {"coding": [level], "text": score.severity}
    else:
        resource["dataAbsentReason"] = {
            "coding": [{"system": DATA_ABSENT, "code": "unknown"}],
            "text": f"not scored: missing items {', '.join(score.missing_items)}",
        }
    if isinstance(score, Who5Score):
        resource["component"] = [
            {
                "code": {"coding": [{"system": LOCAL, "code": "who5-percentage"}]},
                "valueQuantity": {
                    "value": score.percentage,
                    "unit": "%",
                    "system": UCUM,
                    "code": "%",
                },
            }
        ]
    return resource


def parse_questionnaire_response(resource: Resource) -> tuple[str, list[Value]]:
    """Check a PHQ-9 or GAD-7 QuestionnaireResponse and return (instrument id, answers).

    Validates the R4 structure, status, item linkIds and LOINC answer codes, and rejects a
    client-supplied total that disagrees with the recomputed one (STANDARDS.md §1.3).
    """
    name = _name(resource)
    try:
        from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

        QuestionnaireResponse.model_validate(resource)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        raise InvalidResource(
            f"{name} is not a valid FHIR R4 QuestionnaireResponse: {where}: {first['msg']}",
            fields={where: first["msg"]},
        ) from exc
    if resource.get("status") not in ("completed", "amended"):
        _reject(
            name, "status", f"status must be completed or amended, not {resource.get('status')!r}"
        )
    instrument = _instrument_for(name, str(resource.get("questionnaire", "")))
    by_link = {link_id(instrument, item): item for item in instrument.items}
    unscored = {link_id(instrument, item) for item in instrument.unscored_items}
    total_link = f"/{instrument.loinc_total}"
    answers: dict[str, Value] = {}
    client_total: object = None
    for entry in resource.get("item", []):
        link = str(entry["linkId"])
        link = link if link.startswith("/") else f"/{link}"
        given = entry.get("answer", [])
        if link == total_link:
            client_total = given[0].get("valueInteger") if len(given) == 1 else None
            if client_total is None:
                _reject(name, link, "the total must be one valueInteger answer")
            continue
        if link in unscored:
            continue
        if link not in by_link:
            _reject(name, link, f"unknown item for {instrument.name}; items: {', '.join(by_link)}")
        item = by_link[link]
        if item.id in answers:
            _reject(name, link, "item appears more than once")
        answers[item.id] = _scored_answer(name, link, instrument, item, given)
    values = [answers.get(item.id) for item in instrument.items]
    try:
        computed = score_answers(instrument.id, values).total
    except InvalidAnswers as exc:
        item_id = next(iter(exc.fields), "")
        where = (
            link_id(instrument, instrument.item(item_id))
            if item_id in _scored_ids(instrument)
            else "item"
        )
        raise InvalidResource(
            f"{name} {where}: {exc.message}", fields={where: exc.message}
        ) from exc
    if client_total is not None and client_total != computed:
        _reject(
            name,
            total_link,
            f"client total {client_total} disagrees with the computed total {computed}",
        )
    return instrument.id, values


def _scored_ids(instrument: Instrument) -> list[str]:
    """Return the ids of the scored items."""
    return [item.id for item in instrument.items]


def _enabled(instrument_id: str, enable_cssrs: bool) -> Instrument:
    instrument = get_instrument(instrument_id)
    if instrument.requires_setting == "enable_cssrs" and not enable_cssrs:
        raise InstrumentDisabled(
            "the C-SSRS screener is switched off: electronic use needs a licence "
            "(Settings.enable_cssrs)",
            fields={"instrument": "requires enable_cssrs"},
        )
    return instrument


def _option(instrument: Instrument, option: Option) -> Resource:
    coding: Resource = dict(answer_coding(instrument, option))
    coding["extension"] = [{"url": ORDINAL_VALUE, "valueDecimal": option.score}]
    return {"valueCoding": coding}


def _yes_coding(instrument: Instrument) -> dict[str, str]:
    options = instrument.response_sets[instrument.items[0].options]
    return answer_coding(instrument, next(o for o in options if o.code == "yes"))


def _coding_for(instrument: Instrument, item: Item, value: Value) -> dict[str, str]:
    if value == "declined":
        return DECLINED
    key = str(value)
    option = next(o for o in instrument.options_for(item) if o.code == key or str(o.score) == key)
    return answer_coding(instrument, option)


def _quantity(value: int) -> Resource:
    return {"value": value, "unit": "{score}", "system": UCUM, "code": "{score}"}


def _interpretation(instrument: Instrument, score: Score) -> str:
    if score.total is None or not instrument.bands:
        return score.severity
    scheme = getattr(score, "band_scheme", None)
    if isinstance(score, AuditcScore):
        scheme = rule_set(score.variant, score.sex)[0]
    return instrument.band(score.total, scheme).label


def _iso(moment: datetime | str) -> str:
    return moment.isoformat() if isinstance(moment, datetime) else moment


def _name(resource: object) -> str:
    if not isinstance(resource, dict) or resource.get("resourceType") != "QuestionnaireResponse":
        raise InvalidResource(
            "expected a QuestionnaireResponse resource",
            fields={"resourceType": "must be QuestionnaireResponse"},
        )
    return f"QuestionnaireResponse/{resource.get('id', '(no id)')}"


def _instrument_for(name: str, questionnaire_url: str) -> Instrument:
    url = questionnaire_url.split("|")[0]
    for instrument_id in PARSEABLE:
        instrument = get_instrument(instrument_id)
        if url == canonical(instrument):
            return instrument
    supported = ", ".join(canonical(get_instrument(i)) for i in PARSEABLE)
    _reject(name, "questionnaire", f"unsupported questionnaire {url!r}; supported: {supported}")


def _scored_answer(
    name: str, link: str, instrument: Instrument, item: Item, given: list[Any]
) -> Value:
    if not given:
        return None
    if len(given) > 1:
        _reject(name, link, "expected one answer")
    coding = given[0].get("valueCoding")
    if not isinstance(coding, dict):
        _reject(name, link, "the answer must be a valueCoding from LOINC answer list LL358-3")
    codes = {o.loinc: o.score for o in instrument.options_for(item)}
    if coding.get("system") != LOINC or coding.get("code") not in codes:
        allowed = ", ".join(str(code) for code in codes)
        _reject(
            name,
            link,
            f"answer {coding.get('system')}|{coding.get('code')} is not a LOINC LL358-3 "
            f"answer; allowed codes: {allowed}",
        )
    return codes[coding["code"]]


def _reject(name: str, where: str, problem: str) -> NoReturn:
    raise InvalidResource(f"{name} {where}: {problem}", fields={where: problem})
