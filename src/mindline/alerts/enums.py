from enum import StrEnum


class AlertKind(StrEnum):
    risk_message = "risk_message"
    risk_journal = "risk_journal"
    phq9_item9 = "phq9_item9"
    asq_positive = "asq_positive"
    cssrs_positive = "cssrs_positive"
    reliable_deterioration = "reliable_deterioration"
    baseline_deterioration = "baseline_deterioration"
    disengagement = "disengagement"
    usage_pattern = "usage_pattern"
    manual = "manual"


class Severity(StrEnum):
    urgent = "urgent"  # imminent risk, acute ASQ
    high = "high"  # high risk, PHQ-9 item 9 > 0, non-acute ASQ
    routine = "routine"  # moderate risk, deterioration, disengagement, usage


SEVERITY_RANK = {Severity.routine: 0, Severity.high: 1, Severity.urgent: 2}


class AlertStatus(StrEnum):
    open = "open"
    acknowledged = "acknowledged"
    resolved = "resolved"


class Outcome(StrEnum):
    true_positive = "true_positive"
    false_positive = "false_positive"
    not_clinically_relevant = "not_clinically_relevant"


class EventAction(StrEnum):
    raised = "raised"
    duplicate = "duplicate"
    severity_raised = "severity_raised"
    escalated = "escalated"
    delivery_failed = "delivery_failed"
    acknowledged = "acknowledged"
    resolved = "resolved"


class Channel(StrEnum):
    inapp = "inapp"
    email = "email"
    webhook = "webhook"


class DeliveryStatus(StrEnum):
    pending = "pending"
    sent = "sent"
    failed = "failed"  # permanent failure or attempts exhausted; the alert escalated
    skipped = "skipped"  # the channel is not configured (e.g. no SMTP host)


class RouteScope(StrEnum):
    on_call = "on_call"  # the service's last escalation step
    copy = "copy"  # receives every matching alert at once, besides the clinicians


# Escalation levels: who is told at each step.
LEVEL_PRIMARY = 0
LEVEL_BACKUP = 1
LEVEL_ON_CALL = 2
