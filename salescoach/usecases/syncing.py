"""One sync of this laptop with its team, as `salescoach sync` and the window run it.

The server's address comes from the team link; the password from the caller (asked of the
rep), the system keyring, or libpq's PGPASSWORD and ~/.pgpass. A backup is taken before a
pull deletes anything here.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from salescoach.core.clock import Clock
from salescoach.core.errors import UserError
from salescoach.reports.results import synced_text
from salescoach.store import Store
from salescoach.store.session.changes import Applied
from salescoach.store.session.stamps import utc_now
from salescoach.store.team.link import keyring_password, server_engine, server_url, team_link
from salescoach.store.team.server_errors import on_server
from salescoach.store.team.sync import SyncResult, sync
from salescoach.usecases.backing_up import back_up


@dataclass(frozen=True, slots=True)
class Synced:
    result: SyncResult

    def text(self, language: str) -> str:
        result = self.result
        return synced_text(
            result.pushed, result.pulled, result.conflicts, language, result.set_aside
        )


def sync_with_team(
    store: Store,
    clock: Clock,
    password: str | None = None,
    progress: Callable[[float], None] | None = None,
    server_now: Callable[[], datetime] = utc_now,
) -> Applied[Synced]:
    """Sync the store with the server it joined. `clock` names the backup taken before a
    deletion (local time, as every backup); `server_now` stamps what is sent (UTC)."""
    with store.reader() as session:
        link = team_link(session)
    if link is None:
        raise UserError("no_team")
    url = server_url(link.server)
    engine = server_engine(url, password or keyring_password(url))

    def before_deleting() -> None:
        back_up(store, clock.instant())

    try:
        with on_server():
            result = sync(store, engine, progress, before_deleting, server_now)
    finally:
        engine.dispose()
    return Applied(Synced(result), result.changes)
