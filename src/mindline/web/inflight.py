"""Bound the requests a web process works on at once to what its database pool can serve.

Sync endpoints and dependencies run in a thread pool (40 threads); each request holds a
pooled database connection from its first query until its commit. With more requests in
flight than connections, threads block waiting for a connection while the requests that
hold connections wait for a free thread: the load test saw every request stall for the
pool's 30 s timeout. Requests over the bound wait here, on the event loop, holding neither
a thread nor a connection. The slot is released when the response starts: by then the
request's transaction has committed (a 2xx means stored), so a streamed body holds none.
"""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Message, Receive, Scope, Send

UNBOUNDED_PATHS = frozenset({"/healthz"})


class InFlightLimit:
    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit
        self._slots: asyncio.Semaphore | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope.get("path") in UNBOUNDED_PATHS:
            await self.app(scope, receive, send)
            return
        if self._slots is None:  # created on the server's event loop
            self._slots = asyncio.Semaphore(self.limit)
        slots = self._slots
        await slots.acquire()
        held = True

        async def release_on_start(message: Message) -> None:
            nonlocal held
            if held and message["type"] == "http.response.start":
                held = False
                slots.release()
            await send(message)

        try:
            await self.app(scope, receive, release_on_start)
        finally:
            if held:
                slots.release()
