"""covering indexes: activity and first-reached counts carry contact and file; needs heard

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-25 21:20:00
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

HEARD = sa.text("kind IN ('meeting', 'visit') AND needs != ''")


def upgrade() -> None:
    for name in ("kind_status_at", "status_at", "opportunity_id", "opportunity_at"):
        op.drop_index(f"ix_activities_{name}", table_name="activities")
    op.create_index(
        "ix_activities_kind_status_at_covering",
        "activities",
        ["kind", "status", "at", "contact_id", "opportunity_id"],
    )
    op.create_index(
        "ix_activities_status_at_covering",
        "activities",
        ["status", "at", "contact_id", "opportunity_id"],
    )
    op.create_index(
        "ix_activities_opportunity_status_at",
        "activities",
        ["opportunity_id", "status", "at", "contact_id"],
    )
    op.drop_index("ix_first_reached_stage_at", table_name="first_reached")
    op.create_index(
        "ix_first_reached_stage_at_file", "first_reached", ["stage", "at", "opportunity_id"]
    )
    op.create_index(
        "ix_activities_heard_contact",
        "activities",
        ["contact_id", "status", "at"],
        sqlite_where=HEARD,
        postgresql_where=HEARD,
    )


def downgrade() -> None:
    op.drop_index("ix_first_reached_stage_at_file", table_name="first_reached")
    op.create_index("ix_first_reached_stage_at", "first_reached", ["stage", "at"])
    for name in ("heard_contact", "opportunity_status_at", "status_at_covering"):
        op.drop_index(f"ix_activities_{name}", table_name="activities")
    op.drop_index("ix_activities_kind_status_at_covering", table_name="activities")
    op.create_index("ix_activities_opportunity_at", "activities", ["opportunity_id", "at"])
    op.create_index("ix_activities_opportunity_id", "activities", ["opportunity_id"])
    op.create_index("ix_activities_status_at", "activities", ["status", "at"])
    op.create_index("ix_activities_kind_status_at", "activities", ["kind", "status", "at"])
