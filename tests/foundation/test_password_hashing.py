"""The application hashes with argon2id at the library's recommended cost.

The test process itself uses cheap parameters (tests/conftest.py), so the real ones are
checked in a fresh interpreter, which is what a server process is.
"""

from __future__ import annotations

import subprocess
import sys

from mindline.accounts import security


def test_a_fresh_process_hashes_with_argon2id_at_rfc9106_low_memory_cost() -> None:
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            "from mindline.accounts.security import hash_password; print(hash_password('x' * 12))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    # RFC 9106 section 4, second recommended option: m = 64 MiB, t = 3, p = 4.
    assert out.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


def test_hashes_made_at_any_cost_still_verify() -> None:
    real = subprocess.run(
        [
            sys.executable,
            "-c",
            "from mindline.accounts.security import hash_password; print(hash_password('y' * 12))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert security.verify_password("y" * 12, real)
    assert not security.verify_password("z" * 12, real)
