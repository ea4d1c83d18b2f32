"""Benchmark the risk screen: per-message latency (p50/p99, one core), batch throughput,
peak memory and model load time, next to a keyword-only baseline and each model family.

    .venv/bin/python bench/risk_bench.py [--messages 2000] [--json out.json]

Pins itself to one core and one BLAS thread. Targets: p50 <= 3 ms, p99 <= 15 ms,
>= 500 msgs/s, peak RSS <= 700 MB, cold load <= 5 s.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

CHAT = [
    "hey, how are you today?",
    "work was so stressful, my boss keeps piling things on",
    "this traffic is killing me lol",
    "i haven't slept properly in a week and i feel awful",
    "honestly i don't see the point of anything anymore",
    "i want to die",
    "can you remind me how the breathing exercise goes?",
    "my sister said she wants to die, what do i do",
    "i'm going to kill myself tonight, i have the pills",
    "had a great walk with the dog this morning!",
    "i keep thinking about hurting myself but i won't",
    "im so done w everything rn tbh",
]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q / 100 * len(ordered)))]


def time_each(fn, texts: list[str]) -> dict[str, float]:
    for t in texts[:50]:
        fn(t)
    times = []
    for t in texts:
        t0 = time.perf_counter()
        fn(t)
        times.append((time.perf_counter() - t0) * 1000)
    return {"p50_ms": percentile(times, 50), "p99_ms": percentile(times, 99)}


def cold_load_seconds() -> float:
    code = (
        "import time; t=time.perf_counter(); from mindline.risk import screen; "
        "screen('hello'); print(time.perf_counter()-t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=2000, help="chat messages to time")
    parser.add_argument("--json", help="write the figures here as JSON")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})

    texts = [CHAT[i % len(CHAT)] + ("" if i < len(CHAT) else f" {i}") for i in range(args.messages)]
    results: dict[str, dict[str, float]] = {}

    load = cold_load_seconds()
    from mindline.risk import classifier, screen
    from mindline.risk.normalize import normalize
    from mindline.risk.patterns import find_hits
    from mindline.risk.train import keyword_ranks

    model = classifier.load_model()
    results["keyword baseline"] = time_each(lambda t: keyword_ranks([t.lower()]), texts)
    results["patterns only"] = time_each(lambda t: find_hits(normalize(t)), texts)
    if model is not None:
        results["linear classifier only"] = time_each(
            lambda t: classifier.predict(model, normalize(t).text), texts
        )
    results["mindline screen (patterns + linear)"] = time_each(screen, texts)

    t0 = time.perf_counter()
    for t in texts:
        screen(t)
    results["mindline screen (patterns + linear)"]["batch_msgs_per_s"] = len(texts) / (
        time.perf_counter() - t0
    )
    try:
        from sentence_transformers import SentenceTransformer  # type: ignore[import-not-found]

        t1 = time.perf_counter()
        enc = SentenceTransformer("all-MiniLM-L6-v2", device="cpu")
        load_enc = time.perf_counter() - t1
        row = time_each(lambda t: enc.encode([t]), texts[:300])
        row["load_s"] = load_enc
        results["sentence encoder (all-MiniLM-L6) features only"] = row
    except Exception as exc:  # optional family: any import or load failure means skip
        print(f"skipping sentence-encoder family: {type(exc).__name__}: {exc}"[:200])

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {"cold_load_s": load, "peak_rss_mb": peak_mb, "families": results}
    for name, row in results.items():
        cells = ", ".join(f"{k}={v:.3f}" for k, v in row.items())
        print(f"{name:48s} {cells}")
    print(f"cold load (import + first screen): {load:.2f} s; peak RSS {peak_mb:.0f} MB")
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(summary, fh, indent=2)


if __name__ == "__main__":
    main()
