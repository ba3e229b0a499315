"""The laptop's outbox: which synced rows changed since the last sync, and how they were.

Once the laptop joins a team, SQLite triggers note every insert, update and deletion of a
synced row, whoever writes it (the app, an import, Undo), so nothing can slip past a sync.
Each entry keeps the row as it was before its first unsent change (`base`, in the form a
sync compares: references as uids, values as SQLite stores them), which makes a three-way
merge with the team's version possible. A deletion turns the entry into the row's
tombstone. Each entry has an id (the server applies each once) and the server version of
its base (`sync_versions`), so the server, not a clock, decides what came first. A pull's
own writes are not noted (`sync_state`). A solo rep has no triggers and pays nothing.
"""

import json
from datetime import datetime
from enum import Enum
from functools import cache
from typing import Any

from sqlalchemy import Connection, text

from salescoach.store.models import Base

#: The synced tables, parents first, and the tables their references point to.
SYNCED = ("accounts", "contacts", "opportunities", "stage_events", "activities")
REFS: dict[str, dict[str, str]] = {
    "contacts": {"account_id": "accounts", "referred_by_id": "contacts"},
    "opportunities": {"contact_id": "contacts"},
    "stage_events": {"opportunity_id": "opportunities"},
    "activities": {"contact_id": "contacts", "opportunity_id": "opportunities"},
}
#: Columns that never travel: the local row id, and what is derived from the rest.
LOCAL = ("id", "search_key", "sort_key")
#: Columns a merge does not compare field by field: when the row was made and last written.
STAMPS = ("created_at", "updated_at")


@cache
def fields_of(table: str) -> tuple[str, ...]:
    """The columns a sync compares and sends, references included (asked for each row of
    a pull: worked out once a table)."""
    columns = Base.metadata.tables[table].columns
    return tuple(c.name for c in columns if c.name not in LOCAL and c.name not in STAMPS)


def plain(value: Any) -> Any:
    """A value as SQLite stores it and JSON writes it, so images compare alike."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    return value


def image_json(image: dict[str, Any]) -> str:
    return json.dumps({name: plain(value) for name, value in image.items()})


def _value_sql(table: str, column: str) -> str:
    """The OLD value of a column in the trigger, a reference given as its row's uid."""
    parent = REFS.get(table, {}).get(column)
    if parent is None:
        return f"OLD.{column}"
    return f"(SELECT uid FROM {parent} WHERE id = OLD.{column})"


#: A new outbox entry's id, made by SQLite itself (the triggers run in any writer).
NEW_CHANGE_ID = "lower(hex(randomblob(16)))"
#: Triggers note nothing while a pull writes what the team changed.
_NOTING = "WHEN coalesce((SELECT applying FROM sync_state WHERE id = 1), 0) = 0"


def _note(table: str, entity: str, base: str) -> str:
    """The trigger body: open an entry for the row (its base and base version taken at its
    first unsent change) or count one more change on the open one."""
    return (
        "INSERT INTO sync_outbox (uid, entity, base, changes, change_id, base_seq) "
        f"VALUES (NEW.uid, '{entity}', {base}, 1, {NEW_CHANGE_ID}, "
        "(SELECT seq FROM sync_versions WHERE uid = NEW.uid)) "
        "ON CONFLICT (uid) DO UPDATE SET entity = excluded.entity, changes = changes + 1"
    )


def install(connection: Connection, seed: bool = True) -> None:
    """Note every change of a synced row from now on, and (`seed`) take every row there now
    as changed: the first sync sends them."""
    for table in SYNCED:
        # the columns the table has now: a migration run before a later one added a column
        # makes triggers for the schema as it is at that step (the later one makes them again)
        there = {row[1] for row in connection.execute(text(f"PRAGMA table_info({table})"))}
        columns = [c for c in fields_of(table) if c in there]
        image = ", ".join(f"'{c}', {_value_sql(table, c)}" for c in columns)
        for event, base in (("insert", "NULL"), ("update", f"json_object({image})")):
            connection.execute(
                text(
                    f"CREATE TRIGGER IF NOT EXISTS sync_{table}_{event} AFTER "
                    f"{event.upper()} ON {table} {_NOTING} "
                    f"BEGIN {_note(table, table, base)}; END"
                )
            )
        if seed:
            _seed(connection, table)
    connection.execute(
        text(
            f"CREATE TRIGGER IF NOT EXISTS sync_tombstones_insert AFTER INSERT ON tombstones "
            f"{_NOTING} BEGIN {_note('tombstones', 'tombstones', 'NULL')}; END"
        )
    )
    if seed:
        _seed(connection, "tombstones")


def _seed(connection: Connection, table: str) -> None:
    connection.execute(
        text(
            "INSERT OR IGNORE INTO sync_outbox (uid, entity, change_id) "
            f"SELECT uid, '{table}', {NEW_CHANGE_ID} FROM {table}"
        )
    )


def uninstall(connection: Connection) -> None:
    for table in (*SYNCED, "tombstones"):
        for event in ("insert", "update"):
            connection.execute(text(f"DROP TRIGGER IF EXISTS sync_{table}_{event}"))
    connection.execute(text("DELETE FROM sync_outbox"))
    connection.execute(text("DELETE FROM sync_versions"))
