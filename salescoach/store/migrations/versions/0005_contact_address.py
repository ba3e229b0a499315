"""contact address: where a visit takes place, for the visit briefing

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 18:00:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.add_column(sa.Column("address", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("contacts") as batch:
        batch.drop_column("address")
