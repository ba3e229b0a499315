"""Sync with the team's server: pull the team's changes, then push this laptop's.

Rows travel by uid, their references as uids too (each end has its own row ids). A pull
asks the server for what changed since the last pull (its change sequence), as far as
row-level security lets this rep see, and applies it in one local transaction: a row this
laptop has not changed since takes the server's values; a row changed on both sides is
merged field by field against the outbox's base (a field changed on one side only takes
that side; on both, the later write wins and the losing value goes to the conflict log);
a tombstone deletes the row, and an edit made here meanwhile goes to the log. A push sends
the outbox in one server transaction, after locking the rows it writes: if the server
changed any of them since the pull, nothing is written and the sync pulls again. Every
step is idempotent: a sync cut off anywhere loses nothing, and the next one completes.
Derived data (first-reached times, search keys) is computed again on each side, never sent.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, text, update
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.store.models import (
    Base,
    Contact,
    SyncConflict,
    SyncOutbox,
    Tombstone,
    model_of,
    tombstoned,
)
from salescoach.store.outbox import REFS, SYNCED, fields_of, image_json, plain
from salescoach.store.search import derived
from salescoach.store.server_writes import Stale, delete_rows, write_rows
from salescoach.store.stamps import utc_now
from salescoach.store.team_server import server_table

Progress = Callable[[float], None]
Image = dict[str, Any]
_CHUNK = 500


@dataclass(frozen=True, slots=True)
class SyncResult:
    pulled: int
    pushed: int
    conflicts: int


def sync(
    store: Any,
    server: Engine,
    rep: str,
    device: str,
    pulled_seq: int,
    progress: Progress | None = None,
) -> tuple[SyncResult, int]:
    """Pull then push until the server holds still (a few rounds at most); returns what
    happened and the change sequence pulled up to."""
    report = progress or (lambda _fraction: None)
    pulled = conflicts = 0
    for _round in range(5):
        got, logged, pulled_seq = pull(store, server, device, pulled_seq)
        pulled, conflicts = pulled + got, conflicts + logged
        report(0.5)
        try:
            pushed, logged = push(store, server, rep, device, pulled_seq)
        except Stale:
            continue
        report(1.0)
        return SyncResult(pulled, pushed, conflicts + logged), pulled_seq
    raise UserError("server_busy")


# -- pulling --------------------------------------------------------------------------------
def _with_uids(table: str, source: Any, parents: Callable[[str], Any]) -> Any:
    """A select of `source`'s compared fields, references as the parents' uids."""
    columns = []
    for name in fields_of(table):
        parent = REFS.get(table, {}).get(name)
        if parent is None:
            columns.append(source.c[name].label(name))
        else:
            other = parents(parent).alias()
            columns.append(
                select(other.c.uid)
                .where(other.c.id == source.c[name])
                .scalar_subquery()
                .label(name)
            )
    return select(*columns, source.c.created_at, source.c.updated_at)


def pull(store: Any, server: Engine, device: str, since: int) -> tuple[int, int, int]:
    """Apply what the team changed since `since` (not what this laptop wrote itself);
    returns (rows, conflicts, new sequence)."""
    changed: dict[str, list[Image]] = {}
    with server.connect() as connection:
        newest = since
        for table in SYNCED:
            source = server_table(table)
            query = _with_uids(table, source, server_table).add_columns(source.c.server_seq)
            rows = connection.execute(
                query.where(
                    source.c.server_seq > since, source.c.device.is_distinct_from(device)
                ).order_by(source.c.server_seq)
            ).mappings()
            changed[table] = [dict(row) for row in rows]
            for row in changed[table]:
                row.pop("server_seq")
            newest = max(newest, _newest(connection, source, since))
        stones = server_table("tombstones")
        gone = connection.execute(
            select(stones.c.uid, stones.c.entity, stones.c.server_seq).where(
                stones.c.server_seq > since, stones.c.device.is_distinct_from(device)
            )
        ).all()
        newest = max(newest, _newest(connection, stones, since))
    total = sum(len(rows) for rows in changed.values()) + len(gone)
    if not total:
        return 0, 0, newest
    conflicts = store.apply(lambda session: _apply_pulled(session, changed, gone)).result
    return total, conflicts, newest


def _newest(connection: Connection, source: Any, since: int) -> int:
    """The last change this rep can see, its own included: pushes are one at a time on the
    server (`push`), so every change below it is already visible."""
    found = connection.execute(
        select(func.max(source.c.server_seq)).where(source.c.server_seq > since)
    ).scalar()
    return int(found) if found is not None else since


def _apply_pulled(session: Session, changed: dict[str, list[Image]], gone: list[Any]) -> int:
    pending = {row.uid: row for row in session.scalars(select(SyncOutbox))}
    before = session.scalar(select(func.max(text("rowid"))).select_from(SyncOutbox)) or 0
    local_gone = tombstoned(session, [row["uid"] for rows in changed.values() for row in rows])
    conflicts = 0
    resolved: dict[str, str | None] = {}  # uid -> the new base (None: nothing left to send)
    for table in SYNCED:
        rows = [row for row in changed[table] if row["uid"] not in local_gone]
        if not rows:
            continue
        local = _local_images(session, table, [row["uid"] for row in rows])
        ids = _local_ids(session, table, rows)
        inserts, updates = [], []
        for remote in rows:
            mine = local.get(remote["uid"])
            entry = pending.get(remote["uid"])
            if not _parents_here(table, remote, ids):
                continue  # its contact or deal was deleted here: the next push deletes it there
            if mine is None:
                inserts.append(_stored(table, remote, ids))
                continue
            merged, lost = remote, {}
            if entry is not None and entry.entity == table:
                merged, lost = _merge(table, entry.base, mine, remote)
                resolved[remote["uid"]] = (
                    image_json(_compared(table, remote)) if merged != remote else None
                )
            if lost:
                conflicts += 1
                session.add(_conflict(table, remote["uid"], "later_edit", lost))
            updates.append({**_stored(table, merged, ids), "id": mine["id"]})
        model = model_of(table)
        for start in range(0, len(inserts), _CHUNK):
            session.execute(insert(model), inserts[start : start + _CHUNK])
        if updates:
            session.execute(update(model), updates)
        session.flush()
        if table == "contacts":
            _refer_again(session, rows)
    conflicts += _delete_gone(session, gone, pending)
    _settle_outbox(session, before, resolved)
    return conflicts


def _refer_again(session: Session, rows: list[Image]) -> None:
    """Who referred whom, once every pulled contact is here (one may refer to a contact
    further down the same pull)."""
    referring = [row for row in rows if row["referred_by_id"]]
    if not referring:
        return
    wanted = {row["referred_by_id"] for row in referring} | {row["uid"] for row in referring}
    ids = dict(
        session.execute(select(Contact.uid, Contact.id).where(Contact.uid.in_(wanted))).all()
    )
    pairs = [
        {"id": ids[row["uid"]], "referred_by_id": ids.get(row["referred_by_id"])}
        for row in referring
        if row["uid"] in ids
    ]
    session.execute(update(Contact), pairs)


def _parents_here(table: str, image: Image, ids: dict[str, dict[str, int]]) -> bool:
    """Whether every row a pulled row must hang on is here."""
    columns = Base.metadata.tables[table].columns
    return all(
        columns[name].nullable or ids.get(parent, {}).get(image[name]) is not None
        for name, parent in REFS.get(table, {}).items()
    )


def _merge(table: str, base_json: str | None, mine: Image, remote: Image) -> tuple[Image, dict]:
    """Field by field: a side's change wins over no change; both changed: the later write."""
    base = json.loads(base_json) if base_json else {}
    later_here = plain(mine["updated_at"]) > plain(remote["updated_at"])
    merged, lost = dict(remote), {}
    for name in fields_of(table):
        here, there = plain(mine[name]), plain(remote[name])
        if here == there or here == base.get(name, object()):
            continue
        if there == base.get(name, object()) or later_here:
            merged[name] = mine[name]
            if there != base.get(name, object()):
                lost[name] = there
        else:
            lost[name] = here
    if later_here:
        merged["updated_at"] = mine["updated_at"]
    return merged, lost


