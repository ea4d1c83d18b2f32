"""Periods, small-cell suppression and the interval estimates every report uses."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from math import log, sqrt

from mindline.core.errors import InvalidInput

MIN_CELL = 10  # no cell describing fewer than 10 people is shown
SUPPRESSED = "<10"
PERIOD_RE = re.compile(r"^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$")


@dataclass(frozen=True)
class Period:
    """Whole months, first day of `start` to last day of `end` (inclusive)."""

    start: date
    end: date

    @property
    def label(self) -> str:
        return f"{self.start:%Y-%m}..{self.end:%Y-%m}"

    @property
    def start_at(self) -> datetime:
        return datetime.combine(self.start, time(0), tzinfo=UTC)

    @property
    def end_at(self) -> datetime:
        return datetime.combine(self.end + timedelta(days=1), time(0), tzinfo=UTC)

    def months(self) -> list[str]:
        out, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return out


def _month_end(year: int, month: int) -> date:
    first_next = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return first_next - timedelta(days=1)


def parse_period(text: str | None, *, today: date) -> Period:
    """'2026-01..2026-06' (whole months), or the last six months including this one."""
    if not text:
        year, month = today.year, today.month - 5
        if month < 1:
            year, month = year - 1, month + 12
        return Period(date(year, month, 1), _month_end(today.year, today.month))
    match = PERIOD_RE.match(text.strip())
    if not match:
        raise InvalidInput(
            f"period {text!r} is not YYYY-MM..YYYY-MM", fields={"period": "e.g. 2026-01..2026-06"}
        )
    y1, m1, y2, m2 = (int(g) for g in match.groups())
    if not (1 <= m1 <= 12 and 1 <= m2 <= 12):
        raise InvalidInput(f"period {text!r} has a month outside 01-12", fields={"period": text})
    period = Period(date(y1, m1, 1), _month_end(y2, m2))
    if period.start > period.end:
        raise InvalidInput(
            f"period {text!r} ends before it starts", fields={"period": "start month first"}
        )
    if period.start > today or (y2, m2) > (today.year, today.month):
        raise InvalidInput(
            f"period {text!r} reaches into the future (today is {today})",
            fields={"period": f"end at {today:%Y-%m} or earlier"},
        )
    return period


def shown(count: int) -> int | str:
    """A count of people, or the suppression marker when it is under MIN_CELL."""
    return count if count >= MIN_CELL else SUPPRESSED


@dataclass(frozen=True)
class Rate:
    """k of n with a Wilson 95% interval; suppressed when either side is a small cell."""

    label: str
    k: int
    n: int
    value: float | None
    low: float | None
    high: float | None

    @property
    def suppressed(self) -> bool:
        return self.value is None

    def cells(self) -> tuple[int | str, int | str]:
        return shown(self.k), shown(self.n)


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float, float]:
    """Proportion with its Wilson score interval (good at small n and near 0 or 1)."""
    if n <= 0:
        raise InvalidInput("a proportion needs n > 0", fields={"n": "> 0"})
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return p, max(0.0, centre - half), min(1.0, centre + half)


def rate(label: str, k: int, n: int, *, min_cell: int = MIN_CELL) -> Rate:
    """A rate, suppressed if the numerator or denominator describes fewer than min_cell."""
    if n < min_cell or k < min_cell:
        return Rate(label, k, n, None, None, None)
    p, lo, hi = wilson(k, n)
    return Rate(label, k, n, p, lo, hi)


@dataclass(frozen=True)
class Mean:
    label: str
    n: int
    value: float | None
    low: float | None
    high: float | None


def mean_ci(label: str, values: Sequence[float], *, min_cell: int = MIN_CELL) -> Mean:
    """Mean with a t-based 95% interval; suppressed under min_cell values."""
    n = len(values)
    if n < min_cell:
        return Mean(label, n, None, None, None)
    # Imported here: scipy.stats takes about a second to import, and every web and worker
    # process imports this module at start while only these report intervals need it.
    from scipy import stats

    m = sum(values) / n
    sd = sqrt(sum((v - m) ** 2 for v in values) / (n - 1))
    half = float(stats.t.ppf(0.975, n - 1)) * sd / sqrt(n)
    return Mean(label, n, m, m - half, m + half)


def psi(reference: Mapping[str, int], current: Mapping[str, int]) -> float | None:
    """Population stability index of a categorical distribution (0.5 added to empty bins)."""
    keys = sorted(set(reference) | set(current))
    ref_total, cur_total = sum(reference.values()), sum(current.values())
    if not keys or ref_total == 0 or cur_total == 0:
        return None
    total = 0.0
    for key in keys:
        e = (reference.get(key, 0) + 0.5) / (ref_total + 0.5 * len(keys))
        a = (current.get(key, 0) + 0.5) / (cur_total + 0.5 * len(keys))
        total += (a - e) * log(a / e)
    return total


def psi_words(value: float | None) -> str:
    """The usual reading of a PSI value."""
    if value is None:
        return "not enough data"
    if value < 0.1:
        return "stable"
    return "moderate shift" if value < 0.25 else "major shift: review the model"


def percentile(values: Sequence[float], q: float) -> float | None:
    """The q-th percentile (0-100) by linear interpolation, or None when empty."""
    if not values:
        return None
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)
