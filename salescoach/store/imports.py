"""The history of contact imports, and taking one back.

Each import of a spreadsheet, CSV or vCard file is a batch: the contacts it added, and the
fields it filled in on contacts already there (with their values before and after). Undoing
a batch deletes the contacts it added, whatever was done since on other records, and puts
back each field it filled in unless the rep has changed that field since: later work is
never overwritten.
"""

import json
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.store.activities import delete_activity
from salescoach.store.contacts import delete_contact, load_contact, save_contact
from salescoach.store.models import Activity, Contact, ImportBatch, ImportItem


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


@dataclass(frozen=True, slots=True)
class Undone:
    file: str
    at: datetime
    removed: int
    restored: int
    removed_activities: int = 0


def start_batch(session: Session, file: str, at: datetime) -> ImportBatch:
    batch = ImportBatch(file=file[:255], at=at)
    session.add(batch)
    return batch


def note_filled(
    session: Session, batch: ImportBatch, contact_uid: str, filled: dict[str, tuple[str, str]]
) -> None:
    """The batch filled in these fields (before, after) on a contact already there."""
    session.execute(
        insert(ImportItem.__table__).values(
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
            b.id, b.file, b.at, b.added, b.merged, b.unchanged, b.invalid, b.undone_at, b.activities
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


def undo_import(session: Session, batch_id: int, now: datetime) -> Undone:
    """Take the batch back in the caller's transaction."""
    batch = session.get(ImportBatch, batch_id)
    if batch is None:
        raise UserError("no_import_to_undo")
    if batch.undone_at is not None:
        raise UserError("import_already_undone", file=batch.file)
    removed = restored = removed_activities = 0
    for item in sorted(batch.items, key=lambda i: i.entity != "activity"):  # activities first
        if item.entity == "activity":
            activity_id = session.scalar(select(Activity.id).where(Activity.uid == item.uid))
            if activity_id is not None:
                delete_activity(session, activity_id)
                removed_activities += 1
            continue
        contact_id = session.scalar(select(Contact.id).where(Contact.uid == item.uid))
        if contact_id is None:  # deleted since: nothing left to take back
            continue
        if item.added:
            delete_contact(session, contact_id)
            removed += 1
            continue
        fields = load_contact(session, contact_id)
        back = {
            name: before
            for name, (before, after) in json.loads(item.filled).items()
            if getattr(fields, name) == after  # not changed since the import
        }
        if back:
            save_contact(session, replace(fields, **back), contact_id)
            restored += 1
    batch.undone_at = now
    return Undone(batch.file, batch.at, removed, restored, removed_activities)
