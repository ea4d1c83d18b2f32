"""Real Chromium (Debian's package) driving a real server on a free port.

Screenshots go to test-artifacts/screenshots/. Set MINDLINE_CHROMIUM to use another binary.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn

from browserkit import PHONE

CHROMIUM = os.environ.get("MINDLINE_CHROMIUM") or shutil.which("chromium") or ""

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not CHROMIUM:
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing; .ci/run installs Debian's chromium package")
        pytest.skip("Chromium not installed (apt-get install chromium) — browser tests skipped")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


@pytest.fixture
def live_server(app: Any) -> Iterator[str]:
    """The test's app served by uvicorn in a thread, with the risk encoder loaded (as a
    served app is before /readyz says ready): otherwise the first unsure chat message
    waits for torch to load, longer than a page's 10 s timeout on a busy machine."""
    from mindline.risk import embedding

    if embedding.available():
        embedding.embed(["warm up"])
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE)
    pg = context.new_page()
    yield pg
    context.close()
