"""Reminder e-mail for patients who chose it: a nudge and a link, nothing clinical.

The message names no questionnaire, score or condition (an inbox may be shared or seen by
others): only that something is waiting in Mindline, and where to change reminders.
Best effort: a reminder that cannot be sent is logged and not retried; the in-app notice
stays the record.
"""

from __future__ import annotations

import logging
from email.message import EmailMessage
from email.utils import formatdate

from sqlalchemy import select

from mindline.accounts.models import User
from mindline.alerts.channels.email import transmit
from mindline.alerts.errors import DeliveryError
from mindline.care.models import Patient
from mindline.config import Settings
from mindline.db.session import session_scope

log = logging.getLogger(__name__)
SUBJECT = "A reminder from Mindline"


def build(settings: Settings, to: str) -> EmailMessage:
    base = settings.base_url.rstrip("/")
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = to
    msg["Date"] = formatdate(usegmt=True)
    msg["Subject"] = SUBJECT
    msg.set_content(
        "Something is waiting for you in Mindline when you have a moment:\n"
        f"{base}/home\n\n"
        "You chose to get reminders by e-mail. To change or stop them:\n"
        f"{base}/settings/notifications\n"
    )
    return msg


def send_all(settings: Settings, reminders: list[tuple[int, str]]) -> int:
    """Send one e-mail per patient in `reminders` (patient id, link); returns how many went."""
    patient_ids = sorted({patient_id for patient_id, _ in reminders})
    with session_scope(settings) as session:
        addresses = dict(
            session.execute(
                select(Patient.id, User.email)
                .join(User, User.id == Patient.user_id)
                .where(Patient.id.in_(patient_ids), User.is_active.is_(True))
            ).all()
        )
    sent = 0
    for patient_id in patient_ids:
        to = addresses.get(patient_id)
        if not to:
            continue
        try:
            transmit(settings, build(settings, to))
            sent += 1
        except DeliveryError as exc:
            log.warning("reminder e-mail to patient %s not sent: %s", patient_id, exc)
    return sent
