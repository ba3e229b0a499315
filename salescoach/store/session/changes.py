"""What a unit of work changed, recorded by the session itself.

Every flush and every bulk statement run through a store session notes the tables it
wrote (and those the database changes in cascade), so a write announces exactly what it
touched and a broadcast can never drift from what was written (Anki's OpChanges).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Flag, auto
from itertools import chain
from typing import TYPE_CHECKING, Generic, TypeVar

from sqlalchemy import Table
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from salescoach.store.models import Base

if TYPE_CHECKING:
    from salescoach.store.undo.journal import Journal

T = TypeVar("T")
_WRITTEN = "salescoach.written"


class Change(Flag):
    """The kinds of data a screen may show; a write announces the ones it changed."""

    NONE = 0
    CONTACTS = auto()
    OPPORTUNITIES = auto()
    ACTIVITIES = auto()
    SETTINGS = auto()
    #: Everything: another database was opened, or restored.
    ALL = CONTACTS | OPPORTUNITIES | ACTIVITIES | SETTINGS


_BY_TABLE = {
    "accounts": Change.CONTACTS,
    "contacts": Change.CONTACTS,
    "opportunities": Change.OPPORTUNITIES,
    "stage_events": Change.OPPORTUNITIES,
    "activities": Change.ACTIVITIES,
    "tip_dismissals": Change.SETTINGS,
    "preferences": Change.SETTINGS,
}


@dataclass(frozen=True, slots=True)
class Applied(Generic[T]):
    """The result of a write, what it changed, and (when asked) its rows before and after,
    to take it back."""

    result: T
    changes: Change
    journal: "Journal | None" = None


def changes_of(session: Session) -> Change:
    change = Change.NONE
    for table in session.info.get(_WRITTEN, ()):
        change |= _BY_TABLE.get(table, Change.NONE)
    return change


def note_written(session: Session, tables: Iterable[str]) -> None:
    """Record tables written behind the ORM's back (straight through the driver)."""
    session.info.setdefault(_WRITTEN, set()).update(tables)


_note = note_written


def _cascades(table: str) -> set[str]:
    """Tables whose rows the database deletes or updates when rows of `table` are deleted."""
    found: set[str] = set()
    for other in Base.metadata.tables.values():
        for key in other.foreign_keys:
            if key.column.table.name == table and key.ondelete and other.name not in found:
                found.add(other.name)
                if key.ondelete.upper() == "CASCADE":
                    found |= _cascades(other.name)
    return found


def record_flush(session: Session, _flush: UOWTransaction) -> None:
    objects = chain(session.new, session.dirty, session.deleted)
    _note(session, {obj.__table__.name for obj in objects if hasattr(obj, "__table__")})
    for obj in session.deleted:
        if hasattr(obj, "__table__"):
            _note(session, _cascades(obj.__table__.name))


def record_statement(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if isinstance(table, Table):
        _note(state.session, {table.name})
        if state.is_delete:
            _note(state.session, _cascades(table.name))
