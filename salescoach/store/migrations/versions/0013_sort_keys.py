"""sort keys: names sort as the rep reads them, and one company is one account

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 10:00:00

Each account, contact and opportunity keeps its name folded (accents, case and runs of
spaces aside), indexed: the lists sort by it (Élodie among the E's, not after Z) and
accounts are matched by it. SQLite's lower() folds ASCII only, so each save of a contact at
"Études Öko" made another account: on a laptop, the accounts that share a key are merged
into the oldest (its empty city and industry filled from the others), their contacts moved
to it, and the others deleted with a tombstone, so a team hears of it at the next sync.
"""

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from salescoach.core.text import sort_key

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

NAMED = {"accounts": "name", "contacts": "name", "opportunities": "title"}
_BATCH = 5000


def upgrade() -> None:
    connection = op.get_bind()
    for table in NAMED:
        op.add_column(table, sa.Column("sort_key", sa.Text(), nullable=False, server_default=""))
    with _sync_triggers_off(connection):  # a derived column changes nothing a team sees
        for table, column in NAMED.items():
            _fill(connection, table, column)
    for table in NAMED:
        op.create_index(f"ix_{table}_sort_key", table, ["sort_key"])
    if connection.dialect.name == "sqlite":
        _merge_accounts(connection)


def downgrade() -> None:
    for table in NAMED:
        op.drop_index(f"ix_{table}_sort_key", table_name=table)
        op.drop_column(table, "sort_key")


def _fill(connection: sa.Connection, table: str, column: str) -> None:
    rows = sa.table(table, sa.column("id"), sa.column("sort_key"), sa.column(column))
    last = 0
    while True:
        batch = connection.execute(
            sa.select(rows.c.id, rows.c[column])
            .where(rows.c.id > last)
            .order_by(rows.c.id)
            .limit(_BATCH)
        ).all()
        if not batch:
            return
        connection.execute(
            rows.update().where(rows.c.id == sa.bindparam("row_id")),
            [{"row_id": row_id, "sort_key": sort_key(name or "")} for row_id, name in batch],
        )
        last = batch[-1][0]


class _sync_triggers_off:
    """A team laptop's outbox triggers (`store.team.outbox`) set aside while keys are filled in,
    then put back as they were."""

    def __init__(self, connection: sa.Connection) -> None:
        self.connection = connection
        self.saved: list[tuple[str, str]] = []

    def __enter__(self) -> None:
        if self.connection.dialect.name != "sqlite":
            return
        found = self.connection.execute(
            sa.text(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                "AND name LIKE 'sync_%_update'"
            )
        )
        self.saved = [(name, sql) for name, sql in found]
        for name, _sql in self.saved:
            self.connection.execute(sa.text(f"DROP TRIGGER {name}"))

    def __exit__(self, *_exc: object) -> None:
        for _name, sql in self.saved:
            self.connection.execute(sa.text(sql))


def _merge_accounts(connection: sa.Connection) -> None:
    groups = connection.execute(
        sa.text(
            "SELECT sort_key, min(id) FROM accounts WHERE sort_key != '' "
            "GROUP BY sort_key HAVING count(*) > 1"
        )
    ).all()
    now = datetime.now(UTC).replace(tzinfo=None)
    for key, kept in groups:
        others = connection.execute(
            sa.text(
                "SELECT id, uid, city, industry FROM accounts WHERE sort_key = :k AND id != :i"
            ),
            {"k": key, "i": kept},
        ).all()
        for column in ("city", "industry"):
            found = next((getattr(row, column) for row in others if getattr(row, column)), "")
            if not found:
                continue
            connection.execute(
                sa.text(f"UPDATE accounts SET {column} = :v WHERE id = :i AND {column} = ''"),
                {"v": found, "i": kept},
            )
        for row in others:
            connection.execute(
                sa.text(
                    "UPDATE contacts SET account_id = :kept, updated_at = :now "
                    "WHERE account_id = :gone"
                ),
                {"kept": kept, "gone": row.id, "now": now},
            )
            connection.execute(
                sa.text(
                    "INSERT OR REPLACE INTO tombstones (uid, entity, deleted_at) "
                    "VALUES (:uid, 'accounts', :now)"
                ),
                {"uid": row.uid, "now": now},
            )
            connection.execute(sa.text("DELETE FROM accounts WHERE id = :i"), {"i": row.id})
