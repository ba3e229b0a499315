"""Push: send this laptop's outbox; the server decides, in the order it receives changes.

One server transaction, one push at a time (an advisory lock). Each outbox entry carries
its id and the server version its base was at. The server decides per row, never by a
clock: a row unchanged there since that version takes this laptop's values; one changed
there meanwhile is merged field by field, and a field both changed goes to the later
change (this one), the other value into the team's conflict log for both reps; an edit of a
row deleted there is logged and the row goes here too, unless work sent in the same push
needs it, which brings it back. A deletion removes only what this rep may remove: a shared
contact other reps still use leaves this rep's lists only; one this rep's own work on the
server still needs stays. An entry the server already applied (a sync cut off after the
server's commit) is not applied twice: its recorded result becomes its base. A row the
server refuses (another rep's, or a uid another kind of row has) is set aside with a
sentence, and the rest still goes. The laptop's identity is checked first: a database
brought back from a backup, or copied, is given a new one (`Reidentify`).
"""

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, Engine, delete, exc, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from salescoach.core.merge import three_way
from salescoach.store.models import (
    SyncConflict,
    SyncOutbox,
    SyncState,
    SyncVersion,
    Tombstone,
    model_of,
)
from salescoach.store.session.stamps import utc_now
from salescoach.store.team.images import (
    Image,
    among,
    compared,
    outbox_images,
    pairs_by_uid,
    server_images,
)
from salescoach.store.team.link import TeamLink
from salescoach.store.team.outbox import REFS, SYNCED, fields_of, image_json
from salescoach.store.team.pull import CHILDREN, keep_versions
from salescoach.store.team.server import applied, devices, hidden, server_table
from salescoach.store.team.server_writes import delete_rows, write_rows

_CHUNK = 500
#: The tables a laptop reads back after a push: every version it may have to pull.
SEQUENCED = (*SYNCED, "tombstones")


class Reidentify(Exception):
    """This database is an older copy of the laptop the server knows: a backup brought back,
    or a copy: it needs an identity of its own before it sends anything."""


@dataclass
class Entry:
    uid: str
    kind: str  # the row's table
    change_id: str
    changes: int
    base: Image | None
    base_seq: int | None
    image: Image | None  # None: a deletion


@dataclass
class Outcome:
    outcome: str  # done, gone, hidden, kept, refused
    seq: int | None = None
    image: Image | None = None
    #: the server now holds exactly what was sent
    same: bool = True


@dataclass
class PushResult:
    sent: int = 0
    outcomes: dict[str, Outcome] = field(default_factory=dict)
    #: nothing this rep sees changed on the server between the last pull and this push
    quiet: bool = True
    conflicts: int = 0
    newest: int = 0

    @property
    def pull_again_from(self) -> int:
        """The mark to pull from again so that the rows the server merged come down (a row
        at or under the last pull's mark would not)."""
        merged = [o.seq for o in self.outcomes.values() if not o.same and o.seq is not None]
        return min(merged) - 1 if merged else self.newest

    @property
    def settled(self) -> bool:
        """Whether this laptop now holds what the server holds, with nothing to pull."""
        return self.quiet and not self.conflicts and all(o.same for o in self.outcomes.values())


# -- what to send ---------------------------------------------------------------------------
def outbox_entries(session: Session) -> list[Entry]:
    rows = session.execute(
        select(
            SyncOutbox.uid,
            SyncOutbox.entity,
            SyncOutbox.change_id,
            SyncOutbox.changes,
            SyncOutbox.base,
            SyncOutbox.base_seq,
        )
    ).all()
    deleted = [uid for uid, entity, *_rest in rows if entity == "tombstones"]
    stones = pairs_by_uid(session, Tombstone.uid, Tombstone.entity, deleted)
    images: dict[str, Image] = {}
    for table in SYNCED:
        images.update(outbox_images(session, table))
    entries = []
    for uid, entity, change_id, changes, base, base_seq in rows:
        kind = stones.get(uid) if entity == "tombstones" else entity
        image = images.get(uid) if entity != "tombstones" else None
        if kind not in SYNCED or (entity != "tombstones" and image is None):
            continue  # nothing to send: a row gone without a trace, or not ours to sync
        entries.append(
            Entry(
                uid,
                kind,
                change_id or uuid.uuid4().hex,
                changes,
                json.loads(base) if base else None,
                base_seq,
                image,
            )
        )
    return entries


