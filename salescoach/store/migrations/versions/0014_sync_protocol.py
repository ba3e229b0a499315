"""sync protocol: changes ordered by the server, pushed exactly once, owned by their rep

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 04:00:00

A laptop remembers the server version each synced row is at (`sync_versions`), so a change
is sent with the version it was based on and a pulled row it wrote itself is recognised by
its version, not by a device stamp a restored copy shares. Each outbox entry gets an id (the
server records which it applied, so a sync cut off after the server's commit never applies
one twice) and the version of its base. The conflict log gains the server's id, both values
and who wrote each, and the rep's choice, which travels to the other side. `sync_state`
lets the pull write without noting its own writes as changes to send.

On the server: references between rows never cascade (a shared contact's deletion cannot
take another rep's deals with it), each row records who wrote it last, deleted rows are
kept aside (`team_graveyard`) so one a rep's offline work still needs can come back, and
new tables record applied changes, each laptop's identity, the contacts a rep removed from
their own lists while teammates still use them, and the conflicts. Who may do what on
them is set by `salescoach team init` (`store.team.rules`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

SYNCED = ("accounts", "contacts", "opportunities", "stage_events", "activities", "tombstones")
#: References that cascaded a deletion (or set a deal aside) across rows of other reps.
OWNED_REFERENCES = (
    ("opportunities", "contact_id", "contacts"),
    ("stage_events", "opportunity_id", "opportunities"),
    ("activities", "contact_id", "contacts"),
    ("activities", "opportunity_id", "opportunities"),
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _server()
        return
    with op.batch_alter_table("sync_outbox") as table:
        table.add_column(sa.Column("change_id", sa.String(36), nullable=True))
        table.add_column(sa.Column("base_seq", sa.BigInteger(), nullable=True))
    op.create_table(
        "sync_versions",
        sa.Column("uid", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("applying", sa.Integer(), nullable=False, server_default="0"),
    )
    op.execute("INSERT INTO sync_state (id, applying) VALUES (1, 0)")
    with op.batch_alter_table("sync_conflicts") as table:
        table.add_column(sa.Column("server_id", sa.BigInteger(), nullable=True))
        table.add_column(sa.Column("kept", sa.Text(), nullable=False, server_default="{}"))
        table.add_column(sa.Column("lost_by", sa.String(100), nullable=False, server_default=""))
        table.add_column(sa.Column("kept_by", sa.String(100), nullable=False, server_default=""))
        table.add_column(sa.Column("resolution", sa.String(8), nullable=True))
        table.add_column(sa.Column("resolved_by", sa.String(100), nullable=True))
        table.add_column(
            sa.Column("to_send", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        table.create_index("ix_sync_conflicts_server_id", ["server_id"], unique=True)
    connection = op.get_bind()
    joined = connection.execute(
        sa.text("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'sync_%'")
    ).first()
    if joined is not None:
        from salescoach.store.team.outbox import install

        for event in ("insert", "update"):
            for name in SYNCED:
                op.execute(f"DROP TRIGGER IF EXISTS sync_{name}_{event}")
        install(connection, seed=False)
        op.execute(
            "UPDATE sync_outbox SET change_id = lower(hex(randomblob(16))) WHERE change_id IS NULL"
        )


def _server() -> None:
    connection = op.get_bind()
    for table in SYNCED:
        op.execute(f"ALTER TABLE {table} ADD COLUMN writer text")
    for table, column, parent in OWNED_REFERENCES:
        name = connection.execute(
            sa.text(
                "SELECT c.conname FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid "
                "JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = ANY(c.conkey) "
                "WHERE c.contype = 'f' AND t.relname = :t AND a.attname = :c"
            ),
            {"t": table, "c": column},
        ).scalar()
        if name is not None:
            op.execute(f'ALTER TABLE {table} DROP CONSTRAINT "{name}"')
        op.execute(
            f"ALTER TABLE {table} ADD CONSTRAINT fk_{table}_{column}_{parent} FOREIGN KEY "
            f"({column}) REFERENCES {parent} (id) DEFERRABLE INITIALLY DEFERRED"
        )
    op.create_table(
        "team_applied",
        sa.Column("change_id", sa.String(64), primary_key=True),
        sa.Column("rep", sa.Text()),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("image", sa.Text(), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=False),
    )
    op.create_table(
        "team_devices",
        sa.Column("device", sa.String(64), primary_key=True),
        sa.Column("rep", sa.Text()),
        sa.Column("token", sa.String(64), nullable=True),
    )
    op.create_table(
        "team_hidden",
        sa.Column("rep", sa.Text(), primary_key=True),
        sa.Column("uid", sa.String(36), primary_key=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
    )
    op.create_index("ix_team_hidden_server_seq", "team_hidden", ["server_seq"])
    op.create_table(
        "team_graveyard",
        sa.Column("uid", sa.String(36), primary_key=True),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("rep", sa.Text()),
        sa.Column("image", sa.dialects.postgresql.JSONB(), nullable=False),
    )
    op.create_table(
        "team_conflicts",
        sa.Column("id", sa.BigInteger(), sa.Identity(), primary_key=True),
        sa.Column("at", sa.DateTime(), nullable=False, server_default=sa.text("now()")),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("label", sa.String(200), nullable=False, server_default=""),
        sa.Column("why", sa.String(16), nullable=False),
        sa.Column("lost", sa.Text(), nullable=False),
        sa.Column("kept", sa.Text(), nullable=False),
        sa.Column("lost_by", sa.Text(), nullable=False),
        sa.Column("kept_by", sa.Text(), nullable=False),
        sa.Column("resolution", sa.String(8), nullable=True),
        sa.Column("resolved_by", sa.Text(), nullable=True),
        sa.Column("server_seq", sa.BigInteger(), nullable=True),
    )
    op.create_index("ix_team_conflicts_server_seq", "team_conflicts", ["server_seq"])


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in ("team_conflicts", "team_graveyard", "team_hidden", "team_devices"):
            op.drop_table(table)
        op.drop_table("team_applied")
        for table in SYNCED:
            op.execute(f"ALTER TABLE {table} DROP COLUMN writer")
        return
    op.drop_table("sync_state")
    op.drop_table("sync_versions")
    with op.batch_alter_table("sync_conflicts") as batch:
        batch.drop_index("ix_sync_conflicts_server_id")
        for column in ("to_send", "resolved_by", "resolution", "kept_by", "lost_by", "kept"):
            batch.drop_column(column)
        batch.drop_column("server_id")
    with op.batch_alter_table("sync_outbox") as batch:
        batch.drop_column("base_seq")
        batch.drop_column("change_id")
