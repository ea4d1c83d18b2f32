"""An administrator adds a clinician and assigns a patient, in a real browser."""

from __future__ import annotations

from typing import Any

from browserkit import screenshot, serious_accessibility_violations
from builders import PASSWORD, Personas


def test_an_administrator_adds_a_clinician_and_assigns_a_patient(
    page: Any, live_server: str, personas: Personas
) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail address").fill("erin@example.org")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server}/home")

    page.goto(f"{live_server}/admin/users")
    page.get_by_label("Name").fill("Fern Field")
    page.get_by_label("E-mail address").fill("fern@example.org")
    page.get_by_label("Role").select_option("clinician")
    page.get_by_role("button", name="Create account").click()
    sent = page.get_by_role("status").get_by_text("Send this link to fern@example.org")
    sent.wait_for()  # is_visible() does not wait for the click's response
    assert sent.is_visible()
    assert page.get_by_role("cell", name="fern@example.org").is_visible()
    assert serious_accessibility_violations(page) == []
    screenshot(page, "admin-accounts")

    page.get_by_role("link", name="Care teams").click()
    row = page.locator(f"#patient-{personas.alice.id}")
    row.get_by_label("Clinician for Alice").select_option(label="Fern Field")
    row.get_by_label("Role in Alice's team").select_option("primary")
    row.get_by_role("button", name="Assign to Alice").click()
    row = page.locator(f"#patient-{personas.alice.id}")
    assert "Fern Field (primary)" in row.inner_text()
    assert "Bob (backup)" in row.inner_text()
    assert serious_accessibility_violations(page) == []
    screenshot(page, "admin-care-teams")

    page.get_by_role("link", name="Audit log").click()
    assert page.get_by_role("cell", name="care_team_changed").first.is_visible()
    assert serious_accessibility_violations(page) == []