# -- on the server --------------------------------------------------------------------------
def check_identity(connection: Connection, link: TeamLink) -> bool:
    """Whether the server knows this laptop as this database's state: same last push."""
    token = connection.execute(
        select(devices.c.token).where(devices.c.device == link.device)
    ).first()
    return token is None or token[0] in (link.token, link.attempt)


def send(server: Engine, link: TeamLink, entries: list[Entry]) -> PushResult:
    """Apply the entries on the server in one transaction, as the server decides."""
    with server.begin() as connection:
        connection.execute(select(func.pg_advisory_xact_lock(func.hashtext("salescoach push"))))
        if not check_identity(connection, link):
            raise Reidentify
        result = PushResult(sent=len(entries))
        result.quiet = not _newer_than(connection, link.pulled)
        done = _applied_before(connection, [e.change_id for e in entries])
        refused = _taken(connection, entries)
        for entry in entries:
            if entry.change_id in refused:
                result.outcomes[entry.change_id] = Outcome("refused", same=True)
        live = [e for e in entries if e.change_id not in refused]
        _revive_needed(connection, live)
        for table in SYNCED:
            writes = [e for e in live if e.kind == table and e.image is not None]
            result.conflicts += _write(connection, table, writes, done, link, result)
        for table in reversed(SYNCED):
            deletions = [e for e in live if e.kind == table and e.image is None]
            result.conflicts += _delete(connection, table, deletions, live, done, result)
        _record(connection, entries, result)
        connection.execute(
            pg_insert(devices)
            .values(device=link.device, token=link.attempt)
            .on_conflict_do_update(index_elements=[devices.c.device], set_={"token": link.attempt})
        )
        result.newest = _newest(connection, link.pulled)
    return result


def send_apart(server: Engine, link: TeamLink, entries: list[Entry]) -> PushResult:
    """The server refused the push as a whole (a row it cannot take: a value too long for
    its column, say): send the entries one at a time, parents first, and set aside each one
    it refuses, so that one poisoned row never holds back the rest."""
    order = {table: n for n, table in enumerate(SYNCED)}
    writes = sorted((e for e in entries if e.image is not None), key=lambda e: order[e.kind])
    deletions = sorted((e for e in entries if e.image is None), key=lambda e: -order[e.kind])
    merged = PushResult(sent=len(entries), quiet=False)
    for entry in [*writes, *deletions]:
        try:
            one = send(server, link, [entry])
        except exc.DBAPIError as error:
            if isinstance(error, exc.OperationalError) or error.connection_invalidated:
                raise
            merged.outcomes[entry.change_id] = Outcome("refused")
            continue
        merged.outcomes.update(one.outcomes)
        merged.conflicts += one.conflicts
        merged.newest = max(merged.newest, one.newest)
    return merged


def _newer_than(connection: Connection, mark: int) -> bool:
    for table in SEQUENCED:
        source = server_table(table)
        if connection.execute(
            select(source.c.uid).where(source.c.server_seq > mark).limit(1)
        ).first():
            return True
    return False


def _newest(connection: Connection, mark: int) -> int:
    found = [mark]
    for table in SEQUENCED:
        source = server_table(table)
        found.append(connection.execute(select(func.max(source.c.server_seq))).scalar() or 0)
    return max(found)


def _applied_before(
    connection: Connection, change_ids: list[str]
) -> dict[str, tuple[int, Image | None]]:
    found: dict[str, tuple[int, Image | None]] = {}
    for start in range(0, len(change_ids), 20_000):
        chunk = change_ids[start : start + 20_000]
        for change_id, seq, image in connection.execute(
            select(applied.c.change_id, applied.c.seq, applied.c.image).where(
                among(applied.c.change_id, chunk), applied.c.seq.is_not(None)
            )
        ):
            found[change_id] = (int(seq), json.loads(image) if image else None)
    return found


