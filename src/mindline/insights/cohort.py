"""What helps whom: cross-patient associations (mixed-effects models) and symptom profiles.

Observational data: people choose what they do, and good days invite activity. The models
adjust for today's mood and compare each person with themselves (predictors centred within
person, random intercept per person), which removes stable between-person confounding but
not everything. Associations, not effects; every output says so.
"""

from __future__ import annotations

import logging
import warnings
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import pairwise

import numpy as np
from numpy.typing import NDArray
from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.companion.models import CompanionMessage
from mindline.insights.stats import MIN_CELL, Period, shown
from mindline.monitoring import outcomes
from mindline.monitoring.checkins import ACTIVITY_TAGS, TRIGGER_TAGS
from mindline.monitoring.models import CheckIn, QuestionnaireResponse

log = logging.getLogger(__name__)
MAX_MODEL_PEOPLE = 600  # people sampled into the mixed model, to bound its run time
MIN_TAG_DAYS = 5  # a person "uses" a tag when it is on at least this many days
CLUSTERS = 4
CAVEATS = (
    "Observational: people choose what they do, so an association is not an effect.",
    "Adjusted for today's mood and for stable differences between people (each person is "
    "compared with themselves); other day-to-day confounders (weather, workload, illness) "
    "are not measured.",
    f"Rows describing fewer than {MIN_CELL} people are suppressed.",
)


@dataclass
class Days:
    """Every check-in in the period as columns (one row per person-day)."""

    patient: NDArray[np.int64]
    day: NDArray[np.int64]
    mood: NDArray[np.float64]
    anxiety: NDArray[np.float64]
    sleep: NDArray[np.float64]
    tags: NDArray[np.bool_]  # rows x len(names)
    names: list[str]


@dataclass
class Association:
    tag: str
    people: int | str
    days: int
    estimate: float | None
    low: float | None
    high: float | None
    p_value: float | None
    note: str


@dataclass
class Profile:
    name: str
    people: int | str
    mood: float | None
    anxiety: float | None
    sleep: float | None
    top_triggers: list[str]
    recovery: float | None
    reliable_improvement: float | None


@dataclass
class Cohort:
    period: Period
    people: int
    model_people: int
    next_day: list[Association]
    questionnaire: list[Association]
    profiles: list[Profile]
    caveats: list[str] = field(default_factory=lambda: list(CAVEATS))


def load_days(session: Session, period: Period, ids: Sequence[int] | None = None) -> Days:
    """Check-ins with activity, trigger and companion-exercise tags, streamed in batches."""
    exercise_days = _exercise_days(session, period, ids)
    exercises = sorted({e for v in exercise_days.values() for e in v})
    names = (
        [f"activity:{a}" for a in ACTIVITY_TAGS]
        + [f"trigger:{t}" for t in TRIGGER_TAGS]
        + [f"exercise:{e}" for e in exercises]
    )
    index = {n: i for i, n in enumerate(names)}
    stmt = (
        select(
            CheckIn.patient_id,
            CheckIn.local_on,
            CheckIn.mood,
            CheckIn.anxiety,
            CheckIn.sleep_quality,
            CheckIn.activities,
            CheckIn.triggers,
        )
        .where(
            CheckIn.deleted_at.is_(None),
            CheckIn.local_on >= period.start,
            CheckIn.local_on <= period.end,
        )
        .order_by(CheckIn.patient_id, CheckIn.local_on)
    )
    if ids is not None:
        stmt = stmt.where(CheckIn.patient_id.in_(list(ids)))
    pids: list[int] = []
    days: list[int] = []
    scores: list[tuple[int, int, int]] = []
    hits: list[int] = []  # flattened (row, column) positions of tags
    width = len(names)
    # Core rows streamed from a server-side cursor: no ORM objects, bounded memory.
    # Options on the statement, not the connection: later writes must not use a server cursor.
    streamed = stmt.execution_options(stream_results=True, max_row_buffer=50_000)
    for row, (pid, on, mood, anxiety, sleep, acts, trigs) in enumerate(
        session.connection().execute(streamed)
    ):
        pids.append(pid)
        days.append(on.toordinal())
        scores.append((mood, anxiety, sleep))
        base = row * width
        for a in acts:
            if (col := index.get(f"activity:{a}")) is not None:
                hits.append(base + col)
        for t in trigs:
            if (col := index.get(f"trigger:{t}")) is not None:
                hits.append(base + col)
        for e in exercise_days.get((pid, on), ()):
            hits.append(base + index[f"exercise:{e}"])
    tags = np.zeros(len(pids) * width, dtype=np.bool_)
    tags[np.asarray(hits, dtype=np.int64)] = True
    arr = np.asarray(scores, dtype=np.float64).reshape(-1, 3)
    return Days(
        patient=np.asarray(pids, dtype=np.int64),
        day=np.asarray(days, dtype=np.int64),
        mood=arr[:, 0],
        anxiety=arr[:, 1],
        sleep=arr[:, 2],
        tags=tags.reshape(len(pids), width),
        names=names,
    )


