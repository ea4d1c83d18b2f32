"""Sign-in, home pages and the crisis button in a real browser."""

from __future__ import annotations

from typing import Any

from browserkit import screenshot, serious_accessibility_violations
from builders import PASSWORD, Personas


def _sign_in(page: Any, base: str, email: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/home")


def test_the_crisis_button_works_signed_out_in_one_tap(page: Any, live_server: str) -> None:
    page.goto(f"{live_server}/login")
    page.get_by_role("link", name="Get help now").click()
    page.wait_for_url(f"{live_server}/crisis")
    page.goto(f"{live_server}/crisis?country=GB")
    text = page.inner_text("main")
    assert "999" in text and "116 123" in text
    assert page.get_by_role("link", name="999").get_attribute("href") == "tel:999"
    assert serious_accessibility_violations(page) == []
    screenshot(page, "crisis")


def test_a_clinician_signs_in_and_sees_their_caseload(
    page: Any, live_server: str, personas: Personas
) -> None:
    _sign_in(page, live_server, "bob@example.org")
    assert page.get_by_role("heading", name="Caseload").is_visible()
    assert page.get_by_role("cell", name="Alice").is_visible()
    assert page.get_by_role("cell", name="Dave").count() == 0
    assert serious_accessibility_violations(page) == []
    screenshot(page, "clinician-caseload")


def test_a_patient_home_and_the_login_page_are_accessible(
    page: Any, live_server: str, personas: Personas
) -> None:
    page.goto(f"{live_server}/login")
    assert serious_accessibility_violations(page) == []
    screenshot(page, "login")
    _sign_in(page, live_server, "alice@example.org")
    assert page.get_by_role("heading", name="Hello, Alice").is_visible()
    assert serious_accessibility_violations(page) == []
    screenshot(page, "patient-home")


def test_a_wrong_password_is_explained_next_to_the_form(
    page: Any, live_server: str, personas: Personas
) -> None:
    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail address").fill("bob@example.org")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()
    assert page.get_by_role("alert").inner_text().startswith("The e-mail address or password")
    assert page.get_by_label("E-mail address").input_value() == "bob@example.org"
