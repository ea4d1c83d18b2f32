"""ratelimit: shared request counters for the database backend

Revision ID: 0007
Revises: 0001
Create Date: 2026-12-03 01:30:00
"""

import sqlalchemy as sa
from alembic import op

import mindline.db.base

revision = "0007"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_counter",
        sa.Column("key", sa.String(length=160), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("expires_at", mindline.db.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_counter")),
    )
    op.create_index("ix_rate_counter_expires_at", "rate_counter", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_rate_counter_expires_at", table_name="rate_counter")
    op.drop_table("rate_counter")
