"""companion: conversations, messages, safety plans, usage alerts

Revision ID: 0004
Revises: 0001
Create Date: 2026-11-25 21:17:53.310008
"""

import sqlalchemy as sa
from alembic import op

import mindline.db.base

revision = "0004"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "companion_safety_plan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("plan", sa.Text(), nullable=False),
        sa.Column("updated_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_companion_safety_plan_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_safety_plan")),
        sa.UniqueConstraint("patient_id", name=op.f("uq_companion_safety_plan_patient_id")),
    )
    op.create_table(
        "companion_usage_alert",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("raised_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("days", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_companion_usage_alert_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_usage_alert")),
    )
    with op.batch_alter_table("companion_usage_alert", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_companion_usage_alert_patient_id"), ["patient_id"], unique=False
        )

    op.create_table(
        "conversation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("in_crisis", sa.Boolean(), nullable=False),
        sa.Column("state", sa.JSON(), nullable=False),
        sa.Column("closed_at", mindline.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_conversation_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conversation")),
    )
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversation_patient_id"), ["patient_id"], unique=False
        )

    op.create_table(
        "companion_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("conversation_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("created_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("risk_level", sa.String(length=10), nullable=True),
        sa.Column("risk_categories", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=True),
        sa.Column("rails_fired", sa.JSON(), nullable=False),
        sa.Column("exercise_id", sa.String(length=64), nullable=True),
        sa.Column("feedback_helped", sa.Boolean(), nullable=True),
        sa.Column("shared_at", mindline.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("alert_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "role <> 'patient' OR risk_level IS NOT NULL",
            name=op.f("ck_companion_message_screened"),
        ),
        sa.ForeignKeyConstraint(
            ["conversation_id"],
            ["conversation.id"],
            name=op.f("fk_companion_message_conversation_id_conversation"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_companion_message_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_companion_message")),
    )
    with op.batch_alter_table("companion_message", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_companion_message_conversation_id"), ["conversation_id"], unique=False
        )
        batch_op.create_index(
            "ix_companion_message_patient_created", ["patient_id", "created_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("companion_message", schema=None) as batch_op:
        batch_op.drop_index("ix_companion_message_patient_created")
        batch_op.drop_index(batch_op.f("ix_companion_message_conversation_id"))

    op.drop_table("companion_message")
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_patient_id"))

    op.drop_table("conversation")
    with op.batch_alter_table("companion_usage_alert", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_companion_usage_alert_patient_id"))

    op.drop_table("companion_usage_alert")
    op.drop_table("companion_safety_plan")
