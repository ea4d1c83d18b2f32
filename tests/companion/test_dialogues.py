"""The scripted dialogue suite, run with the companion's own fallback screen.

The fallback is deterministic and owned here, so these tests pin the engine's
behaviour; ``test_dialogues_real_screen.py`` runs the same suite on ``mindline.risk``.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.companion.harness import load, run

from mindline.companion import fallback_screen

CASES = load("dialogues.yaml")


def test_there_are_at_least_sixty_dialogues() -> None:
    assert len(CASES) >= 60


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_dialogue_behaves(case: dict[str, Any]) -> None:
    failures = run(case, fallback_screen.screen)
    assert not failures, "\n".join(failures)
