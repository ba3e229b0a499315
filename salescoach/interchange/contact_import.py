"""Bringing a rep's contacts in from a spreadsheet or CSV export, never twice.

The rows are read a chunk at a time and each is sorted as it comes: a new contact, one
already in the database or earlier in the file (the same e-mail, or the same name and
company once case and accents are folded) whose empty fields it fills in (nothing the rep
typed is overwritten), one that adds nothing, or a row that cannot be read (with its line
and why). The same walk makes the wizard's plan, writing nothing, and the import itself,
writing each chunk as it goes in one transaction: importing the same file again changes
nothing, and what the walk remembers lives in SQLite (`SeenContacts`), so memory stays
flat however long the file. Each import is kept as a batch (`store.records.imports`) so it can be
undone.
"""

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from itertools import islice
from typing import TypeVar

from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.core.records import ActivityFields, ContactFields
from salescoach.interchange.activity_columns import read_activity_row
from salescoach.interchange.column_names import lists_activities
from salescoach.interchange.contact_columns import (
    Dropped,
    Invalid,
    LeftOut,
    left_out,
    read_row,
)
from salescoach.interchange.contact_writer import ContactWriter
from salescoach.interchange.seen_contacts import (
    FILLABLE,
    SeenContacts,
    Taken,
    contact_keys,
    filled_mask,
    moment_key,
)
from salescoach.interchange.tables import Table

T = TypeVar("T")
#: A row read: its contact, its activity (in an activities export), the cells left out.
ReadRow = tuple[ContactFields, ActivityFields | None, list[Dropped]]
#: Rows read, sorted and written together; Cancel and progress are looked at between two.
CHUNK = 500


@dataclass(slots=True)
class ContactPlan:
    """What importing a table does, or would do."""

    new: int = 0
    #: rows that fill in a contact already there
    merged: int = 0
    #: rows that add nothing: the contact (and activity) is already there
    unchanged: int = 0
    activities: int = 0
    invalid: list[Invalid] = field(default_factory=list)
    #: values left out of rows that were kept (a broken e-mail, a cell too long)
    left_out: list[LeftOut] = field(default_factory=list)
    #: every row read under the header
    rows: int = 0

    def adds_anything(self) -> bool:
        return bool(self.new or self.merged or self.activities)


@dataclass(slots=True)
class _Row:
    line: int
    contact: ContactFields
    activity: ActivityFields | None
    keys: list[str]
    ref: int = 0


def plan_contacts(
    session: Session,
    table: Table,
    mapping: list[str],
    language: str = "en",
    merge: bool = True,
    now: datetime | None = None,
) -> ContactPlan:
    """What importing the table would do, with nothing written; without `merge`, a contact
    already there is left as it is. In an activities export each row is an activity of the
    contact it names: a new one, or one already there (the same contact, kind and time)."""
    walk = _Walk(session, table.headers, mapping, language, merge, now or datetime.now(), None)
    walk.plan.left_out += table.left_out
    return walk.run(table.rows)


def import_contacts(
    session: Session,
    table: Table,
    mapping: list[str],
    file: str,
    language: str = "en",
    merge: bool = True,
    now: datetime | None = None,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    expected_rows: int = 0,
) -> ContactPlan:
    """Import the table in the caller's transaction, as one batch of the import history.
    `cancelled` is asked between chunks (raising `Cancelled` rolls the transaction back);
    `progress` hears the share of `expected_rows` done (the plan's count, when known)."""
    moment = now or datetime.now()
    writer = ContactWriter(session, file, moment)
    walk = _Walk(session, table.headers, mapping, language, merge, moment, writer)
    walk.plan.left_out += table.left_out
    plan = walk.run(table.rows, progress, cancelled, expected_rows)
    writer.close(plan.new, plan.activities, plan.unchanged, len(plan.invalid))
    return plan


