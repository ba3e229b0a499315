"""team server: each rep's rows in the order of changes

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05 12:10:00

On a team's server, a rep reads only their own deals, steps, activities and tombstones
(row-level security), always in the order of changes: a pull asks for what is newer than
the last one, a push for the newest version. With only `server_seq` indexed, PostgreSQL
walked every rep's changes to find one rep's (a new laptop of a team of fifty read five
million index entries for its 100,000 rows). An index on (rep, server_seq) goes straight to
them. Nothing changes on a laptop.
"""

from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None

PRIVATE = ("opportunities", "stage_events", "activities", "tombstones")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in PRIVATE:
        op.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_rep_seq ON {table} (rep, server_seq)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in PRIVATE:
        op.execute(f"DROP INDEX IF EXISTS ix_{table}_rep_seq")
