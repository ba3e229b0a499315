"""import batches count opportunities: a SalesCoach file's import is a batch too

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-26 00:10:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("import_batches") as batch:
        batch.add_column(
            sa.Column("opportunities", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("import_batches") as batch:
        batch.drop_column("opportunities")
