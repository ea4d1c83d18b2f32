"""Kinds and levels stored as strings."""

from enum import StrEnum


class EventKind(StrEnum):
    """What a monitoring event is about; the alerts issue turns events into alerts."""

    phq9_item9 = "phq9_item9"
    asq_positive = "asq_positive"
    cssrs_positive = "cssrs_positive"
    reliable_deterioration = "reliable_deterioration"
    baseline_deterioration = "baseline_deterioration"
    disengagement = "disengagement"
    risk_journal = "risk_journal"


class Severity(StrEnum):
    """A hint for the alert rules, least to most urgent."""

    low = "low"
    moderate = "moderate"
    high = "high"
    urgent = "urgent"


class ResponseSource(StrEnum):
    api = "api"
    fhir_import = "fhir_import"
    demo = "demo"
