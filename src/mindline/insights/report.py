"""The service report: outcomes, what helps whom and model oversight, as HTML, PDF or CSV.

HTML embeds the charts as base64 PNG; the PDF is matplotlib's PdfPages (no extra package,
no system libraries); the CSV holds aggregates only (suppressed cells stay suppressed).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy.orm import Session

from mindline.core import clock
from mindline.insights import charts, cohort, oversight, population
from mindline.insights.outcomes_report import ServiceOutcomes, service_outcomes
from mindline.insights.stats import SUPPRESSED, Mean, Period, Rate

TEMPLATES = Path(__file__).resolve().parent.parent / "web" / "templates"
STEPS = ("outcomes", "what helps whom", "model oversight", "charts")


@dataclass
class Report:
    period: Period
    service: str | None
    clinician_id: int | None
    generated_at: datetime
    outcomes: ServiceOutcomes
    cohort: cohort.Cohort
    oversight: oversight.Oversight
    charts: dict[str, str]  # name -> base64 PNG


def build(
    session: Session,
    period: Period,
    *,
    service: str | None = None,
    clinician_id: int | None = None,
    progress: Callable[[str], None] | None = None,
    with_charts: bool = True,
) -> Report:
    """Compute every section; `progress` is called after each step."""
    tick = progress or (lambda _: None)
    found = service_outcomes(session, period, service=service, clinician_id=clinician_id)
    tick(STEPS[0])
    ids = (
        population.patient_ids(session, service=service, clinician_id=clinician_id)
        if service or clinician_id
        else None
    )
    helps = cohort.what_helps(session, period, ids)
    tick(STEPS[1])
    watched = oversight.model_oversight(session, period, service=service)
    tick(STEPS[2])
    images = {}
    if with_charts:
        images = {
            "outcomes": charts.to_base64(charts.rates_chart(found.rates, "Outcomes")),
            "precision": charts.to_base64(
                charts.rates_chart([watched.precision, *watched.by_severity], "Alert precision")
            ),
            "helps": charts.to_base64(
                charts.associations_chart(helps.next_day, "Next-day mood, within person")
            ),
            "levels": charts.to_base64(charts.levels_chart(watched)),
        }
    tick(STEPS[3])
    return Report(period, service, clinician_id, clock.now(), found, helps, watched, images)


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))


def context(report: Report) -> dict[str, Any]:
    """What the templates need (shared by the pages and the standalone report)."""
    return {"report": report, "suppressed": SUPPRESSED, "fmt": fmt, "pct": pct}


def fmt(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def to_html(report: Report) -> str:
    """A standalone HTML document with the charts embedded."""
    return _env().get_template("insights/report.html").render(**context(report))


def csv_rows(report: Report) -> list[list[Any]]:
    """Aggregate rows: section, group, metric, value, low, high, n."""
    rows: list[list[Any]] = [["section", "group", "metric", "value", "low", "high", "n"]]
    o = report.outcomes
    for key, value in o.counts().items():
        rows.append(["outcomes", "", key, value, "", "", ""])

    def rate_row(section: str, group: str, r: Rate) -> list[Any]:
        if r.value is None:
            return [section, group, r.label, SUPPRESSED, "", "", ""]
        return [
            section,
            group,
            r.label,
            round(r.value, 4),
            round(r.low or 0, 4),
            round(r.high or 0, 4),
            r.n,
        ]

    def mean_row(section: str, m: Mean) -> list[Any]:
        if m.value is None:
            return [section, "", m.label, SUPPRESSED, "", "", ""]
        return [
            section,
            "",
            m.label,
            round(m.value, 3),
            round(m.low or 0, 3),
            round(m.high or 0, 3),
            m.n,
        ]

    rows += [rate_row("outcomes", "", r) for r in o.rates]
    rows += [mean_row("outcomes", m) for m in o.changes]
    rows.append(
        [
            "outcomes",
            "",
            "alert ack median minutes",
            fmt(o.ack.median_minutes, 1),
            "",
            "",
            o.ack.acknowledged if o.ack.acknowledged >= 10 else SUPPRESSED,
        ]
    )
    for a in report.cohort.next_day + report.cohort.questionnaire:
        rows.append(
            [
                "what_helps",
                a.tag,
                a.note,
                fmt(a.estimate, 3),
                fmt(a.low, 3),
                fmt(a.high, 3),
                a.people,
            ]
        )
    for p in report.cohort.profiles:
        rows.append(["profiles", p.name, "mean mood", fmt(p.mood), "", "", p.people])
        rows.append(["profiles", p.name, "recovery", fmt(p.recovery, 3), "", "", p.people])
    w = report.oversight
    rows.append(rate_row("oversight", "all", w.precision))
    rows += [rate_row("oversight", "severity", r) for r in w.by_severity]
    rows += [rate_row("oversight", "kind", r) for r in w.by_kind]
    rows += [rate_row("oversight", "month", r) for r in w.by_month]
    rows.append(["oversight", "drift", "psi", fmt(w.psi, 4), "", "", w.drift])
    return rows


def to_csv(report: Report) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(csv_rows(report))
    return out.getvalue()


def write_pdf(report: Report, path: Path) -> None:
    """Summary tables and the charts, one page each (matplotlib PdfPages)."""
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    rows = csv_rows(report)
    with PdfPages(path) as pdf:
        per_page = 45
        for start in range(1, len(rows), per_page):
            fig = plt.figure(figsize=(8.27, 11.69))
            title = f"Mindline service report {report.period.label}"
            if report.service:
                title += f" · service {report.service}"
            fig.text(0.05, 0.97, title, fontsize=12, weight="bold")
            lines = [" | ".join(str(c)[:48] for c in row) for row in rows[start : start + per_page]]
            fig.text(0.05, 0.94, "\n".join(lines), fontsize=6.5, va="top", family="monospace")
            pdf.savefig(fig)
            plt.close(fig)
        o, w = report.outcomes, report.oversight
        for fig in (
            charts.rates_chart(o.rates, "Outcomes"),
            charts.associations_chart(report.cohort.next_day, "Next-day mood, within person"),
            charts.rates_chart([w.precision, *w.by_severity], "Alert precision"),
            charts.levels_chart(w),
        ):
            pdf.savefig(fig)
            plt.close(fig)
        fig = plt.figure(figsize=(8.27, 11.69))
        notes = ["Caveats:", *o.caveats, *report.cohort.caveats]
        fig.text(0.05, 0.95, "\n".join(notes), fontsize=8, va="top", wrap=True)
        pdf.savefig(fig)
        plt.close(fig)
