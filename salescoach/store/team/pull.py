"""Pull: bring what the team changed since the last pull onto this laptop.

The server is read in one snapshot, after any push in progress (a shared lock the pushes
take exclusively), as far as row-level security lets this rep see and without the shared
rows this rep removed from their lists. Applied here in one transaction, with the outbox
triggers quiet (`sync_state`): a row at the version this laptop already has is its own
write coming back; a row with no change waiting here takes the server's values; one with a
change waiting takes the fields only the team changed and keeps the rest (the push that
follows lets the server decide and log any field both changed). A tombstone deletes the
row, unless a change waiting here still needs it: the push decides then. A row that cannot
be placed yet (its parent deleted here, waiting to be sent) holds the pull's mark below it,
so it is read again. The conflicts this rep is part of come down too.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.orm import Session

from salescoach.core.merge import three_way
from salescoach.store.engine import roomy_cache
from salescoach.store.models import (
    SyncConflict,
    SyncOutbox,
    SyncState,
    SyncVersion,
    Tombstone,
    model_of,
    table_of,
    tombstoned,
)
from salescoach.store.session.changes import Change
from salescoach.store.session.stamps import utc_now
from salescoach.store.team.images import (
    Image,
    compared,
    flat_row,
    local_ids,
    local_images,
    pairs_by_uid,
    parents_here,
    stored,
    with_uids,
)
from salescoach.store.team.outbox import REFS, SYNCED, fields_of
from salescoach.store.team.server import conflicts, hidden, server_table

if TYPE_CHECKING:
    from salescoach.store.database import Store

_CHUNK = 500
#: The local tables whose rows hang on a row of each synced table.
CHILDREN: dict[str, list[tuple[str, str]]] = {}
for _child, _refs in REFS.items():
    for _column, _parent in _refs.items():
        CHILDREN.setdefault(_parent, []).append((_child, _column))


@dataclass
class Pulled:
    """What came down: rows by table, tombstones, conflicts, and the server's mark."""

    rows: dict[str, list[Image]] = field(default_factory=dict)
    gone: list[tuple[str, str, int]] = field(default_factory=list)
    conflicts: list[Image] = field(default_factory=list)
    newest: int = 0

    @property
    def empty(self) -> bool:
        return not (any(self.rows.values()) or self.gone or self.conflicts)


@dataclass
class PullResult:
    rows: int
    conflicts: int
    newest: int
    #: the uids of the rows this pull wrote here (Undo forgets what it would undo over them)
    touched: set[str]


def lock_shared(connection: Connection) -> None:
    """Wait for a push in progress: its changes are then all visible, or none."""
    connection.execute(select(func.pg_advisory_xact_lock_shared(func.hashtext("salescoach push"))))


def read_server(server: Engine, since: int) -> Pulled:
    found = Pulled(newest=since)
    mine_hidden = select(hidden.c.uid)
    with server.connect().execution_options(isolation_level="REPEATABLE READ") as connection:
        lock_shared(connection)
        for table in SYNCED:
            source = server_table(table)
            query = with_uids(table, source, server_table).add_columns(source.c.server_seq)
            rows = connection.execute(
                query.where(source.c.server_seq > since, source.c.uid.not_in(mine_hidden)).order_by(
                    source.c.server_seq
                )
            )
            names = list(rows.keys())
            found.rows[table] = [flat_row(names, row) for row in rows]
        stones = server_table("tombstones")
        found.gone = [
            (uid, entity, int(seq))
            for uid, entity, seq in connection.execute(
                select(stones.c.uid, stones.c.entity, stones.c.server_seq).where(
                    stones.c.server_seq > since
                )
            )
        ]
        found.gone += [  # rows this rep removed from their lists, as shared rows deleted
            (uid, "contacts", int(seq))
            for uid, seq in connection.execute(
                select(hidden.c.uid, hidden.c.server_seq).where(hidden.c.server_seq > since)
            )
        ]
        found.conflicts = [
            dict(row)
            for row in connection.execute(
                select(conflicts).where(conflicts.c.server_seq > since)
            ).mappings()
        ]
        seqs = [row["server_seq"] for rows in found.rows.values() for row in rows]
        seqs += [seq for *_rest, seq in found.gone]
        seqs += [row["server_seq"] for row in found.conflicts]
        found.newest = max([since, *seqs])
        connection.rollback()
    return found


def apply_pulled(session: Session, pulled: Pulled) -> PullResult:
    """Write what came down here; returns what it did and the mark to keep."""
    with roomy_cache(session):
        return _apply_pulled(session, pulled)


