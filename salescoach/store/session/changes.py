"""What a unit of work changed, recorded by the session itself.

Every flush and every bulk statement run through a store session notes the tables it
wrote (and those the database changes in cascade), so a write announces exactly what it
touched and a broadcast can never drift from what was written (Anki's OpChanges).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
_ROWS = "salescoach.rows"  # table -> ids of the rows the ORM wrote
_UNNAMED = "salescoach.unnamed"  # tables written without naming the rows (bulk, cascades)


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
class Touched:
    """The tables a write changed and, where every change to a table named its rows, which
    rows: a list can then put a saved row in place instead of reading a million ids."""

    tables: frozenset[str] = frozenset()
    rows: Mapping[str, frozenset[int]] = field(default_factory=dict)

    def only(self, table: str, shown: Change) -> frozenset[int] | None:
        """The ids of `table` written, when no other table of the kinds `shown` was written
        and the rows are known; None when a list showing those kinds must read again."""
        if any(name != table and _BY_TABLE.get(name, Change.NONE) & shown for name in self.tables):
            return None
        return self.rows.get(table)


#: What is known of a write that says only its kinds (another file opened, a restore).
UNKNOWN = Touched()


@dataclass(frozen=True, slots=True)
class Applied(Generic[T]):
    """The result of a write, what it changed, and (when asked) its rows before and after,
    to take it back."""

    result: T
    changes: Change
    journal: "Journal | None" = None
    touched: Touched = UNKNOWN


def changes_of(session: Session) -> Change:
    change = Change.NONE
    for table in session.info.get(_WRITTEN, ()):
        change |= _BY_TABLE.get(table, Change.NONE)
    return change


def touched_by(session: Session) -> Touched:
    tables = frozenset(session.info.get(_WRITTEN, ()))
    unnamed = session.info.get(_UNNAMED, set())
    rows = session.info.get(_ROWS, {})
    return Touched(
        tables,
        {table: frozenset(ids) for table, ids in rows.items() if table not in unnamed},
    )


def note_written(session: Session, tables: Iterable[str]) -> None:
    """Record tables written behind the ORM's back (straight through the driver)."""
    tables = set(tables)
    session.info.setdefault(_WRITTEN, set()).update(tables)
    session.info.setdefault(_UNNAMED, set()).update(tables)


def _note_rows(session: Session, objects: Iterable[object]) -> None:
    written: set[str] = session.info.setdefault(_WRITTEN, set())
    rows: dict[str, set[int]] = session.info.setdefault(_ROWS, {})
    for obj in objects:
        table = getattr(obj, "__table__", None)
        if table is None:
            continue
        written.add(table.name)
        row_id = getattr(obj, "id", None)
        if isinstance(row_id, int):
            rows.setdefault(table.name, set()).add(row_id)
        else:
            session.info.setdefault(_UNNAMED, set()).add(table.name)


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
    _note_rows(session, chain(session.new, session.dirty, session.deleted))
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
