"""Evaluate the screen: per-level recall and precision, confusion matrix, false alarms,
public-split balanced accuracy next to published baselines, calibration and PR plots."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from tqdm import tqdm

from mindline.risk import datasets
from mindline.risk.screen import screen_many
from mindline.risk.types import LEVELS

# Mental-LLM (Xu et al. 2024), MentalRoBERTa, balanced accuracy.
BASELINES = {"dreaddit": 0.831, "depseverity": 0.790, "sdcnl": 0.723, "cssrs": 0.853}
# Which screen level counts as "positive" for each binary public task, fixed a priori
# (never tuned on the test files): stress and depression show as distress (low+),
# suicide risk as moderate+.
POSITIVE_FROM = {"dreaddit": 1, "depseverity": 1, "sdcnl": 2, "cssrs": 2}
NAMES = [lv.value for lv in LEVELS]


def confusion(gold: np.ndarray, pred: np.ndarray) -> np.ndarray:
    """5x5 counts, rows gold, columns predicted."""
    m = np.zeros((5, 5), dtype=int)
    for g, p in zip(gold, pred, strict=True):
        m[g, p] += 1
    return m


def level_report(
    gold: np.ndarray, pred: np.ndarray, benign_mask: np.ndarray | None = None
) -> dict[str, Any]:
    """Per-level recall/precision and the recall and false-alarm targets."""
    out: dict[str, Any] = {"n": len(gold), "per_level": {}}
    for k, name in enumerate(NAMES):
        g, p = gold == k, pred == k
        out["per_level"][name] = {
            "support": int(g.sum()),
            "recall": float((p & g).sum() / g.sum()) if g.any() else None,
            "precision": float((p & g).sum() / p.sum()) if p.any() else None,
        }
    hp, mp = gold >= 3, gold >= 2
    out["recall_high_plus"] = float((pred[hp] >= 3).mean()) if hp.any() else None
    out["recall_moderate_plus"] = float((pred[mp] >= 2).mean()) if mp.any() else None
    imm = gold == 4
    out["imminent_missed"] = int((pred[imm] < 3).sum())
    benign = gold <= 1 if benign_mask is None else benign_mask
    out["false_alarm_moderate_plus"] = float((pred[benign] >= 2).mean()) if benign.any() else None
    out["false_alarm_high_plus"] = float((pred[benign] >= 3).mean()) if benign.any() else None
    out["confusion"] = confusion(gold, pred).tolist()
    return out


def screen_examples(
    examples: list[datasets.Example], progress: bool = True
) -> tuple[np.ndarray, np.ndarray, list[Any]]:
    """Gold ranks, predicted ranks and assessments for authored-schema examples."""
    results = []
    for i in tqdm(range(0, len(examples), 256), desc="screen", disable=not progress, leave=False):
        batch = examples[i : i + 256]
        results.extend(screen_many([(e.text, e.locale, list(e.context) or None) for e in batch]))
    gold = np.array([e.rank for e in examples])
    pred = np.array([r.level.rank for r in results])
    return gold, pred, results


def labelled_report(examples: list[datasets.Example], progress: bool = True) -> dict[str, Any]:
    """Report for a set in the authored schema (regression set, validation split)."""
    gold, pred, results = screen_examples(examples, progress)
    report = level_report(gold, pred)
    hard = np.array(["hard_negative" in e.tags for e in examples])
    report["hard_negatives"] = int(hard.sum())
    report["false_alarm_hard_negative_moderate_plus"] = (
        float((pred[hard] >= 2).mean()) if hard.any() else None
    )
    report["false_alarm_hard_negative_high_plus"] = (
        float((pred[hard] >= 3).mean()) if hard.any() else None
    )
    flagged = 0
    expected_flags = 0
    for e, r in zip(examples, results, strict=True):
        for f in e.flags:
            expected_flags += 1
            flagged += int(f in r.flags)
    report["expected_flags_found"] = f"{flagged}/{expected_flags}"
    report["_scores"] = [r.score for r in results]
    report["_gold"] = gold.tolist()
    return report


def balanced_accuracy(gold: np.ndarray, pred: np.ndarray) -> float:
    """Mean of the recall of each class (binary)."""
    recalls = [float((pred[gold == c] == c).mean()) for c in (0, 1) if (gold == c).any()]
    return float(np.mean(recalls)) if recalls else float("nan")


def public_report(name: str, progress: bool = True, limit: int | None = None) -> dict[str, Any]:
    """Zero-shot screen on a public test split, binarised with the a-priori mapping."""
    rows = datasets.public_binary(name, "test")
    if limit:
        rows = rows[:limit]
    results = []
    for i in tqdm(range(0, len(rows), 256), desc=name, disable=not progress, leave=False):
        results.extend(screen_many([(text, "en", None) for text, _ in rows[i : i + 256]]))
    gold = np.array([y for _, y in rows])
    ranks = np.array([r.level.rank for r in results])
    pred = (ranks >= POSITIVE_FROM[name]).astype(int)
    pos = gold == 1
    return {
        "n": len(rows),
        "balanced_accuracy": balanced_accuracy(gold, pred),
        "baseline_mentalroberta": BASELINES[name],
        "positive_from_level": NAMES[POSITIVE_FROM[name]],
        "recall_positive_at_moderate_plus": float((ranks[pos] >= 2).mean()) if pos.any() else None,
        "false_alarm_negative_at_moderate_plus": float((ranks[~pos] >= 2).mean())
        if (~pos).any()
        else None,
        "level_counts_positive": np.bincount(ranks[pos], minlength=5).tolist(),
        "level_counts_negative": np.bincount(ranks[~pos], minlength=5).tolist(),
        "_scores": [r.score for r in results],
        "_gold": gold.tolist(),
    }


# GoEmotions test comments with none of these labels are everyday text (joy, anger,
# annoyance, neutral ...). The shipped model trains on the train split only, so the test split
# is a large, real-world false-alarm check beside the authored hard negatives, which are
# written to be hard. It measures false alarms only: nothing in it is labelled risk.
DISTRESS_EMOTIONS = frozenset(
    {"sadness", "grief", "fear", "nervousness", "remorse", "disappointment"}
)


def everyday_rows() -> list[str]:
    """GoEmotions test comments with at least one label and no distress emotion."""
    return [
        t
        for t, labels in datasets.goemotions("test")
        if labels and not DISTRESS_EMOTIONS.intersection(labels)
    ]


def everyday_report(progress: bool = True, limit: int | None = None) -> dict[str, Any]:
    """False alarms on everyday GoEmotions test comments (no distress emotion labelled)."""
    rows = everyday_rows()
    if limit:
        rows = rows[:limit]
    results = []
    for i in tqdm(range(0, len(rows), 256), desc="everyday", disable=not progress, leave=False):
        results.extend(screen_many([(text, "en", None) for text in rows[i : i + 256]]))
    ranks = np.array([r.level.rank for r in results], dtype=int)
    return {
        "n": len(rows),
        "false_alarm_moderate_plus": float((ranks >= 2).mean()) if len(ranks) else None,
        "false_alarm_high_plus": float((ranks >= 3).mean()) if len(ranks) else None,
        "level_counts": np.bincount(ranks, minlength=5).tolist(),
    }


def in_domain_reference(name: str) -> float | None:
    """A throw-away TF-IDF logistic model trained on the set's own train split (research
    use only, never shipped): how far a model that has seen the domain gets."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    train = datasets.public_binary(name, "train")
    test = datasets.public_binary(name, "test")
    vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=50000)
    x = vec.fit_transform([t for t, _ in train])
    model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
    model.fit(x, [y for _, y in train])
    pred = model.predict(vec.transform([t for t, _ in test]))
    return balanced_accuracy(np.array([y for _, y in test]), np.asarray(pred))


