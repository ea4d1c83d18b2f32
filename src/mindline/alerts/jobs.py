"""Worker steps: deliver from the outbox, escalate unacknowledged alerts, send digests."""

from __future__ import annotations

import logging

from sqlalchemy.exc import IntegrityError

from mindline.alerts import delivery, digest, queue, service
from mindline.config import Settings
from mindline.db.session import session_scope
from mindline.worker import job

log = logging.getLogger(__name__)
QUEUE_BATCH = 50
SWEEP_BATCH = 20


@job("alerts.deliver", lane="alerts")
def deliver(settings: Settings) -> bool:
    """Send what the queue announced, then sweep the outbox for anything it missed."""
    hinted = queue.take(settings, QUEUE_BATCH)
    delivery.process_many(settings, hinted)
    more = delivery.run_due(settings, batch=SWEEP_BATCH)
    return bool(hinted) or more


@job("alerts.escalate", lane="alerts")
def escalate(settings: Settings) -> bool:
    """Move unacknowledged urgent and high alerts to the next step when their time is up."""
    with session_scope(settings) as session:
        due = service.due_for_escalation(session, settings)
    for alert_id, level in due:
        with session_scope(settings) as session:
            service.escalate(session, settings, alert_id, from_level=level, reason="no_ack")
    return False


@job("alerts.digest")
def send_digests(settings: Settings) -> bool:
    """Write today's routine digests once the digest hour has passed."""
    try:
        with session_scope(settings) as session:
            made = digest.create_digests(session, settings)
    except IntegrityError:
        return False  # another worker wrote the same digest first
    if made:
        log.info("wrote %s alert digests", made)
    return False
