"""The history of imports, and taking one back.

Each import of a file is a batch: the rows it added, and what it changed on rows already
there: the fields a spreadsheet, CSV or vCard file filled in on contacts, or the columns
and stage histories a SalesCoach file updated (each with its value before and after).
Undoing a batch deletes the rows it added, whatever was done since on other records, and
puts back each value it changed unless the rep has changed it since: later work is never
overwritten.
"""

import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.store.models import (
    Account,
    Activity,
    Contact,
    ImportBatch,
    ImportItem,
    Opportunity,
    table_of,
)
from salescoach.store.records.activities import delete_activity
from salescoach.store.records.contacts import delete_contact, load_contact, save_contact
from salescoach.store.records.opportunities import delete_opportunity
from salescoach.store.undo.bulk_images import restore, restore_history


@dataclass(frozen=True, slots=True)
class BatchRow:
    """An import as the history lists it."""

    id: int
    file: str
    at: datetime
    added: int
    merged: int
    unchanged: int
    invalid: int
    undone_at: datetime | None
    activities: int = 0
    opportunities: int = 0


@dataclass(frozen=True, slots=True)
class Undone:
    file: str
    at: datetime
    removed: int
    restored: int
    removed_activities: int = 0
    removed_opportunities: int = 0


def start_batch(session: Session, file: str, at: datetime) -> ImportBatch:
    batch = ImportBatch(file=file[:255], at=at)
    session.add(batch)
    return batch


def note_filled(
    session: Session, batch: ImportBatch, contact_uid: str, filled: dict[str, tuple[str, str]]
) -> None:
    """The batch filled in these fields (before, after) on a contact already there."""
    session.execute(
        insert(table_of(ImportItem)).values(
            batch_id=batch.id, uid=contact_uid, added=False, filled=json.dumps(filled)
        )
    )
    session.execute(
        update(ImportBatch).where(ImportBatch.id == batch.id).values(merged=ImportBatch.merged + 1)
    )


def import_history(session: Session) -> list[BatchRow]:
    """Every import, the newest first."""
    return [
        BatchRow(
            b.id,
            b.file,
            b.at,
            b.added,
            b.merged,
            b.unchanged,
            b.invalid,
            b.undone_at,
            b.activities,
            b.opportunities,
        )
        for b in session.scalars(
            select(ImportBatch).order_by(ImportBatch.at.desc(), ImportBatch.id.desc())
        )
    ]


def last_import(session: Session) -> int:
    """The newest import not undone yet."""
    found = session.scalar(
        select(ImportBatch.id)
        .where(ImportBatch.undone_at.is_(None))
        .order_by(ImportBatch.at.desc(), ImportBatch.id.desc())
        .limit(1)
    )
    if found is None:
        raise UserError("no_import_to_undo")
    return found


#: The order in which Undo takes rows back: children before their parents.
_UNDO_ORDER = {"activity": 0, "opportunity": 1, "contact": 2, "account": 3}
_MODELS: dict[str, Any] = {
    "activity": Activity,
    "opportunity": Opportunity,
    "contact": Contact,
    "account": Account,
}


def undo_import(session: Session, batch_id: int, now: datetime) -> Undone:
    """Take the batch back in the caller's transaction."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise UserError("no_import_to_undo")
    if batch.undone_at is not None:
        raise UserError("import_already_undone", file=batch.file)
    removed: Counter[str] = Counter()
    restored = 0
    for item in sorted(batch.items, key=lambda i: _UNDO_ORDER.get(i.entity, 0)):
        model = _MODELS[item.entity]
        row_id = session.scalar(select(model.id).where(model.uid == item.uid))
        if row_id is None:  # deleted since: nothing left to take back
            continue
        if item.added:
            removed[item.entity] += _remove(session, item.entity, row_id)
            continue
        filled = json.loads(item.filled)
        if "columns" in filled or "stages" in filled:  # a row a SalesCoach file updated
            columns = filled.get("columns", {})
            back = restore(session, table_of(model), item.uid, columns)
            if "stages" in filled:
                back = restore_history(session, item.uid, *filled["stages"]) or back
            restored += back
        else:
            restored += _unfill(session, row_id, filled)
    batch.undone_at = now
    return Undone(
        batch.file,
        batch.at,
        removed["contact"],
        restored,
        removed["activity"],
        removed["opportunity"],
    )


def _remove(session: Session, entity: str, row_id: int) -> int:
    """Delete a row the batch added, through the store (tombstones kept); an account only
    when no contact is left on it."""
    if entity == "activity":
        delete_activity(session, row_id)
    elif entity == "opportunity":
        delete_opportunity(session, row_id)
    elif entity == "contact":
        delete_contact(session, row_id)
    else:
        session.flush()
        if session.scalar(select(Contact.id).where(Contact.account_id == row_id).limit(1)):
            return 0
        session.delete(session.get_one(Account, row_id))
    return 1


def _unfill(session: Session, contact_id: int, filled: dict[str, list[str]]) -> bool:
    """Empty again what a table import filled in on a contact, unless changed since."""
    fields = load_contact(session, contact_id)
    back: dict[str, Any] = {
        name: before
        for name, (before, after) in filled.items()
        if getattr(fields, name) == after  # not changed since the import
    }
    if back:
        save_contact(session, replace(fields, **back), contact_id)
    return bool(back)