def _taken(connection: Connection, entries: list[Entry]) -> set[str]:
    """The entries whose uid this rep may not write as that kind of row."""
    refused: set[str] = set()
    for table in SYNCED:
        mine = {e.uid: e.change_id for e in entries if e.kind == table}
        if not mine:
            continue
        taken = connection.execute(select(func.team_taken(table, list(mine)))).scalars()
        refused.update(mine[uid] for uid in taken)
    return refused


def _revive_needed(connection: Connection, entries: list[Entry]) -> None:
    """Bring back the rows deleted on the server that the rows sent now hang on."""
    deleting = {e.uid for e in entries if e.image is None}
    needed: set[str] = set()
    for entry in entries:
        if entry.image is None:
            continue
        needed.update(
            entry.image[name] for name in REFS.get(entry.kind, {}) if entry.image.get(name)
        )
    needed -= deleting
    if not needed:
        return
    stones = server_table("tombstones")
    gone = list(connection.scalars(select(stones.c.uid).where(among(stones.c.uid, needed))))
    if gone:
        connection.execute(select(func.team_revive(gone))).all()


def _write(
    connection: Connection,
    table: str,
    entries: list[Entry],
    done: dict[str, tuple[int, Image | None]],
    link: TeamLink,
    result: PushResult,
) -> int:
    if not entries:
        return 0
    # a contact written again here, or that work written here needs, is back in this
    # rep's lists
    revived = {e.uid for e in entries if table == "contacts"} | {
        e.image[name]
        for e in entries
        for name, parent in REFS.get(table, {}).items()
        if parent == "contacts" and e.image and e.image.get(name)
    }
    if revived:
        back = list(
            connection.scalars(
                delete(hidden).where(among(hidden.c.uid, revived)).returning(hidden.c.uid)
            )
        )
        if back:  # a new version, so that the next pull brings it as the team has it now
            contacts = server_table("contacts")
            connection.execute(
                update(contacts).where(among(contacts.c.uid, back)).values(uid=contacts.c.uid)
            )
            result.quiet = False
    stones = server_table("tombstones")
    gone = set(
        connection.scalars(
            select(stones.c.uid).where(among(stones.c.uid, (e.uid for e in entries)))
        )
    )
    taken_back = _taken_back(connection, gone)
    gone -= set(taken_back)
    current = server_images(connection, table, [e.uid for e in entries])
    names = fields_of(table)
    to_write: dict[str, Image] = {}
    logged = 0
    for entry in entries:
        assert entry.image is not None
        base, base_seq = entry.base, entry.base_seq
        if entry.change_id in done:  # applied once already: that is the base now
            base_seq, base = done[entry.change_id]
        there = current.get(entry.uid)
        if there is None and entry.uid in gone:
            _log(
                connection,
                table,
                entry.uid,
                entry.image,
                "deleted",
                lost=_changed(base, entry.image, names),
                kept={},
                mine="lost",
            )
            result.outcomes[entry.change_id] = Outcome("gone", same=False)
            logged += 1
            continue
        if entry.uid in taken_back:  # the version it had when this rep deleted it
            there = {**there, "server_seq": taken_back[entry.uid]} if there else None
        if there is None or there["server_seq"] == base_seq:
            sent = entry.image
        else:
            merged = three_way(
                base,
                compared(table, entry.image),
                compared(table, there),
                names,
                prefer_theirs=link.reconcile,
            )
            if merged.conflicted:
                _log(
                    connection,
                    table,
                    entry.uid,
                    entry.image,
                    "later_edit",
                    lost=merged.lost,
                    kept=merged.kept,
                    mine="lost" if link.reconcile else "kept",
                )
                logged += 1
            sent = {**entry.image, **merged.values}
        if there is not None and compared(table, sent) == compared(table, there):
            same = compared(table, there) == compared(table, entry.image)
            result.outcomes[entry.change_id] = Outcome(
                "done", int(there["server_seq"]), compared(table, there), same
            )
            continue
        to_write[entry.uid] = sent
    versions = write_rows(connection, table, to_write, link.rep)
    for entry in entries:
        wrote = to_write.get(entry.uid)
        if wrote is None:
            continue
        if wrote is entry.image:  # as sent: the server's result is the laptop's
            image, same = (entry.image if entry.base is not None else None), True
        else:
            image = compared(table, wrote)
            same = image == compared(table, entry.image or {})
        result.outcomes[entry.change_id] = Outcome("done", versions.get(entry.uid), image, same)
    return logged


