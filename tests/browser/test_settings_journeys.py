"""Settings in a real browser: an administrator's crisis line reaches /crisis; notifications."""

from __future__ import annotations

from typing import Any

from browserkit import screenshot, serious_accessibility_violations
from builders import PASSWORD, Personas
from mindline.companion import crisis_lines


def _sign_in(page: Any, live_server: str, email: str) -> None:
    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server}/home")


def test_an_administrator_adds_a_line_that_shows_on_the_crisis_page_signed_out(
    page: Any, browser: Any, live_server: str, personas: Personas
) -> None:
    try:
        page.set_viewport_size({"width": 1280, "height": 900})
        _sign_in(page, live_server, "erin@example.org")
        page.goto(f"{live_server}/admin/crisis-lines")
        assert serious_accessibility_violations(page) == []
        page.get_by_role("link", name="Add a line").click()
        page.get_by_label("Country").select_option("IE")
        page.get_by_label("Service name").fill("Harbour Listening Line")
        page.get_by_label("Phone number").fill("1800 555 010")
        page.get_by_label("Web address").fill("http://not-secure.example.org")
        page.get_by_label("Last verified").fill("2026-11-30")
        page.get_by_role("button", name="Save").click()
        error = page.get_by_text("Use a full https:// address")
        error.wait_for()  # is_visible() does not wait for the click's response
        assert error.is_visible()
        assert serious_accessibility_violations(page) == []
        screenshot(page, "admin-crisis-line-form")
        page.get_by_label("Web address").fill("https://harbour.example.org")
        page.get_by_role("button", name="Save").click()
        assert page.get_by_role("status").get_by_text("Saved").is_visible()
        assert page.get_by_role("link", name="Edit Harbour Listening Line").is_visible()

        anon = browser.new_context().new_page()
        anon.goto(f"{live_server}/crisis?country=IE")
        assert anon.get_by_text("Harbour Listening Line").is_visible()
        assert anon.get_by_text("1800 555 010").first.is_visible()
        assert serious_accessibility_violations(anon) == []
        anon.context.close()
    finally:
        crisis_lines.use_overrides(None)


def test_a_patient_sets_quiet_hours(page: Any, live_server: str, personas: Personas) -> None:
    _sign_in(page, live_server, "alice@example.org")
    page.goto(f"{live_server}/settings")
    page.get_by_role("link", name="Choose which reminders you get").click()
    page.get_by_label("A daily check-in reminder").check()
    page.get_by_label("Quiet from").select_option("22")
    page.get_by_role("button", name="Save").click()
    assert page.get_by_text("Give both the start and the end of quiet hours").is_visible()
    assert serious_accessibility_violations(page) == []
    page.get_by_label("Quiet until").select_option("7")
    page.get_by_role("button", name="Save").click()
    assert page.get_by_role("status").get_by_text("saved").is_visible()
    assert page.get_by_label("A daily check-in reminder").is_checked()
    assert serious_accessibility_violations(page) == []
    screenshot(page, "patient-notification-settings")
