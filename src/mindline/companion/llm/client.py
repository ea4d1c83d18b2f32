"""A small OpenAI-compatible chat client: streaming, a first-token deadline, retries.

Works with vLLM, llama.cpp's server, Ollama and hosted APIs: it only uses
POST {base_url}/chat/completions with "stream": true and reads the SSE ``data:`` lines.
The whole reply is buffered; nothing reaches the patient until the rails have read it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import httpx

Message = dict[str, str]


class LLMError(Exception):
    """The backend failed: unreachable, an error status, or a malformed answer."""


class LLMTimeout(LLMError):
    """No first token in time, or the reply took longer than the total timeout."""


@dataclass(frozen=True)
class LLMConfig:
    """Where the backend is and how long to wait for it."""

    base_url: str
    model: str = ""
    api_key: str = ""
    first_token_timeout: float = 3.0
    total_timeout: float = 20.0
    retries: int = 1
    max_tokens: int = 300
    temperature: float = 0.3

    @property
    def url(self) -> str:
        return self.base_url.rstrip("/") + "/chat/completions"


@dataclass(frozen=True)
class Completion:
    """A whole generated reply and how long it took."""

    text: str
    first_token_seconds: float
    total_seconds: float
    attempts: int = 1


class Backend(Protocol):
    """Anything that turns chat messages into one complete reply (or raises LLMError)."""

    def complete(self, messages: Sequence[Message]) -> Completion: ...


class ChatClient:
    """The HTTP backend; one instance may be shared by threads (httpx.Client is thread-safe)."""

    def __init__(self, config: LLMConfig, transport: httpx.BaseTransport | None = None) -> None:
        self.config = config
        headers = {"Accept": "text/event-stream"}
        if config.api_key:
            headers["Authorization"] = f"Bearer {config.api_key}"
        # read= bounds each wait for bytes, so a server that hangs mid-stream is noticed too.
        timeout = httpx.Timeout(
            connect=config.first_token_timeout,
            read=config.first_token_timeout,
            write=config.first_token_timeout,
            pool=config.first_token_timeout,
        )
        self._http = httpx.Client(headers=headers, timeout=timeout, transport=transport)

    def close(self) -> None:
        self._http.close()

    def complete(self, messages: Sequence[Message]) -> Completion:
        """Stream one reply; retry failures that happen before any token, never timeouts."""
        start = time.monotonic()
        last: LLMError | None = None
        for attempt in range(1, self.config.retries + 2):
            try:
                return self._once(messages, start, attempt)
            except LLMTimeout:
                raise  # the person is already waiting; the scripted reply answers now
            except LLMError as exc:
                last = exc
                if time.monotonic() - start >= self.config.first_token_timeout:
                    break
        assert last is not None
        raise last

    def _once(self, messages: Sequence[Message], start: float, attempt: int) -> Completion:
        body = {
            "model": self.config.model or "default",
            "messages": list(messages),
            "stream": True,
            "max_tokens": self.config.max_tokens,
            "temperature": self.config.temperature,
        }
        first_deadline = start + self.config.first_token_timeout
        total_deadline = start + self.config.total_timeout
        parts: list[str] = []
        first: float | None = None
        try:
            with self._http.stream("POST", self.config.url, json=body) as response:
                if response.status_code != 200:
                    raise LLMError(f"status {response.status_code}")
                for delta in _deltas(response.iter_lines()):
                    now = time.monotonic()
                    if first is None:
                        if now > first_deadline:
                            raise LLMTimeout("no first token in time")
                        if delta.strip():
                            first = now - start
                    if now > total_deadline:
                        raise LLMTimeout("reply took too long")
                    parts.append(delta)
        except httpx.TimeoutException as exc:
            raise LLMTimeout(f"timed out ({type(exc).__name__})") from exc
        except httpx.HTTPError as exc:
            raise LLMError(f"request failed ({type(exc).__name__})") from exc
        text = "".join(parts).strip()
        if first is None or not text:
            raise LLMError("empty reply")
        return Completion(
            text=text,
            first_token_seconds=first,
            total_seconds=time.monotonic() - start,
            attempts=attempt,
        )


def _deltas(lines: Iterator[str]) -> Iterator[str]:
    """The content pieces of an OpenAI-style SSE stream; raises LLMError on anything else.

    A stream must end with ``data: [DONE]`` or a chunk with a finish_reason; one that is
    cut off mid-reply is a failure, not a shorter reply.
    """
    finished = False
    for line in lines:
        if not line or line.startswith(":"):
            continue  # blank separators and SSE comments (keep-alives)
        if line.startswith(("event:", "id:", "retry:")):
            continue
        if not line.startswith("data:"):
            raise LLMError("malformed stream: not an SSE data line")
        data = line[5:].strip()
        if data == "[DONE]":
            return
        content, finish = _chunk(data)
        finished = finished or finish
        yield content
    if not finished:
        raise LLMError("stream ended before the reply was finished")


def _chunk(data: str) -> tuple[str, bool]:
    """(content, finished) of one stream chunk."""
    try:
        chunk: Any = json.loads(data)
        if "error" in chunk:
            raise LLMError("backend reported an error")
        choices = chunk["choices"]
        if not choices:
            return "", False  # some servers send a usage-only chunk
        delta = choices[0].get("delta") or {}
        content = delta.get("content") or ""
        finish = bool(choices[0].get("finish_reason"))
    except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise LLMError("malformed stream chunk") from exc
    if not isinstance(content, str):
        raise LLMError("malformed stream chunk")
    return content, finish