def _taken_back(connection: Connection, gone: set[str]) -> dict[str, int | None]:
    """The rows among `gone` this rep deleted and now writes again (Undo of a deletion
    already sent): brought back, by uid with the version they had when deleted (what a
    teammate changed since this rep had them is merged, not overwritten)."""
    if not gone:
        return {}
    buried = select(func.team_buried_by_me(list(gone)).table_valued("uid", "seq"))
    mine: dict[str, int | None] = dict(connection.execute(buried).all())
    if mine:
        connection.execute(select(func.team_revive(list(mine)))).all()
    return mine


def _changed(base: Image | None, image: Image, names: Sequence[str]) -> Image:
    if base is None:
        return {name: image.get(name) for name in names}
    return {name: image.get(name) for name in names if image.get(name) != base.get(name)}


def _delete(
    connection: Connection,
    table: str,
    entries: list[Entry],
    live: list[Entry],
    done: dict[str, tuple[int, Image | None]],
    result: PushResult,
) -> int:
    if not entries:
        return 0
    uids = [e.uid for e in entries]
    current = server_images(connection, table, uids)
    used = set(connection.scalars(select(func.team_used(uids)))) if table == "contacts" else set()
    deleting = {  # rows this push deletes (children come first: a child kept keeps this)
        e.uid
        for e in live
        if e.image is None
        and (e.change_id not in result.outcomes or result.outcomes[e.change_id].outcome == "done")
    }
    still = _still_needed(connection, table, uids, deleting)
    names = fields_of(table)
    to_delete: list[str] = []
    logged = 0
    for entry in entries:
        there = current.get(entry.uid)
        if there is None:
            result.outcomes[entry.change_id] = Outcome("done")
        elif entry.uid in still:  # this rep's own work there needs it: it comes back here
            touched = server_table(table)
            connection.execute(
                update(touched).where(touched.c.uid == entry.uid).values(uid=touched.c.uid)
            )
            result.outcomes[entry.change_id] = Outcome("kept", same=False)
        elif entry.uid in used:  # teammates' work needs it: out of this rep's lists only
            connection.execute(pg_insert(hidden).values(uid=entry.uid).on_conflict_do_nothing())
            result.outcomes[entry.change_id] = Outcome("hidden")
        else:
            base_seq = done[entry.change_id][0] if entry.change_id in done else entry.base_seq
            if base_seq is not None and there["server_seq"] != base_seq and entry.base:
                theirs = {n: there.get(n) for n in names if there.get(n) != entry.base.get(n)}
                if theirs:
                    _log(
                        connection,
                        table,
                        entry.uid,
                        there,
                        "deleted",
                        lost=theirs,
                        kept={},
                        mine="kept",
                    )
                    logged += 1
            to_delete.append(entry.uid)
            result.outcomes[entry.change_id] = Outcome("done")
    delete_rows(connection, table, to_delete)
    return logged


def _still_needed(
    connection: Connection, table: str, uids: list[str], deleting: set[str]
) -> set[str]:
    """The rows this rep's own rows on the server still hang on (not deleted in this push)."""
    needed: set[str] = set()
    parent = server_table(table)
    for child_table, column in CHILDREN.get(table, []):
        if table in ("accounts",) or child_table == "contacts":
            continue  # a contact's account or referrer is let go (set to none), not needed
        child = server_table(child_table)
        rows = connection.execute(
            select(parent.c.uid, child.c.uid)
            .join(child, child.c[column] == parent.c.id)
            .where(among(parent.c.uid, uids))
        )
        needed.update(p for p, c in rows if c not in deleting)
    return needed


def _log(
    connection: Connection,
    table: str,
    uid: str,
    image: Image,
    why: str,
    lost: Image,
    kept: Image,
    mine: str,
) -> None:
    label = str(image.get("name") or image.get("title") or image.get("outcome") or "")[:200]
    connection.execute(
        select(func.team_conflict(table, uid, label, why, json.dumps(lost), json.dumps(kept), mine))
    )


