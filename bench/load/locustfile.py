"""Locust users for the Mindline load test (started by bench/load/run.py).

PatientUser: daily check-ins, due PHQ-9/GAD-7, companion chat (a small share of it
high-risk, which must raise alerts). ClinicianUser: caseload, alert inbox, acknowledge
and resolve. Both use the API tokens made by the seed step (no sign-up or argon2 here).

Every acknowledged write is appended to ``$MINDLINE_LOAD_ACKS/acks-<pid>.csv`` so that
run.py can count database rows against what the server acknowledged.

Environment (set by run.py): MINDLINE_LOAD_USERS (users.json), MINDLINE_LOAD_ACKS (folder),
MINDLINE_LOAD_CLINICIANS, MINDLINE_LOAD_HIGH_RISK_SHARE, MINDLINE_LOAD_THINK ("lo,hi" s).
"""

from __future__ import annotations

import csv
import itertools
import json
import os
import random
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from locust import between, task
from locust.contrib.fasthttp import FastHttpUser

USERS = json.loads(Path(os.environ["MINDLINE_LOAD_USERS"]).read_text())
_patients = itertools.cycle(USERS["patients"])
_clinicians = itertools.cycle(USERS["clinicians"])
HIGH_RISK_SHARE = float(os.environ.get("MINDLINE_LOAD_HIGH_RISK_SHARE", "0.02"))
ITEM9_SHARE = 0.05
_lo, _hi = (float(x) for x in os.environ.get("MINDLINE_LOAD_THINK", "10,30").split(","))

# Screened as none/low, moderate and high/imminent by the rules layer (checked by run.py's
# report: every acknowledged message with a risk level of moderate or above needs an alert).
EVERYDAY = (
    "I had a rough day at work, my boss was on my case",
    "I slept badly and feel tired",
    "Can we try a breathing exercise?",
    "I went for a walk and it helped a bit",
    "I feel anxious about tomorrow's meeting",
    "this traffic is killing me",
    "I've been feeling a bit low and lonely this week",
    "My sister visited and we cooked together",
    "I keep putting off my emails and then feel guilty",
    "What can I do when my thoughts race at night?",
)
MODERATE = ("I wish I could go to sleep and not wake up",)
HIGH_RISK = (
    "I want to kill myself",
    "I keep thinking about ending my life and I know how I would do it",
    "I have pills saved up and I am going to take them all tonight",
)
ITEMS = {"phq9": 9, "gad7": 7}


class _Acks:
    """Append-only CSV of acknowledged writes, one file per locust process."""

    def __init__(self) -> None:
        folder = Path(os.environ["MINDLINE_LOAD_ACKS"])
        folder.mkdir(parents=True, exist_ok=True)
        self.file = open(folder / f"acks-{os.getpid()}.csv", "a", newline="", buffering=1)  # noqa: SIM115
        self.writer = csv.writer(self.file)

    def write(self, kind: str, row_id: int, patient_id: int, t_sent: float, **extra: Any) -> None:
        self.writer.writerow(
            [kind, row_id, patient_id, f"{t_sent:.6f}", f"{time.time():.6f}", json.dumps(extra)]
        )


ACKS = _Acks()


def post(
    user: FastHttpUser,
    kind: str,
    path: str,
    name: str,
    patient_id: int,
    body: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
    ok: tuple[int, ...] = (200, 201),
) -> tuple[int, Any, float]:
    """POST a write; log it as sent, and as refused on a 4xx (nothing stored).

    Returns (status, JSON body or None, time sent). A write with no answer, or a 5xx, may or may
    not be stored; the report allows that many extra rows and no more.
    """
    t0 = time.time()
    ACKS.write(f"sent:{kind}", 0, patient_id, t0)
    with user.client.post(path, json=body, headers=headers, name=name, catch_response=True) as r:
        if r.status_code in ok:
            r.success()
            return r.status_code, r.json(), t0
        if 400 <= r.status_code < 500:
            ACKS.write(f"refused:{kind}", 0, patient_id, t0, status=r.status_code)
        r.failure(f"status {r.status_code}")
        return r.status_code, None, t0