def _exercise_days(
    session: Session, period: Period, ids: Sequence[int] | None
) -> dict[tuple[int, date], set[str]]:
    stmt = select(
        CompanionMessage.patient_id, CompanionMessage.created_at, CompanionMessage.exercise_id
    ).where(
        CompanionMessage.exercise_id.is_not(None),
        CompanionMessage.role != "patient",
        CompanionMessage.created_at >= period.start_at,
        CompanionMessage.created_at < period.end_at,
    )
    if ids is not None:
        stmt = stmt.where(CompanionMessage.patient_id.in_(list(ids)))
    found: dict[tuple[int, date], set[str]] = defaultdict(set)
    for pid, at, exercise in session.execute(stmt):
        if exercise:
            found[(pid, at.date())].add(exercise)
    return found


def _within(values: NDArray[np.float64], groups: NDArray[np.int64]) -> NDArray[np.float64]:
    """Centre each column within person (groups must be sorted)."""
    _, start, counts = np.unique(groups, return_index=True, return_counts=True)
    sums = np.add.reduceat(values, start, axis=0)
    means = np.repeat(sums / counts[:, None], counts, axis=0)
    out: NDArray[np.float64] = values - means
    return out


def _fit(
    y: NDArray[np.float64], x: NDArray[np.float64], groups: NDArray[np.int64]
) -> tuple[NDArray[np.float64], NDArray[np.float64], NDArray[np.float64]] | None:
    """MixedLM with a random intercept; returns (estimates, standard errors, p-values)."""
    from statsmodels.regression.mixed_linear_model import MixedLM

    design = np.column_stack([np.ones(len(y)), x])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = None
        # L-BFGS first (fast); statsmodels 0.15 / scipy 1.17 can hit a singular matrix in
        # its gradient when the person-level variance nears zero, so Powell (no gradient)
        # is the fallback.
        for method in ("lbfgs", "powell"):
            try:
                result = MixedLM(y, design, groups=groups).fit(reml=True, method=[method])
                break
            except (np.linalg.LinAlgError, ValueError) as exc:
                log.warning("mixed model did not fit with %s: %s", method, exc)
        if result is None:
            return None
    params = np.asarray(result.fe_params)[1:]
    se = np.asarray(result.bse_fe)[1:]
    pvalues = np.asarray(result.pvalues)[1 : len(params) + 1]
    return params, se, pvalues


