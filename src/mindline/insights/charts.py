"""Charts as PNG (matplotlib, Agg backend): returned as base64 for HTML or figures for PDF."""

from __future__ import annotations

import base64
import io
from typing import TYPE_CHECKING

import matplotlib

matplotlib.use("Agg")  # no display on servers; set before pyplot is imported

import matplotlib.pyplot as plt

from mindline.insights.cohort import Association
from mindline.insights.oversight import LEVELS, Oversight
from mindline.insights.stats import Rate

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def to_base64(fig: Figure) -> str:
    """Render a figure to a base64 PNG and close it."""
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=96, bbox_inches="tight")
    plt.close(fig)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


def rates_chart(rates: list[Rate], title: str) -> Figure:
    """Horizontal bars with 95% intervals; suppressed rates are drawn as a note."""
    fig, ax = plt.subplots(figsize=(6.5, 0.5 + 0.5 * max(1, len(rates))))
    for i, r in enumerate(rates):
        if r.value is None or r.low is None or r.high is None:
            ax.text(0.01, i, "suppressed (<10) or not enough data", va="center", fontsize=8)
            continue
        ax.barh(i, r.value * 100, color="#4c72b0")
        ax.errorbar(
            r.value * 100,
            i,
            xerr=[[100 * (r.value - r.low)], [100 * (r.high - r.value)]],
            color="black",
            capsize=3,
        )
    ax.set_yticks(range(len(rates)), [r.label for r in rates], fontsize=8)
    ax.set_xlim(0, 100)
    ax.set_xlabel("% (95% Wilson interval)")
    ax.set_title(title, fontsize=10)
    ax.invert_yaxis()
    return fig


def associations_chart(rows: list[Association], title: str) -> Figure:
    """Forest plot of estimates with 95% intervals."""
    shown = [a for a in rows if a.estimate is not None][:20]
    fig, ax = plt.subplots(figsize=(6.5, 0.6 + 0.32 * max(1, len(shown))))
    for i, a in enumerate(shown):
        assert a.estimate is not None and a.low is not None and a.high is not None
        ax.errorbar(
            a.estimate,
            i,
            xerr=[[a.estimate - a.low], [a.high - a.estimate]],
            fmt="o",
            color="#4c72b0",
            capsize=3,
        )
    ax.axvline(0, color="grey", linewidth=0.8)
    ax.set_yticks(range(len(shown)), [a.tag for a in shown], fontsize=8)
    ax.set_xlabel("difference in next-day mood (points, 95% CI)")
    ax.set_title(title, fontsize=10)
    ax.invert_yaxis()
    return fig


def levels_chart(result: Oversight) -> Figure:
    """Share of each screened risk level per month (stacked)."""
    months = sorted(result.levels)
    fig, ax = plt.subplots(figsize=(6.5, 3))
    bottom = [0.0] * len(months)
    for level in LEVELS:
        shares = []
        for m in months:
            total = sum(result.levels[m].values()) or 1
            shares.append(100 * result.levels[m].get(level, 0) / total)
        ax.bar(range(len(months)), shares, bottom=bottom, label=level)
        bottom = [b + s for b, s in zip(bottom, shares, strict=True)]
    ax.set_xticks(range(len(months)), months)
    ax.set_ylabel("% of screened texts")
    ax.set_title(f"Risk levels by month (PSI {result.psi or 0:.3f}: {result.drift})", fontsize=10)
    ax.legend(fontsize=7, ncols=5, loc="upper center", bbox_to_anchor=(0.5, -0.15))
    ax.tick_params(axis="x", labelsize=7)
    return fig
