"""Typed scores returned by `mindline.measures.score`."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

YesNo = Literal["yes", "no", "declined", "unknown", "not_asked"]


class Score(BaseModel):
    """Derived result of one completed instrument; recomputable from the raw answers."""

    model_config = ConfigDict(frozen=True)

    instrument: str
    total: int | None
    severity: str
    flags: list[str]
    algorithm_version: str
    missing_items: list[str] = []


class Phq9Score(Score):
    item9: Literal["negative", "positive", "unknown"]
    caseness: bool | None
    caseness_rule: str = "nhs_tt_10"
    ng222_category: Literal["less_severe", "more_severe"] | None
    imputed_items: list[str] = []
    total_unrounded: float | None = None


class ScreenScore(Score):
    """PHQ-2 and GAD-2: a positive screen means give the full instrument next."""

    follow_up: str | None


class Gad7Score(Score):
    caseness: bool
    caseness_rule: str


class Who5Score(Score):
    percentage: int
    low_items: list[str]


class AsqScore(Score):
    answers: dict[str, YesNo]


class Pcl5Score(Score):
    band_scheme: str
    clusters: dict[str, int]
    provisional_diagnosis: bool


class AuditcScore(Score):
    variant: str
    sex: str | None
    rule_set: str
    cutoff: int


class K10Score(Score):
    band_scheme: str


class CssrsScore(Score):
    colour: Literal["green", "yellow", "orange", "red"]
    answers: dict[str, YesNo]
