"""the lesson a follow-up was planned for

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05 08:00:00

A follow-up planned from a coach tip or from the week's plan remembers its lesson, so
`salescoach outcomes` can say what acting on each lesson did. The column is synced like the
activity's other fields: on a laptop that joined a team its outbox triggers are made again
to carry it; the team's server (upgraded by `salescoach team init` before the laptops) gets
the same column.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

SYNCED = ("accounts", "contacts", "opportunities", "stage_events", "activities")


def upgrade() -> None:
    with op.batch_alter_table("activities") as table:
        table.add_column(sa.Column("lesson", sa.String(64), nullable=False, server_default=""))
    op.create_index("ix_activities_lesson_at", "activities", ["lesson", "at"])
    connection = op.get_bind()
    if connection.dialect.name != "sqlite":
        return
    joined = connection.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'")
    ).first()
    if joined is not None:  # the triggers name the columns they record: made again
        from salescoach.store.team.outbox import install

        for event in ("insert", "update"):
            for name in SYNCED:
                op.execute(f"DROP TRIGGER IF EXISTS sync_{name}_{event}")
        install(connection, seed=False)


def downgrade() -> None:
    op.drop_index("ix_activities_lesson_at", "activities")
    with op.batch_alter_table("activities") as table:
        table.drop_column("lesson")
