"""Delivery channels. Payloads that leave the system carry a link and ids, never clinical text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """What a channel may say: ids, severity and a link, nothing about the patient's words."""

    alert_id: int | None
    severity: str
    purpose: str
    level: int
    idempotency_key: str
    link: str
    alert_count: int = 1

    def as_json(self) -> dict[str, object]:
        return {
            "event": "alert.digest" if self.purpose == "digest" else "alert.notify",
            "alert_id": self.alert_id,
            "severity": self.severity,
            "escalation_level": self.level,
            "purpose": self.purpose,
            "alert_count": self.alert_count,
            "link": self.link,
            "idempotency_key": self.idempotency_key,
        }
