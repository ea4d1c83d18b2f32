"""E-mail through SMTP (STARTTLS and AUTH when configured), stdlib smtplib."""

from __future__ import annotations

import hashlib
import smtplib
import ssl
from email.message import EmailMessage
from email.utils import formatdate

from mindline.alerts.channels import Notice
from mindline.alerts.errors import DeliveryError
from mindline.config import Settings


def build(settings: Settings, to: str, notice: Notice) -> EmailMessage:
    """The message: severity, alert id and a link; no clinical text (minimum necessary)."""
    msg = EmailMessage()
    msg["From"] = settings.smtp_from
    msg["To"] = to
    msg["Date"] = formatdate(usegmt=True)
    # A stable Message-ID per idempotency key lets mail systems drop a resent copy.
    digest = hashlib.sha256(notice.idempotency_key.encode()).hexdigest()[:32]
    msg["Message-ID"] = f"<{digest}@mindline.invalid>"
    msg["X-Mindline-Idempotency-Key"] = notice.idempotency_key
    if notice.purpose == "digest":
        msg["Subject"] = f"[Mindline] {notice.alert_count} routine alert(s) to review"
        body = (
            f"You have {notice.alert_count} routine alert(s) waiting in Mindline.\n\n"
            f"Open your alert inbox: {notice.link}\n"
        )
    else:
        msg["Subject"] = f"[Mindline] {notice.severity} alert {notice.alert_id}"
        body = (
            f"Alert {notice.alert_id} ({notice.severity}) needs a clinician's attention.\n\n"
            f"Open it in Mindline: {notice.link}\n\n"
            "Details are only in Mindline. Acknowledge the alert there to stop escalation.\n"
        )
    msg.set_content(body)
    return msg


def send(settings: Settings, to: str, notice: Notice) -> None:
    """Send one alert message; raise DeliveryError (permanent for 5xx answers, bad logins)."""
    transmit(settings, build(settings, to, notice))


def transmit(settings: Settings, msg: EmailMessage) -> None:
    """Send a built message through the configured SMTP server; raise DeliveryError."""
    if not settings.smtp_host:
        raise DeliveryError("SMTP is not configured (MINDLINE_SMTP_HOST)", permanent=True)
    try:
        with smtplib.SMTP(
            settings.smtp_host, settings.smtp_port, timeout=settings.smtp_timeout_seconds
        ) as smtp:
            smtp.ehlo()
            if settings.smtp_starttls:
                smtp.starttls(context=ssl.create_default_context())
                smtp.ehlo()
            if settings.smtp_username:
                smtp.login(settings.smtp_username, settings.smtp_password.get_secret_value())
            smtp.send_message(msg)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"SMTP login refused ({exc.smtp_code})", permanent=True) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _ in exc.recipients.values()]
        permanent = all(500 <= c < 600 for c in codes)
        raise DeliveryError(f"recipient refused {codes}", permanent=permanent) from exc
    except smtplib.SMTPResponseException as exc:
        permanent = 500 <= exc.smtp_code < 600
        raise DeliveryError(f"SMTP answered {exc.smtp_code}", permanent=permanent) from exc
    except (TimeoutError, smtplib.SMTPException, OSError, ssl.SSLError) as exc:
        raise DeliveryError(f"SMTP unavailable: {type(exc).__name__}") from exc


def check_reachable(settings: Settings) -> str | None:
    """None if the SMTP host answers, else a message for the smtp_host field."""
    if not settings.smtp_host:
        return "not configured; set MINDLINE_SMTP_HOST"
    try:
        with smtplib.SMTP(
            settings.smtp_host, settings.smtp_port, timeout=min(settings.smtp_timeout_seconds, 5)
        ) as smtp:
            smtp.noop()
    except (smtplib.SMTPException, OSError) as exc:
        return f"cannot reach {settings.smtp_host}:{settings.smtp_port} ({type(exc).__name__})"
    return None
