"""Benchmark the risk screen: per-message latency (p50/p99, one core), batch throughput,
peak memory and model load time, next to a keyword-only baseline and each model family,
with each family's recall and false alarms on the validation split + dev set (the rows the
thresholds were calibrated on; the held-out regression set is `mindline risk evaluate`'s).

Families: keyword baseline; patterns + hashed linear (the cheap layers); patterns +
embedding head (the sentence encoder on every message); the cascade (cheap layers on every
message, the encoder only where they are unsure), which is what `screen()` ships.

    .venv/bin/python bench/risk_bench.py [--messages 2000] [--batch-lines 20000] [--json out.json]

Pins itself to one core and one BLAS thread. Targets: p50 <= 3 ms, p99 <= 15 ms,
>= 500 msgs/s, peak RSS <= 700 MB, cold load <= 5 s. The bench's own peak RSS includes the
validation rows and every family; "serving process" is a fresh process that imports the
screen, loads the encoder (all-MiniLM-L6-v2 in ONNX Runtime, or in numpy where onnxruntime is
missing or MINDLINE_RISK_ENCODER_RUNTIME=numpy; the run prints which) and screens chat
messages, as a web worker does.

Batch throughput is given three ways, each labelled: `screen_many` in this process on one
core (batch_msgs_per_s, encoder already loaded); and the batch command's own code
(`mindline risk screen --input`, cli.screen_stream: JSONL in and out) in a fresh process,
start-up and encoder load included, on one core with --jobs 1 and on every usable core
with --jobs N (N worker processes), with the CPU seconds it used (workers included): on a
busy machine the wall-clock figures are slower, the CPU seconds less so. Each process (each
worker) starts in about 2-3 s: imports and the encoder's load (a one-line input times
these), then, over the first chunk, Python compiling the few hundred rules the messages
reach (patterns.py compiles a rule when a message first needs it). The default 20,000
lines keep that start-up to about a tenth of the run. The peak RSS given for --jobs N is
the largest worker's. The load average before and after is printed. The prefilter's cache
(literals.py, ~/.cache/mindline) is shared by every checkout on the machine: another
checkout with other patterns replaces it, and the next start-up pays about a second to
rebuild it (MINDLINE_CACHE_DIR keeps one apart).
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


def cold_load_seconds(text: str = "hello") -> float:
    code = (
        "import time; t=time.perf_counter(); from mindline.risk import screen; "
        f"screen({text!r}); print(time.perf_counter()-t)"
    )
    env = dict(os.environ, MINDLINE_RISK_ENCODER_THREADS="1")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return float(out.stdout.strip().splitlines()[-1])


def serving_process(messages: int = 240) -> dict[str, float]:
    """A fresh process as a web worker sees it: import the screen, load the encoder, screen
    an unsure message, then chat messages; seconds for each step and its peak RSS."""
    code = f"""
import json, resource, time
t0 = time.perf_counter()
from mindline.risk import embedding, screen
t1 = time.perf_counter()
if embedding.available():
    embedding.screen_encoder()
t2 = time.perf_counter()
screen("honestly i don't see the point of anything anymore")
t3 = time.perf_counter()
chat = {CHAT!r}
for i in range({messages}):
    screen(chat[i % len(chat)] + " " + str(i))
print(json.dumps({{
    "import_s": t1 - t0, "encoder_load_s": t2 - t1, "first_screen_s": t3 - t2,
    "cold_start_s": t3 - t0,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}}))
"""
    env = dict(os.environ, MINDLINE_RISK_ENCODER_THREADS="1")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def batch_command(lines: int, jobs: int, cores: set[int]) -> dict[str, float]:
    """msgs/s of cli.screen_stream on `lines` chat messages of JSONL in a fresh process
    restricted to `cores` with `jobs` workers, timed from before the import to the last line
    written (start-up, encoder and worker loads included), plus that process's peak RSS
    and the largest worker's."""
    code = f"""
import io, json, os, resource, time
os.sched_setaffinity(0, {sorted(cores)!r})
chat = {CHAT!r}
data = b"".join(
    json.dumps({{"id": i, "text": chat[i % len(chat)] + " " + str(i)}}).encode() + b"\\n"
    for i in range({lines})
)
def cpu():
    use = [resource.getrusage(w) for w in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return sum(u.ru_utime + u.ru_stime for u in use)
t0, c0 = time.perf_counter(), cpu()
from mindline.risk.cli import screen_stream
out = io.StringIO()
count, errors = screen_stream(io.BytesIO(data), out, jobs={jobs})
wall, cpu_s = time.perf_counter() - t0, cpu() - c0
assert (count, errors) == ({lines}, 0), (count, errors)
print(json.dumps({{"msgs_per_s": count / wall, "wall_s": wall, "cpu_s": cpu_s,
    "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "worker_peak_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}}))
"""
    env = dict(os.environ, MINDLINE_RISK_ENCODER_THREADS="1")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    row = json.loads(out.stdout.strip().splitlines()[-1])
    return {"jobs": float(jobs), "cores": float(len(cores)), "lines": float(lines), **row}


