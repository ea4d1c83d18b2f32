"""Fault tests with real processes (issue 9): each kills or stalls one part of a running
deployment and then checks that acknowledged data is intact, no alert is lost or sent twice
under one key, the crisis path kept answering, and the system recovered by itself.

They start private PostgreSQL and Redis servers (never the shared ones) and run in the
PostgreSQL pass only (marker ``once``). MINDLINE_FAULT_REDIS_OUTAGE_SECONDS shortens the
Redis outage for local runs; CI keeps the full minute.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from companion.conftest import FakeLLM, start_server
from faults.servers import PrivatePostgres, PrivateRedis
from faults.stack import (
    CALM,
    CRISIS,
    IMMINENT,
    Ledger,
    Patient,
    Stack,
    assert_crisis_reply,
)

pytestmark = [pytest.mark.once, pytest.mark.slow]
MakeStack = Callable[..., Stack]
REDIS_OUTAGE = float(os.environ.get("MINDLINE_FAULT_REDIS_OUTAGE_SECONDS", "60"))
VENT = "work has been so stressful and I can't switch off"


def _load(patients: list[Patient], ledger: Ledger, stop: threading.Event) -> list[threading.Thread]:
    """Each patient, in a loop: chat (streamed every other time), a crisis message, check-in,
    PHQ-9 with item 9 above 0."""

    def run(patient: Patient, n: int) -> None:
        turn = 0
        while not stop.is_set():
            patient.say(CALM, ledger, stream=turn % 2 == 0)
            patient.say(CRISIS if n % 2 else IMMINENT, ledger)
            patient.checkin(turn % 11, ledger)
            if turn % 3 == 0:
                patient.phq9(ledger)
            turn += 1

    threads = [threading.Thread(target=run, args=(p, n)) for n, p in enumerate(patients)]
    for t in threads:
        t.start()
    return threads


def _join(threads: list[threading.Thread]) -> None:
    for t in threads:
        t.join(60)
        assert not t.is_alive(), "a request hung"


def _run_until_each_write_acknowledged(ledger: Ledger, at_least: float, at_most: float) -> None:
    """Let the load go on for `at_least` seconds and then until the ledger holds a chat
    message, a check-in and a questionnaire response, or `at_most` seconds have passed (the
    test's own assertion then says which kind never got through)."""
    started = time.monotonic()
    time.sleep(at_least)
    while time.monotonic() - started < at_most:
        with ledger.lock:
            if ledger.messages and ledger.checkins and ledger.responses:
                return
        time.sleep(0.2)


def _report(name: str, started: float, **numbers: Any) -> None:
    numbers["seconds"] = round(time.monotonic() - started, 1)
    print(f"\nFAULT {name}: {numbers}", file=sys.stderr)


def _crisis_answers(patient: Patient, ledger: Ledger) -> None:
    """After the fault, with nothing restarted, the crisis message gets the crisis reply."""
    assert_crisis_reply(patient.say(IMMINENT, ledger))


def test_killing_a_web_process_mid_request_loses_nothing_acknowledged(
    make_stack: MakeStack,
) -> None:
    started = time.monotonic()
    stack = make_stack()
    stack.start_web(workers=2)
    stack.start_worker()
    ledger = Ledger()
    patients = stack.patients(ledger)
    stop = threading.Event()
    threads = _load(patients, ledger, stop)
    time.sleep(2)
    victims = stack.web_children()
    assert len(victims) == 2, victims
    os.kill(victims[0], signal.SIGKILL)
    # At least 3 s more, and until each kind of write has been acknowledged once: on a slow
    # machine a fixed window could end before any questionnaire response was answered.
    _run_until_each_write_acknowledged(ledger, at_least=3, at_most=60)
    stop.set()
    _join(threads)
    # The supervisor replaces the dead process; both serve again without a restart by us.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(stack.web_children()) < 2:
        time.sleep(0.2)
    replaced = stack.web_children()
    assert len(replaced) == 2 and victims[0] not in replaced, replaced
    for patient in patients:
        _crisis_answers(patient, ledger)
    counts = stack.verify(ledger)
    assert ledger.messages, "no chat message was acknowledged"
    assert ledger.checkins, "no check-in was acknowledged"
    assert ledger.responses, "no questionnaire response was acknowledged"
    _report("kill web process", started, statuses=ledger.statuses, **counts)


def test_killing_a_worker_mid_send_delivers_every_alert_once_per_key(
    make_stack: MakeStack,
) -> None:
    started = time.monotonic()
    stack = make_stack(env={"MINDLINE_ALERT_LEASE_SECONDS": "3"})
    stack.start_web(workers=2)
    stack.receiver.delay = 1.5  # each webhook send takes a while: the worker dies inside one
    first = stack.start_worker()
    ledger = Ledger()
    patients = stack.patients(ledger)
    for patient in patients:
        assert_crisis_reply(patient.say(CRISIS, ledger))
        patient.phq9(ledger)
    deadline = time.monotonic() + 30
    held: list[int] = []
    while time.monotonic() < deadline and not held:
        held = [
            r.id
            for r in stack.rows(
                "SELECT id FROM alert_delivery WHERE status = 'pending' AND claimed_by LIKE :w",
                w=f"%:{first.pid}:%",
            )
        ]
        time.sleep(0.05)
    assert held, "the worker never claimed a delivery"
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(10)
    stack.receiver.delay = 0
    second = stack.start_worker()
    counts = stack.verify(ledger)
    # The rows the dead worker held went out through the second one, after the lease.
    finishers = stack.rows(
        "SELECT delivery_id, worker FROM delivery_attempt WHERE ok AND delivery_id = ANY(:ids)",
        ids=held,
    )
    assert {r.delivery_id for r in finishers} == set(held)
    assert all(f":{second.pid}:" in r.worker for r in finishers)
    _crisis_answers(patients[0], ledger)
    _report("kill worker", started, held=len(held), **counts)


def test_a_postgresql_restart_under_load_fails_cleanly_and_recovers(
    make_stack: MakeStack, private_pg: PrivatePostgres
) -> None:
    started = time.monotonic()
    # A delivery the worker claimed just before the outage is retried once its lease ends.
    stack = make_stack(env={"MINDLINE_ALERT_LEASE_SECONDS": "5"})
    stack.start_web(workers=2)
    stack.start_worker()
    ledger = Ledger()
    patients = stack.patients(ledger)
    stop = threading.Event()
    threads = _load(patients, ledger, stop)
    time.sleep(2)
    private_pg.stop()
    time.sleep(3)  # requests during the outage must answer 503, not hang or 500
    during = dict(ledger.statuses)
    private_pg.start()
    time.sleep(3)
    stop.set()
    _join(threads)
    for patient in patients:
        _crisis_answers(patient, ledger)
    counts = stack.verify(ledger)
    assert ledger.statuses.get(503, 0) > 0, ledger.statuses  # the outage was seen
    _report("restart PostgreSQL", started, statuses=ledger.statuses, during=during, **counts)


def test_a_redis_outage_fails_no_request_and_delays_no_alert_for_good(
    make_stack: MakeStack, private_redis: PrivateRedis
) -> None:
    started = time.monotonic()
    stack = make_stack()
    stack.start_web(workers=2)
    stack.start_worker()
    ledger = Ledger()
    patients = stack.patients(ledger)
    private_redis.stop()
    try:
        outage_end = time.monotonic() + REDIS_OUTAGE
        rounds = 0
        while time.monotonic() < outage_end:
            for n, patient in enumerate(patients):
                if n % 2:
                    _crisis_answers(patient, ledger)
                else:
                    patient.say(CALM, ledger)
                patient.phq9(ledger)
            rounds += 1
            time.sleep(max(0.0, min(2.0, outage_end - time.monotonic())))
        # Every request succeeded: the enqueue failure never reached the caller.
        assert set(ledger.statuses) <= {200, 201}, ledger.statuses
        # The outbox sweep keeps deliveries going without Redis.
        stack.wait_delivered(20)
        sent_during = stack.rows("SELECT count(*) FROM alert_delivery WHERE status = 'sent'")[0][0]
        assert sent_during > 0
    finally:
        private_redis.start()
    for patient in patients:
        _crisis_answers(patient, ledger)
    counts = stack.verify(ledger)
    assert set(ledger.statuses) <= {200, 201}, ledger.statuses
    _report("Redis outage", started, outage=REDIS_OUTAGE, rounds=rounds, **counts)


@pytest.fixture
def hanging_llm() -> Iterator[FakeLLM]:
    script = str(Path(__file__).parent.parent / "companion" / "fake_llm_server.py")

    def ready(line: str) -> str | None:
        return f"http://127.0.0.1:{int(line.split()[1])}/v1" if line.startswith("PORT ") else None

    proc, url = start_server([sys.executable, script, "--port", "0"], ready, 20)
    llm = FakeLLM(url)
    llm.script(default={"kind": "hang", "seconds": 120})
    try:
        yield llm
    finally:
        proc.terminate()
        proc.wait(10)


def test_a_hanging_language_model_never_holds_up_the_crisis_path(
    make_stack: MakeStack, hanging_llm: FakeLLM
) -> None:
    started = time.monotonic()
    # Each open-conversation message (the sign-in round too) waits this out in full; the
    # crisis reply needs tens of milliseconds, far under it.
    first_token = 3.0
    stack = make_stack(
        env={
            "MINDLINE_LLM_BASE_URL": hanging_llm.base_url,
            "MINDLINE_LLM_MODEL": "fake",
            "MINDLINE_LLM_FIRST_TOKEN_TIMEOUT_SECONDS": str(first_token),
            "MINDLINE_LLM_TOTAL_TIMEOUT_SECONDS": "8",
        },
        patients=4,
    )
    stack.start_web(workers=2)
    stack.start_worker()
    ledger = Ledger()
    patients = stack.patients(ledger)
    results: dict[int, tuple[dict[str, Any] | None, float]] = {}

    def vent(patient: Patient) -> None:
        t0 = time.monotonic()
        turn = patient.say(VENT, ledger, stream=patient.id % 2 == 0)
        results[patient.id] = (turn, time.monotonic() - t0)

    # Open conversation from every patient at once, all stuck on the model...
    threads = [threading.Thread(target=vent, args=(p,)) for p in patients[1:]]
    for t in threads:
        t.start()
    time.sleep(0.3)
    # ...while the crisis message gets the deterministic reply, without the model.
    t0 = time.monotonic()
    crisis = patients[0].say(IMMINENT, ledger)
    crisis_seconds = time.monotonic() - t0
    assert_crisis_reply(crisis)
    assert crisis_seconds < first_token, crisis_seconds
    for t in threads:
        t.join(30)
        assert not t.is_alive(), "an open-conversation request hung"
    for turn, _seconds in results.values():
        assert turn is not None and turn["mode"] == "llm_fallback", turn
        assert turn["reply"]["text"]
    asked = [call["body"]["messages"][-1]["content"] for call in hanging_llm.calls()]
    assert any(VENT in text for text in asked)  # the model was asked, and hung
    assert all(IMMINENT not in text for text in asked)  # the crisis path never asks it
    counts = stack.verify(ledger)
    _report(
        "hanging LLM",
        started,
        crisis_ms=round(crisis_seconds * 1000),
        fallback_s=[round(s, 1) for _, s in results.values()],
        **counts,
    )