def _delete_gone(session: Session, gone: list[Any], pending: dict[str, SyncOutbox]) -> int:
    """Delete here what was deleted elsewhere; an edit made here meanwhile is logged."""
    conflicts = 0
    for uid, entity, _seq in gone:
        model = model_of(entity) if entity in SYNCED else None
        row = session.scalar(select(model).where(model.uid == uid)) if model else None
        if row is not None:
            entry = pending.get(uid)
            if entry is not None and entry.entity == entity and entry.base is not None:
                mine = _local_images(session, entity, [uid])[uid]
                session.add(_conflict(entity, uid, "deleted", _compared(entity, mine)))
                conflicts += 1
            session.delete(row)  # with a tombstone, as every deletion
        elif session.get(Tombstone, uid) is None:
            session.add(Tombstone(uid=uid, entity=entity))
    session.flush()
    return conflicts


def _settle_outbox(session: Session, before: int, resolved: dict[str, str | None]) -> None:
    """The pull's own writes are not changes to send (the entries its writes added come
    after the last one there before it); a merge leaves only what won here."""
    session.execute(text("DELETE FROM sync_outbox WHERE rowid > :before"), {"before": before})
    for uid, base in resolved.items():
        if base is None:
            session.execute(delete(SyncOutbox).where(SyncOutbox.uid == uid))
        else:
            session.execute(update(SyncOutbox).where(SyncOutbox.uid == uid).values(base=base))


