"""In-app inbox: an inbox row written in the same transaction that marks the delivery sent."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.alerts.errors import DeliveryError
from mindline.alerts.models import AlertDelivery, InboxItem


def deliver(session: Session, delivery: AlertDelivery) -> None:
    """Put the alert in the clinician's inbox (once: the row is unique per delivery)."""
    if delivery.recipient_user_id is None:
        raise DeliveryError("in-app delivery without a user", permanent=True)
    exists = session.scalar(select(InboxItem.id).where(InboxItem.delivery_id == delivery.id))
    if exists is None:
        session.add(
            InboxItem(
                user_id=delivery.recipient_user_id,
                alert_id=delivery.alert_id,
                delivery_id=delivery.id,
            )
        )