def _apply_pulled(session: Session, pulled: Pulled) -> PullResult:
    session.execute(update(SyncState).values(applying=1))
    if session.get(SyncState, 1) is None:
        session.add(SyncState(id=1, applying=1))
        session.flush()
    pending = {row.uid: row for row in session.scalars(select(SyncOutbox))}
    touched: set[str] = set()
    held: list[int] = []  # versions that could not be placed yet
    wanted = [row["uid"] for rows in pulled.rows.values() for row in rows]
    wanted += [uid for uid, _entity, _seq in pulled.gone]
    versions = pairs_by_uid(session, SyncVersion.uid, SyncVersion.seq, wanted)
    rows = 0
    for table in SYNCED:
        rows += _apply_rows(
            session, table, pulled.rows.get(table, []), pending, versions, touched, held
        )
    rows += _apply_gone(session, pulled.gone, pending, touched, held)
    follow_history(session, touched)
    logged = _apply_conflicts(session, pulled.conflicts)
    session.execute(update(SyncState).values(applying=0))
    newest = min([pulled.newest, *(seq - 1 for seq in held)])
    return PullResult(rows, logged, newest, touched)


def _apply_rows(
    session: Session,
    table: str,
    remote_rows: list[Image],
    pending: dict[str, SyncOutbox],
    versions: dict[str, int],
    touched: set[str],
    held: list[int],
) -> int:
    rows = [
        row
        for row in remote_rows
        if versions.get(row["uid"]) != row["server_seq"]  # not our own write coming back
        and not _deleting_here(pending, row["uid"])  # our deletion goes with the push
    ]
    if not rows:
        return 0
    uids = [row["uid"] for row in rows]
    came_back = tombstoned(session, uids)  # deleted here, since brought back by the team
    if came_back:
        session.execute(delete(Tombstone).where(Tombstone.uid.in_(list(came_back))))
    local = local_images(session, table, uids)
    ids = local_ids(session, table, rows)
    inserts, updates, placed = [], [], []
    for remote in rows:
        if not parents_here(table, remote, ids):
            held.append(int(remote["server_seq"]))
            continue
        mine = local.get(remote["uid"])
        values = compared(table, remote)
        if mine is not None:
            entry = pending.get(remote["uid"])
            if entry is not None:
                base = json.loads(entry.base) if entry.base else None
                merged = three_way(base, compared(table, mine), values, fields_of(table))
                values = merged.values
            image = {**remote, **values}
            updates.append({**stored(table, image, ids), "id": mine["id"]})
        else:
            inserts.append(stored(table, remote, ids))
        placed.append({"uid": remote["uid"], "seq": int(remote["server_seq"])})
        touched.add(remote["uid"])
    model = model_of(table)
    for start in range(0, len(inserts), _CHUNK):
        session.execute(insert(model.__table__), inserts[start : start + _CHUNK])
    if updates:
        session.execute(update(model), updates)
    if table == "contacts":
        _refer_again(session, rows)
    keep_versions(session, placed)
    return len(placed)


def follow_history(session: Session, uids: set[str]) -> None:
    """A deal's stage is its last step's: after rows came in, each deal among them (or with
    a step among them) takes it again, so that merged fields never leave a deal at a stage
    its history does not end at. Like first-reached times, computed here, never merged."""
    if not uids:
        return
    deals, steps = model_of("opportunities"), model_of("stage_events")
    listed = list(uids)
    ids: set[int] = set()
    for start in range(0, len(listed), _CHUNK):
        chunk = listed[start : start + _CHUNK]
        ids.update(session.scalars(select(deals.id).where(deals.uid.in_(chunk))))
        ids.update(session.scalars(select(steps.opportunity_id).where(steps.uid.in_(chunk))))
    last = (
        select(steps.stage)
        .where(steps.opportunity_id == deals.id)
        .order_by(steps.at.desc(), steps.id.desc())
        .limit(1)
        .scalar_subquery()
    )
    listed_ids = list(ids)
    for start in range(0, len(listed_ids), _CHUNK):
        id_chunk = listed_ids[start : start + _CHUNK]
        session.execute(
            update(deals)
            .where(deals.id.in_(id_chunk), last.is_not(None), deals.stage != last)
            .values(stage=last)
        )


def _deleting_here(pending: dict[str, SyncOutbox], uid: str) -> bool:
    entry = pending.get(uid)
    return entry is not None and entry.entity == "tombstones"


def keep_versions(session: Session, placed: list[dict[str, Any]]) -> None:
    """Remember the server version each of these rows is at here (one statement, many
    rows: a first sync places a decade's)."""
    from sqlalchemy.dialects.sqlite import insert as upsert

    if not placed:
        return
    statement = upsert(table_of(SyncVersion))
    statement = statement.on_conflict_do_update(
        index_elements=["uid"], set_={"seq": statement.excluded.seq}
    )
    session.connection().execute(statement, placed)


