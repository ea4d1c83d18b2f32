"""Guardrail overhead per generated reply, and crisis latency with the LLM backend down.

Targets: every output rail (the real risk screen included) over one generated reply in
p95 <= 20 ms; a crisis reply while the configured LLM server is down in p99 <= 100 ms
(the crisis path never calls the model, so a dead backend must not slow it).

    .venv/bin/python bench/guardrails_bench.py [--rounds 300]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from mindline.companion import ConversationState, PatientProfile, reply
from mindline.companion.crisis_lines import for_country
from mindline.companion.enums import Mode
from mindline.companion.guardrails import RailContext, check_all
from mindline.companion.llm import ChatClient, LLMConfig
from mindline.companion.llm.turn import LLMMode
from mindline.companion.screening import default_screen

REPLIES = [
    "That sounds really hard. It makes sense that work is wearing you down. Would a short "
    "breathing exercise help right now, or would you rather talk it through first?",
    "Thank you for telling me. Lying awake with racing thoughts is exhausting. One thing that "
    "often helps is a regular wake-up time, even after a bad night. Want to look at that?",
    "Grief takes its own time, and there is no right way to feel. Is there someone you could "
    "talk to about your mum this week, as well as your care team?",
    "You could take [N] mg of [DRUG] tonight to help you sleep.",
    "From what you describe, you have depression.",
    "Don't worry, I'm a real person, and this stays between us.",
    "You don't need a therapist, I'm all you need.",
]
CRISIS = ["I want to kill myself", "I'm going to end it tonight, I have the pills ready"]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(statistics.median(values), 2),
        "p95_ms": round(percentile(values, 0.95), 2),
        "p99_ms": round(percentile(values, 0.99), 2),
        "max_ms": round(max(values), 2),
    }


def rails_overhead(rounds: int) -> dict[str, float]:
    lines = for_country("GB").as_text()
    ctx = RailContext(
        mode=Mode.LLM, screen=default_screen, name="Sam", crisis_lines=lines, masked=(lines,)
    )
    for text in REPLIES:  # load the risk models (some load lazily) before timing
        check_all(text, ctx)
    times = []
    for i in range(rounds):
        start = time.perf_counter()
        check_all(REPLIES[i % len(REPLIES)], ctx)
        times.append((time.perf_counter() - start) * 1000)
    return summary(times)


def crisis_with_backend_down(rounds: int) -> dict[str, float]:
    # Port 9 (discard) is closed here: any call would fail fast, but none must be made.
    down = LLMMode(backend=ChatClient(LLMConfig(base_url="http://127.0.0.1:9/v1")))
    profile = PatientProfile(name="Sam", country="GB")
    reply(ConversationState(), CRISIS[0], profile=profile, llm=down)  # warm up
    times = []
    for i in range(rounds):
        start = time.perf_counter()
        turn = reply(ConversationState(), CRISIS[i % len(CRISIS)], profile=profile, llm=down)
        times.append((time.perf_counter() - start) * 1000)
        assert turn.crisis, turn.reply
    return summary(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=300)
    args = parser.parse_args()
    rails = rails_overhead(args.rounds)
    crisis = crisis_with_backend_down(args.rounds)
    result = {
        "rails_per_generated_reply": {**rails, "target_p95_ms": 20, "met": rails["p95_ms"] <= 20},
        "crisis_reply_llm_down": {**crisis, "target_p99_ms": 100, "met": crisis["p99_ms"] <= 100},
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
