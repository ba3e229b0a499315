"""Sync with the team's server: pull what the team changed, push this laptop's changes, and
again until both hold the same (a round or two).

Rows travel by uid, their references as uids too (each end has its own row ids). The
server orders every change (its version, `server_seq`); a laptop's clock never decides
anything. Each step is idempotent: a sync cut off anywhere, before, during or after the
server's commit, loses nothing and the next one completes (`team.pull`, `team.push`).
The protocol, row by row and conflict by conflict, is written down in docs/sync.md.
"""

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import Engine, exc, update
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.store.database import Store
from salescoach.store.models import SyncOutbox
from salescoach.store.session.changes import Change
from salescoach.store.session.stamps import utc_now
from salescoach.store.team.conflicts import send_choices
from salescoach.store.team.link import TeamLink, save_link, team_link
from salescoach.store.team.outbox import NEW_CHANGE_ID
from salescoach.store.team.pull import pull
from salescoach.store.team.push import (
    PushResult,
    Reidentify,
    check_identity,
    outbox_entries,
    send,
    send_apart,
    settle,
)

Progress = Callable[[float], None]
_ROUNDS = 5


@dataclass
class SyncResult:
    pulled: int
    pushed: int
    conflicts: int
    #: rows the server refused, set aside in the conflict log
    set_aside: int = 0
    #: what the pulls wrote here, by kind (the pages to refresh)
    changes: Change = Change.NONE
    #: the uids of the rows the pulls wrote (Undo forgets the steps over them)
    touched: set[str] = field(default_factory=set)


def sync(
    store: Store,
    server: Engine,
    progress: Progress | None = None,
    before_deleting: Callable[[], None] | None = None,
    now: Callable[[], datetime] = utc_now,
) -> SyncResult:
    """One sync of the laptop's database with the server it joined; `before_deleting`
    runs before a pull deletes anything here (a backup)."""
    report = progress or (lambda _fraction: None)
    link = _link(store)
    with server.connect() as connection:
        known = check_identity(connection, link)
    if not known:
        link = reidentify(store)
    result = SyncResult(0, 0, 0)
    for round_ in range(_ROUNDS):
        link = _pull(store, server, link, result, before_deleting)
        report(0.5 if round_ == 0 else 0.8)
        try:
            pushed = _push(store, server, link, result)
        except Reidentify:
            link = reidentify(store)
            continue
        link = _link(store)
        if pushed.settled:
            link = replace(link, pulled=max(link.pulled, pushed.newest))
            break
        link = replace(link, pulled=min(link.pulled, pushed.pull_again_from))
    link = replace(link, last_sync=now().isoformat(timespec="seconds"), reconcile=False)
    store.apply(lambda session: save_link(session, link))
    report(1.0)
    return result


def _link(store: Store) -> TeamLink:
    with store.reader() as session:
        link = team_link(session)
    if link is None:
        raise UserError("no_team")
    return link


def _pull(
    store: Store,
    server: Engine,
    link: TeamLink,
    result: SyncResult,
    before_deleting: Callable[[], None] | None,
) -> TeamLink:
    applied = pull(store, server, link.pulled, before_deleting)
    pulled, changes = applied
    result.pulled += pulled.rows
    result.conflicts += pulled.conflicts
    result.changes |= changes
    result.touched |= pulled.touched
    link = replace(link, pulled=pulled.newest)
    store.apply(lambda session: save_link(session, link))
    return link


def _push(store: Store, server: Engine, link: TeamLink, result: SyncResult) -> PushResult:
    store.apply(lambda session: send_choices(session, server))
    with store.reader() as session:
        entries = outbox_entries(session)
    if not entries:
        return PushResult()
    if link.attempt is None:  # kept until the server confirms: a retry sends the same
        link = replace(link, attempt=uuid.uuid4().hex)
        store.apply(lambda session: save_link(session, link))
    try:
        pushed = send(server, link, entries)
    except exc.DBAPIError as error:
        if isinstance(error, exc.OperationalError) or error.connection_invalidated:
            raise  # the server or the network, not a row: the next sync sends it all
        pushed = send_apart(server, link, entries)

    def done(session: Session) -> int:
        save_link(session, replace(link, token=link.attempt, attempt=None, reconcile=False))
        return settle(session, entries, pushed)

    applied = store.apply(done)
    result.pushed += pushed.sent
    result.set_aside += applied.result
    result.changes |= applied.changes & ~Change.SETTINGS
    return pushed


def reidentify(store: Store) -> TeamLink:
    """A new identity for this database (restored from a backup, or copied): its waiting
    changes get new ids and are merged by the server as news, the server's values winning
    a conflict, until a sync completes."""

    def work(session: Session) -> TeamLink:
        link = team_link(session)
        if link is None:
            raise UserError("no_team")
        fresh = replace(link, device=str(uuid.uuid4()), token=None, attempt=None, reconcile=True)
        session.execute(update(SyncOutbox).values(change_id=_new_change_id()))
        save_link(session, fresh)
        return fresh

    return store.apply(work).result


def _new_change_id() -> object:
    from sqlalchemy import literal_column

    return literal_column(NEW_CHANGE_ID)
