"""Real receivers for delivery tests: an HTTP webhook server and an SMTP server (aiosmtpd)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import Counter
from email import message_from_bytes
from email.policy import default as default_policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from aiosmtpd.controller import Controller


class WebhookReceiver:
    """Accepts each Idempotency-Key once (replays answer 200 without accepting again)."""

    def __init__(self, *, status: int = 200, delay: float = 0.0) -> None:
        self.status = status
        self.delay = delay
        self.secret = ""
        self.lock = threading.Lock()
        self.accepted: Counter[str] = Counter()
        self.requests: Counter[str] = Counter()
        self.bodies: dict[str, bytes] = {}
        self.bad_signatures = 0
        self.aborted = 0  # requests whose sender died before the whole body arrived
        self.mismatched = 0  # a replayed key that came with a different body
        self.arrivals: dict[int, float] = {}
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            # The body goes out at once, not after the client's delayed ACK (Nagle).
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = self.rfile.read(length)
                key = self.headers.get("Idempotency-Key", "")
                if len(body) < length:
                    # The sender was killed mid-request: a real endpoint rejects the
                    # short body, and nobody is left to read an answer.
                    with receiver.lock:
                        receiver.aborted += 1
                    self.close_connection = True
                    return
                sig = self.headers.get("X-Mindline-Signature", "")
                if receiver.delay:
                    time.sleep(receiver.delay)
                with receiver.lock:
                    receiver.requests[key] += 1
                    if receiver.secret:
                        want = (
                            "sha256="
                            + hmac.new(receiver.secret.encode(), body, hashlib.sha256).hexdigest()
                        )
                        if not hmac.compare_digest(want, sig):
                            receiver.bad_signatures += 1
                    status = receiver.status
                    if status == 200 and key not in receiver.accepted:
                        receiver.accepted[key] += 1
                        receiver.bodies[key] = body
                        alert_id = json.loads(body).get("alert_id")
                        receiver.arrivals.setdefault(alert_id, time.time())
                    elif status == 200 and receiver.bodies[key] != body:
                        receiver.mismatched += 1
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _Handler:
    def __init__(self, inbox: SmtpReceiver) -> None:
        self.inbox = inbox

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = message_from_bytes(envelope.content, policy=default_policy)
        key = msg.get("X-Mindline-Idempotency-Key", "")
        with self.inbox.lock:
            self.inbox.received[key] += 1
            self.inbox.messages.append(msg)
        return "250 OK"


class SmtpReceiver:
    """An SMTP server that can be stopped and started on the same port."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.lock = threading.Lock()
        self.received: Counter[str] = Counter()
        self.messages: list[Any] = []
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
