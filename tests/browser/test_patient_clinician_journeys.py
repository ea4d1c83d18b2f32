"""Patient and clinician journeys in a real browser: check-in, PHQ-9, chat, crisis, inbox."""

from __future__ import annotations

from typing import Any

import pyotp

from browserkit import DESKTOP, screenshot, serious_accessibility_violations
from builders import PASSWORD, Personas
from mindline.accounts import service as accounts_service


def _sign_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def _check(page: Any, name: str) -> None:
    assert serious_accessibility_violations(page) == [], name
    screenshot(page, name)


def test_a_patient_checks_in_fills_a_phq9_and_sees_the_charts_update(
    page: Any, live_server: str, personas: Personas
) -> None:
    base = live_server
    page.set_default_timeout(10_000)
    _sign_in(page, base, "alice@example.org")
    page.wait_for_url(f"{base}/home")
    page.get_by_role("link", name="Check in now").click()
    _check(page, "patient-checkin")
    for group, value in (("your mood", "6"), ("anxious", "3"), ("sleep", "7")):
        page.get_by_role("group", name=group, exact=False).get_by_text(value, exact=True).click()
    page.get_by_label("Hours slept").fill("7.5")
    page.get_by_label("Walk").check()
    page.get_by_role("button", name="Save check-in").click()
    # is_visible() does not wait: the click's navigation may not have rendered yet.
    saved = page.get_by_role("heading", name="Check-in saved")
    saved.wait_for()
    assert saved.is_visible()
    page.goto(f"{base}/home")
    assert "Done — thank you" in page.inner_text("main")
    _check(page, "patient-home")

    page.goto(f"{base}/questionnaires/phq9")
    assert page.get_by_text("Question 1 of 9").is_visible()
    _check(page, "patient-questionnaire")
    for _ in range(8):
        page.get_by_label("Several days").check()
        page.get_by_role("button", name="Next").or_(
            page.get_by_role("button", name="Review answers")
        ).click()
    page.get_by_label("Not at all").check()
    page.get_by_role("button", name="Review answers").click()
    assert page.locator(".crisis-panel").count() == 0
    page.get_by_role("button", name="Send answers").click()
    assert "add up to 8 out of 27" in page.inner_text("main")

    page.goto(f"{base}/progress")
    page.wait_for_selector("canvas[data-chart=phq9][data-rendered='1']")
    assert page.get_attribute("canvas[data-chart=checkins]", "data-rendered") == "1"
    assert "the latest, on" in page.inner_text("#phq9-summary")
    page.get_by_text("Show the numbers").first.click()
    assert "7.5" in page.inner_text("#checkin-table")
    _check(page, "patient-progress")
    page.get_by_role("link", name="Settings").click()
    assert serious_accessibility_violations(page) == []


def test_a_crisis_message_reaches_the_clinician_who_resolves_it(
    page: Any, browser: Any, live_server: str, personas: Personas, session: Any
) -> None:
    base = live_server
    page.set_default_timeout(10_000)
    _sign_in(page, base, "alice@example.org")
    page.wait_for_url(f"{base}/home")
    page.goto(f"{base}/chat")
    page.get_by_role("button", name="Turn on the AI companion").click()
    page.get_by_label("Your message").fill("can we do a breathing exercise")
    page.get_by_role("button", name="Send").click()
    page.wait_for_selector(".exercise-card")
    _check(page, "patient-chat")
    page.get_by_label("Your message").fill("I want to kill myself tonight")
    page.get_by_role("button", name="Send").click()
    reply = page.locator(".msg.crisis-reply").last
    reply.wait_for()
    assert reply.locator("a[href='tel:999']").is_visible()
    assert "116 123" in reply.inner_text()

    user = accounts_service.get_by_email(session=session, email="bob@example.org")
    assert user is not None
    secret = pyotp.TOTP(_begin_mfa(session, user))
    accounts_service.enable_mfa(session=session, user=user, code=secret.now())
    session.commit()
    context = browser.new_context(viewport=DESKTOP)
    clinician = context.new_page()
    clinician.set_default_timeout(10_000)
    _sign_in(clinician, base, "bob@example.org")
    clinician.wait_for_url(f"{base}/login/mfa**")
    clinician.get_by_label("6-digit code").fill(secret.now())
    clinician.get_by_role("button", name="Continue").click()
    clinician.wait_for_url(f"{base}/home")
    first_row = clinician.locator("table.caseload tbody tr").first
    assert "Alice" in first_row.inner_text() and "urgent" in first_row.inner_text()
    _check(clinician, "clinician-caseload")

    clinician.get_by_role("link", name="Alerts").click()
    top = clinician.locator("article.alert-card").first
    assert "Chat message suggesting risk" in top.inner_text()
    assert "urgent" in top.inner_text()
    _check(clinician, "clinician-alert-inbox")
    top.get_by_role("button", name="Acknowledge").click()
    top = clinician.locator("article.alert-card").first
    top.get_by_text("Acknowledged.").wait_for()
    top.get_by_text("Resolve…").click()
    top.get_by_label("True positive").check()
    top.get_by_label("Note").fill("Called Alice; safety plan agreed.")
    top.get_by_role("button", name="Resolve", exact=True).click()
    clinician.locator("article.alert-card").first.get_by_text("Resolved.").wait_for()

    clinician.goto(f"{base}/patients/{personas.alice.id}/timeline")
    assert clinician.locator("blockquote.evidence mark").count() >= 1
    _check(clinician, "clinician-patient-timeline")
    context.close()


def _begin_mfa(session: Any, user: Any) -> str:
    accounts_service.begin_mfa_setup(session=session, user=user)
    assert user.totp_secret
    return str(user.totp_secret)