def next_day_associations(
    data: Days, *, max_people: int = MAX_MODEL_PEOPLE, seed: int = 0
) -> tuple[list[Association], int]:
    """Association of each tag with next-day mood, adjusted for today's mood, within person."""
    same = (data.patient[1:] == data.patient[:-1]) & (data.day[1:] == data.day[:-1] + 1)
    today = np.flatnonzero(same)
    if len(today) == 0:
        return [], 0
    pid = data.patient[today]
    people = np.unique(pid)
    if len(people) > max_people:
        keep = np.random.default_rng(seed).choice(people, max_people, replace=False)
        mask = np.isin(pid, keep)
        today, pid = today[mask], pid[mask]
    users = _users(data.tags[today], pid)
    usable = [i for i, n in enumerate(users) if n >= MIN_CELL]
    rows: list[Association] = [
        Association(
            data.names[i],
            shown(int(users[i])),
            0,
            None,
            None,
            None,
            None,
            "suppressed: fewer than 10 people use it",
        )
        for i in range(len(data.names))
        if i not in usable and users[i] > 0
    ]
    model_people = len(np.unique(pid))
    if not usable or model_people < MIN_CELL:
        return rows, model_people
    x = np.column_stack([data.mood[today], data.tags[today][:, usable].astype(np.float64)])
    fit = _fit(data.mood[today + 1], _within(x, pid), pid)
    if fit is None:
        return rows, model_people
    params, se, pvalues = fit
    counts = data.tags[today][:, usable].sum(axis=0)
    for j, col in enumerate(usable):
        est, s = float(params[j + 1]), float(se[j + 1])
        rows.append(
            Association(
                tag=data.names[col],
                people=int(users[col]),
                days=int(counts[j]),
                estimate=est,
                low=est - 1.96 * s,
                high=est + 1.96 * s,
                p_value=float(pvalues[j + 1]),
                note="next-day mood points, within person, adjusted for today's mood",
            )
        )
    rows.sort(key=lambda a: (a.estimate is None, -(a.estimate or 0)))
    return rows, model_people


def _users(tags: NDArray[np.bool_], pid: NDArray[np.int64]) -> NDArray[np.int64]:
    """How many people have each tag on at least MIN_TAG_DAYS days."""
    _, start = np.unique(pid, return_index=True)
    per_person = np.add.reduceat(tags.astype(np.int64), start, axis=0)
    out: NDArray[np.int64] = (per_person >= MIN_TAG_DAYS).sum(axis=0)
    return out


def questionnaire_association(session: Session, data: Days, period: Period) -> list[Association]:
    """PHQ-9 change between consecutive questionnaires versus exercise days in between."""
    exercise_cols = [i for i, n in enumerate(data.names) if n.startswith("exercise:")]
    rows = session.execute(
        select(
            QuestionnaireResponse.patient_id,
            QuestionnaireResponse.authored_at,
            QuestionnaireResponse.total,
        )
        .where(
            QuestionnaireResponse.instrument == "phq9",
            QuestionnaireResponse.deleted_at.is_(None),
            QuestionnaireResponse.total.is_not(None),
            QuestionnaireResponse.authored_at >= period.start_at,
            QuestionnaireResponse.authored_at < period.end_at,
        )
        .order_by(QuestionnaireResponse.patient_id, QuestionnaireResponse.authored_at)
    ).all()
    if not exercise_cols or len(rows) < 2:
        return [Association("exercise days", 0, 0, None, None, None, None, "not enough data")]
    any_ex: NDArray[np.bool_] = np.asarray(data.tags[:, exercise_cols].any(axis=1))
    # Cumulative exercise days per person, looked up by day ordinal with searchsorted.
    order = np.lexsort((data.day, data.patient))
    pid_sorted, day_sorted = data.patient[order], data.day[order]
    cum = np.cumsum(any_ex[order])
    key = pid_sorted * 1_000_000 + day_sorted

    def count_until(p: int, ordinal: int) -> int:
        pos = int(np.searchsorted(key, p * 1_000_000 + ordinal, side="right")) - 1
        return int(cum[pos]) if pos >= 0 and pid_sorted[pos] == p else 0

    deltas, prev_totals, ex_days, groups = [], [], [], []
    for (p1, at1, t1), (p2, at2, t2) in pairwise(rows):
        if p1 != p2 or t1 is None or t2 is None:
            continue
        n = count_until(p2, at2.date().toordinal()) - count_until(p1, at1.date().toordinal())
        deltas.append(float(t2 - t1))
        prev_totals.append(float(t1))
        ex_days.append(float(n))
        groups.append(p1)
    g = np.asarray(groups, dtype=np.int64)
    people = len(np.unique(g))
    if people < MIN_CELL:
        return [
            Association(
                "exercise days",
                shown(people),
                len(deltas),
                None,
                None,
                None,
                None,
                "not enough data",
            )
        ]
    x = np.column_stack([np.asarray(prev_totals) - np.mean(prev_totals), np.asarray(ex_days)])
    x[:, 1] = _within(x[:, [1]], g)[:, 0]
    fit = _fit(np.asarray(deltas), x, g)
    if fit is None:
        return [
            Association(
                "exercise days", people, len(deltas), None, None, None, None, "model did not fit"
            )
        ]
    params, se, pvalues = fit
    est, s = float(params[1]), float(se[1])
    return [
        Association(
            "companion exercise days between PHQ-9s",
            people,
            len(deltas),
            est,
            est - 1.96 * s,
            est + 1.96 * s,
            float(pvalues[1]),
            "PHQ-9 points per extra exercise day, within person, adjusted for the earlier score",
        )
    ]


