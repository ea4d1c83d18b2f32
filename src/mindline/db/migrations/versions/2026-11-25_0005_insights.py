"""insights: suggestions with clinician decisions

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-25 21:42:37.423035
"""

import sqlalchemy as sa
from alembic import op

import mindline.crypto
import mindline.db.base

revision = "0005"
down_revision = "0001"
branch_labels = None
depends_on = None

PROPOSED = sa.text("status = 'proposed'")


def upgrade() -> None:
    op.create_table(
        "insight_suggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("clinician_text", sa.Text(), nullable=False),
        sa.Column("patient_text", sa.Text(), nullable=True),
        sa.Column("rationale", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("guideline", sa.String(length=120), nullable=False),
        sa.Column("confidence", sa.String(length=16), nullable=False),
        sa.Column("clinician_only", sa.Boolean(), nullable=False),
        sa.Column("risk_override", sa.Boolean(), nullable=False),
        sa.Column("created_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", mindline.db.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decline_reason", mindline.crypto.EncryptedText(), nullable=True),
        sa.ForeignKeyConstraint(
            ["decided_by_id"],
            ["user_account.id"],
            name=op.f("fk_insight_suggestion_decided_by_id_user_account"),
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_insight_suggestion_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_insight_suggestion")),
    )
    op.create_index(
        "ix_insight_suggestion_patient_status", "insight_suggestion", ["patient_id", "status"]
    )
    op.create_index(
        "uq_insight_suggestion_proposed",
        "insight_suggestion",
        ["patient_id", "kind"],
        unique=True,
        sqlite_where=PROPOSED,
        postgresql_where=PROPOSED,
    )


def downgrade() -> None:
    op.drop_index("uq_insight_suggestion_proposed", table_name="insight_suggestion")
    op.drop_index("ix_insight_suggestion_patient_status", table_name="insight_suggestion")
    op.drop_table("insight_suggestion")
