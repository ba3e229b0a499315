"""A SalesCoach file imported as a batch of the import history, so it can be taken back.

The file's rows are written by uid (`salescoach_json.write_document`: new ones added, those
already there updated). Around that write this notes which rows were new, so Undo deletes
them, and, for the rows already there, each column's stored value before and after and each
opportunity's stage history, so Undo puts them back where nothing changed them since.
"""

import json
from datetime import datetime
from typing import Any

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from salescoach.interchange.document import parse_document
from salescoach.interchange.salescoach_json import (
    ImportSummary,
    Progress,
    summary_of,
    write_document,
)
from salescoach.interchange.tombstoned import without_deleted
from salescoach.store.models import (
    Account,
    Activity,
    Contact,
    ImportBatch,
    ImportItem,
    Opportunity,
    table_of,
)
from salescoach.store.records.imports import start_batch
from salescoach.store.undo.bulk_images import changes, histories, images, steps

#: What a file holds, parents first.
_ENTITIES: tuple[tuple[str, Table], ...] = (
    ("account", table_of(Account)),
    ("contact", table_of(Contact)),
    ("opportunity", table_of(Opportunity)),
    ("activity", table_of(Activity)),
)


def import_json_batch(
    session: Session, raw: Any, file: str, now: datetime, progress: Progress | None = None
) -> ImportSummary:
    """Check then write a decoded SalesCoach document as one batch; raises `InvalidFile`
    before writing anything."""
    document, left_out = without_deleted(session, parse_document(raw))
    uids = {
        "contact": [row.uid for row in document.contacts],
        "opportunity": [row.uid for row in document.opportunities],
        "activity": [row.uid for row in document.activities],
    }
    batch = start_batch(session, file, now)
    session.flush()  # its id, for the items
    before = {
        entity: images(session, table, _named(session, entity, uids)) for entity, table in _ENTITIES
    }
    stages = histories(session, list(before["opportunity"]))
    write_document(session, document, progress or (lambda _fraction: None))
    items: list[dict[str, Any]] = []
    added = dict.fromkeys(before, 0)
    merged = unchanged = 0
    for entity, table in _ENTITIES:
        there = before[entity]
        for uid in _named(session, entity, uids):
            if uid not in there:
                items.append(_item(batch.id, entity, uid, True, {}))
                added[entity] += 1
        after = images(session, table, list(there))
        moves = histories(session, list(there)) if entity == "opportunity" else {}
        for uid, image in there.items():
            changed: dict[str, Any] = {}
            if columns := changes(image, after[uid]):
                changed["columns"] = columns
            if uid in moves and steps(moves[uid]) != steps(stages[uid]):
                changed["stages"] = [stages[uid], moves[uid]]
            if changed:
                items.append(_item(batch.id, entity, uid, False, changed))
                merged += 1
            else:
                unchanged += 1
    if items:
        session.execute(insert(ImportItem), items)
    session.execute(
        update(ImportBatch)
        .where(ImportBatch.id == batch.id)
        .values(
            added=added["contact"],
            opportunities=added["opportunity"],
            activities=added["activity"],
            merged=merged,
            unchanged=unchanged,
        )
    )
    return summary_of(document, left_out)


def _named(session: Session, entity: str, uids: dict[str, list[str]]) -> list[str]:
    """The uids of the rows the file names; every account, as a file matches them by name."""
    if entity == "account":
        return list(session.scalars(select(Account.uid)))
    return uids[entity]


def _item(batch: int, entity: str, uid: str, added: bool, filled: dict[str, Any]) -> Any:
    return {
        "batch_id": batch,
        "entity": entity,
        "uid": uid,
        "added": added,
        "filled": json.dumps(filled),
    }
