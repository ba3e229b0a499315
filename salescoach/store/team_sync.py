"""One sync of this laptop, as the CLI and the window run it, and the team's state here.

The server's address comes from the team link; the password from the caller (asked of the
rep), the system keyring, or libpq's PGPASSWORD and ~/.pgpass. Any way the server fails is
one sentence (`on_server`).
"""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime

from sqlalchemy import exc

from salescoach.core.errors import UserError
from salescoach.store.backup import take_backup
from salescoach.store.database import Store
from salescoach.store.preferences import backup_policy
from salescoach.store.stamps import utc_now
from salescoach.store.sync import SyncResult, sync
from salescoach.store.team_link import keyring_password, server_engine, server_url, team_link


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
    store: Store,
    password: str | None = None,
    progress: Callable[[float], None] | None = None,
    now: Callable[[], datetime] = utc_now,
) -> SyncResult:
    """Sync the store with the server it joined; a backup is taken first when what comes
    down deletes anything here."""
    with store.reader() as session:
        link = team_link(session)
        policy = backup_policy(session)
    if link is None:
        raise UserError("no_team")
    url = server_url(link.server)
    engine = server_engine(url, password or keyring_password(url))

    def before_deleting() -> None:
        if store.file is not None:
            moment = datetime.now().replace(microsecond=0)  # backups are named in local time
            take_backup(store.file, moment, policy, passphrase=store.passphrase)

    try:
        with on_server():
            return sync(store, engine, progress, before_deleting, now)
    finally:
        engine.dispose()