def validation_families() -> tuple[dict[str, dict[str, float]], float]:
    """Recall/false alarms of each family on validation + dev (no context rows)."""
    import numpy as np

    from mindline.risk import classifier, datasets, embedding
    from mindline.risk.calibrate import levels_from_probs
    from mindline.risk.normalize import normalize
    from mindline.risk.screen import screen_many
    from mindline.risk.train import combined_ranks, keyword_ranks, metrics
    from mindline.risk.train_embed import cheap_signals

    _, val = datasets.split_authored(datasets.read_jsonl(datasets.authored_path()), 13)
    rows = [e for e in val + datasets.read_jsonl(datasets.dev_path()) if not e.context]
    texts = [normalize(e.text).text for e in rows]
    gold = np.array([e.rank for e in rows])
    out: dict[str, dict[str, float]] = {"keyword baseline": metrics(gold, keyword_ranks(texts))}
    items = [(e.text, e.locale, None) for e in rows]
    os.environ["MINDLINE_RISK_NO_ENCODER"] = "1"
    embedding.load_head.cache_clear()
    lin = np.array([r.level.rank for r in screen_many(items)])
    out["patterns + hashed linear (current)"] = metrics(gold, lin)
    del os.environ["MINDLINE_RISK_NO_ENCODER"]
    embedding.load_head.cache_clear()
    head = embedding.load_head()
    share = float("nan")
    if head is not None:
        sig = cheap_signals(rows)
        p_emb, _ = head.probs(embedding.embed(texts))
        alone = levels_from_probs(p_emb, head.alone)
        out["patterns + embedding head"] = metrics(
            gold, combined_ranks(sig["pattern"], sig["others"], alone)
        )
        casc = np.array([r.level.rank for r in screen_many(items)])
        out["cascade (shipped)"] = metrics(gold, casc)
        model = classifier.load_model()
        assert model is not None
        p_lin = model.level_probs(
            classifier.weight_features(classifier.raw_features(texts), model.idf)
        )
        from mindline.risk.train_embed import run_mask

        share = float(run_mask(sig, p_lin, head.gate).mean())
    return out, share


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--messages", type=int, default=2000, help="chat messages to time")
    parser.add_argument(
        "--batch-lines", type=int, default=20000, help="JSONL lines for the batch command"
    )
    parser.add_argument("--json", help="write the figures here as JSON")
    args = parser.parse_args()
    load_before = os.getloadavg()
    all_cores = set(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else set()
    one_core = {min(all_cores)} if all_cores else set()
    if one_core:
        os.sched_setaffinity(0, one_core)
    os.environ["MINDLINE_RISK_ENCODER_THREADS"] = "1"

    texts = [CHAT[i % len(CHAT)] + ("" if i < len(CHAT) else f" {i}") for i in range(args.messages)]
    results: dict[str, dict[str, float]] = {}

    command: dict[str, dict[str, float]] = {}
    start_up = float("nan")
    if all_cores:
        start_up = batch_command(1, 1, one_core)["wall_s"]
        command["one core, --jobs 1"] = batch_command(args.batch_lines, 1, one_core)
        jobs = len(all_cores)
        command[f"{jobs} cores, --jobs {jobs}"] = batch_command(args.batch_lines, jobs, all_cores)
    load = cold_load_seconds()
    load_uncertain = cold_load_seconds("honestly i don't see the point of anything anymore")
    serving = serving_process()
    from mindline.risk import classifier, embedding, screen
    from mindline.risk.normalize import normalize
    from mindline.risk.patterns import find_hits
    from mindline.risk.screen import _pattern_pass, screen_many
    from mindline.risk.train import keyword_ranks

    accuracy, share = validation_families()
    model = classifier.load_model()
    head = embedding.load_head()
    results["keyword baseline"] = time_each(lambda t: keyword_ranks([t.lower()]), texts)
    results["patterns only"] = time_each(lambda t: find_hits(normalize(t)), texts)
    # The same hits with every rule run (literals.py's prefilter off): what the filter saves.
    results["patterns only, no prefilter"] = time_each(
        lambda t: find_hits(normalize(t), prefilter=False), texts
    )

    os.environ["MINDLINE_RISK_NO_ENCODER"] = "1"
    embedding.load_head.cache_clear()
    name = "patterns + hashed linear (current)"
    results[name] = time_each(screen, texts)
    t0 = time.perf_counter()
    screen_many([(t, "en", None) for t in texts])
    results[name]["batch_msgs_per_s"] = len(texts) / (time.perf_counter() - t0)
    del os.environ["MINDLINE_RISK_NO_ENCODER"]
    embedding.load_head.cache_clear()

    runtime = "absent"
    if head is not None and model is not None:
        embedding.reset()  # time the (fine-tuned) encoder's load, not a cached one
        t1 = time.perf_counter()
        runtime = embedding.screen_encoder().runtime
        enc_load = time.perf_counter() - t1

        def emb_every(t: str) -> None:
            _, _, _, _, norm = _pattern_pass(t)
            embedding._cache.clear()
            head.probs(embedding.embed([norm]))

        results["patterns + embedding head"] = time_each(emb_every, texts[:400])
        results["patterns + embedding head"]["encoder_load_s"] = enc_load

        def cascade(t: str) -> None:
            embedding._cache.clear()
            screen(t)

        name = "cascade (shipped)"
        results[name] = time_each(cascade, texts)
        embedding._cache.clear()
        t0 = time.perf_counter()
        for i in range(0, len(texts), 256):
            screen_many([(t, "en", None) for t in texts[i : i + 256]])
        results[name]["batch_msgs_per_s"] = len(texts) / (time.perf_counter() - t0)
        results[name]["encoder_share_validation"] = share
        results[name]["cold_load_first_uncertain_s"] = load_uncertain
    else:
        print("skipping embedding families: encoder or head not installed")

    for fam, row in accuracy.items():
        results.setdefault(fam, {}).update(
            {f"val_{k}": v for k, v in row.items() if k != "exact_level_accuracy"}
        )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    load_after = os.getloadavg()
    summary = {
        "cold_load_s": load,
        "peak_rss_mb": peak_mb,
        "serving_process": serving,
        "families": results,
        "batch_command": command,
        "batch_command_start_up_s": start_up,
        "load_average_before_after": [load_before[0], load_after[0]],
        "usable_cores": len(all_cores),
        "encoder_runtime": runtime,
    }
    for name, row in results.items():
        cells = ", ".join(f"{k}={v:.3f}" for k, v in row.items())
        print(f"{name:40s} {cells}")
    if command:
        print(f"batch command, one line (imports and loads), --jobs 1: {start_up:.2f} s")
    for name, row in command.items():
        print(
            f"batch command (screen_stream, {int(row['lines'])} lines, start-up included), "
            f"{name}: {row['msgs_per_s']:.0f} msgs/s ({row['wall_s']:.1f} s, "
            f"{row['cpu_s']:.1f} CPU s with its workers; peak RSS "
            f"{max(row['peak_rss_mb'], row['worker_peak_rss_mb']):.0f} MB)"
        )
    print(f"encoder runtime: {runtime}")
    print(f"cold load (import + first screen): {load:.2f} s; peak RSS {peak_mb:.0f} MB")
    print(
        "serving process: import {import_s:.2f} s + encoder load {encoder_load_s:.2f} s + "
        "first unsure screen {first_screen_s:.2f} s = {cold_start_s:.2f} s; peak RSS "
        "{peak_rss_mb:.0f} MB after 240 chat messages".format(**serving)
    )
    print(
        f"load average (1 min) before {load_before[0]:.2f}, after {load_after[0]:.2f} "
        f"on {len(all_cores)} usable cores"
    )
    if args.json:
        with open(args.json, "w") as fh:
            json.dump(summary, fh, indent=2)


if __name__ == "__main__":
    main()
