"""Typed settings, read from MINDLINE_* environment variables (and a .env file)."""

from __future__ import annotations

import ipaddress
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal, Self

import platformdirs
from pydantic import AfterValidator, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

PLACEHOLDER = "change-me"
RATE_UNITS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def _check_rate(value: str) -> str:
    count, _, unit = value.strip().partition("/")
    if not (count.isdigit() and int(count) > 0 and unit in RATE_UNITS):
        raise ValueError(
            f"{value!r} is not a rate; write COUNT/UNIT with COUNT > 0 and UNIT one of "
            + ", ".join(RATE_UNITS)
        )
    return value.strip()


# "10/minute": at most COUNT requests in each fixed window of one UNIT.
RateSpec = Annotated[str, AfterValidator(_check_rate)]


def _check_networks(value: str) -> str:
    for part in filter(None, (p.strip() for p in value.split(","))):
        try:
            ipaddress.ip_network(part, strict=False)
        except ValueError:
            raise ValueError(f"{part!r} is not an IP address or network (CIDR)") from None
    return value


def _default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir("mindline", appauthor=False))


class Settings(BaseSettings):
    """Every setting Mindline reads; the README's configuration table mirrors this class."""

    model_config = SettingsConfigDict(
        env_prefix="MINDLINE_", env_file=".env", extra="ignore", env_nested_delimiter="__"
    )

    environment: Literal["local", "test", "production"] = Field(
        "local", description="production refuses placeholder secrets"
    )
    data_dir: Path = Field(default_factory=_default_data_dir, description="SQLite file, key file")
    database_url: str = Field(
        "", description="SQLAlchemy URL; empty means SQLite in data_dir (postgresql+psycopg://…)"
    )
    secret_key: SecretStr = Field(
        SecretStr(PLACEHOLDER), description="signs sessions and CSRF tokens"
    )
    encryption_keys: str = Field(
        "",
        description="comma-separated key_id:base64(32 bytes); the first is used for new data",
    )
    encryption_key_file: Path | None = Field(
        None, description="file with one key_id:base64 per line, the first active"
    )
    base_url: str = Field("http://127.0.0.1:8000", description="public URL, used in links")
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)
    require_staff_mfa: bool = Field(False, description="clinicians and admins must use TOTP")
    session_idle_minutes: int = Field(30, gt=0)
    session_absolute_hours: int = Field(12, gt=0)
    login_max_failures: int = Field(5, gt=0, description="failures before a lockout")
    login_lockout_seconds: int = Field(60, gt=0, description="first lockout; doubles each time")
    max_body_bytes: int = Field(1_000_000, gt=0, description="larger requests get 413")
    invitation_days: int = Field(7, gt=0)
    reset_token_minutes: int = Field(60, gt=0)
    audit_read_events: bool = Field(True, description="audit reads of clinical data")
    enable_cssrs: bool = Field(False, description="C-SSRS screener (licensed clinics only)")
    checkin_activity_tags: str = Field(
        "", description="comma-separated check-in activity tags; empty: the built-in list"
    )
    checkin_trigger_tags: str = Field(
        "", description="comma-separated check-in trigger tags; empty: the built-in list"
    )
    metrics_token: SecretStr | None = Field(
        None, description="bearer token for /metrics; unset means loopback clients only"
    )
    ready_max_outbox: int = Field(
        1000, gt=0, description="/readyz fails when more alert deliveries are pending"
    )
    ready_max_urgent_seconds: int = Field(
        120, gt=0, description="/readyz fails when an urgent alert waits longer to go out"
    )
    redis_url: str = Field(
        "", description="redis://… moves the job queue and rate-limit counters to Redis"
    )
    trusted_proxies: Annotated[str, AfterValidator(_check_networks)] = Field(
        "127.0.0.1,::1",
        description="comma-separated proxy addresses or networks (CIDR) whose "
        "X-Forwarded-For and X-Forwarded-Proto are believed; empty: none",
    )
    rate_login_account: RateSpec = Field("10/minute", description="sign-ins per e-mail typed")
    rate_login_ip: RateSpec = Field("60/minute", description="sign-ins per client address")
    rate_chat_account: RateSpec = Field("30/minute", description="chat messages per patient")
    rate_chat_ip: RateSpec = Field("120/minute", description="chat messages per client address")
    rate_submit_account: RateSpec = Field(
        "30/hour", description="check-ins and questionnaires sent per patient"
    )
    rate_submit_ip: RateSpec = Field(
        "300/hour", description="check-ins and questionnaires sent per client address"
    )
    redis_prefix: str = Field(
        "mindline",
        pattern=r"^[A-Za-z0-9_.:-]{1,64}$",
        description="name prefix of Redis keys; give each installation sharing a Redis its own",
    )
    worker_poll_seconds: float = Field(0.5, gt=0, description="worker sleep when idle")
    smtp_host: str = Field("", description="SMTP server for alert e-mail; empty: no e-mail")
    smtp_port: int = Field(587, ge=1, le=65535, description="SMTP port")
    smtp_username: str = Field("", description="SMTP login; empty: no AUTH")
    smtp_password: SecretStr = Field(SecretStr(""), description="SMTP password")
    smtp_starttls: bool = Field(True, description="upgrade the SMTP connection with STARTTLS")
    smtp_from: str = Field("mindline@localhost", description="From address of alert e-mail")
    smtp_timeout_seconds: float = Field(10, gt=0, description="SMTP connect and send timeout")
    alert_webhook_timeout_seconds: float = Field(10, gt=0, description="webhook request timeout")
    alert_escalation_urgent_minutes: float = Field(
        15, gt=0, description="unacknowledged urgent alerts go to the next step after this"
    )
    alert_escalation_high_minutes: float = Field(
        60, gt=0, description="unacknowledged high alerts go to the next step after this"
    )
    alert_dedupe_minutes: float = Field(
        1440, ge=0, description="same kind for the same patient within this joins the open alert"
    )
    alert_retry_base_seconds: float = Field(30, gt=0, description="first retry delay (doubles)")
    alert_retry_max_seconds: float = Field(3600, gt=0, description="longest retry delay")
    alert_max_attempts: int = Field(8, gt=0, description="attempts before a delivery fails")
    alert_delivery_concurrency: int = Field(
        8, ge=1, le=64, description="deliveries a worker sends at once (threads)"
    )
    alert_lease_seconds: float = Field(
        120, gt=0, description="a claimed delivery whose worker died is retried after this"
    )
    alert_digest_hour: int = Field(8, ge=0, le=23, description="UTC hour of the routine digest")
    alert_quiet_hours: str = Field(
        "", description="HH:MM-HH:MM (UTC) when routine mail waits; never urgent or high"
    )
    companion_soft_limit_minutes: int = Field(
        60, gt=0, description="companion minutes a day before it suggests a break"
    )
    companion_messages_per_minute: int = Field(
        20, gt=0, description="patient messages a minute before the companion answers 429"
    )
    llm_base_url: str = Field(
        "", description="OpenAI-compatible server (…/v1) for the companion; empty: scripted only"
    )
    llm_model: str = Field("", description="model name sent to the LLM server")
    llm_api_key: SecretStr = Field(SecretStr(""), description="bearer key for the LLM server")
    llm_first_token_timeout_seconds: float = Field(
        3, gt=0, description="no first token by then: the scripted companion answers"
    )
    llm_total_timeout_seconds: float = Field(
        20, gt=0, description="longest a generated reply may take in all"
    )
    llm_retries: int = Field(1, ge=0, le=5, description="retries after a failed LLM request")
    llm_max_tokens: int = Field(300, gt=0, description="longest generated reply, in tokens")
    llm_trusted_hosts: str = Field(
        "",
        description="comma-separated LLM hosts inside the service's network (no redaction); "
        "loopback and private addresses always are",
    )
    # Retention (docs/privacy.md): days after which the daily purge removes a kind; 0 keeps it.
    retention_sessions_days: int = Field(
        30, ge=0, description="signed-out or expired sessions, revoked API tokens"
    )
    retention_tokens_days: int = Field(
        30, ge=0, description="used or expired invitation and password-reset links"
    )
    retention_delivery_attempts_days: int = Field(
        90, ge=0, description="attempt log of alert deliveries that were sent or failed"
    )
    retention_notices_days: int = Field(180, ge=0, description="patient notices already read")
    retention_former_patient_chats_days: int = Field(
        365, ge=0, description="companion conversations of archived (former) patients"
    )

    @model_validator(mode="after")
    def _refuse_placeholders_in_production(self) -> Self:
        if self.environment != "production":
            return self
        secret = self.secret_key.get_secret_value()
        if secret == PLACEHOLDER or len(secret) < 32:
            raise ValueError(
                "MINDLINE_SECRET_KEY is a placeholder or shorter than 32 characters; "
                "set a random value before running in production"
            )
        if not (self.encryption_keys or self.encryption_key_file):
            raise ValueError(
                "set MINDLINE_ENCRYPTION_KEYS or MINDLINE_ENCRYPTION_KEY_FILE in production; "
                "`mindline keys generate` prints a new key"
            )
        return self

    @cached_property
    def sqlalchemy_url(self) -> str:
        """The database URL, defaulting to a SQLite file in the data directory."""
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / 'mindline.db'}"

    @property
    def is_sqlite(self) -> bool:
        return self.sqlalchemy_url.startswith("sqlite")


_settings: Settings | None = None


def get_settings() -> Settings:
    """Process-wide settings, read once from the environment."""
    global _settings
    if _settings is None:
        _settings = Settings()
    return _settings


def set_settings(settings: Settings | None) -> None:
    """Replace the process-wide settings (tests and the CLI use this)."""
    global _settings
    _settings = settings