def plot_calibration(scores: list[float], gold: list[int], path: Path, title: str) -> None:
    """Reliability of the score as P(moderate or above)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    s, y = np.array(scores), (np.array(gold) >= 2).astype(float)
    bins = np.linspace(0, 1, 11)
    idx = np.clip(np.digitize(s, bins) - 1, 0, 9)
    xs, ys, ns = [], [], []
    for b in range(10):
        m = idx == b
        if m.any():
            xs.append(float(s[m].mean()))
            ys.append(float(y[m].mean()))
            ns.append(int(m.sum()))
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="ideal")
    ax.plot(xs, ys, "o-", label="screen score")
    for x, yv, n in zip(xs, ys, ns, strict=True):
        ax.annotate(str(n), (x, yv), fontsize=7, textcoords="offset points", xytext=(3, 3))
    ax.axvline(0.4, color="orange", lw=0.8, label="moderate band starts")
    ax.set_xlabel("score")
    ax.set_ylabel("fraction moderate or above")
    ax.set_title(title)
    ax.legend(loc="upper left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def plot_pr(curves: dict[str, tuple[list[float], list[int], int]], path: Path) -> None:
    """Precision-recall curves of the score, one per data set (positive = level >= k)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import precision_recall_curve

    fig, ax = plt.subplots(figsize=(6, 5))
    for label, (scores, gold, from_level) in curves.items():
        y = (np.array(gold) >= from_level).astype(int)
        if y.min() == y.max():
            continue
        p, r, _ = precision_recall_curve(y, np.array(scores))
        ax.plot(r, p, label=label)
    ax.set_xlabel("recall")
    ax.set_ylabel("precision")
    ax.set_title("precision-recall of the screen score")
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def format_report(name: str, report: dict[str, Any]) -> str:
    """Human-readable block for one data set."""
    lines = [f"== {name} (n={report['n']})"]
    if "per_level" in report:
        lines.append("level      support  recall  precision")
        for lv, row in report["per_level"].items():
            rec = "-" if row["recall"] is None else f"{row['recall']:.3f}"
            pre = "-" if row["precision"] is None else f"{row['precision']:.3f}"
            lines.append(f"{lv:10s} {row['support']:7d}  {rec:>6s}  {pre:>9s}")
        lines.append("confusion (rows gold, cols predicted: " + " ".join(NAMES) + ")")
        for lv, row in zip(NAMES, report["confusion"], strict=True):
            lines.append(f"  {lv:9s} " + " ".join(f"{v:5d}" for v in row))
        for key in (
            "recall_high_plus",
            "recall_moderate_plus",
            "imminent_missed",
            "false_alarm_moderate_plus",
            "false_alarm_high_plus",
            "hard_negatives",
            "false_alarm_hard_negative_moderate_plus",
            "false_alarm_hard_negative_high_plus",
            "expected_flags_found",
        ):
            if key in report:
                lines.append(f"{key}: {_fmt(report[key])}")
    else:
        for key, value in report.items():
            if not key.startswith("_"):
                lines.append(f"{key}: {_fmt(value)}")
    return "\n".join(lines)


