"""tip dismissals: coach tips snoozed or dismissed by the rep

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 10:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tip_dismissals",
        sa.Column("lesson", sa.String(length=64), nullable=False),
        sa.Column("severity", sa.Float(), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("dismissed_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("lesson", name=op.f("pk_tip_dismissals")),
    )


def downgrade() -> None:
    op.drop_table("tip_dismissals")
