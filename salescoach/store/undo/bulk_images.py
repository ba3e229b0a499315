"""Rows as the database holds them, to take back what a bulk write changed.

A SalesCoach file imported over the rep's data updates rows in bulk, out of the ORM's
sight, so no journal sees them. Their images are read here before and after, in the
database's own representation (text, numbers, NULL: JSON as it is), and written back
column by column where nothing has changed the row since.
"""

import json
from collections.abc import Callable
from datetime import datetime
from functools import cache, partial
from typing import Any

from sqlalchemy import Boolean, DateTime, Table, delete, insert, update
from sqlalchemy.orm import Session

from salescoach.store.models import Opportunity, StageEvent, Tombstone, table_of
from salescoach.store.session.stamps import stamp_of

Image = dict[str, Any]
#: Columns that say where a row is or when it was written, not what it holds (a file keeps
#: the creation time to the second, so a round trip may round it).
_NOT_CONTENT = ("id", "created_at", "updated_at")
_CHUNK = 500


def images(session: Session, table: Table, uids: list[str]) -> dict[str, Image]:
    """The stored rows of `table` with these uids, by uid."""
    found: dict[str, Image] = {}
    connection = session.connection()
    for start in range(0, len(uids), _CHUNK):
        wanted = json.dumps(uids[start : start + _CHUNK])
        rows = connection.exec_driver_sql(
            f"SELECT * FROM {table.name} WHERE uid IN (SELECT value FROM json_each(?))",
            (wanted,),
        ).mappings()
        found.update({row["uid"]: dict(row) for row in rows})
    return found


def changes(before: Image, after: Image) -> dict[str, list[Any]]:
    """{column: [before, after]} for the columns whose content changed."""
    return {
        column: [value, after.get(column)]
        for column, value in before.items()
        if column not in _NOT_CONTENT and value != after.get(column)
    }


def histories(session: Session, opportunity_uids: list[str]) -> dict[str, list[list[Any]]]:
    """Each opportunity's stage history as stored: [event uid, stage, at], oldest first."""
    found: dict[str, list[list[Any]]] = {uid: [] for uid in opportunity_uids}
    connection = session.connection()
    for start in range(0, len(opportunity_uids), _CHUNK):
        wanted = json.dumps(opportunity_uids[start : start + _CHUNK])
        rows = connection.exec_driver_sql(
            "SELECT o.uid, e.uid, e.stage, e.at FROM stage_events e "
            "JOIN opportunities o ON o.id = e.opportunity_id "
            "WHERE o.uid IN (SELECT value FROM json_each(?)) ORDER BY e.at, e.id",
            (wanted,),
        )
        for opportunity, *event in rows:
            found[opportunity].append(list(event))
    return found


def steps(history: list[list[Any]]) -> list[list[Any]]:
    """A stage history without its events' uids: [stage, at] each."""
    return [event[1:] for event in history]


def restore(session: Session, table: Table, uid: str, columns: dict[str, list[Any]]) -> bool:
    """Put back each column's value before, where it still holds the value after; whether
    anything was put back."""
    current = images(session, table, [uid]).get(uid)
    if current is None:  # deleted since
        return False
    back = {
        column: python_value(table, column, before)
        for column, (before, after) in columns.items()
        if current.get(column) == after
    }
    if back:
        stamp = stamp_of(session)
        session.execute(update(table).where(table.c.uid == uid).values(**back, updated_at=stamp))
    return bool(back)


def restore_history(
    session: Session, opportunity_uid: str, before: list[list[Any]], after: list[list[Any]]
) -> bool:
    """Put the opportunity's stage history back as it was, unless it moved since."""
    current = histories(session, [opportunity_uid])[opportunity_uid]
    if steps(current) != steps(after):
        return False
    opportunity = images(session, table_of(Opportunity), [opportunity_uid])[opportunity_uid]
    gone = [event[0] for event in current]
    if gone:
        session.execute(insert(Tombstone), [{"uid": u, "entity": "stage_events"} for u in gone])
    session.execute(delete(StageEvent).where(StageEvent.opportunity_id.in_([opportunity["id"]])))
    session.execute(delete(Tombstone).where(Tombstone.uid.in_([event[0] for event in before])))
    events = table_of(StageEvent)
    if before:
        session.execute(
            insert(StageEvent),
            [
                {
                    "uid": uid,
                    "opportunity_id": opportunity["id"],
                    "stage": python_value(events, "stage", stage),
                    "at": python_value(events, "at", at),
                }
                for uid, stage, at in before
            ],
        )
    return True


def python_value(table: Table, column: str, stored: Any) -> Any:
    """A stored value (as SQLite keeps it, or JSON wrote it) as the column's Python value."""
    return converter_of(table, column)(stored)


@cache
def converter_of(table: Table, column: str) -> Callable[[Any], Any]:
    """How a stored value of this column becomes its Python value, the column's type looked
    at once (a first sync converts hundreds of thousands of values)."""
    kind = table.c[column].type
    enum = getattr(kind, "enum_class", None)
    if enum is not None:
        return partial(_unless_none, enum)
    if isinstance(kind, DateTime):
        return partial(_unless_none, datetime.fromisoformat)
    if isinstance(kind, Boolean):
        return partial(_unless_none, bool)
    return _same


def _unless_none(make: Callable[[Any], Any], stored: Any) -> Any:
    return None if stored is None else make(stored)


def _same(stored: Any) -> Any:
    return stored
