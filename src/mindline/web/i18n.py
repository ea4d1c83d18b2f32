"""Page languages: gettext catalogues (.po, compiled in memory at import) and each page's choice.

The choice, first match wins: ``?lang=`` on the URL, the signed-in patient's language, the
browser's Accept-Language, English.
"""

from __future__ import annotations

import gettext
from io import BytesIO
from pathlib import Path
from typing import Any

from babel.core import negotiate_locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations
from fastapi import Request

LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = {"en": "English", "es": "Español"}
DEFAULT = "en"


def _compile(lang: str) -> gettext.NullTranslations:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po, locale=lang)
    mo = BytesIO()
    write_mo(mo, catalog)
    mo.seek(0)
    return Translations(fp=mo)


# Compiled once at import, so a broken catalogue fails at start-up, not on a page.
CATALOGUES: dict[str, gettext.NullTranslations] = {
    lang: _compile(lang) if lang != DEFAULT else gettext.NullTranslations() for lang in LANGUAGES
}


def _from_header(header: str) -> str | None:
    wanted = []
    for part in header.split(","):
        tag, _, q = part.strip().partition(";q=")
        try:
            weight = float(q) if q else 1.0
        except ValueError:
            continue
        if tag and weight > 0:
            wanted.append((weight, tag.strip().replace("-", "_")))
    ordered = [tag for _, tag in sorted(wanted, key=lambda w: -w[0])]
    return negotiate_locale(ordered, list(LANGUAGES), sep="_") if ordered else None


def _patient_language(request: Request, context: dict[str, Any]) -> str | None:
    patient = context.get("patient")
    if patient is not None and getattr(patient, "language", None):
        return str(patient.language)
    actor = getattr(request.state, "actor", None)
    if actor is None or actor.patient_id is None:
        return None
    from mindline.care.models import Patient

    # A short read of its own: render() has no session, and this is one row by key.
    with request.app.state.sessionmaker() as session:
        row = session.get(Patient, actor.patient_id)
        return row.language if row is not None else None


def choose(request: Request, context: dict[str, Any]) -> str:
    """The language for this page (always one of LANGUAGES)."""
    asked = request.query_params.get("lang", "")
    if asked in LANGUAGES:
        return asked
    chosen = _patient_language(request, context)
    if chosen is None:
        chosen = _from_header(request.headers.get("accept-language", ""))
    return chosen if chosen in LANGUAGES else DEFAULT


def context_for(request: Request, context: dict[str, Any]) -> dict[str, Any]:
    """What templates need: ``lang`` for <html lang> and the gettext callables for ``_()``."""
    lang = choose(request, context)
    catalogue = CATALOGUES[lang]
    return {"lang": lang, "gettext": catalogue.gettext, "ngettext": catalogue.ngettext}
