"""Questionnaires one question per screen, without JavaScript; item 9 and the ASQ crisis panel."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from builders import Personas
from mindline.monitoring.models import MonitoringEvent, QuestionnaireResponse


def _key(page: str) -> str:
    match = re.search(r'name="key" value="([^"]+)"', page)
    assert match
    return match.group(1)


def _step(client: TestClient, instrument: str, **fields: object) -> Any:
    data = {"csrf_token": client.csrf, **fields}  # type: ignore[attr-defined]
    return client.post(f"/questionnaires/{instrument}", data=data)


def _answered(answers: list[int | str], **extra: object) -> dict[str, object]:
    """Hidden fields for answers so far (item ids are 1..n)."""
    return {f"a_{i}": value for i, value in enumerate(answers, start=1)} | extra


def _count(session: Any) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(QuestionnaireResponse)) or 0


def test_each_question_is_its_own_screen_with_progress(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    first = alice.get("/questionnaires/phq9").text
    assert "Question 1 of 9" in first
    assert "Little interest or pleasure" in first or "interest" in first
    key = _key(first)
    second = _step(alice, "phq9", key=key, step="0", answer="2", go="next")
    assert second.status_code == 200
    assert "Question 2 of 9" in second.text
    assert 'name="a_1" value="2"' in second.text
    assert _key(second.text) == key


def test_going_back_keeps_the_answer_to_change_it(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    back = _step(alice, "phq9", key="k1", step="1", a_1="2", answer="1", go="back")
    assert "Question 1 of 9" in back.text
    assert 'value="2" checked' in back.text
    assert 'name="a_2" value="1"' in back.text


def test_next_without_an_answer_says_so_in_plain_words(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    response = _step(alice, "phq9", key="k1", step="0", go="next")
    assert response.status_code == 422
    assert "Choose one answer to go on." in response.text
    assert "Question 1 of 9" in response.text


def test_a_positive_item_nine_shows_the_crisis_panel_before_sending(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    alice = browser_client("alice@example.org")
    review = _step(alice, "phq9", **_answered([1] * 8, step="8", answer="1", go="next", key="k9"))
    assert "Check your answers" in review.text
    assert "crisis-panel" in review.text
    assert "116 123" in review.text and "999" in review.text
    assert "We have let your care team know" in review.text
    assert _count(session) == 0


def test_an_abandoned_form_with_a_positive_item_nine_still_alerts_the_care_team_once(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    from mindline.alerts.models import Alert

    alice = browser_client("alice@example.org")
    fields = _answered([1] * 8, step="8", answer="1", go="next", key="k-abandon")
    _step(alice, "phq9", **fields)
    _step(alice, "phq9", **fields)  # a reload of the same step raises nothing new
    session.expire_all()
    alert = session.scalars(select(Alert)).one()
    assert (alert.kind, alert.severity, alert.patient_id) == (
        "phq9_item9",
        "high",
        personas.alice.id,
    )
    assert alert.count == 1
    assert _count(session) == 0  # nothing submitted, yet the care team knows


def test_sending_a_positive_item_nine_stores_it_and_says_the_care_team_was_told(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    alice = browser_client("alice@example.org")
    sent = _step(alice, "phq9", **_answered([1] * 8 + [2], step="9", go="submit", key="k9"))
    assert sent.status_code == 303
    result = alice.get(sent.headers["location"]).text
    assert result.index("crisis-panel") < result.index("PHQ-9: thank you")
    assert "We have let your care team know" in result
    assert "116 123" in result
    assert "Your answers add up to <strong>10</strong> out of 27" in result
    kinds = session.scalars(select(MonitoringEvent.kind)).all()
    assert "phq9_item9" in kinds


def test_a_negative_result_is_in_plain_words_without_a_crisis_panel(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    sent = _step(alice, "gad7", **_answered([1] * 7, step="7", go="submit", key="g1"))
    result = alice.get(sent.headers["location"]).text
    assert "crisis-panel" not in result
    assert "out of 21" in result and "not a diagnosis" in result


def test_submitting_twice_stores_one_response(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    alice = browser_client("alice@example.org")
    form = _answered([0] * 9, step="9", go="submit", key="same-key")
    first = _step(alice, "phq9", **form)
    second = _step(alice, "phq9", **form)
    assert first.status_code == second.status_code == 303
    assert first.headers["location"] == second.headers["location"]
    assert _count(session) == 1


def test_sending_with_a_gap_goes_back_to_the_unanswered_question(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    alice = browser_client("alice@example.org")
    answers = _answered([0] * 9, step="9", go="submit", key="k")
    del answers["a_4"]
    response = _step(alice, "phq9", **answers)
    assert response.status_code == 422
    assert "Question 4 of 9" in response.text
    assert _count(session) == 0


def test_the_asq_asks_the_acuity_question_only_after_a_yes(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    no = _step(alice, "asq", **_answered(["no"] * 3, step="3", answer="no", go="next", key="a"))
    assert "Check your answers" in no.text and "crisis-panel" not in no.text
    yes = _step(alice, "asq", key="a", step="0", answer="yes", go="next")
    assert "Question 2 of 5" in yes.text
    assert "crisis-panel" in yes.text


def test_someone_elses_result_is_not_found(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    from mindline.monitoring import responses

    theirs = responses.submit(
        session=session, patient_id=personas.dave.id, instrument="gad7", answers=[0] * 7
    )
    session.commit()
    alice = browser_client("alice@example.org")
    assert alice.get(f"/questionnaires/results/{theirs.response.id}").status_code == 404
    assert alice.get("/questionnaires/nonsense").status_code == 404