def _fmt(value: Any) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


# The sets in the authored schema: gold levels, hard negatives, calibration plots.
LABELLED = ("validation", "dev", "calibration", "regression", "regression_v2", "regression_v3")


def run(
    dataset: str | None,
    out_dir: Path,
    *,
    seed: int = 13,
    limit: int | None = None,
    reference: bool = True,
    progress: bool = True,
    echo: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Evaluate on one data set or all; write plots to out_dir; return the reports."""
    out_dir.mkdir(parents=True, exist_ok=True)
    names = [dataset] if dataset else [*LABELLED, "everyday", *datasets.PUBLIC_SETS]
    reports: dict[str, Any] = {}
    curves: dict[str, tuple[list[float], list[int], int]] = {}
    for name in names:
        try:
            if name == "validation":
                _, val = datasets.split_authored(
                    datasets.read_jsonl(datasets.authored_path()), seed
                )
                report = labelled_report(val, progress)
            elif name == "regression":
                report = labelled_report(datasets.read_jsonl(datasets.regression_path()), progress)
            elif name in ("regression_v2", "regression_v3"):
                path = datasets.regression_path(f"{name}.jsonl")
                report = labelled_report(datasets.read_jsonl(path), progress)
            elif name == "dev":
                report = labelled_report(datasets.read_jsonl(datasets.dev_path()), progress)
            elif name == "calibration":
                path = datasets.calibration_path()
                report = labelled_report(datasets.read_jsonl(path), progress)
            elif name == "everyday":
                report = everyday_report(progress, limit)
            else:
                report = public_report(name, progress, limit)
                if reference:
                    report["in_domain_tfidf_reference"] = in_domain_reference(name)
        except datasets.DatasetMissing as exc:
            echo(f"== {name}: skipped ({exc})")
            continue
        reports[name] = report
        echo(format_report(name, report))
        if name == "everyday":
            continue  # no risk labels: no curves
        curves[name] = (report["_scores"], report["_gold"], 1 if name in POSITIVE_FROM else 2)
        if name in LABELLED:
            plot_calibration(
                report["_scores"], report["_gold"], out_dir / f"calibration_{name}.png", name
            )
    if curves:
        plot_pr(curves, out_dir / "precision_recall.png")
        echo(f"plots written to {out_dir}")
    return reports
