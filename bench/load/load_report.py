"""The load test's report: locust statistics, alert latency and the lost-data checks.

Acknowledged writes (OUT/acks/*.csv, written by the locustfile) are counted against the
database rows; every check prints PASS or FAIL.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

ALERT_TARGET_S = 2.0
FLAGGED = ("moderate", "high", "imminent")


@dataclass
class Ack:
    kind: str
    id: int
    patient_id: int
    t_sent: float
    t_ack: float
    extra: dict[str, Any]


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    loss: bool = True  # a failed loss check makes the run exit 1


def read_acks(folder: Path) -> list[Ack]:
    acks = []
    for path in sorted(folder.glob("acks-*.csv")):
        with path.open(newline="") as f:
            for kind, row_id, pid, t_sent, t_ack, extra in csv.reader(f):
                acks.append(
                    Ack(kind, int(row_id), int(pid), float(t_sent), float(t_ack), json.loads(extra))
                )
    return acks


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def unanswered(acks: list[Ack], kind: str) -> int:
    """Writes sent that got neither a success nor a 4xx: each may or may not be stored."""
    count = {k: 0 for k in (f"sent:{kind}", f"refused:{kind}", kind)}
    for a in acks:
        if a.kind in count:
            count[a.kind] += 1
    return count[f"sent:{kind}"] - count[f"refused:{kind}"] - count[kind]


def _set_check(name: str, acked: set[int], stored: set[int], allowed: int) -> Check:
    """Nothing acknowledged may be missing; extra rows only up to the unanswered writes."""
    lost, extra = acked - stored, stored - acked
    detail = (
        f"acknowledged {len(acked)}, rows {len(stored)}, missing {len(lost)}, "
        f"extra {len(extra)} (requests without an answer: {allowed})"
    )
    if lost:
        detail += f"; missing ids {sorted(lost)[:10]}"
    return Check(name, not lost and len(extra) <= allowed, detail)


def db_checks(
    db_url: str, acks: list[Ack], arrivals: dict[int, float]
) -> tuple[list[Check], list[float], list[float]]:
    """The checks, and alert latency (s) from request sent and from acknowledgment."""
    by_kind: dict[str, list[Ack]] = {}
    for a in acks:
        by_kind.setdefault(a.kind, []).append(a)
    messages = by_kind.get("message", [])
    responses = by_kind.get("response", [])
    checkins = by_kind.get("checkin", [])
    engine = create_engine(db_url)
    checks: list[Check] = []
    with engine.connect() as conn:

        def ids(sql: str) -> set[int]:
            return {int(r[0]) for r in conn.execute(text(sql))}

        def rows_check(name: str, kind: str, acked: set[int], sql: str) -> None:
            checks.append(_set_check(name, acked, ids(sql), unanswered(acks, kind)))

        rows_check(
            "conversations",
            "conversation",
            {a.id for a in by_kind.get("conversation", [])},
            "SELECT id FROM conversation",
        )
        rows_check("check-ins", "checkin", {a.id for a in checkins}, "SELECT id FROM checkin")
        # Latest acknowledged values per row, unless that patient has a check-in without an
        # answer (which may have updated the row after).
        uncertain = _patients_unanswered(acks, "checkin")
        last: dict[int, Ack] = {}
        for a in sorted(checkins, key=lambda a: a.t_ack):
            if a.patient_id not in uncertain:
                last[a.id] = a
        stored = {
            int(r[0]): (int(r[1]), int(r[2]), int(r[3]))
            for r in conn.execute(text("SELECT id, mood, anxiety, sleep_quality FROM checkin"))
        }
        stale = [
            i
            for i, a in last.items()
            if stored.get(i) != (a.extra["mood"], a.extra["anxiety"], a.extra["sleep_quality"])
        ]
        checks.append(
            Check(
                "check-ins hold the latest acknowledged values",
                not stale,
                f"{len(last) - len(stale)} of {len(last)} rows match",
            )
        )
        rows_check(
            "questionnaire responses",
            "response",
            {a.id for a in responses},
            "SELECT id FROM questionnaire_response",
        )
        mismatched = by_kind.get("response_retry_mismatch", [])
        retries = sum(1 for a in responses if a.extra.get("key")) - len({a.id for a in responses})
        checks.append(
            Check(
                "a retry with the same Idempotency-Key answers the first response",
                not mismatched,
                f"{retries} retries, {len(mismatched)} answered another id",
            )
        )
        rows_check(
            "patient messages",
            "message",
            {a.id for a in messages},
            "SELECT id FROM companion_message WHERE role = 'patient'",
        )
        rows_check(
            "companion replies",
            "message",
            {int(a.extra["reply_id"]) for a in messages},
            "SELECT id FROM companion_message WHERE role <> 'patient'",
        )
        alert_of = {
            int(r[0]): r[1]
            for r in conn.execute(text("SELECT id, alert_id FROM companion_message"))
        }
        alerts = {
            int(r[0]): (str(r[1]), str(r[2]), str(r[3]), str(r[4]))
            for r in conn.execute(
                text("SELECT id, severity, status, source_type, source_id FROM alert")
            )
        }
        flagged = [a for a in messages if a.extra["risk_level"] in FLAGGED]
        unalerted = [a.id for a in flagged if alert_of.get(a.id) not in alerts]
        checks.append(
            Check(
                "an alert for every moderate-or-higher message",
                not unalerted,
                f"{len(flagged) - len(unalerted)} of {len(flagged)} linked to an alert",
            )
        )
        intended = [a for a in messages if a.extra["intended"] == "high"]
        missed = [
            a.id
            for a in intended
            if a.extra["risk_level"] not in ("high", "imminent") or not a.extra["crisis"]
        ]
        checks.append(
            Check(
                "high-risk messages got the crisis reply",
                not missed,
                f"{len(intended) - len(missed)} of {len(intended)}",
                loss=False,
            )
        )
        evidence = {
            int(r[0])
            for r in conn.execute(
                text(
                    "SELECT source_id FROM alert_evidence"
                    " WHERE source_type = 'questionnaire_response'"
                )
            )
            if str(r[0]).isdigit()
        }
        positive = {a.id for a in responses if a.extra.get("item9", 0) > 0}
        checks.append(
            Check(
                "an alert for every PHQ-9 with item 9 above 0",
                positive <= evidence,
                f"{len(positive & evidence)} of {len(positive)}",
            )
        )
        urgent = {i for i, v in alerts.items() if v[0] in ("high", "urgent")}
        checks.append(
            Check(
                "every high or urgent alert reached the webhook",
                urgent <= set(arrivals),
                f"{len(urgent & set(arrivals))} of {len(urgent)} (webhook saw {len(arrivals)} ids)",
            )
        )
        unsent = conn.execute(
            text("SELECT status, count(*) FROM alert_delivery WHERE status <> 'sent' GROUP BY 1")
        ).all()
        checks.append(
            Check(
                "every alert delivery sent",
                not unsent,
                ", ".join(f"{s}: {n}" for s, n in unsent) or "all sent",
            )
        )
        for kind, states in (
            ("acknowledge", ("acknowledged", "resolved")),
            ("resolve", ("resolved",)),
        ):
            done = {a.id for a in by_kind.get(kind, [])}
            wrong = [i for i in done if alerts.get(i, ("", ""))[1] not in states]
            checks.append(
                Check(
                    f"alerts {kind}d by clinicians stored as {' or '.join(states)}",
                    not wrong,
                    f"{len(done) - len(wrong)} of {len(done)}",
                )
            )
        # Every piece of evidence of each alert, oldest first: a moderate message opens a
        # routine alert (no webhook), and a later high-risk one joins it and raises it to
        # urgent, which is when the webhook goes out.
        evidence_of: dict[int, list[tuple[str, str]]] = {}
        for r in conn.execute(
            text("SELECT alert_id, source_type, source_id FROM alert_evidence ORDER BY seen_at, id")
        ):
            evidence_of.setdefault(int(r[0]), []).append((str(r[1]), str(r[2])))
    engine.dispose()

    # Causes that make an alert high or urgent by themselves: high-risk messages and PHQ-9
    # item 9 above 0. Latency runs from the first such cause to the webhook.
    cause: dict[tuple[str, str], Ack] = {}
    for a in messages:
        if a.extra.get("risk_level") in ("high", "imminent"):
            cause[("companion_message", str(a.id))] = a
    for a in responses:
        if a.extra.get("item9", 0) > 0:
            cause[("questionnaire_response", str(a.id))] = a
    from_sent, from_ack = [], []
    for alert_id in urgent:
        origins = [cause[e] for e in evidence_of.get(alert_id, []) if e in cause]
        if origins and alert_id in arrivals:
            from_sent.append(arrivals[alert_id] - origins[0].t_sent)
            from_ack.append(arrivals[alert_id] - origins[0].t_ack)
    return checks, from_sent, from_ack


def _patients_unanswered(acks: list[Ack], kind: str) -> set[int]:
    balance: dict[int, int] = {}
    for a in acks:
        step = {f"sent:{kind}": 1, f"refused:{kind}": -1, kind: -1}.get(a.kind, 0)
        balance[a.patient_id] = balance.get(a.patient_id, 0) + step
    return {p for p, n in balance.items() if n > 0}


def read_stats(out: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    def rows(name: str) -> list[dict[str, str]]:
        path = out / name
        if not path.exists():
            return []
        with path.open(newline="") as f:
            return list(csv.DictReader(f))

    return rows("locust_stats.csv"), rows("locust_failures.csv")


def chart(out: Path, stats: list[dict[str, str]]) -> Path:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    history = []
    path = out / "locust_stats_history.csv"
    if path.exists():
        with path.open(newline="") as f:
            history = [r for r in csv.DictReader(f) if r["Name"] == "Aggregated"]
    fig, (ax1, ax2) = plt.subplots(2, 1, figsize=(10, 9))
    if history:
        t0 = int(history[0]["Timestamp"])
        xs = [int(r["Timestamp"]) - t0 for r in history]
        for q in ("50%", "95%", "99%"):
            ax1.plot(xs, [_num(r[q]) for r in history], label=f"p{q[:-1]}")
        rps = ax1.twinx()
        rps.plot(xs, [_num(r["Requests/s"]) for r in history], color="grey", ls=":", label="req/s")
        rps.set_ylabel("requests/s")
        ax1.legend(loc="upper left")
    ax1.set_xlabel("seconds")
    ax1.set_ylabel("ms (all endpoints)")
    ax1.set_title("Latency over time")
    named = [r for r in stats if r["Name"] != "Aggregated"]
    y = range(len(named))
    for i, q in enumerate(("50%", "95%", "99%")):
        ax2.barh(
            [v + i * 0.27 for v in y], [_num(r[q]) for r in named], height=0.27, label=f"p{q[:-1]}"
        )
    ax2.set_yticks([v + 0.27 for v in y], [r["Name"] for r in named], fontsize=8)
    ax2.set_xlabel("ms")
    ax2.set_title("Per endpoint")
    ax2.legend()
    fig.tight_layout()
    target = out / "latency.png"
    fig.savefig(target, dpi=100)
    plt.close(fig)
    return target


def _num(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0


def _table(header: Iterable[str], rows: Iterable[Iterable[object]]) -> list[str]:
    header = list(header)
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def build(
    *,
    out: Path,
    db_url: str,
    arrivals: dict[int, float],
    webhook_requests: int,
    cpu: dict[str, float],
    meta: dict[str, Any],
) -> dict[str, Any]:
    """Write OUT/report.md, OUT/latency.png and OUT/summary.json; returns the summary."""
    acks = read_acks(out / "acks")
    checks, from_sent, from_ack = db_checks(db_url, acks, arrivals)
    stats, failures = read_stats(out)
    total = next((r for r in stats if r["Name"] == "Aggregated"), None)
    errors = int(total["Failure Count"]) if total else 0
    requests = int(total["Request Count"]) if total else 0
    alert_p99 = pct(from_ack, 0.99)
    checks.append(Check("request errors (target 0)", errors == 0, f"{errors}", loss=False))
    checks.append(
        Check(
            f"alert latency p99 <= {ALERT_TARGET_S:.0f} s (acknowledged -> webhook)",
            bool(from_ack) and alert_p99 <= ALERT_TARGET_S,
            f"{alert_p99:.3f} s over {len(from_ack)} alerts",
            loss=False,
        )
    )
    checks.append(
        Check(
            "web processes never restarted",
            not meta["restarts"],
            f"{meta['restarts']} killed and restarted by uvicorn (see procs.log)",
            loss=False,
        )
    )
    checks.append(
        Check("no orphan processes", not meta["orphans"], f"{meta['orphans']}", loss=False)
    )
    chart(out, stats)
    busy = max(cpu["machine_busy_s"], 1e-9)
    lines = [
        "# Mindline load test",
        "",
        f"{meta['patients']} patients and {meta['clinicians']} clinicians for "
        f"{meta['duration_s']} s against {meta['web_processes']} web processes and "
        f"{meta['workers']} workers (PostgreSQL, Redis queue); patients think "
        f"{meta['think']} s between tasks, {meta['high_risk_share']:.0%} of chat messages "
        f"high-risk. Seeding took {meta['seed_s']} s (outside the measured window).",
        "",
        f"**Throughput:** {_num(total['Requests/s']) if total else 0:.1f} requests/s "
        f"({requests} requests); **errors:** {errors}.",
        "",
        "## Latency per endpoint (ms)",
        "",
        *_table(
            ("endpoint", "requests", "failures", "req/s", "p50", "p95", "p99", "max"),
            (
                (
                    f"{r['Type']} {r['Name']}".strip(),
                    r["Request Count"],
                    r["Failure Count"],
                    f"{_num(r['Requests/s']):.2f}",
                    r["50%"],
                    r["95%"],
                    r["99%"],
                    f"{_num(r['Max Response Time']):.0f}",
                )
                for r in stats
            ),
        ),
        "",
        "![latency](latency.png)",
        "",
        "## Errors",
        "",
        *(
            _table(
                ("method", "endpoint", "error", "count"),
                ((f["Method"], f["Name"], f["Error"], f["Occurrences"]) for f in failures),
            )
            if failures
            else ["none"]
        ),
        "",
        "## Alert latency (message or questionnaire → webhook received)",
        "",
        *_table(
            ("measured from", "alerts", "p50 s", "p95 s", "p99 s", "max s"),
            (
                (
                    name,
                    len(vals),
                    f"{pct(vals, 0.5):.3f}",
                    f"{pct(vals, 0.95):.3f}",
                    f"{pct(vals, 0.99):.3f}",
                    f"{max(vals or [0]):.3f}",
                )
                for name, vals in (("request sent", from_sent), ("acknowledgment", from_ack))
            ),
        ),
        "",
        f"Target p99 <= {ALERT_TARGET_S:.0f} s from the acknowledgment (the client has the "
        "answer) to the webhook; the worker can deliver before the client has read the "
        "answer, so single values can be negative. 'From request sent' adds the request's "
        f"own latency. The webhook took {webhook_requests} requests.",
        "",
        "## Checks",
        "",
        *_table(
            ("check", "result", "detail"),
            ((c.name, "PASS" if c.ok else "FAIL", c.detail) for c in checks),
        ),
        "",
        "## CPU (the load generator shares the machine)",
        "",
        f"{cpu['cores']} cores, load average {cpu['load_avg_1m']:.1f} at the end. CPU seconds "
        f"during the run: locust {cpu['locust_s']:.0f} s, web processes {cpu['web_s']:.0f} s, "
        f"workers {cpu['workers_s']:.0f} s, whole machine {busy:.0f} s (includes PostgreSQL, "
        f"Redis and anything else running). Locust used {cpu['locust_s'] / busy:.0%} of the "
        f"machine's busy time and {cpu['locust_s'] / max(meta['duration_s'], 1):.2f} cores "
        "on average: server figures are lower bounds for a machine without the load "
        f"generator. The web processes spent {cpu['web_s'] * 1000 / max(requests, 1):.0f} ms "
        "of CPU per request on average"
        + (
            " (web processes killed during the run are missing from this figure)."
            if meta["restarts"]
            else "."
        ),
        "",
    ]
    (out / "report.md").write_text("\n".join(lines))
    summary = {
        "requests": requests,
        "errors": errors,
        "alert_p99_s": alert_p99,
        "checks": {c.name: c.ok for c in checks},
        "no_loss": all(c.ok for c in checks if c.loss),
        "cpu": cpu,
    }
    (out / "summary.json").write_text(json.dumps(summary, indent=2))
    return summary
