"""FHIR builders validate as R4 (R4B models); the parser rejects broken resources."""

import copy
from datetime import UTC, datetime
from typing import Any

import pytest
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse

from mindline.measures import INSTRUMENT_IDS, InstrumentDisabled, InvalidResource, score
from mindline.measures.fhir import (
    observation,
    parse_questionnaire_response,
    questionnaire,
    questionnaire_response,
)

PATIENT = "Patient/pat-0001"
WHEN = datetime(2025, 1, 15, 9, 30, tzinfo=UTC)
PHQ9 = [1, 2, 2, 1, 0, 1, 1, 0, 1]  # STANDARDS.md §1.3 example, total 9


def phq9_response() -> dict[str, Any]:
    return questionnaire_response(
        "phq9", PHQ9, patient_ref=PATIENT, authored=WHEN, response_id="phq9-qr-0001"
    )


@pytest.mark.parametrize("instrument_id", INSTRUMENT_IDS)
def test_it_builds_a_valid_questionnaire_for_every_instrument(instrument_id: str) -> None:
    resource = questionnaire(instrument_id, enable_cssrs=True)
    Questionnaire.model_validate(resource)
    assert resource["status"] == "active"


def test_it_puts_loinc_codes_and_ordinal_values_on_the_phq9_questionnaire() -> None:
    resource = questionnaire("phq9")
    assert resource["url"] == "http://loinc.org/q/44249-1"
    assert resource["code"] == [{"system": "http://loinc.org", "code": "44249-1"}]
    item9 = next(i for i in resource["item"] if i["linkId"] == "/44260-8")
    assert item9["code"] == [{"system": "http://loinc.org", "code": "44260-8"}]
    option = item9["answerOption"][3]["valueCoding"]
    assert option["code"] == "LA6571-9"
    assert option["extension"] == [
        {"url": "http://hl7.org/fhir/StructureDefinition/ordinalValue", "valueDecimal": 3}
    ]


def test_it_expresses_asq_skip_logic_as_enable_when() -> None:
    resource = questionnaire("asq")
    acuity = resource["item"][-1]
    assert acuity["enableBehavior"] == "any"
    assert len(acuity["enableWhen"]) == 8  # yes or declined on each of items 1-4
    assert acuity["required"] is False


def test_it_keeps_the_cssrs_questionnaire_behind_the_setting() -> None:
    with pytest.raises(InstrumentDisabled):
        questionnaire("cssrs_screener")


def test_it_builds_the_standards_example_questionnaire_response() -> None:
    resource = phq9_response()
    QuestionnaireResponse.model_validate(resource)
    assert resource["status"] == "completed"
    assert resource["questionnaire"] == "http://loinc.org/q/44249-1|1.0"
    assert resource["subject"] == {"reference": PATIENT}
    assert resource["authored"] == "2025-01-15T09:30:00+00:00"
    first = resource["item"][0]
    assert first["linkId"] == "/44250-9"
    assert first["answer"] == [
        {
            "valueCoding": {
                "system": "http://loinc.org",
                "code": "LA6569-3",
                "display": "Several days",
            }
        }
    ]


def test_it_omits_unanswered_items_and_codes_declined_as_data_absent() -> None:
    resource = questionnaire_response(
        "asq",
        ["no", "declined", "no", "no", "no"],
        patient_ref=PATIENT,
        authored=WHEN,
        response_id="a1",
    )
    QuestionnaireResponse.model_validate(resource)
    declined = resource["item"][1]["answer"][0]["valueCoding"]
    assert declined["code"] == "asked-declined"
    missing = questionnaire_response(
        "phq9", [*PHQ9[:8], None], patient_ref=PATIENT, authored=WHEN, response_id="b"
    )
    assert len(missing["item"]) == 8


def test_it_builds_the_standards_example_observation() -> None:
    resource = observation(
        score("phq9", PHQ9),
        patient_ref=PATIENT,
        effective="2025-01-15T09:30:00Z",
        response_ref="QuestionnaireResponse/phq9-qr-0001",
        observation_id="phq9-total-0001",
    )
    Observation.model_validate(resource)
    assert resource["status"] == "final"
    assert resource["category"][0]["coding"][0]["code"] == "survey"
    assert resource["code"]["coding"] == [{"system": "http://loinc.org", "code": "44261-6"}]
    assert resource["valueQuantity"] == {
        "value": 9,
        "unit": "{score}",
        "system": "http://unitsofmeasure.org",
        "code": "{score}",
    }
    assert resource["interpretation"] == [{"text": "Mild (5-9)"}]
    assert resource["derivedFrom"] == [{"reference": "QuestionnaireResponse/phq9-qr-0001"}]


