"""team: a laptop's outbox and conflict log; on a team server, who owns each row and the
order of changes

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-26 00:30:00

The same history runs on a laptop's SQLite and on the team's PostgreSQL. A laptop gets the
outbox (the rows changed since the last sync, each with its image before the first unsent
change) and the conflict log. The server gets, on every synced table, the rep who owns each
row, the laptop that wrote it last (so a laptop does not pull back what it just sent) and
its place in the change sequence, stamped by a trigger on every write; who may see
what (roles, row-level security) is set up by `salescoach team init` (`store.team.server`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

SYNCED = ("accounts", "contacts", "opportunities", "stage_events", "activities", "tombstones")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _server()
        return
    op.create_table(
        "sync_outbox",
        sa.Column("uid", sa.String(36), primary_key=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("base", sa.Text(), nullable=True),
        sa.Column("changes", sa.Integer(), nullable=False, server_default="1"),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
        sa.Column("why", sa.String(16), nullable=False),
        sa.Column("lost", sa.Text(), nullable=False),
        sa.Column("applied_at", sa.DateTime(), nullable=True),
    )


def _server() -> None:
    op.execute("CREATE SEQUENCE IF NOT EXISTS team_changes")
    op.execute(
        "CREATE OR REPLACE FUNCTION team_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN NEW.server_seq := nextval('team_changes'); RETURN NEW; END $$"
    )
    for table in SYNCED:
        op.execute(f"ALTER TABLE {table} ADD COLUMN rep text")
        op.execute(f"ALTER TABLE {table} ADD COLUMN device text")
        op.execute(f"ALTER TABLE {table} ADD COLUMN server_seq bigint")
        op.execute(f"CREATE INDEX ix_{table}_server_seq ON {table} (server_seq)")
        op.execute(
            f"CREATE TRIGGER {table}_stamp BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION team_stamp()"
        )
    op.create_table(
        "team_reps",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("role", sa.String(63), nullable=False, unique=True),
        sa.Column("manager", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.drop_table("team_reps")
        for table in SYNCED:
            op.execute(f"DROP TRIGGER IF EXISTS {table}_stamp ON {table}")
            op.execute(f"ALTER TABLE {table} DROP COLUMN server_seq")
            op.execute(f"ALTER TABLE {table} DROP COLUMN rep")
            op.execute(f"ALTER TABLE {table} DROP COLUMN device")
        op.execute("DROP FUNCTION IF EXISTS team_stamp()")
        op.execute("DROP SEQUENCE IF EXISTS team_changes")
        return
    op.drop_table("sync_conflicts")
    op.drop_table("sync_outbox")