# -- pushing --------------------------------------------------------------------------------
def push(store: Any, server: Engine, rep: str, device: str, pulled_seq: int) -> tuple[int, int]:
    """Send the outbox in one server transaction; returns (rows sent, conflicts)."""
    with store.reader() as session:
        outbox = {
            uid: (entity, changes)
            for uid, entity, changes in session.execute(
                select(SyncOutbox.uid, SyncOutbox.entity, SyncOutbox.changes)
            )
        }
        images = {
            table: _local_images(session, table, [u for u, (e, _c) in outbox.items() if e == table])
            for table in SYNCED
        }
        stones = dict(
            session.execute(
                select(Tombstone.uid, Tombstone.entity).where(
                    Tombstone.uid.in_([u for u, (e, _c) in outbox.items() if e == "tombstones"])
                )
            ).all()
        )
    if not outbox:
        return 0, 0
    deleted_there: set[str] = set()
    with server.begin() as connection:
        # One push at a time on the server: a change's sequence number is then visible
        # before any higher one, so a pull never steps over a change still being written.
        connection.execute(text("SELECT pg_advisory_xact_lock(hashtext('salescoach push'))"))
        for table in SYNCED:
            deleted_there |= write_rows(connection, table, images[table], rep, device, pulled_seq)
        for table in reversed(SYNCED):
            delete_rows(connection, table, [u for u, e in stones.items() if e == table], device)
    conflicts = store.apply(
        lambda session: _after_push(session, outbox, images, deleted_there)
    ).result
    return len(outbox), conflicts


def _after_push(
    session: Session,
    outbox: dict[str, tuple[str, int]],
    images: dict[str, dict[str, Image]],
    deleted_there: set[str],
) -> int:
    """What was sent leaves the outbox, unless changed again meanwhile (then the sent image
    is its new base); a row deleted on the server meanwhile is deleted here, the edit logged."""
    conflicts = 0
    for uid in deleted_there:
        entity = outbox[uid][0]
        model = model_of(entity)
        row = session.scalar(select(model).where(model.uid == uid))
        if row is not None:
            session.add(_conflict(entity, uid, "deleted", _compared(entity, images[entity][uid])))
            session.delete(row)
            conflicts += 1
    session.flush()
    connection = session.connection()
    sent = [(uid, changes) for uid, (_entity, changes) in outbox.items()]
    connection.exec_driver_sql(  # sent and unchanged since: done
        "DELETE FROM sync_outbox WHERE uid = ? AND changes = ?", sent
    )
    left = set(session.scalars(select(SyncOutbox.uid)))
    again = [  # changed again while it was sent: what the server has is its new base
        (image_json(_compared(entity, images[entity][uid])), uid)
        for uid, (entity, _changes) in outbox.items()
        if uid in left and entity in images and uid in images[entity]
    ]
    if again:
        connection.exec_driver_sql("UPDATE sync_outbox SET base = ? WHERE uid = ?", again)
    if deleted_there:
        session.execute(delete(SyncOutbox).where(SyncOutbox.uid.in_(list(deleted_there))))
    return conflicts


# -- images ---------------------------------------------------------------------------------
def _local_images(session: Session, table: str, uids: list[str]) -> dict[str, Image]:
    """The local rows with these uids, in the compared form, with their local ids."""
    found: dict[str, Image] = {}
    source = Base.metadata.tables[table]
    query = _with_uids(table, source, lambda name: Base.metadata.tables[name]).add_columns(
        source.c.id
    )
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start : start + _CHUNK]
        for row in session.execute(query.where(source.c.uid.in_(chunk))).mappings():
            found[row["uid"]] = dict(row)
    return found


def _local_ids(session: Session, table: str, rows: list[Image]) -> dict[str, dict[str, int]]:
    """The local ids of the rows the pulled rows refer to, by table and uid."""
    wanted: dict[str, set[str]] = {}
    for name, parent in REFS.get(table, {}).items():
        wanted.setdefault(parent, set()).update(r[name] for r in rows if r[name])
    ids: dict[str, dict[str, int]] = {}
    for parent, uids in wanted.items():
        source = Base.metadata.tables[parent]
        ids[parent] = dict(
            session.execute(select(source.c.uid, source.c.id).where(source.c.uid.in_(uids))).all()
        )
    return ids


def _stored(table: str, image: Image, ids: dict[str, dict[str, int]]) -> Image:
    """A pulled image as a local row: references as local ids, the search key computed."""
    row = {name: image[name] for name in (*fields_of(table), "created_at", "updated_at")}
    for name, parent in REFS.get(table, {}).items():
        row[name] = ids.get(parent, {}).get(image[name]) if image[name] else None
    row.update(derived(model_of(table), row))
    return row


def _compared(table: str, image: Image) -> Image:
    return {name: image[name] for name in fields_of(table)}


def _conflict(entity: str, uid: str, why: str, lost: Image) -> SyncConflict:
    label = str(lost.get("name") or lost.get("title") or lost.get("outcome") or "")[:200]
    return SyncConflict(
        at=utc_now(), entity=entity, uid=uid, label=label, why=why, lost=image_json(lost)
    )
