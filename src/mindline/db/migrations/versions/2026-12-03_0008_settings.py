"""settings: administrators' crisis lines per country, patients' notification settings

Revision ID: 0008
Revises: 0001
Create Date: 2026-12-03 01:30:00
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

import mindline.db.base

revision = "0008"
down_revision = "0001"
branch_labels = None
depends_on = None


def _timestamps() -> list[sa.Column[Any]]:
    return [
        sa.Column("created_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "crisis_line_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("slug", sa.String(length=120), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("phone", sa.String(length=32), nullable=False),
        sa.Column("sms", sa.String(length=32), nullable=False),
        sa.Column("url", sa.String(length=300), nullable=False),
        sa.Column("hours", sa.String(length=80), nullable=False),
        sa.Column("notes", sa.String(length=500), nullable=False),
        sa.Column("last_verified", sa.Date(), nullable=False),
        sa.Column("changed_by_id", sa.Integer(), nullable=True),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["changed_by_id"],
            ["user_account.id"],
            name=op.f("fk_crisis_line_entry_changed_by_id_user_account"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_crisis_line_entry")),
        sa.UniqueConstraint("country", "slug", name=op.f("uq_crisis_line_entry_country_slug")),
    )
    op.create_table(
        "notification_preference",
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("questionnaire_reminders", sa.Boolean(), nullable=False),
        sa.Column("checkin_reminders", sa.Boolean(), nullable=False),
        sa.Column("in_app", sa.Boolean(), nullable=False),
        sa.Column("email", sa.Boolean(), nullable=False),
        sa.Column("reminder_hour", sa.Integer(), nullable=False),
        sa.Column("quiet_start", sa.Integer(), nullable=True),
        sa.Column("quiet_end", sa.Integer(), nullable=True),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        *_timestamps(),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patient.id"],
            name=op.f("fk_notification_preference_patient_id_patient"),
        ),
        sa.PrimaryKeyConstraint("patient_id", name=op.f("pk_notification_preference")),
    )


def downgrade() -> None:
    op.drop_table("notification_preference")
    op.drop_table("crisis_line_entry")
