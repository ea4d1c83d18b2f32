"""Load test: simulated patients and clinicians against real web processes and workers.

Creates a fresh PostgreSQL database (dropped at the end unless --keep), seeds patients and
clinicians through the services, starts `mindline serve --workers N` and N `mindline
worker` processes on Redis (an empty Redis database number and a unique key prefix; Redis
is never flushed), a webhook receiver as the alerts' copy route, and runs locust headless.
Then it counts database rows against the writes the server acknowledged and writes
OUT/report.md and OUT/latency.png. Exit 1 when anything acknowledged is missing.

    .venv/bin/pip install -e .[load]
    .venv/bin/python bench/load/run.py                       # 10 minutes, 500 + 20 users
    .venv/bin/python bench/load/run.py --duration 60s --patients 100 --clinicians 5
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import psutil
import redis
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import load_report
import load_seed

HERE = Path(__file__).resolve().parent
BIN = Path(sys.executable).parent
KEY = "load1:" + "L" * 43 + "="
# All simulated users share one client address; 500 real patients would not.
PER_ADDRESS_LIMITS = {
    "MINDLINE_RATE_CHAT_IP": "1000000/minute",
    "MINDLINE_RATE_SUBMIT_IP": "1000000/hour",
    "MINDLINE_RATE_LOGIN_IP": "1000000/minute",
}


def duration(value: str) -> int:
    """'10m', '60s', '1h30m' or plain seconds."""
    if value.isdigit():
        return int(value)
    parts = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", value)
    if not value or parts is None:
        raise argparse.ArgumentTypeError(f"{value!r}: write e.g. 10m, 60s, 1h30m or seconds")
    h, m, s = (int(x or 0) for x in parts.groups())
    return h * 3600 + m * 60 + s


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Receiver:
    """Webhook receiver: first arrival time per alert id, and every request counted."""

    def __init__(self) -> None:
        self.arrivals: dict[int, float] = {}
        self.requests = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                now = time.time()
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with receiver.lock:
                    receiver.requests += 1
                    receiver.arrivals.setdefault(int(body["alert_id"]), now)
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@contextmanager
def database(admin_url: str, keep: bool) -> Iterator[str]:
    name = f"mlload_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        if keep:
            print(f"kept database {name}")
        else:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def redis_db(base_url: str, prefix: str) -> Iterator[str]:
    """An empty Redis database number; only this run's keys are deleted at the end."""
    index = next(
        (i for i in range(15, 0, -1) if not redis.Redis.from_url(f"{base_url}/{i}").dbsize()), None
    )
    if index is None:
        raise SystemExit("no empty Redis database number (1-15) for the run's queue")
    url = f"{base_url}/{index}"
    try:
        yield url
    finally:
        client = redis.Redis.from_url(url)
        mine = [
            k
            # The queue (our prefix) and the rate limiter's counters (a fixed prefix).
            for pattern in (f"*{prefix}*", "huey.redis.mindline*", "mindline:rl:*")
            for k in client.scan_iter(match=pattern)
        ]
        if mine:
            client.delete(*mine)
        client.close()


def start(cmd: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    # Own session, so SIGTERM to the group reaches uvicorn's worker processes as well.
    with open(log, "ab") as out:
        return subprocess.Popen(
            cmd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )


def stop(procs: list[subprocess.Popen[bytes]]) -> list[int]:
    """SIGTERM each process group we started, wait, SIGKILL stragglers; returns orphans."""
    tree = {
        p.pid: [c.pid for c in psutil.Process(p.pid).children(recursive=True)]
        for p in procs
        if p.poll() is None
    }
    for p in procs:
        if p.poll() is None:
            os.killpg(p.pid, signal.SIGTERM)
    for p in procs:
        try:
            p.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=10)
    time.sleep(1)
    return [
        pid
        for kids in tree.values()
        for pid in kids
        if psutil.pid_exists(pid) and psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    ]


def cpu_seconds(procs: list[subprocess.Popen[bytes]]) -> float:
    total = 0.0
    for p in procs:
        try:
            for proc in [psutil.Process(p.pid), *psutil.Process(p.pid).children(recursive=True)]:
                t = proc.cpu_times()
                total += t.user + t.system
        except psutil.NoSuchProcess:
            pass
    return total


