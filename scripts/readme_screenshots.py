"""Screenshots of the demo clinic for the README (docs/screenshots/).

Seeds the demo clinic into a temporary data folder, starts `mindline serve`, and drives
Debian's Chromium with Playwright: the patient home, chat with an exercise, the clinician
caseload and a patient timeline.

    .venv/bin/python scripts/readme_screenshots.py
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
BIN = Path(sys.executable).parent
PASSWORD = "mindline-demo"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _sign_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/login")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "MINDLINE_DATA_DIR": tmp, "MINDLINE_ENVIRONMENT": "local"}
        env.pop("MINDLINE_DATABASE_URL", None)
        port = _free_port()
        server = subprocess.Popen(
            [str(BIN / "mindline"), "serve", "--demo", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.5)
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=shutil.which("chromium") or "/usr/bin/chromium",
                    args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
                )
                phone = browser.new_page(viewport={"width": 390, "height": 844})
                _sign_in(phone, base, "patient03@demo.mindline.invalid")
                phone.goto(f"{base}/home")
                phone.screenshot(path=str(OUT / "patient-home.png"), full_page=True)
                phone.goto(f"{base}/chat")
                box = phone.get_by_label("Your message")
                box.fill("I feel on edge, can we do a breathing exercise?")
                phone.get_by_role("button", name="Send").click()
                phone.wait_for_timeout(1500)
                phone.screenshot(path=str(OUT / "patient-chat-exercise.png"), full_page=True)

                desk = browser.new_page(viewport={"width": 1280, "height": 900})
                _sign_in(desk, base, "maya.okafor@demo.mindline.invalid")
                desk.goto(f"{base}/home")
                desk.screenshot(path=str(OUT / "clinician-caseload.png"), full_page=True)
                desk.locator("a[href$='/timeline']").first.click()
                desk.wait_for_load_state()
                desk.set_viewport_size({"width": 1280, "height": 1500})
                desk.screenshot(path=str(OUT / "clinician-timeline.png"))
                browser.close()
        finally:
            server.terminate()
            server.wait(timeout=20)
    for shot in sorted(OUT.glob("*.png")):
        print(shot.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
