"""The in-flight bound: requests over it wait, and a started response frees its slot."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx
from starlette.types import Receive, Scope, Send

from mindline.web.inflight import InFlightLimit

T = TypeVar("T")


def run_apart(scenario: Callable[[], Awaitable[T]]) -> T:
    """Run on a fresh event loop in its own thread (other tests may leave one running here)."""
    out: list[T] = []
    thread = threading.Thread(target=lambda: out.append(asyncio.run(scenario())))  # type: ignore[arg-type]
    thread.start()
    thread.join(30)
    assert out, "the scenario did not finish"
    return out[0]


class Probe:
    """An ASGI app that counts how many requests are inside it at once."""

    def __init__(self) -> None:
        self.inside = 0
        self.most = 0
        self.release = asyncio.Event()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        self.inside += 1
        self.most = max(self.most, self.inside)
        if scope["path"] != "/healthz":
            await self.release.wait()
        self.inside -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"ok"})


def test_requests_over_the_bound_wait_for_a_slot() -> None:
    async def scenario() -> tuple[int, int, list[int]]:
        probe = Probe()
        app = InFlightLimit(probe, limit=2)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            tasks = [asyncio.create_task(client.get(f"/work/{n}")) for n in range(5)]
            for _ in range(50):
                await asyncio.sleep(0)
            inside_while_blocked = probe.inside
            probe.release.set()
            responses = await asyncio.gather(*tasks)
        return inside_while_blocked, probe.most, [r.status_code for r in responses]

    inside, most, statuses = run_apart(scenario)
    assert inside == 2  # three of the five are waiting outside the app
    assert most == 2
    assert statuses == [200] * 5


def test_health_checks_are_never_queued() -> None:
    async def scenario() -> int:
        probe = Probe()
        app = InFlightLimit(probe, limit=1)
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            busy = asyncio.create_task(client.get("/work"))
            for _ in range(20):
                await asyncio.sleep(0)
            health = await asyncio.wait_for(client.get("/healthz"), timeout=5)
            probe.release.set()
            await busy
        return health.status_code

    assert run_apart(scenario) == 200
