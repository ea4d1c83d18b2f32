"""Pages in the patient's language: gettext catalogues, <html lang>, and how the choice is made."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from fastapi.testclient import TestClient

from builders import Personas
from mindline.web import i18n
from web.conftest import HTML

WEB = Path(i18n.__file__).parent


def _get(app: Any, path: str, **headers: str) -> str:
    with TestClient(app) as client:
        response = client.get(path, headers={**HTML, **headers})
    assert response.status_code == 200
    return response.text


def test_the_crisis_page_in_spanish_signed_out(app: Any) -> None:
    page = _get(app, "/crisis?country=ES&lang=es")
    assert '<html lang="es">' in page
    assert "<h1>Pedir ayuda ahora</h1>" in page and "Hable con alguien, a cualquier hora" in page
    assert "Líneas de crisis y números de emergencia" in page
    assert '<input type="hidden" name="lang" value="es">' in page  # kept when changing country
    english = _get(app, "/crisis?country=ES")
    assert '<html lang="en">' in english and "<h1>Get help now</h1>" in english


def test_the_browser_language_is_used_when_nobody_chose(app: Any) -> None:
    assert '<html lang="es">' in _get(app, "/crisis", **{"accept-language": "es-MX,es;q=0.9"})
    assert '<html lang="en">' in _get(app, "/crisis", **{"accept-language": "fr-FR,fr;q=0.9"})
    preferred = _get(app, "/crisis", **{"accept-language": "es;q=0.3, en;q=0.8"})
    assert '<html lang="en">' in preferred
    assert '<html lang="en">' in _get(app, "/crisis?lang=xx", **{"accept-language": "q=oops,,"})


def test_a_patient_who_chooses_spanish_gets_spanish_pages(
    personas: Personas, browser_client: Any
) -> None:
    alice = browser_client("alice@example.org")
    saved = alice.post(
        "/settings", data={"csrf_token": alice.csrf, "country": "ES", "language": "es"}
    )
    assert saved.status_code == 303
    home = alice.get("/home").text
    assert '<html lang="es">' in home
    assert "Hola, Alice" in home and "Registro de hoy" in home
    assert ">Ajustes</a>" in home and ">Pedir ayuda ahora</a>" in home
    checkin = alice.get("/checkin").text
    assert "<legend>¿Cómo está su ánimo hoy?</legend>" in checkin
    assert "0 = lo peor posible" in checkin and "> Paseo</label>" in checkin
    assert '<html lang="es">' in alice.get("/crisis").text
    bad = alice.post(
        "/settings", data={"csrf_token": alice.csrf, "country": "ES", "language": "xx"}
    )
    assert bad.status_code == 422 and "Choose a language from the list." in bad.text


def test_every_translatable_template_string_has_a_spanish_translation() -> None:
    with (WEB / "locale" / "es" / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po, locale="es")
    found = {
        msg[2]
        for msg in extract_from_dir(
            str(WEB / "templates"),
            method_map=[("**.html", "jinja2")],
            options_map={"**.html": {"extensions": "jinja2.ext.i18n"}},
        )
    }
    assert len(found) > 40
    untranslated = sorted(m for m in found if not (catalog.get(m) and catalog.get(m).string))
    assert untranslated == []
