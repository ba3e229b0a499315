"""search keys: folded text per row so search ignores accents and case

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 16:00:00
"""

import sqlalchemy as sa
from alembic import op

from salescoach.core.text import search_key

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The columns folded into each table's key, as `store.session.search` declares them today.
_TABLES = {
    "accounts": ("name",),
    "contacts": ("name", "email", "role"),
    "opportunities": ("title",),
    "activities": ("outcome", "notes", "needs"),
}
_BATCH = 5000


def upgrade() -> None:
    connection = op.get_bind()
    for table, columns in _TABLES.items():
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
        rows = sa.table(table, sa.column("id"), sa.column("search_key"), *map(sa.column, columns))
        last = 0
        while True:
            batch_rows = connection.execute(
                sa.select(rows.c.id, *(rows.c[name] for name in columns))
                .where(rows.c.id > last)
                .order_by(rows.c.id)
                .limit(_BATCH)
            ).all()
            if not batch_rows:
                break
            connection.execute(
                rows.update().where(rows.c.id == sa.bindparam("row_id")),
                [
                    {"row_id": row[0], "search_key": search_key(*(v or "" for v in row[1:]))}
                    for row in batch_rows
                ],
            )
            last = batch_rows[-1][0]


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("search_key")
