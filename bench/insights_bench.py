"""Service-report generation on PostgreSQL: 5,000 patients, 12 months of daily check-ins.

Creates a fresh database, applies the migrations, bulk-loads synthetic data with COPY
(patients, daily check-ins with activities and triggers, fortnightly PHQ-9/GAD-7, resolved
alerts, companion exercise replies), then runs the real `mindline insights report` command
in a child process and reports its wall time and peak RSS. Drops the database afterwards.
Targets: <= 60 s and <= 2 GB peak RSS.

    .venv/bin/python bench/insights_bench.py
    .venv/bin/python bench/insights_bench.py --patients 500 --format pdf
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from pathlib import Path

import psycopg
from sqlalchemy import create_engine, make_url, text

BIN = Path(sys.executable).parent
KEY = "bench1:" + "B" * 43 + "="
ACTIVITIES = ("exercise", "walk", "outdoors", "work", "socialising", "family", "hobby", "rest")
TRIGGERS = ("work_stress", "conflict", "loneliness", "money", "poor_sleep", "news")
EXERCISES = ("paced_breathing", "grounding_54321", "thought_record")
LEVELS = ("none", "none", "none", "low", "low", "moderate", "high")


def _env(url: str, data_dir: str) -> dict[str, str]:
    return {
        **os.environ,
        "MINDLINE_DATABASE_URL": url,
        "MINDLINE_SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789",
        "MINDLINE_ENCRYPTION_KEYS": KEY,
        "MINDLINE_DATA_DIR": data_dir,
        "MINDLINE_ENVIRONMENT": "test",
    }


def load(url: str, patients: int, days: int, today: date, seed: int) -> dict[str, float]:
    """Bulk-load the synthetic clinic with COPY; returns row counts and seconds."""
    from mindline import crypto

    crypto.install_keyring(crypto.Keyring.parse(KEY))
    cipher = crypto.keyring().encrypt("Synthetic journal line.")
    reply = crypto.keyring().encrypt("Let's try an exercise together.")
    rng = random.Random(seed)
    start = today - timedelta(days=days - 1)
    now = datetime.now(UTC)
    began = time.perf_counter()
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    counts = {"checkins": 0, "responses": 0, "alerts": 0, "replies": 0}
    with psycopg.connect(dsn) as conn, conn.cursor() as cur:
        cur.execute(
            "INSERT INTO user_account (email, display_name, role, is_lead, is_active, "
            "mfa_enabled, created_at, updated_at) VALUES ('lead@bench.invalid', 'Lead', "
            "'clinician', true, true, false, now(), now()) RETURNING id"
        )
        lead = cur.fetchone()[0]  # type: ignore[index]
        with cur.copy(
            "COPY user_account (email, display_name, role, is_lead, is_active, mfa_enabled, "
            "created_at, updated_at) FROM STDIN"
        ) as copy:
            for i in range(patients):
                copy.write_row(
                    (f"p{i}@bench.invalid", f"P {i}", "patient", False, True, False, now, now)
                )
        cur.execute("SELECT id FROM user_account WHERE role = 'patient' ORDER BY id")
        user_ids = [r[0] for r in cur.fetchall()]
        with cur.copy(
            "COPY patient (user_id, country, language, tags, created_at, updated_at) FROM STDIN"
        ) as copy:
            for i, uid in enumerate(user_ids):
                copy.write_row((uid, "GB", "en", ("north", "south", "east")[i % 3], now, now))
        cur.execute("SELECT id FROM patient ORDER BY id")
        pids = [r[0] for r in cur.fetchall()]
        with cur.copy(
            "COPY care_team_member (patient_id, clinician_id, team_role, added_at) FROM STDIN"
        ) as copy:
            for pid in pids:
                copy.write_row((pid, lead, "primary", now))
        with cur.copy(
            "COPY conversation (patient_id, status, in_crisis, state, version, created_at, "
            "updated_at) FROM STDIN"
        ) as copy:
            for pid in pids:
                copy.write_row((pid, "open", False, "{}", 1, now, now))
        cur.execute("SELECT patient_id, id FROM conversation")
        conversation = dict(cur.fetchall())
        exercise_days: list[tuple[int, date, str]] = []
        with cur.copy(
            "COPY checkin (patient_id, local_on, mood, anxiety, sleep_quality, hours_slept, "
            "activities, triggers, journal, risk_level, risk_categories, risk_evidence, "
            "risk_model_version, history, created_at, updated_at) FROM STDIN"
        ) as copy:
            for pid in pids:
                base = rng.gauss(5.5, 1.2)
                mood = base
                walked = False
                for d in range(days):
                    on = start + timedelta(days=d)
                    mood = base + 0.5 * (mood - base) + (0.8 if walked else 0) + rng.gauss(0, 1)
                    walked = rng.random() < 0.35
                    acts = [a for a in ACTIVITIES if rng.random() < 0.15]
                    if walked:
                        acts.append("walk")
                    trig = [t for t in TRIGGERS if rng.random() < 0.08]
                    journal = cipher if rng.random() < 0.05 else None
                    level = rng.choice(LEVELS) if journal else "none"
                    shown = max(0, min(10, round(mood)))
                    at = datetime.combine(on, dtime(20), tzinfo=UTC)
                    copy.write_row(
                        (
                            pid,
                            on,
                            shown,
                            max(0, min(10, 10 - shown + rng.randint(-1, 1))),
                            max(0, min(10, shown + rng.randint(-2, 2))),
                            7.0,
                            json.dumps(sorted(set(acts))),
                            json.dumps(trig),
                            journal,
                            level,
                            "[]",
                            "[]",
                            "bench",
                            "[]",
                            at,
                            at,
                        )
                    )
                    counts["checkins"] += 1
                    if rng.random() < 0.1:
                        exercise_days.append((pid, on, rng.choice(EXERCISES)))
        with cur.copy(
            "COPY companion_message (conversation_id, patient_id, role, text, created_at, "
            "risk_categories, evidence, rails_fired, exercise_id) FROM STDIN"
        ) as copy:
            for pid, on, exercise in exercise_days:
                at = datetime.combine(on, dtime(12), tzinfo=UTC)
                copy.write_row(
                    (conversation[pid], pid, "companion", reply, at, "[]", "[]", "[]", exercise)
                )
                counts["replies"] += 1
        with cur.copy(
            "COPY questionnaire_response (patient_id, instrument, answers, total, severity, "
            "flags, algorithm_version, result, source, authored_at, created_at) FROM STDIN"
        ) as copy:
            for pid in pids:
                phq = rng.randint(5, 22)
                gad = rng.randint(4, 18)
                trend = rng.choice((-1, -1, 0, 1))
                for d in range(0, days, 14):
                    phq = max(0, min(27, phq + trend * rng.randint(0, 2) + rng.randint(-1, 1)))
                    gad = max(0, min(21, gad + trend * rng.randint(0, 1) + rng.randint(-1, 1)))
                    at = datetime.combine(start + timedelta(days=d), dtime(9), tzinfo=UTC)
                    for instrument, total, items in (("phq9", phq, 9), ("gad7", gad, 7)):
                        answers = [
                            min(3, total // items + (1 if i < total % items else 0))
                            for i in range(items)
                        ]
                        if instrument == "phq9":
                            answers[8] = 0
                        copy.write_row(
                            (
                                pid,
                                instrument,
                                json.dumps(answers),
                                sum(answers),
                                "bench",
                                "[]",
                                "bench",
                                "{}",
                                "demo",
                                at,
                                at,
                            )
                        )
                        counts["responses"] += 1
        with cur.copy(
            "COPY alert (patient_id, kind, severity, status, source_type, source_id, count, "
            "created_at, last_seen_at, escalation_level, level_started_at, acknowledged_at, "
            "resolved_at, outcome) FROM STDIN"
        ) as copy:
            for pid in rng.sample(pids, min(len(pids), patients // 2)):
                at = datetime.combine(
                    start + timedelta(days=rng.randrange(days)), dtime(14), tzinfo=UTC
                )
                ack = at + timedelta(minutes=rng.randint(2, 240))
                outcome = rng.choice(
                    ("true_positive", "true_positive", "false_positive", "not_clinically_relevant")
                )
                copy.write_row(
                    (
                        pid,
                        rng.choice(("risk_message", "risk_journal", "phq9_item9")),
                        rng.choice(("routine", "high", "urgent")),
                        "resolved",
                        "bench",
                        "0",
                        1,
                        at,
                        at,
                        0,
                        at,
                        ack,
                        ack,
                        outcome,
                    )
                )
                counts["alerts"] += 1
        conn.commit()
        cur.execute("ANALYZE")
    counts_f = {k: float(v) for k, v in counts.items()}
    counts_f["seconds"] = time.perf_counter() - began
    return counts_f


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pg-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="an admin URL; a fresh database is created beside it and dropped",
    )
    parser.add_argument("--patients", type=int, default=5000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--format", choices=("html", "pdf", "csv"), default="html")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = parser.parse_args()

    name = f"mindline_insights_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.pg_url).set(database=name).render_as_string(hide_password=False)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = _env(url, tmp)
            subprocess.run(
                [str(BIN / "mindline"), "db", "upgrade"], env=env, check=True, capture_output=True
            )
            today = date.today()
            loaded = load(url, args.patients, args.days, today, args.seed)
            print(
                f"loaded {int(loaded['checkins'])} check-ins, {int(loaded['responses'])} "
                f"questionnaires, {int(loaded['alerts'])} alerts, {int(loaded['replies'])} "
                f"exercise replies in {loaded['seconds']:.1f} s"
            )
            first = today - timedelta(days=args.days - 1)
            period = f"{first:%Y-%m}..{today:%Y-%m}"
            out = Path(tmp) / f"report.{args.format}"
            began = time.perf_counter()
            subprocess.run(
                [
                    str(BIN / "mindline"),
                    "insights",
                    "report",
                    "--period",
                    period,
                    "--format",
                    args.format,
                    "--out",
                    str(out),
                ],
                env=env,
                check=True,
            )
            wall = time.perf_counter() - began
            peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            result = {
                "patients": args.patients,
                "days": args.days,
                "period": period,
                "format": args.format,
                "report_seconds": round(wall, 1),
                "peak_rss_mb": round(peak_mb),
                "report_bytes": out.stat().st_size,
                "load_seconds": round(loaded["seconds"], 1),
                "targets_met": wall <= 60 and peak_mb <= 2048,
            }
            print(json.dumps(result))
    finally:
        if not args.keep:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