class PatientUser(FastHttpUser):
    weight = 1
    wait_time = between(_lo, _hi)

    def on_start(self) -> None:
        me = next(_patients)
        self.pid: int = me["patient_id"]
        self.auth = {"Authorization": f"Bearer {me['token']}"}
        self.conversation = 0
        self._new_conversation()

    def _new_conversation(self) -> None:
        path = f"/api/v1/patients/{self.pid}/conversations"
        _, body, t0 = post(
            self, "conversation", path, "POST /conversations", self.pid, None, self.auth
        )
        if body is not None:
            self.conversation = int(body["id"])
            ACKS.write("conversation", self.conversation, self.pid, t0)

    @task(2)
    def checkin(self) -> None:
        # One row per local day; today or yesterday, so some are updates (200).
        day = (datetime.now(UTC) - timedelta(days=random.choice((0, 0, 1)))).date()
        values: dict[str, Any] = {
            "local_on": day.isoformat(),
            "mood": random.randint(0, 10),
            "anxiety": random.randint(0, 10),
            "sleep_quality": random.randint(0, 10),
            "hours_slept": round(random.uniform(3, 10), 1),
        }
        if random.random() < 0.3:
            values["journal"] = random.choice(EVERYDAY)
        path = f"/api/v1/patients/{self.pid}/checkins"
        _, body, t0 = post(self, "checkin", path, "POST /checkins", self.pid, values, self.auth)
        if body is not None:
            ACKS.write("checkin", int(body["id"]), self.pid, t0, **values)

    @task(1)
    def questionnaires(self) -> None:
        with self.client.get(
            f"/api/v1/patients/{self.pid}/questionnaires/due",
            headers=self.auth,
            name="GET /questionnaires/due",
            catch_response=True,
        ) as r:
            if r.status_code != 200:
                r.failure(f"status {r.status_code}")
                return
            due = [d["instrument"] for d in r.json() if d["instrument"] in ITEMS]
        for instrument in due:
            self._answer(instrument)

    def _answer(self, instrument: str) -> None:
        answers = [random.randint(0, 3) for _ in range(ITEMS[instrument])]
        if instrument == "phq9":
            answers[8] = random.randint(1, 3) if random.random() < ITEM9_SHARE else 0
        key = uuid.uuid4().hex
        path = f"/api/v1/patients/{self.pid}/responses"
        headers = {**self.auth, "Idempotency-Key": key}
        item9 = answers[8] if instrument == "phq9" else 0
        sends = 2 if random.random() < 0.1 else 1  # a retry with the same key stores nothing
        first = 0
        for attempt in range(sends):
            name = "POST /responses" if attempt == 0 else "POST /responses (retry)"
            expected = (201,) if attempt == 0 else (200,)
            _, body, t0 = post(
                self,
                "response",
                path,
                name,
                self.pid,
                {"instrument": instrument, "answers": answers},
                headers,
                expected,
            )
            if body is None:
                return
            ACKS.write("response", int(body["id"]), self.pid, t0, item9=item9, key=key)
            if attempt and int(body["id"]) != first:
                ACKS.write("response_retry_mismatch", int(body["id"]), self.pid, t0, first=first)
            first = int(body["id"])

    @task(6)
    def chat(self) -> None:
        if not self.conversation:  # starting one failed earlier: try again first
            self._new_conversation()
            if not self.conversation:
                return
        draw = random.random()
        if draw < HIGH_RISK_SHARE:
            text, intended = random.choice(HIGH_RISK), "high"
        elif draw < HIGH_RISK_SHARE * 1.5:
            text, intended = random.choice(MODERATE), "moderate"
        else:
            text, intended = random.choice(EVERYDAY), "everyday"
        path = f"/api/v1/patients/{self.pid}/conversations/{self.conversation}/messages"
        _, reply, t0 = post(
            self, "message", path, "POST /messages", self.pid, {"text": text}, self.auth, (200,)
        )
        if reply is None:
            return
        ACKS.write(
            "message",
            int(reply["message"]["id"]),
            self.pid,
            t0,
            reply_id=int(reply["reply"]["id"]),
            risk_level=reply["risk_level"],
            intended=intended,
            crisis=bool(reply["crisis"]),
        )
        if intended == "high":
            self._new_conversation()  # a fresh session after the crisis path

    @task(1)
    def progress(self) -> None:
        self.client.get(
            f"/api/v1/patients/{self.pid}/checkins?days=30",
            headers=self.auth,
            name="GET /checkins",
        )


class ClinicianUser(FastHttpUser):
    fixed_count = int(os.environ.get("MINDLINE_LOAD_CLINICIANS", "20"))
    wait_time = between(2, 8)

    def on_start(self) -> None:
        me = next(_clinicians)
        self.auth = {"Authorization": f"Bearer {me['token']}"}

    @task(3)
    def caseload(self) -> None:
        self.client.get("/api/v1/caseload", headers=self.auth, name="GET /caseload")

    @task(3)
    def inbox(self) -> None:
        self.client.get("/api/v1/alerts/inbox", headers=self.auth, name="GET /alerts/inbox")

    @task(2)
    def handle_alert(self) -> None:
        with self.client.get(
            "/api/v1/alerts?status=open",
            headers=self.auth,
            name="GET /alerts?status=open",
            catch_response=True,
        ) as r:
            if r.status_code != 200:
                r.failure(f"status {r.status_code}")
                return
            alerts = r.json()
        if not alerts:
            return
        alert = random.choice(alerts)
        pid = int(alert["patient_id"])
        # A colleague on the same care team may have been first: 409 is the contract.
        status, _, t0 = post(
            self,
            "acknowledge",
            f"/api/v1/alerts/{alert['id']}/acknowledge",
            "POST /alerts/acknowledge",
            pid,
            None,
            self.auth,
            (200, 409),
        )
        if status == 409:
            ACKS.write("refused:acknowledge", int(alert["id"]), pid, t0, status=409)
        if status != 200:
            return
        ACKS.write("acknowledge", int(alert["id"]), pid, t0)
        _, body, t0 = post(
            self,
            "resolve",
            f"/api/v1/alerts/{alert['id']}/resolve",
            "POST /alerts/resolve",
            pid,
            {"outcome": "true_positive", "note": "load test"},
            self.auth,
            (200,),
        )
        if body is not None:
            ACKS.write("resolve", int(alert["id"]), pid, t0)
