"""Model oversight: alert precision from clinicians' resolutions, risk-level drift, ack times.

Precision = true positives / (true + false positives); "not clinically relevant" resolutions
are counted but left out of precision. Drift compares the distribution of screened risk
levels in the last month with the earlier months of the period (PSI).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mindline.alerts.models import Alert
from mindline.companion.models import CompanionMessage
from mindline.insights import population
from mindline.insights.stats import MIN_CELL, Period, Rate, percentile, psi, psi_words, wilson
from mindline.monitoring.models import CheckIn

LEVELS = ("none", "low", "moderate", "high", "imminent")


@dataclass
class Oversight:
    period: Period
    resolved: int
    not_relevant: int
    precision: Rate
    by_severity: list[Rate]
    by_kind: list[Rate]
    by_month: list[Rate]
    # month -> level -> count (messages and journals screened, not people)
    levels: dict[str, dict[str, int]]
    psi: float | None
    drift: str
    ack_minutes: dict[str, dict[str, float | int | None]] = field(default_factory=dict)


def _precision(label: str, outcomes: list[str | None]) -> Rate:
    tp = sum(1 for o in outcomes if o == "true_positive")
    fp = sum(1 for o in outcomes if o == "false_positive")
    # Alerts, not people: shown once 10 alerts are resolved either way.
    if tp + fp < MIN_CELL:
        return Rate(label, tp, tp + fp, None, None, None)
    p, lo, hi = wilson(tp, tp + fp)
    return Rate(label, tp, tp + fp, p, lo, hi)


def model_oversight(session: Session, period: Period, *, service: str | None = None) -> Oversight:
    """Precision, drift and acknowledgement times for the period."""
    ids = population.patient_ids(session, service=service) if service else None
    stmt = select(
        Alert.severity, Alert.kind, Alert.outcome, Alert.created_at, Alert.acknowledged_at
    ).where(Alert.created_at >= period.start_at, Alert.created_at < period.end_at)
    if ids is not None:
        stmt = stmt.where(Alert.patient_id.in_(ids))
    alerts = session.execute(stmt).all()
    by_sev: dict[str, list[str | None]] = defaultdict(list)
    by_kind: dict[str, list[str | None]] = defaultdict(list)
    by_month: dict[str, list[str | None]] = defaultdict(list)
    ack: dict[str, list[float]] = defaultdict(list)
    for severity, kind, outcome, created, acked in alerts:
        by_sev[severity].append(outcome)
        by_kind[kind].append(outcome)
        by_month[f"{created:%Y-%m}"].append(outcome)
        if acked is not None:
            ack[severity].append((acked - created).total_seconds() / 60)
    everything = [o for _, _, o, _, _ in alerts]
    levels = risk_levels(session, period, ids)
    months = period.months()
    reference: Counter[str] = Counter()
    for month in months[:-1]:
        reference.update(levels.get(month, {}))
    current = levels.get(months[-1], {})
    drift = psi(reference, current) if sum(reference.values()) >= 50 and current else None
    return Oversight(
        period=period,
        resolved=sum(1 for o in everything if o),
        not_relevant=sum(1 for o in everything if o == "not_clinically_relevant"),
        precision=_precision("all alerts", everything),
        by_severity=[_precision(s, by_sev[s]) for s in sorted(by_sev)],
        by_kind=[_precision(k, by_kind[k]) for k in sorted(by_kind)],
        by_month=[_precision(m, by_month.get(m, [])) for m in months],
        levels=levels,
        psi=drift,
        drift=psi_words(drift),
        ack_minutes={
            s: {
                "n": len(v),
                "median": percentile(v, 50) if len(v) >= MIN_CELL else None,
                "p90": percentile(v, 90) if len(v) >= MIN_CELL else None,
            }
            for s, v in sorted(ack.items())
        },
    )


def risk_levels(
    session: Session, period: Period, ids: list[int] | None
) -> dict[str, dict[str, int]]:
    """Screened risk levels per month: check-in journals and companion patient messages."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    stmt = (
        select(CheckIn.local_on, CheckIn.risk_level, func.count())
        .where(
            CheckIn.local_on >= period.start,
            CheckIn.local_on <= period.end,
            CheckIn.journal.is_not(None),
        )
        .group_by(CheckIn.local_on, CheckIn.risk_level)
    )
    if ids is not None:
        stmt = stmt.where(CheckIn.patient_id.in_(ids))
    for on, level, n in session.execute(stmt):
        out[f"{on:%Y-%m}"][level] += n
    msgs = select(CompanionMessage.created_at, CompanionMessage.risk_level).where(
        CompanionMessage.role == "patient",
        CompanionMessage.created_at >= period.start_at,
        CompanionMessage.created_at < period.end_at,
    )
    if ids is not None:
        msgs = msgs.where(CompanionMessage.patient_id.in_(ids))
    for at, msg_level in session.execute(msgs):
        out[f"{at:%Y-%m}"][msg_level or "none"] += 1
    return {m: {lv: out[m].get(lv, 0) for lv in LEVELS} for m in sorted(out)}
