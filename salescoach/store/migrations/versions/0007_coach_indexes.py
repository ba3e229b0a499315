"""coach indexes: a contact's last done activity and a file's last activity from an index

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 19:40:00
"""

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_activities_contact_status_at", "activities", ["contact_id", "status", "at"])
    op.create_index("ix_activities_opportunity_at", "activities", ["opportunity_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_activities_opportunity_at", table_name="activities")
    op.drop_index("ix_activities_contact_status_at", table_name="activities")