def wait_ready(base: str, processes: int) -> None:
    """Enough consecutive 200s from /readyz that every web process has answered."""
    deadline, ok = time.time() + 120, 0
    while time.time() < deadline and ok < 4 * processes:
        try:
            ok = ok + 1 if httpx.get(base + "/readyz", timeout=2).status_code == 200 else 0
        except httpx.HTTPError:
            ok = 0
        time.sleep(0.2)
    if ok < 4 * processes:
        raise SystemExit("the server did not become ready within 120 s (see OUT/procs.log)")


def drain(url: str, receiver: Receiver, wait: float) -> None:
    """Wait until no alert delivery is pending (or `wait` seconds)."""
    engine = create_engine(url)
    deadline = time.time() + wait
    with engine.connect() as conn:
        while time.time() < deadline:
            pending = conn.execute(
                text("SELECT count(*) FROM alert_delivery WHERE status = 'pending'")
            ).scalar_one()
            conn.commit()
            if not pending:
                break
            time.sleep(0.5)
    engine.dispose()


def run(args: argparse.Namespace) -> int:
    out = Path(args.out or HERE / "results" / datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("acks/*.csv"):
        old.unlink()
    prefix = f"mlload{uuid.uuid4().hex[:8]}"
    receiver = Receiver()
    total_users = args.patients + args.clinicians
    with database(args.pg_url, args.keep) as url, redis_db(args.redis_url, prefix) as rurl:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MINDLINE_")}
        mindline_env = {
            "MINDLINE_ENVIRONMENT": "test",
            "MINDLINE_DATABASE_URL": url,
            "MINDLINE_DATA_DIR": str(out / "data"),
            "MINDLINE_ENCRYPTION_KEYS": KEY,
            "MINDLINE_SECRET_KEY": "load-test-secret-key-0123456789-0123456789",
            "MINDLINE_REDIS_URL": rurl,
            "MINDLINE_REDIS_PREFIX": prefix,
            **PER_ADDRESS_LIMITS,
        }
        env.update(mindline_env)
        print(f"seeding {args.patients} patients and {args.clinicians} clinicians ...", flush=True)
        t0 = time.time()
        users = load_seed.seed(mindline_env, args.patients, args.clinicians, receiver.url)
        seed_s = time.time() - t0
        (out / "users.json").write_text(json.dumps(users))
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        log = out / "procs.log"
        server = start(
            [
                str(BIN / "mindline"),
                "serve",
                "--port",
                str(port),
                "--workers",
                str(args.web_processes),
            ],
            env,
            log,
        )
        workers = [start([str(BIN / "mindline"), "worker"], env, log) for _ in range(args.workers)]
        procs = [server, *workers]
        orphans: list[int] = []
        try:
            wait_ready(base, args.web_processes)
            time.sleep(args.warmup)  # the risk encoder warms up in the background
            locust_env = {
                **env,
                "MINDLINE_LOAD_USERS": str(out / "users.json"),
                "MINDLINE_LOAD_ACKS": str(out / "acks"),
                "MINDLINE_LOAD_CLINICIANS": str(args.clinicians),
                "MINDLINE_LOAD_HIGH_RISK_SHARE": str(args.high_risk_share),
                "MINDLINE_LOAD_THINK": args.think,
            }
            cmd = [
                str(BIN / "locust"),
                "-f",
                str(HERE / "locustfile.py"),
                "--headless",
                "-u",
                str(total_users),
                "-r",
                str(args.spawn_rate),
                "--run-time",
                f"{args.duration}s",
                "--host",
                base,
                "--stop-timeout",
                "60",
                "--csv",
                str(out / "locust"),
                "--csv-full-history",
                "--only-summary",
                "--loglevel",
                "WARNING",
            ]
            print(f"locust: {total_users} users for {args.duration} s against {base}", flush=True)
            machine0, server0, worker0 = (
                psutil.cpu_times(),
                cpu_seconds([server]),
                cpu_seconds(workers),
            )
            locust_proc = start(cmd, locust_env, out / "locust.log")
            psproc = psutil.Process(locust_proc.pid)
            locust_cpu = 0.0
            while locust_proc.poll() is None:
                try:
                    t = psproc.cpu_times()
                    locust_cpu = t.user + t.system
                except psutil.NoSuchProcess:
                    break
                time.sleep(1)
            machine1 = psutil.cpu_times()
            cpu = {
                "locust_s": locust_cpu,
                "web_s": cpu_seconds([server]) - server0,
                "workers_s": cpu_seconds(workers) - worker0,
                "machine_busy_s": (sum(machine1) - machine1.idle - machine1.iowait)
                - (sum(machine0) - machine0.idle - machine0.iowait),
                "cores": psutil.cpu_count() or 1,
                "load_avg_1m": os.getloadavg()[0],
            }
            drain(url, receiver, args.drain)
        finally:
            orphans = stop(procs)
        run_record = {
            "db_url": url,
            "arrivals": receiver.arrivals,
            "webhook_requests": receiver.requests,
            "cpu": cpu,
            "meta": {
                "patients": args.patients,
                "clinicians": args.clinicians,
                "duration_s": args.duration,
                "web_processes": args.web_processes,
                "workers": args.workers,
                "seed_s": round(seed_s, 1),
                "orphans": orphans,
                # uvicorn kills a web process that misses its 5 s health check, and starts another.
                "restarts": log.read_text(errors="replace").count('died"'),
                "think": args.think,
                "high_risk_share": args.high_risk_share,
            },
        }
        (out / "run.json").write_text(json.dumps(run_record))
        code = report(out)
    receiver.server.shutdown()
    return code


def report(out: Path) -> int:
    """(Re)build the report from OUT/run.json; the database must still exist."""
    if not (out / "run.json").exists():
        raise SystemExit(f"--out {out}: no run.json there (not a load-test folder)")
    record = json.loads((out / "run.json").read_text())
    try:
        create_engine(record["db_url"]).connect().close()
    except OperationalError as exc:
        name = make_url(record["db_url"]).database
        raise SystemExit(
            f"--out {out}: its database {name} is gone; --report-only needs a run made with --keep"
        ) from exc
    result = load_report.build(
        out=out,
        db_url=record["db_url"],
        arrivals={int(k): float(v) for k, v in record["arrivals"].items()},
        webhook_requests=record["webhook_requests"],
        cpu=record["cpu"],
        meta=record["meta"],
    )
    print((out / "report.md").read_text())
    for name, ok in result["checks"].items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if result["no_loss"] else 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--duration", type=duration, default="10m", help="e.g. 10m, 60s")
    parser.add_argument("--patients", type=int, default=500)
    parser.add_argument("--clinicians", type=int, default=20)
    parser.add_argument("--web-processes", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2, help="mindline worker processes")
    parser.add_argument("--out", default="", help="report folder (default bench/load/results/…)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.add_argument(
        "--pg-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
        help="admin URL; the run's own database is created beside it",
    )
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379", help="no db number")
    parser.add_argument("--spawn-rate", type=float, default=50, help="users started per second")
    # 500 patients at 10-30 s is ~28 requests/s, about one core of web CPU at ~30 ms each.
    parser.add_argument(
        "--think", default="10,30", help="patients' think time between tasks, 'lo,hi' seconds"
    )
    parser.add_argument("--high-risk-share", type=float, default=0.02, help="of chat messages")
    parser.add_argument("--warmup", type=float, default=10, help="seconds after ready")
    parser.add_argument("--drain", type=float, default=60, help="max seconds for deliveries")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="rebuild the report in --out from its run.json (a run made with --keep)",
    )
    args = parser.parse_args()
    if args.report_only:
        if not args.out:
            parser.error("--report-only needs --out (the folder of a run made with --keep)")
        sys.exit(report(Path(args.out)))
    if args.patients < 1 or args.clinicians < 1:
        parser.error("--patients and --clinicians must be at least 1")
    think = args.think.split(",")
    if len(think) != 2 or not all(re.fullmatch(r"\d+(\.\d+)?", t) for t in think):
        parser.error(f"--think {args.think!r}: write 'lo,hi' in seconds, e.g. 10,30")
    if float(think[0]) > float(think[1]):
        parser.error(f"--think {args.think!r}: lo must not exceed hi")
    if not 0 <= args.high_risk_share <= 0.5:
        parser.error("--high-risk-share must be from 0 to 0.5 (half as many are moderate)")
    sys.exit(run(args))


if __name__ == "__main__":
    main()
