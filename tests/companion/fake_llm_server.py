"""A small OpenAI-compatible test server, run as a real process by the LLM tests.

It answers POST /v1/chat/completions (streaming, like vLLM or llama.cpp) with scripted
behaviour, and records every call so tests can prove what reached it:

- POST /control/script  {"queue": [behaviour, ...], "default": behaviour}
- POST /control/reset   forget calls, queue and default
- GET  /control/calls   the recorded calls (JSON bodies and the Authorization header)

A behaviour is {"kind": ...}: "reply" (text, first_delay, chunk_delay), "cycle" (texts:
one per call, in turn), "echo" (the user's message back), "status" (code), "malformed"
(variant: not_json | not_data | cut | error), "hang" (headers, then nothing).

Run: python tests/companion/fake_llm_server.py --port 0   (prints "PORT <n>")
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

BENIGN = "That sounds hard. Would a short breathing exercise help right now?"

_lock = threading.Lock()
_state: dict[str, Any] = {"calls": [], "queue": [], "default": {"kind": "reply"}, "turn": 0}


def _next_behaviour() -> dict[str, Any]:
    with _lock:
        if _state["queue"]:
            behaviour: dict[str, Any] = _state["queue"].pop(0)
            return behaviour
        default: dict[str, Any] = _state["default"]
        if default.get("kind") == "cycle":
            texts = default["texts"]
            text = texts[_state["turn"] % len(texts)]
            _state["turn"] += 1
            return {"kind": "reply", "text": text}
        return default


def _chunk(content: str | None, finish: str | None = None, role: bool = False) -> bytes:
    delta: dict[str, str] = {"role": "assistant"} if role else {}
    if content is not None:
        delta["content"] = content
    body = {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "model": "fake",
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    return f"data: {json.dumps(body)}\n\n".encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Send each write at once, as real servers do: with Nagle's algorithm every write after
    # the first (the body after the headers, each streamed word) waited for the client's
    # delayed ACK, tens of milliseconds on loopback.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:
        pass  # keep test output clean

    def _json(self, code: int, data: Any) -> None:
        body = json.dumps(data).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _body(self) -> Any:
        length = int(self.headers.get("Content-Length") or 0)
        return json.loads(self.rfile.read(length) or b"{}")

    def do_GET(self) -> None:
        if self.path == "/control/calls":
            with _lock:
                self._json(200, _state["calls"])
        elif self.path == "/v1/models":
            self._json(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})
        else:
            self._json(404, {"error": "not found"})

    def do_POST(self) -> None:
        body = self._body()
        if self.path == "/control/script":
            with _lock:
                _state["queue"] = list(body.get("queue", []))
                if "default" in body:
                    _state["default"] = body["default"]
                _state["turn"] = 0
            self._json(200, {"ok": True})
        elif self.path == "/control/reset":
            with _lock:
                _state.update(calls=[], queue=[], default={"kind": "reply"}, turn=0)
            self._json(200, {"ok": True})
        elif self.path == "/v1/chat/completions":
            with _lock:
                _state["calls"].append(
                    {"body": body, "authorization": self.headers.get("Authorization", "")}
                )
            self._complete(body, _next_behaviour())
        else:
            self._json(404, {"error": "not found"})

    def _complete(self, body: dict[str, Any], behaviour: dict[str, Any]) -> None:
        kind = behaviour.get("kind", "reply")
        if kind == "status":
            self._json(int(behaviour.get("code", 500)), {"error": {"message": "scripted failure"}})
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if kind == "hang":
            self.wfile.flush()
            time.sleep(float(behaviour.get("seconds", 30)))
            return
        if kind == "malformed":
            self._malformed(str(behaviour.get("variant", "not_json")))
            return
        if kind == "echo":
            text = str(body["messages"][-1]["content"])
        else:
            text = str(behaviour.get("text", BENIGN))
        self._stream(text, float(behaviour.get("first_delay", 0)), behaviour)

    def _stream(self, text: str, first_delay: float, behaviour: dict[str, Any]) -> None:
        # Like real servers: the role chunk comes at once, content after "thinking".
        self._send(_chunk(None, role=True))
        time.sleep(first_delay)
        words = text.split(" ")
        for index, word in enumerate(words):
            self._send(_chunk(word if index == 0 else " " + word))
            time.sleep(float(behaviour.get("chunk_delay", 0)))
        self._send(_chunk(None, finish="stop"))
        self._send(b"data: [DONE]\n\n")

    def _malformed(self, variant: str) -> None:
        if variant == "not_json":
            self._send(b"data: {this is not json\n\n")
        elif variant == "not_data":
            self._send(b"<html>Bad gateway</html>\n")
        elif variant == "cut":  # the stream stops mid-reply: no finish, no [DONE]
            self._send(_chunk("I hear that things are", role=True))
        elif variant == "error":
            self._send(b'data: {"error": {"message": "model overloaded"}}\n\n')
        self._send(b"")

    def _send(self, data: bytes) -> None:
        try:
            self.wfile.write(data)
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test); nothing to do


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    server = ThreadingHTTPServer((args.host, args.port), Handler)
    server.daemon_threads = True
    print(f"PORT {server.server_address[1]}", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()
    sys.exit(0)


if __name__ == "__main__":
    main()
