"""One sync of this laptop, as the CLI and the window run it, and the team's state here.

The server's address comes from the team link; the password from the caller (asked of the
rep), the system keyring, or libpq's PGPASSWORD and ~/.pgpass. Any way the server fails is
one sentence (`on_server`).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import exc

from salescoach.core.errors import UserError
from salescoach.store.stamps import utc_now
from salescoach.store.sync import SyncResult, sync
from salescoach.store.team_link import (
    keyring_password,
    server_engine,
    server_url,
    synced,
    team_link,
)


@contextmanager
def on_server() -> Iterator[None]:
    """A server that cannot be reached, refuses the login or refuses a statement is one
    sentence."""
    try:
        yield
    except exc.OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else ""
        if "password authentication failed" in reason or "no password supplied" in reason:
            raise UserError("server_login_failed") from None
        raise UserError("server_unreachable", reason=reason) from None
    except exc.ProgrammingError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else ""
        raise UserError("server_refused", reason=reason) from None


def sync_store(
    store, password: str | None = None, progress: Callable[[float], None] | None = None
) -> SyncResult:  # type: ignore[no-untyped-def]
    """Sync the store with the server it joined."""
    with store.reader() as session:
        link = team_link(session)
    if link is None:
        raise UserError("no_team")
    url = server_url(link.server)
    engine = server_engine(url, password or keyring_password(url))
    try:
        with on_server():
            result, pulled = sync(store, engine, link.rep, link.device, link.pulled, progress)
    finally:
        engine.dispose()
    now = utc_now()
    store.apply(lambda session: synced(session, link, pulled, now))
    return result
