"""Administrator pages for crisis lines: the merged directory, add, edit and remove entries."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse, Response

from mindline.accounts.deps import AdminActor
from mindline.companion import crisis_lines, crisis_overrides
from mindline.companion.crisis_lines import slugify
from mindline.core import clock
from mindline.core.errors import InvalidInput
from mindline.db.deps import DbSession
from mindline.web.pages import render

router = APIRouter(prefix="/admin/crisis-lines", include_in_schema=False)
FIELDS = ("country", "slug", *crisis_overrides.LIMITS, "last_verified")


@router.get("")
def crisis_lines_page(
    request: Request, actor: AdminActor, session: DbSession, saved: str = "", removed: str = ""
) -> Response:
    """Every country's lines as patients see them; stale and replaced lines stand out."""
    today = clock.now().date()
    directory = crisis_lines.directory()
    return render(
        request,
        "admin/crisis_lines.html",
        {
            "countries": crisis_overrides.overview(session=session, today=today),
            "eu": directory.eu,
            "fallback": directory.fallback,
            "saved": saved,
            "removed": removed,
            "read_error": crisis_lines.overrides_error(),
        },
    )


def _form_page(request: Request, form: dict[str, str], errors: dict[str, str]) -> Response:
    return render(
        request,
        "admin/crisis_line_form.html",
        {
            "form": form,
            "errors": errors,
            "countries": sorted(crisis_overrides.COUNTRY_NAMES.items(), key=lambda kv: kv[1]),
            "editing": bool(form.get("slug")),
        },
        status_code=422 if errors else 200,
    )


@router.get("/edit")
def edit_form(
    request: Request, actor: AdminActor, session: DbSession, country: str = "", slug: str = ""
) -> Response:
    """A blank form, or one filled from the stored entry or the default line it would replace."""
    form: dict[str, str] = {"country": country.upper(), "slug": slug, "hours": "24/7"}
    if country and slug:
        code = crisis_overrides.check_country(country)
        row = crisis_overrides.get_entry(session=session, country=code, slug=slug)
        if row is not None:
            form.update({f: str(getattr(row, f)) for f in FIELDS})
        else:
            for line in crisis_lines.defaults(code).lines:
                if line.slug == slug:
                    form.update(name=line.name, hours=line.hours, notes=line.note)
    return _form_page(request, form, {})


@router.post("/edit")
async def save_entry(request: Request, actor: AdminActor, session: DbSession) -> Response:
    """Store the entry; on a bad field show the form again with what was typed."""
    raw = await request.form()
    form = {f: str(raw.get(f, "")).strip() for f in FIELDS}
    form["slug"] = form["slug"] or slugify(form["name"])
    errors: dict[str, str] = {}
    try:
        form["country"] = crisis_overrides.check_country(form["country"])
    except InvalidInput as exc:
        errors.update(exc.fields)
    try:
        crisis_overrides.validate(form, clock.now().date())
    except InvalidInput as exc:
        errors.update(exc.fields)
    if errors:
        return _form_page(request, form, errors)
    crisis_overrides.put(
        session=session, actor=actor, country=form["country"], slug=form["slug"], raw=form
    )
    return RedirectResponse(f"/admin/crisis-lines?saved={form['country']}", status_code=303)


@router.post("/delete")
async def delete_entry(request: Request, actor: AdminActor, session: DbSession) -> Response:
    """Remove an entry; a default line it replaced shows again."""
    raw: Any = await request.form()
    country = crisis_overrides.check_country(str(raw.get("country", "")))
    crisis_overrides.delete(
        session=session, actor=actor, country=country, slug=str(raw.get("slug", ""))
    )
    return RedirectResponse(f"/admin/crisis-lines?removed={country}", status_code=303)
