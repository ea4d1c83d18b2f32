"""Synthetic cohorts with known effects, inserted in bulk (tests and the benchmark share it).

Truth: a walk lifts next-day mood by `walk_lift`; the companion's paced-breathing exercise
does nothing; people walk more on good days and breathe more on bad days (confounding by
today's mood), and keener people (higher baseline) walk more (between-person confounding).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mindline.accounts.models import User
from mindline.care.models import CareTeamMember, Patient
from mindline.companion.models import CompanionMessage, Conversation
from mindline.measures import score
from mindline.monitoring.models import CheckIn, QuestionnaireResponse


def _phq9_answers(total: int) -> list[int]:
    answers = [0] * 9
    for i in range(min(total, 24)):
        answers[i % 8] += 1
    return answers


def make_cohort(
    session: Session,
    *,
    people: int,
    days: int,
    start: date,
    seed: int = 0,
    walk_lift: float = 1.0,
    service: str = "north",
    clinician_id: int | None = None,
    exercises: bool = True,
    breathe_on_bad_days: bool = True,
) -> list[int]:
    """Insert people with daily check-ins and fortnightly PHQ-9/GAD-7; returns patient ids."""
    rng = random.Random(seed)
    tag = f"sim{seed}x{rng.randrange(10**9)}"
    session.execute(
        insert(User),
        [
            {"email": f"{tag}-{i}@example.org", "display_name": f"Sim {i}", "role": "patient"}
            for i in range(people)
        ],
    )
    user_ids = session.scalars(
        select(User.id).where(User.email.like(f"{tag}-%")).order_by(User.id)
    ).all()
    session.execute(
        insert(Patient), [{"user_id": u, "tags": service, "country": "GB"} for u in user_ids]
    )
    ids = list(
        session.scalars(
            select(Patient.id).where(Patient.user_id.in_(user_ids)).order_by(Patient.id)
        ).all()
    )
    if clinician_id is not None:
        session.execute(
            insert(CareTeamMember),
            [{"patient_id": p, "clinician_id": clinician_id, "team_role": "primary"} for p in ids],
        )
    checkins: list[dict[str, Any]] = []
    replies: list[tuple[int, datetime]] = []
    scores: list[dict[str, Any]] = []
    for pid in ids:
        base = rng.gauss(5.5, 1.0)
        mood = base
        walked = False
        fortnight: list[float] = []
        for d in range(days):
            on = start + timedelta(days=d)
            mood = base + 0.5 * (mood - base) + (walk_lift if walked else 0) + rng.gauss(0, 1.0)
            good = mood > base
            walked = rng.random() < (0.25 + 0.3 * good + 0.05 * (base - 5.5))
            chance = (0.15 if good else 0.5) if breathe_on_bad_days else 0.3
            breathed = exercises and rng.random() < chance
            shown = max(0, min(10, round(mood)))
            fortnight.append(shown)
            acts = ["walk"] if walked else []
            if rng.random() < 0.3:
                acts.append("housework")
            checkins.append(
                {
                    "patient_id": pid,
                    "local_on": on,
                    "mood": shown,
                    "anxiety": max(0, min(10, round(10 - mood + rng.gauss(0, 1)))),
                    "sleep_quality": max(0, min(10, round(mood + rng.gauss(0, 1.5)))),
                    "activities": acts,
                    "triggers": ["work_stress"] if rng.random() < 0.2 else [],
                    "history": [],
                    "risk_evidence": [],
                    "risk_categories": [],
                }
            )
            if breathed:
                replies.append((pid, datetime.combine(on, time(12), tzinfo=UTC)))
            if d % 14 == 0:
                level = sum(fortnight) / len(fortnight)
                fortnight = []
                phq = max(0, min(24, round(26 - 2.6 * level + rng.gauss(0, 2))))
                gad = max(0, min(21, round(20 - 2.0 * level + rng.gauss(0, 2))))
                when = datetime.combine(on, time(9), tzinfo=UTC)
                for instrument, answers in (
                    ("phq9", _phq9_answers(phq)),
                    ("gad7", [min(3, gad // 7 + (1 if i < gad % 7 else 0)) for i in range(7)]),
                ):
                    result = score(instrument, answers)
                    scores.append(
                        {
                            "patient_id": pid,
                            "instrument": instrument,
                            "answers": answers,
                            "total": result.total,
                            "severity": result.severity,
                            "flags": list(result.flags),
                            "algorithm_version": result.algorithm_version,
                            "result": {},
                            "authored_at": when,
                            "created_at": when,
                        }
                    )
    session.execute(insert(CheckIn), checkins)
    session.execute(insert(QuestionnaireResponse), scores)
    if replies:
        _add_exercise_replies(session, ids, replies)
    session.commit()
    return ids


def _add_exercise_replies(
    session: Session, ids: Sequence[int], replies: Sequence[tuple[int, datetime]]
) -> None:
    session.execute(insert(Conversation), [{"patient_id": p, "state": {}} for p in ids])
    conv = dict(
        session.execute(
            select(Conversation.patient_id, Conversation.id).where(
                Conversation.patient_id.in_(list(ids))
            )
        ).all()
    )
    session.execute(
        insert(CompanionMessage),
        [
            {
                "conversation_id": conv[p],
                "patient_id": p,
                "role": "companion",
                "text": "Let's breathe together.",
                "created_at": at,
                "exercise_id": "paced_breathing",
                "risk_categories": [],
                "evidence": [],
                "rails_fired": [],
            }
            for p, at in replies
        ],
    )
