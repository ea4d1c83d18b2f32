"""Service outcomes for a period: referred, engaged, finished, NHS TT outcome rates, changes.

Outcome categories come from mindline.monitoring.outcomes (INSTRUMENTS §5.3), never
recomputed here. Discharge is not recorded yet, so "finished" means: a first and a last
PHQ-9/GAD-7 on different days, the last one inside the period.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mindline.alerts.models import Alert
from mindline.care.models import Patient
from mindline.insights import population
from mindline.insights.stats import MIN_CELL, Mean, Period, Rate, mean_ci, percentile, rate, shown
from mindline.monitoring import outcomes
from mindline.monitoring.models import CheckIn, QuestionnaireResponse

CAVEATS = (
    "Discharge is not recorded yet: 'finished' means a first and a last PHQ-9/GAD-7 on "
    "different days with the last inside the period.",
    "Reliable deterioration uses the symmetric rule (INSTRUMENTS §5.3, unverified).",
    f"Counts and rates describing fewer than {MIN_CELL} people are suppressed.",
)


@dataclass
class AckTimes:
    alerts: int
    acknowledged: int
    median_minutes: float | None
    p90_minutes: float | None


@dataclass
class ServiceOutcomes:
    period: Period
    service: str | None
    clinician_id: int | None
    people: int
    referred: int
    engaged: int
    finished: int
    rates: list[Rate]
    changes: list[Mean]
    ack: AckTimes
    caveats: list[str] = field(default_factory=lambda: list(CAVEATS))

    def counts(self) -> dict[str, int | str]:
        """The funnel, small cells suppressed."""
        return {
            "people": shown(self.people),
            "referred": shown(self.referred),
            "engaged": shown(self.engaged),
            "finished": shown(self.finished),
        }


def _first_dates(session: Session, ids: list[int]) -> dict[int, date]:
    """Referral: the account's creation, or the first data if older (imported history)."""
    first: dict[int, date] = {}
    for pid, created in session.execute(
        select(Patient.id, Patient.created_at).where(Patient.id.in_(ids))
    ):
        first[pid] = created.date()
    for pid, on in session.execute(
        select(CheckIn.patient_id, func.min(CheckIn.local_on))
        .where(CheckIn.patient_id.in_(ids))
        .group_by(CheckIn.patient_id)
    ):
        if on is not None:
            first[pid] = min(first[pid], on)
    for pid, at in session.execute(
        select(QuestionnaireResponse.patient_id, func.min(QuestionnaireResponse.authored_at))
        .where(QuestionnaireResponse.patient_id.in_(ids))
        .group_by(QuestionnaireResponse.patient_id)
    ):
        if at is not None:
            first[pid] = min(first[pid], at.date() if hasattr(at, "date") else at)
    return first


def _active_days(session: Session, ids: list[int], period: Period) -> dict[int, int]:
    return {
        pid: n
        for pid, n in session.execute(
            select(CheckIn.patient_id, func.count())
            .where(
                CheckIn.patient_id.in_(ids),
                CheckIn.deleted_at.is_(None),
                CheckIn.local_on >= period.start,
                CheckIn.local_on <= period.end,
            )
            .group_by(CheckIn.patient_id)
        )
    }


def paired_scores(
    session: Session, ids: list[int], period: Period
) -> dict[int, tuple[dict[str, int], dict[str, int]]]:
    """First-ever and last-in-period totals per person, for measures present at both."""
    first: dict[int, dict[str, tuple[date, int]]] = defaultdict(dict)
    last: dict[int, dict[str, tuple[date, int]]] = defaultdict(dict)
    rows = session.execute(
        select(
            QuestionnaireResponse.patient_id,
            QuestionnaireResponse.instrument,
            QuestionnaireResponse.total,
            QuestionnaireResponse.authored_at,
        )
        .where(
            QuestionnaireResponse.patient_id.in_(ids),
            QuestionnaireResponse.instrument.in_(("phq9", "gad7")),
            QuestionnaireResponse.deleted_at.is_(None),
            QuestionnaireResponse.total.is_not(None),
            QuestionnaireResponse.authored_at < period.end_at,
        )
        .order_by(QuestionnaireResponse.authored_at)
    )
    for pid, instrument, total, at in rows:
        if total is None:
            continue
        first[pid].setdefault(instrument, (at.date(), total))
        if at >= period.start_at:
            last[pid][instrument] = (at.date(), total)
    paired = {}
    for pid, ends in last.items():
        measures = [m for m in ends if m in first[pid] and first[pid][m][0] < ends[m][0]]
        if measures:
            paired[pid] = (
                {m: first[pid][m][1] for m in measures},
                {m: ends[m][1] for m in measures},
            )
    return paired


def ack_times(session: Session, ids: list[int], period: Period) -> AckTimes:
    """Minutes from each alert raised in the period to its acknowledgement."""
    rows = session.execute(
        select(Alert.created_at, Alert.acknowledged_at).where(
            Alert.patient_id.in_(ids),
            Alert.created_at >= period.start_at,
            Alert.created_at < period.end_at,
        )
    ).all()
    minutes = [(ack - at).total_seconds() / 60 for at, ack in rows if ack is not None]
    enough = len(minutes) >= MIN_CELL
    return AckTimes(
        alerts=len(rows),
        acknowledged=len(minutes),
        median_minutes=percentile(minutes, 50) if enough else None,
        p90_minutes=percentile(minutes, 90) if enough else None,
    )


def service_outcomes(
    session: Session,
    period: Period,
    *,
    service: str | None = None,
    clinician_id: int | None = None,
) -> ServiceOutcomes:
    """The service's outcomes for a period (aggregates only)."""
    ids = population.patient_ids(session, service=service, clinician_id=clinician_id)
    first = _first_dates(session, ids)
    referred = sum(1 for d in first.values() if period.start <= d <= period.end)
    engaged = sum(1 for n in _active_days(session, ids, period).values() if n >= 2)
    paired = paired_scores(session, ids, period)
    results = [outcomes.outcome(a, b) for a, b in paired.values()]
    cases = [r for r in results if r.case_at_start]
    changes: dict[str, list[float]] = defaultdict(list)
    for a, b in paired.values():
        for m in a:
            changes[m].append(b[m] - a[m])
    return ServiceOutcomes(
        period=period,
        service=service,
        clinician_id=clinician_id,
        people=len(ids),
        referred=referred,
        engaged=engaged,
        finished=len(results),
        rates=[
            rate("recovery (of cases at start)", sum(1 for r in cases if r.recovered), len(cases)),
            rate(
                "reliable improvement",
                sum(1 for r in results if r.reliable_improvement),
                len(results),
            ),
            rate(
                "reliable recovery (of cases at start)",
                sum(1 for r in cases if r.reliable_recovery),
                len(cases),
            ),
            rate(
                "reliable deterioration",
                sum(1 for r in results if r.reliable_deterioration),
                len(results),
            ),
        ],
        changes=[
            mean_ci("PHQ-9 change (last - first)", changes["phq9"]),
            mean_ci("GAD-7 change (last - first)", changes["gad7"]),
        ],
        ack=ack_times(session, ids, period),
    )
