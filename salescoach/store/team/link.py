"""This laptop's place in a team: the server it syncs with, its rep and its device.

Kept in the database's preferences (local, never synced) without any password. The
password is taken, in order, from the server's URL, the system keyring (where one is
available), or libpq's own ways for scripts (`PGPASSWORD`, `~/.pgpass`); the CLI asks for
it otherwise, each time.
"""

import json
import re
import uuid
from dataclasses import asdict, dataclass

from sqlalchemy import Engine, create_engine, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.store.models import Preference
from salescoach.store.team.outbox import install

TEAM = "team"
KEYRING_SERVICE = "SalesCoach team server"


@dataclass(frozen=True, slots=True)
class TeamLink:
    #: the server's URL, without a password
    server: str
    rep: str
    device: str
    #: the server's change sequence pulled up to
    pulled: int = 0
    last_sync: str | None = None  # ISO, UTC
    #: the server's token of this laptop's last push, and the one a push under way sends
    #: (a copy or an older backup of this database holds an older one: `team.push`)
    token: str | None = None
    attempt: str | None = None
    #: given a new identity and not yet fully synced: the server's values win conflicts
    reconcile: bool = False


def team_link(session: Session) -> TeamLink | None:
    row = session.get(Preference, TEAM)
    if row is None:
        return None
    try:
        return TeamLink(**json.loads(row.value))
    except (TypeError, ValueError):
        return None


def save_link(session: Session, link: TeamLink) -> None:
    session.merge(Preference(key=TEAM, value=json.dumps(asdict(link))))


def server_url(url: str) -> URL:
    """A PostgreSQL URL for SQLAlchemy's psycopg driver: `postgresql://` as SQLAlchemy writes
    it, or libpq's own `postgres://`. A refused one is said without its password."""
    text = url.strip()
    if text.lower().startswith("postgres://"):
        text = "postgresql" + text[len("postgres") :]
    try:
        parsed = make_url(text)
    except Exception:  # SQLAlchemy raises several kinds on a malformed URL
        raise UserError("bad_server_url", url=masked(url)) from None
    if not parsed.drivername.startswith("postgresql"):
        raise UserError("bad_server_url", url=masked(url))
    return parsed.set(drivername="postgresql+psycopg")


def masked(url: str) -> str:
    """A server's address as it may be shown: the password, if any, as ***."""
    return _PASSWORD.sub(r"\1***@", url)


_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def without_password(url: URL) -> str:
    """The URL to keep: everything but the password."""
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database)
    return bare.update_query_dict(dict(url.query)).render_as_string(hide_password=False)


def keyring_password(url: URL) -> str | None:
    """The password kept for this server and role in the system keyring, if there is one."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, _account(url))
    except Exception:  # no keyring on this system (a headless machine): ask instead
        return None


def keep_password(url: URL, password: str) -> bool:
    """Keep the password in the system keyring; False where there is none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _account(url), password)
    except Exception:
        return False
    return True


def _account(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def server_engine(url: URL, password: str | None = None) -> Engine:
    """An engine on the team's server; without a password in the URL or given, libpq looks
    in PGPASSWORD and ~/.pgpass as its own tools do."""
    if password is not None and url.password is None:
        url = url.set(password=password)
    return create_engine(
        url, pool_pre_ping=True, hide_parameters=True, connect_args={"connect_timeout": 10}
    )


def join_team(session: Session, engine: Engine, url: URL, rep: str) -> TeamLink:
    """Link this laptop to the team as `rep` (who must be the role it logs in with) and
    start noting its changes; everything already here is sent by the first sync."""
    with engine.connect() as connection:
        found = connection.execute(
            text("SELECT role FROM team_reps WHERE name = :rep AND NOT manager"), {"rep": rep}
        ).scalar()
        me = connection.execute(text("SELECT session_user")).scalar()
    if found is None:
        raise UserError("not_on_team", rep=rep)
    if found != me:
        raise UserError("not_this_rep", rep=rep, role=me)
    install(session.connection())
    # a database joined before (or copied from one) may hold rows the team changed since:
    # until its first sync completes, the server's values win a conflict
    link = TeamLink(without_password(url), rep, str(uuid.uuid4()), reconcile=True)
    save_link(session, link)
    return link