class _Walk:
    """Sorts the rows chunk by chunk, and writes them when given a writer."""

    def __init__(
        self,
        session: Session,
        headers: list[str],
        mapping: list[str],
        language: str,
        merge: bool,
        now: datetime,
        writer: ContactWriter | None,
    ) -> None:
        self.session, self.language, self.merge, self.writer = session, language, merge, writer
        self.headers, self.mapping = headers, mapping
        self.plan = ContactPlan()
        self.new = 0  # contacts new in this import so far
        self.read: Callable[[list[str]], ReadRow]
        if lists_activities(mapping):
            self.read = lambda cells: read_activity_row(cells, mapping, now, language)
        else:
            self.read = lambda cells: _contact_only(*read_row(cells, mapping, language))

    def run(
        self,
        rows: Iterable[tuple[int, list[str]]],
        progress: Callable[[float], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        expected_rows: int = 0,
    ) -> ContactPlan:
        self.seen = SeenContacts(self.session)
        try:
            for chunk in _chunks(rows, CHUNK):
                if cancelled is not None and cancelled():
                    raise Cancelled("import_cancelled")
                self._sort(chunk)
                self.plan.rows += len(chunk)
                if progress is not None and expected_rows:
                    progress(min(1.0, self.plan.rows / expected_rows))
            if cancelled is not None and cancelled():
                raise Cancelled("import_cancelled")
        finally:
            self.seen.close()
        return self.plan

    def _sort(self, chunk: list[tuple[int, list[str]]]) -> None:
        rows: list[_Row] = []
        for line, cells in chunk:
            try:
                contact, activity, dropped = self.read(cells)
            except UserError as error:
                self.plan.invalid.append(Invalid(line, error.text(self.language), cells))
                continue
            if dropped:
                self.plan.left_out += left_out(
                    line, cells, self.mapping, self.headers, dropped, self.language
                )
            rows.append(_Row(line, contact, activity, contact_keys(*_named(contact))))
        refs = self.seen.refs(key for row in rows for key in row.keys)
        filled = self.seen.filled(set(refs.values()))
        new_keys: dict[str, int] = {}
        for row in rows:
            self._place(row, refs, filled, new_keys)
        if self.writer is not None:
            self.writer.flush_contacts()
        taken = self._add_activities([row for row in rows if row.activity is not None])
        if self.writer is not None:
            self.writer.flush_activities()
        self.seen.remember(new_keys, filled, taken)

    def _place(
        self, row: _Row, refs: dict[str, int], filled: dict[int, int], new_keys: dict[str, int]
    ) -> None:
        """The row's contact (already met, or new) and what the row fills in on it."""
        ref = next((refs[key] for key in row.keys if key in refs), None)
        if ref is None:
            self.new += 1
            row.ref = ref = -self.new
            for key in row.keys:
                refs[key] = new_keys[key] = ref
            filled[ref] = filled_mask(getattr(row.contact, name) for name in FILLABLE)
            self.plan.new += 1
            if self.writer is not None:
                self.writer.add(row.contact)
            return
        row.ref = ref
        gaps = {
            name: getattr(row.contact, name)
            for n, name in enumerate(FILLABLE)
            if getattr(row.contact, name) and not filled[ref] & (1 << n)
        }
        if ref > 0 and not self.merge:
            gaps = {}
        if gaps:
            filled[ref] |= filled_mask(name in gaps for name in FILLABLE)
            if ref > 0:
                self.plan.merged += 1
            if self.writer is not None:
                self.writer.fill(ref, gaps)
        if row.activity is None and not (gaps and ref > 0):
            self.plan.unchanged += 1  # the contact there, or earlier in the file

    def _add_activities(self, rows: list[_Row]) -> list[Taken]:
        """Each row's activity, unless its contact has it already (same kind and time)."""
        if not rows:
            return []
        refs = {row.ref for row in rows}
        moments = [row.activity.at for row in rows if row.activity is not None]
        taken = self.seen.taken(refs)
        there = [ref for ref in refs if ref > 0]
        if there:
            taken |= self.seen.there(there, min(moments), max(moments))
        added: list[Taken] = []
        for row in rows:
            activity = row.activity
            assert activity is not None
            key = (row.ref, activity.kind.value, moment_key(activity.at))
            if key in taken:
                self.plan.unchanged += 1
                continue
            taken.add(key)
            added.append(key)
            self.plan.activities += 1
            if self.writer is not None:
                self.writer.add_activity(row.ref, activity)
        return added


def _contact_only(contact: ContactFields, dropped: list[Dropped]) -> "ReadRow":
    return contact, None, dropped


def _named(contact: ContactFields) -> tuple[str, str, str]:
    return contact.name, contact.company, contact.email


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    try:
        while chunk := list(islice(iterator, size)):
            yield chunk
    finally:
        close = getattr(iterator, "close", None)
        if close is not None:
            close()


class Cancelled(UserError):
    """The rep stopped the import; its transaction is rolled back."""