def _record(connection: Connection, entries: list[Entry], result: PushResult) -> None:
    """What the server did with each entry, by its id: a retry is then not applied twice."""
    rows = [
        {
            "change_id": entry.change_id,
            "uid": entry.uid,
            "seq": outcome.seq,
            "image": json.dumps(outcome.image) if outcome.image is not None else None,
            "outcome": outcome.outcome,
        }
        for entry in entries
        if (outcome := result.outcomes.get(entry.change_id)) is not None
    ]
    if not rows:
        return
    connection.exec_driver_sql(
        "CREATE TEMP TABLE IF NOT EXISTS stage_applied (change_id text, uid text, seq bigint, "
        "image text, outcome text) ON COMMIT DROP"
    )
    connection.exec_driver_sql("TRUNCATE stage_applied")
    raw = connection.connection.driver_connection
    names = ("change_id", "uid", "seq", "image", "outcome")
    assert raw is not None
    with raw.cursor().copy(f"COPY stage_applied ({', '.join(names)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[n] for n in names])
    connection.exec_driver_sql(
        "INSERT INTO team_applied (change_id, uid, seq, image, outcome) "
        "SELECT change_id, uid, seq, image, outcome FROM stage_applied "
        "ON CONFLICT (change_id) DO UPDATE SET seq = EXCLUDED.seq, image = EXCLUDED.image, "
        "outcome = EXCLUDED.outcome"
    )


# -- back here ------------------------------------------------------------------------------
def settle(session: Session, entries: list[Entry], result: PushResult) -> int:
    """Take what the server did into the outbox: what it holds leaves the outbox (unless
    changed again meanwhile: then what it holds is the new base), what it deleted goes
    here too, what it refused is noted; returns how many were set aside. In bulk: a first
    sync settles a decade of rows."""
    session.execute(update(SyncState).values(applying=1))
    uids = [entry.uid for entry in entries]
    now = pairs_by_uid(session, SyncOutbox.uid, SyncOutbox.changes, uids)
    set_aside = 0
    done, rebased, versions, unknown = [], [], [], []
    for entry in entries:
        outcome = result.outcomes.get(entry.change_id)
        if outcome is None or entry.uid not in now:
            continue
        unchanged = now[entry.uid] == entry.changes
        if outcome.outcome == "refused":
            set_aside += 1
            session.add(_set_aside(entry))
        if outcome.outcome == "gone":
            model = model_of(entry.kind)
            found = session.scalar(select(model).where(model.uid == entry.uid))
            if found is not None:
                session.delete(found)
            unchanged = True
        if unchanged:
            done.append(entry.uid)
        elif outcome.seq is not None:
            rebased.append(
                {
                    "uid": entry.uid,
                    "base": image_json(compared(entry.kind, outcome.image or entry.image or {})),
                    "base_seq": outcome.seq,
                    "change_id": uuid.uuid4().hex,
                }
            )
        if outcome.seq is not None and outcome.same:
            versions.append({"uid": entry.uid, "seq": outcome.seq})
        elif outcome.seq is not None or outcome.outcome == "kept":
            unknown.append(entry.uid)  # the pull brings what the server made of it
    session.flush()
    for start in range(0, len(done), _CHUNK):
        session.execute(delete(SyncOutbox).where(SyncOutbox.uid.in_(done[start : start + _CHUNK])))
    if rebased:
        session.execute(update(SyncOutbox), rebased)
    for start in range(0, len(unknown), _CHUNK):
        chunk = unknown[start : start + _CHUNK]
        session.execute(delete(SyncVersion).where(SyncVersion.uid.in_(chunk)))
    keep_versions(session, versions)
    session.execute(update(SyncState).values(applying=0))
    return set_aside


def _set_aside(entry: Entry) -> SyncConflict:
    image = entry.image or {}
    label = str(image.get("name") or image.get("title") or image.get("outcome") or entry.uid)
    return SyncConflict(
        at=utc_now(),
        entity=entry.kind,
        uid=entry.uid,
        label=label[:200],
        why="refused",
        lost=image_json(image),
        kept="{}",
    )