def _refer_again(session: Session, rows: list[Image]) -> None:
    """Who referred whom, once every pulled contact is here (one may refer to a contact
    further down the same pull)."""
    referring = [row for row in rows if row.get("referred_by_id")]
    if not referring:
        return
    contacts = model_of("contacts")
    wanted = {row["referred_by_id"] for row in referring} | {row["uid"] for row in referring}
    ids: dict[str, int] = dict(
        session.execute(select(contacts.uid, contacts.id).where(contacts.uid.in_(wanted))).all()
    )
    pairs = [
        {"id": ids[row["uid"]], "referred_by_id": ids.get(row["referred_by_id"])}
        for row in referring
        if row["uid"] in ids
    ]
    if pairs:
        session.execute(update(contacts), pairs)


def _apply_gone(
    session: Session,
    gone: list[tuple[str, str, int]],
    pending: dict[str, SyncOutbox],
    touched: set[str],
    held: list[int],
) -> int:
    """Delete here what was deleted elsewhere, unless a change waiting here needs it."""
    deleted = 0
    going = {uid for uid, _entity, _seq in gone}
    for uid, entity, seq in gone:
        model = model_of(entity) if entity in SYNCED else None
        row = session.scalar(select(model).where(model.uid == uid)) if model else None
        if row is None:
            if session.get(Tombstone, uid) is None:
                session.add(Tombstone(uid=uid, entity=entity))
            continue
        if uid in pending or _needed_here(session, entity, row.id, pending, going):
            held.append(seq)  # the push sends what needs it; the server decides
            continue
        session.delete(row)  # its tombstone is left by the session, the outbox quiet
        session.execute(delete(SyncVersion).where(SyncVersion.uid == uid))
        touched.add(uid)
        deleted += 1
    session.flush()
    return deleted


def _needed_here(
    session: Session,
    entity: str,
    row_id: int,
    pending: dict[str, SyncOutbox],
    going: set[str],
) -> bool:
    """Whether a row here that is not going too (waiting to be sent, or on the server)
    hangs on this one: deleting it would take that row with it."""
    for child, column in CHILDREN.get(entity, []):
        if child == "contacts":
            continue  # a referral or an account is let go, not needed
        source = model_of(child)
        uids = session.scalars(select(source.uid).where(getattr(source, column) == row_id))
        if any(uid in pending or uid not in going for uid in uids):
            return True
    return False


def _apply_conflicts(session: Session, found: list[Image]) -> int:
    """The conflicts this rep is part of, new or decided since; returns how many are new."""
    new = 0
    for row in found:
        here = session.scalar(select(SyncConflict).where(SyncConflict.server_id == row["id"]))
        if here is None:
            here = SyncConflict(
                server_id=row["id"],
                at=row["at"],
                entity=row["entity"],
                uid=row["uid"],
                label=row["label"],
                why=row["why"],
                lost=row["lost"],
                kept=row["kept"],
                lost_by=row["lost_by"],
                kept_by=row["kept_by"],
            )
            session.add(here)
            new += 1
        if row["resolution"] and not here.to_send:
            here.resolution, here.resolved_by = row["resolution"], row["resolved_by"]
            here.applied_at = here.applied_at or utc_now()
    session.flush()
    return new


def pull(
    store: "Store", server: Engine, since: int, before_deleting: Callable[[], None] | None = None
) -> tuple[PullResult, Change]:
    """Read what changed on the server since `since` and apply it here; returns what it
    did and the kinds of data it wrote."""
    found = read_server(server, since)
    if found.empty:
        return PullResult(0, 0, found.newest, set()), Change.NONE
    if before_deleting is not None and found.gone and _deletes_here(store, found.gone):
        before_deleting()
    applied = store.apply(lambda session: apply_pulled(session, found))
    return applied.result, applied.changes


def _deletes_here(store: "Store", gone: list[tuple[str, str, int]]) -> bool:
    """Whether any of the tombstones would delete a row here."""
    with store.reader() as session:
        for entity in {entity for _uid, entity, _seq in gone if entity in SYNCED}:
            model = model_of(entity)
            uids = [uid for uid, kind, _seq in gone if kind == entity]
            for start in range(0, len(uids), _CHUNK):
                chunk = uids[start : start + _CHUNK]
                if session.scalar(select(model.id).where(model.uid.in_(chunk)).limit(1)):
                    return True
    return False
