"""A SalesCoach file's stage histories written over the stored ones, step by step.

Each step of the file is matched with a stored one: by its uid (files of version 2 give
each step an id), or for a file without step ids by the same stage at the same time. A
matched step keeps its row and uid (moved or re-staged in place if the file says so), a
step only the file has is added with the file's uid, and a stored step the file no longer
has is deleted with a tombstone. Importing the same file twice changes nothing, and the
steps keep their identity from laptop to laptop.
"""

from collections import defaultdict
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from salescoach.interchange.document import Document
from salescoach.store.models import StageEvent, Tombstone, new_uid

_CHUNK = 500


def merge_histories(session: Session, document: Document, ids: dict[str, int]) -> None:
    """Make each of the document's opportunities' stored history the file's (`ids`: the
    opportunities' row ids by uid)."""
    stored = _stored(session, [ids[o.uid] for o in document.opportunities])
    added: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    gone: list[tuple[int, str]] = []
    for opportunity in document.opportunities:
        row_id = ids[opportunity.uid]
        current = stored.get(row_id, [])
        by_uid = {event[1]: event for event in current}
        by_step = {(event[2], event[3]): event for event in current}
        kept: set[int] = set()
        for step, uid in zip(opportunity.stages, opportunity.stage_uids, strict=True):
            match = by_uid.get(uid) if uid else by_step.get((step.stage, step.at))
            if match is None or match[0] in kept:
                added.append(
                    {
                        "opportunity_id": row_id,
                        "stage": step.stage,
                        "at": step.at,
                        "uid": uid or new_uid(),
                    }
                )
                continue
            kept.add(match[0])
            if (match[2], match[3]) != (step.stage, step.at):
                changed.append(
                    {"id": match[0], "opportunity_id": row_id, "stage": step.stage, "at": step.at}
                )
        gone += [(event[0], event[1]) for event in current if event[0] not in kept]
    for start in range(0, len(gone), _CHUNK):
        chunk = gone[start : start + _CHUNK]
        session.execute(
            insert(Tombstone), [{"uid": uid, "entity": "stage_events"} for _, uid in chunk]
        )
        session.execute(delete(StageEvent).where(StageEvent.id.in_([id for id, _ in chunk])))
    if changed:
        session.execute(update(StageEvent), changed)
    for start in range(0, len(added), _CHUNK):
        session.execute(insert(StageEvent), added[start : start + _CHUNK])


def _stored(session: Session, opportunity_ids: list[int]) -> dict[int, list[tuple[Any, ...]]]:
    """Each opportunity's stored steps: (row id, uid, stage, at)."""
    found: dict[int, list[tuple[Any, ...]]] = defaultdict(list)
    for start in range(0, len(opportunity_ids), _CHUNK):
        rows = session.execute(
            select(
                StageEvent.opportunity_id,
                StageEvent.id,
                StageEvent.uid,
                StageEvent.stage,
                StageEvent.at,
            ).where(StageEvent.opportunity_id.in_(opportunity_ids[start : start + _CHUNK]))
        )
        for opportunity, *event in rows:
            found[opportunity].append(tuple(event))
    return found