def profiles(
    session: Session, data: Days, period: Period, *, k: int = CLUSTERS, seed: int = 0
) -> list[Profile]:
    """k-means on standardised symptom and trigger features, with each profile's outcomes."""
    from sklearn.cluster import KMeans
    from sklearn.preprocessing import StandardScaler

    from mindline.insights.outcomes_report import paired_scores

    if len(data.patient) == 0:
        return []
    people, start = np.unique(data.patient, return_index=True)
    counts = np.diff(np.append(start, len(data.patient)))
    trig_cols = [i for i, n in enumerate(data.names) if n.startswith("trigger:")]
    means = np.column_stack(
        [
            np.add.reduceat(data.mood, start) / counts,
            np.add.reduceat(data.anxiety, start) / counts,
            np.add.reduceat(data.sleep, start) / counts,
            np.add.reduceat(data.tags[:, trig_cols].astype(np.float64), start, axis=0)
            / counts[:, None],
        ]
    )
    if len(people) < max(k * MIN_CELL, 2 * MIN_CELL):
        return [Profile("all", shown(len(people)), None, None, None, [], None, None)]
    features = StandardScaler().fit_transform(means)
    labels = KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(features)
    paired = paired_scores(session, [int(p) for p in people], period)
    found = []
    for c in range(k):
        members = np.flatnonzero(labels == c)
        n = len(members)
        if n < MIN_CELL:
            found.append(Profile(f"profile {c + 1}", shown(n), None, None, None, [], None, None))
            continue
        centre = means[members].mean(axis=0)
        trig = centre[3:]
        top = [data.names[trig_cols[i]].split(":", 1)[1] for i in np.argsort(-trig)[:3]]
        results = [
            outcomes.outcome(*paired[int(people[i])]) for i in members if int(people[i]) in paired
        ]
        cases = [r for r in results if r.case_at_start]
        rec = sum(1 for r in cases if r.recovered)
        imp = sum(1 for r in results if r.reliable_improvement)
        found.append(
            Profile(
                name=f"profile {c + 1}",
                people=n,
                mood=float(centre[0]),
                anxiety=float(centre[1]),
                sleep=float(centre[2]),
                top_triggers=top,
                recovery=rec / len(cases) if len(cases) >= MIN_CELL and rec >= MIN_CELL else None,
                reliable_improvement=imp / len(results)
                if len(results) >= MIN_CELL and imp >= MIN_CELL
                else None,
            )
        )
    found.sort(key=lambda p: -(p.mood or 0))
    for i, p in enumerate(found):
        p.name = f"profile {chr(65 + i)}"
    return found


def what_helps(
    session: Session,
    period: Period,
    ids: Sequence[int] | None = None,
    *,
    max_people: int = MAX_MODEL_PEOPLE,
) -> Cohort:
    """Associations and profiles for the period (aggregates only)."""
    data = load_days(session, period, ids)
    next_day, model_people = next_day_associations(data, max_people=max_people)
    return Cohort(
        period=period,
        people=len(np.unique(data.patient)),
        model_people=model_people,
        next_day=next_day,
        questionnaire=questionnaire_association(session, data, period),
        profiles=profiles(session, data, period),
    )
