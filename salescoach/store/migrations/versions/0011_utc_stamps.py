"""stamps in UTC: when each row was created, written and deleted, as laptops and a server
compare them

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-26 00:50:00

Until now these were the laptop's local time. SQLite turns each one to UTC with the
machine's own time-zone rules for that date (summer time included), keeping the fraction.
"""

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

STAMPED = {
    "accounts": ("created_at", "updated_at"),
    "contacts": ("created_at", "updated_at"),
    "opportunities": ("created_at", "updated_at"),
    "stage_events": ("created_at", "updated_at"),
    "activities": ("created_at", "updated_at"),
    "tombstones": ("deleted_at",),
}


def _shifted(column: str, modifier: str) -> str:
    return (
        f"{column} = strftime('%Y-%m-%d %H:%M:%S', {column}, '{modifier}') || substr({column}, 20)"
    )


def _shift(modifier: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return  # a server's schema starts in UTC
    for table, columns in STAMPED.items():
        op.execute(f"UPDATE {table} SET {', '.join(_shifted(c, modifier) for c in columns)}")


def upgrade() -> None:
    _shift("utc")


def downgrade() -> None:
    _shift("localtime")
