"""The team's PostgreSQL: its schema, its roles and who may see what.

The schema is the laptops' own, built by the same Alembic history; migration 0012 adds on
the server the owner of each row (`rep`) and its place in the change sequence
(`server_seq`), 0014 what the sync protocol keeps there. Here the server gets its roles: a
group for the reps and one for managers, a login role per person, and the rules the server
itself enforces (`team.rules`): accounts and contacts are shared by the team;
opportunities, their stage steps and activities (with their notes and needs) are seen and
written only by the rep who owns them; a manager reads none of those tables, only two views
of the steps and the work done per rep, without a word of notes.
"""

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    DateTime,
    Engine,
    FetchedValue,
    MetaData,
    String,
    Table,
    Text,
    text,
)

from salescoach.store.models import Base
from salescoach.store.team.rules import install_rules

REPS_GROUP = "salescoach_reps"
MANAGERS_GROUP = "salescoach_managers"

_server_metadata = MetaData()


def server_table(name: str) -> Table:
    """A synced table as the server has it: the laptop's columns, its owner and its place
    in the change sequence."""
    if name in _server_metadata.tables:
        return _server_metadata.tables[name]
    model = Base.metadata.tables[name]
    columns = [column._copy() for column in model.columns]
    for column in columns:
        column.foreign_keys.clear()
        column.constraints.clear()
    return Table(
        name,
        _server_metadata,
        *columns,
        Column("rep", String),
        Column("device", String),
        Column("writer", String),
        Column("server_seq", BigInteger),
    )


#: What the server keeps for the sync protocol (migration 0014): each applied change, each
#: laptop's identity, the shared rows a rep removed from their own lists, the conflicts.
applied = Table(
    "team_applied",
    _server_metadata,
    Column("change_id", String, primary_key=True),
    Column("rep", String),
    Column("uid", String),
    Column("seq", BigInteger),
    Column("image", Text),
    Column("outcome", String),
)
devices = Table(
    "team_devices",
    _server_metadata,
    Column("device", String, primary_key=True),
    Column("rep", String),
    Column("token", String),
)
hidden = Table(
    "team_hidden",
    _server_metadata,
    Column("rep", String, primary_key=True, server_default=FetchedValue()),
    Column("uid", String, primary_key=True),
    Column("server_seq", BigInteger),
)
conflicts = Table(
    "team_conflicts",
    _server_metadata,
    Column("id", BigInteger, primary_key=True),
    Column("at", DateTime),
    Column("entity", String),
    Column("uid", String),
    Column("label", String),
    Column("why", String),
    Column("lost", Text),
    Column("kept", Text),
    Column("lost_by", String),
    Column("kept_by", String),
    Column("resolution", String),
    Column("resolved_by", String),
    Column("server_seq", BigInteger),
)


@dataclass(frozen=True, slots=True)
class Member:
    """A person of the team and the role they log in with; `password` only when just made."""

    name: str
    role: str
    manager: bool = False
    password: str | None = None


def role_for(name: str, manager: bool = False) -> str:
    """A login role name from a person's name: `sc_` and lower-case letters and digits."""
    slug = re.sub(r"[^a-z0-9]+", "_", name.casefold()).strip("_") or "rep"
    return f"sc_{'mgr_' if manager else ''}{slug}"[:63]


def init_team(engine: Engine, reps: list[str], managers: list[str]) -> list[Member]:
    """Bring the server's schema up to date and give the team its roles and rules; the
    people named get a login role with a fresh password (returned once, never stored)."""
    from salescoach.store.migrate import upgrade

    upgrade(engine)
    made: list[Member] = []
    with engine.begin() as connection:
        _groups(connection)
        _rules(connection)
        for name in reps:
            made.append(_member(connection, name, manager=False))
        for name in managers:
            made.append(_member(connection, name, manager=True))
    return made


def _exists(connection: Connection, role: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None


def _groups(connection: Connection) -> None:
    for group in (REPS_GROUP, MANAGERS_GROUP):
        if not _exists(connection, group):
            connection.execute(text(f"CREATE ROLE {group} NOLOGIN"))


def _rules(connection: Connection) -> None:
    install_rules(connection, REPS_GROUP, MANAGERS_GROUP)
    for table in ("team_applied", "team_devices", "team_hidden"):
        connection.execute(text(f"ALTER TABLE {table} ALTER COLUMN rep SET DEFAULT team_rep()"))


def _member(connection: Connection, name: str, manager: bool) -> Member:
    role = role_for(name, manager)
    password = secrets.token_urlsafe(12)
    verb = "ALTER" if _exists(connection, role) else "CREATE"
    quoted = password.replace("'", "''")
    connection.execute(text(f"{verb} ROLE {role} LOGIN PASSWORD '{quoted}'"))
    connection.execute(text(f"GRANT {MANAGERS_GROUP if manager else REPS_GROUP} TO {role}"))
    connection.execute(
        text(
            "INSERT INTO team_reps (name, role, manager) VALUES (:n, :r, :m) "
            "ON CONFLICT (name) DO UPDATE SET role = :r, manager = :m"
        ),
        {"n": name, "r": role, "m": manager},
    )
    return Member(name, role, manager, password)
