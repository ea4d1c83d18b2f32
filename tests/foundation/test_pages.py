"""Sign-in and role-appropriate home pages through the HTML forms."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from builders import PASSWORD, Personas

HTML = {"accept": "text/html"}


def _csrf(page_html: str) -> str:
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page_html)
    assert match, "form has no CSRF field"
    return match.group(1)


def _sign_in(client: TestClient, email: str, next_path: str = "/") -> TestClient:
    page = client.get("/login", headers=HTML)
    response = client.post(
        "/login",
        data={
            "email": email,
            "password": PASSWORD,
            "csrf_token": _csrf(page.text),
            "next": next_path,
        },
        headers=HTML,
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return client


def test_each_role_lands_on_its_own_home(app, personas: Personas) -> None:
    expectations = {
        "alice@example.org": "Your care team",
        "bob@example.org": "Caseload",
        "erin@example.org": "Administration",
    }
    for email, heading in expectations.items():
        with TestClient(app) as client:
            _sign_in(client, email)
            page = client.get("/home", headers=HTML)
            assert page.status_code == 200
            assert heading in page.text


def test_the_clinician_home_lists_only_their_patients(app, personas: Personas) -> None:
    with TestClient(app) as client:
        _sign_in(client, "bob@example.org")
        page = client.get("/home", headers=HTML).text
    assert "Alice" in page and "Dave" not in page


def test_the_admin_home_shows_accounts_but_no_clinical_notes(
    app, personas: Personas, session
) -> None:
    from mindline.care import service as care_service

    care_service.add_note(
        session=session,
        patient=personas.alice,
        author_id=personas.bob.id,
        body="SECRET-CLINICAL-TEXT",
    )
    session.commit()
    with TestClient(app) as client:
        _sign_in(client, "erin@example.org")
        assert "SECRET-CLINICAL-TEXT" not in client.get("/home", headers=HTML).text
        notes = client.get(f"/api/v1/patients/{personas.alice.id}/notes")
        assert notes.status_code == 404


def test_a_wrong_password_keeps_the_email_and_says_what_went_wrong(app, personas: Personas) -> None:
    with TestClient(app) as client:
        page = client.get("/login", headers=HTML)
        response = client.post(
            "/login",
            data={
                "email": "bob@example.org",
                "password": "nope-nope-nope",
                "csrf_token": _csrf(page.text),
                "next": "/",
            },
            headers=HTML,
        )
    assert response.status_code == 400
    assert "not right" in response.text
    assert 'value="bob@example.org"' in response.text


def test_signed_out_visitors_go_to_login_and_come_back_after(app, personas: Personas) -> None:
    with TestClient(app) as client:
        bounced = client.get("/home", headers=HTML, follow_redirects=False)
        assert bounced.status_code == 303 and bounced.headers["location"] == "/login?next=/home"
        _sign_in(client, "bob@example.org", next_path="/home")


def test_login_never_redirects_off_site(app, personas: Personas) -> None:
    with TestClient(app) as client:
        page = client.get("/login", headers=HTML)
        response = client.post(
            "/login",
            data={
                "email": "bob@example.org",
                "password": PASSWORD,
                "csrf_token": _csrf(page.text),
                "next": "//evil.example",
            },
            headers=HTML,
            follow_redirects=False,
        )
    assert response.headers["location"] == "/"


def test_the_crisis_page_works_signed_out_for_any_country(client: TestClient) -> None:
    us = client.get("/crisis?country=US", headers=HTML)
    assert us.status_code == 200 and "988" in us.text and "911" in us.text
    gb = client.get("/crisis?country=GB", headers=HTML)
    assert "116 123" in gb.text and "999" in gb.text
    unknown = client.get("/crisis?country=ZZ", headers=HTML)
    assert unknown.status_code == 200 and "emergency" in unknown.text.lower()


def test_every_page_has_the_crisis_button(app, personas: Personas) -> None:
    with TestClient(app) as client:
        assert 'href="/crisis"' in client.get("/login", headers=HTML).text
        _sign_in(client, "alice@example.org")
        assert 'class="crisis-button" href="/crisis"' in client.get("/home", headers=HTML).text


def test_signing_out_through_the_page_ends_the_session(app, personas: Personas) -> None:
    with TestClient(app) as client:
        _sign_in(client, "bob@example.org")
        home = client.get("/home", headers=HTML)
        out = client.post(
            "/logout", data={"csrf_token": _csrf(home.text)}, headers=HTML, follow_redirects=False
        )
        assert out.status_code == 303
        assert client.get("/api/v1/auth/me").status_code == 401
