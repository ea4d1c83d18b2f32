"""Builds the model mode from settings, and the administrator's connection test."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace

from mindline.companion.llm.client import ChatClient, LLMConfig, LLMError
from mindline.companion.llm.network import host_of, inside_network, trusted_hosts
from mindline.companion.llm.prompts import Prompt, render
from mindline.companion.llm.turn import LLMMode
from mindline.config import Settings

_clients: dict[LLMConfig, ChatClient] = {}
_lock = threading.Lock()


def config_from(settings: Settings) -> LLMConfig | None:
    """The client configuration, or None when no base URL is set (scripted only)."""
    if not settings.llm_base_url.strip():
        return None
    return LLMConfig(
        base_url=settings.llm_base_url.strip(),
        model=settings.llm_model,
        api_key=settings.llm_api_key.get_secret_value(),
        first_token_timeout=settings.llm_first_token_timeout_seconds,
        total_timeout=settings.llm_total_timeout_seconds,
        retries=settings.llm_retries,
        max_tokens=settings.llm_max_tokens,
    )


def client_for(config: LLMConfig) -> ChatClient:
    """One client (and connection pool) per configuration, shared by requests."""
    with _lock:
        if config not in _clients:
            _clients[config] = ChatClient(config)
        return _clients[config]


def mode_for(config: LLMConfig | None, trusted: str = "") -> LLMMode | None:
    """The engine's model mode for this configuration; redaction unless inside the network."""
    if config is None:
        return None
    inside = inside_network(config.base_url, trusted_hosts(trusted))
    return LLMMode(backend=client_for(config), redact=not inside)


def from_settings(settings: Settings) -> LLMMode | None:
    """The configured model mode, or None for the scripted companion."""
    return mode_for(config_from(settings), settings.llm_trusted_hosts)


@dataclass(frozen=True)
class ConnectionReport:
    """What the test button shows: no patient data, no key."""

    configured: bool
    ok: bool
    base_url: str = ""
    host: str = ""
    model: str = ""
    inside_network: bool = False
    latency_ms: float | None = None
    first_token_ms: float | None = None
    reply: str = ""
    error: str = ""


def check_connection(settings: Settings) -> ConnectionReport:
    """Send a tiny fixed prompt to the configured backend and time the answer."""
    config = config_from(settings)
    if config is None:
        return ConnectionReport(
            configured=False, ok=False, error="MINDLINE_LLM_BASE_URL is not set"
        )
    base = ConnectionReport(
        configured=True,
        ok=False,
        base_url=config.base_url,
        host=host_of(config.base_url),
        model=config.model,
        inside_network=inside_network(config.base_url, trusted_hosts(settings.llm_trusted_hosts)),
    )
    messages = [
        {"role": "system", "content": render(Prompt.CONNECTION_TEST)},
        {"role": "user", "content": "ready?"},
    ]
    start = time.monotonic()
    try:
        completion = client_for(config).complete(messages)
    except LLMError as exc:
        elapsed = (time.monotonic() - start) * 1000
        return replace(base, latency_ms=round(elapsed, 1), error=str(exc) or type(exc).__name__)
    return replace(
        base,
        ok=True,
        latency_ms=round(completion.total_seconds * 1000, 1),
        first_token_ms=round(completion.first_token_seconds * 1000, 1),
        reply=completion.text[:80],
    )