@pytest.mark.parametrize(
    ("instrument_id", "answers", "options"),
    [
        ("gad7", [1, 1, 1, 1, 1, 1, 1], {}),
        ("who5", [3, 3, 3, 3, 3], {}),
        ("asq", ["no", "no", "no", "no"], {}),
        ("cssrs_screener", ["yes", "no", None, None, None, "no"], {"enable_cssrs": True}),
        ("auditc", [1, 1, 1], {"sex": "male"}),
        ("k10", [1] * 10, {"band_scheme": "aihw"}),
        ("pcl5", [1] * 20, {}),
        ("phq9", [None, None, None, 0, 0, 0, 0, 0, 0], {}),
    ],
)
def test_it_builds_valid_observations_for_other_scores(
    instrument_id: str, answers: list[object], options: dict[str, Any]
) -> None:
    resource = observation(
        score(instrument_id, answers, **options),
        patient_ref=PATIENT,
        effective=WHEN,
        response_ref="QuestionnaireResponse/x",
        observation_id="obs-1",
    )
    Observation.model_validate(resource)
    values = [key for key in resource if key.startswith("value") or key == "dataAbsentReason"]
    assert len(values) == 1


def test_it_round_trips_a_phq9_response_through_fhir() -> None:
    instrument_id, answers = parse_questionnaire_response(phq9_response())
    assert instrument_id == "phq9"
    assert answers == PHQ9
    assert score(instrument_id, answers).total == 9


def test_it_round_trips_a_gad7_response() -> None:
    resource = questionnaire_response(
        "gad7", [3, 2, 1, 0, 1, 2, 3], patient_ref=PATIENT, authored=WHEN, response_id="g1"
    )
    assert parse_questionnaire_response(resource) == ("gad7", [3, 2, 1, 0, 1, 2, 3])


def test_it_rejects_a_gad7_response_with_an_unanswered_item() -> None:
    resource = questionnaire_response(
        "gad7", [3, 2, 1, 0, 1, 2, 3], patient_ref=PATIENT, authored=WHEN, response_id="g1"
    )
    del resource["item"][2]
    with pytest.raises(
        InvalidResource, match="QuestionnaireResponse/g1 /69733-4: gad7 item 3 is required"
    ):
        parse_questionnaire_response(resource)


def test_it_returns_a_missing_phq9_item_as_none_for_the_scoring_rules() -> None:
    resource = phq9_response()
    del resource["item"][8]
    instrument_id, answers = parse_questionnaire_response(resource)
    assert answers == [*PHQ9[:8], None]
    assert score(instrument_id, answers).flags[:2] == ["phq9_item9_positive", "phq9_item9_unknown"]


def test_it_accepts_a_client_total_that_matches() -> None:
    resource = phq9_response()
    resource["item"].append({"linkId": "/44261-6", "answer": [{"valueInteger": 9}]})
    assert parse_questionnaire_response(resource)[1] == PHQ9


def test_it_rejects_a_client_total_that_disagrees() -> None:
    resource = phq9_response()
    resource["item"].append({"linkId": "/44261-6", "answer": [{"valueInteger": 8}]})
    with pytest.raises(InvalidResource, match="client total 8 disagrees with the computed total 9"):
        parse_questionnaire_response(resource)


def broken(change: str) -> dict[str, Any]:
    resource = copy.deepcopy(phq9_response())
    if change == "status":
        resource["status"] = "done"
    elif change == "answer_code":
        resource["item"][8]["answer"][0]["valueCoding"]["code"] = "LA9999-9"
    elif change == "answer_system":
        resource["item"][0]["answer"][0]["valueCoding"]["system"] = "http://snomed.info/sct"
    elif change == "link":
        resource["item"][0]["linkId"] = "/12345-6"
    elif change == "duplicate":
        resource["item"].append(resource["item"][0])
    elif change == "integer_answer":
        resource["item"][0]["answer"] = [{"valueInteger": 1}]
    elif change == "questionnaire":
        resource["questionnaire"] = "http://loinc.org/q/55757-9"
    elif change == "structure":
        resource["item"][0].pop("linkId")
    elif change == "resource_type":
        resource["resourceType"] = "Observation"
    return resource


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("status", "status must be completed or amended, not 'done'"),
        (
            "answer_code",
            r"/44260-8: answer http://loinc.org\|LA9999-9 is not a LOINC LL358-3 answer",
        ),
        ("answer_system", r"/44250-9: answer http://snomed.info/sct\|LA6569-3"),
        ("link", "/12345-6: unknown item for PHQ-9"),
        ("duplicate", "/44250-9: item appears more than once"),
        ("integer_answer", "/44250-9: the answer must be a valueCoding"),
        ("questionnaire", "unsupported questionnaire 'http://loinc.org/q/55757-9'"),
        ("structure", "is not a valid FHIR R4 QuestionnaireResponse: item.0.linkId"),
        ("resource_type", "expected a QuestionnaireResponse"),
    ],
)
def test_it_rejects_a_broken_questionnaire_response_naming_the_problem(
    change: str, message: str
) -> None:
    with pytest.raises(InvalidResource, match=message) as caught:
        parse_questionnaire_response(broken(change))
    if change not in ("resource_type",):
        assert "QuestionnaireResponse/phq9-qr-0001" in caught.value.message
