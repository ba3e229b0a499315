"""The team's PostgreSQL: its schema, its roles and who may see what.

The schema is the laptops' own, built by the same Alembic history; migration 0012 adds on
the server the owner of each row (`rep`) and its place in the change sequence
(`server_seq`, stamped by a trigger on every write). Here the server gets its roles: a
group for the reps and one for managers, and a login role per person. The server itself
enforces who sees what, with row-level security: accounts and contacts are shared by the
team; opportunities, their stage steps and activities (with their notes and needs) are
seen and written only by the rep who owns them; a manager reads none of those tables, only
two views of the steps and the work done per rep, without a word of notes.
"""

import re
import secrets
from dataclasses import dataclass

from sqlalchemy import BigInteger, Column, Connection, Engine, MetaData, String, Table, text

from salescoach.store.models import Base

REPS_GROUP = "salescoach_reps"
MANAGERS_GROUP = "salescoach_managers"
#: Seen and written by every rep of the team.
SHARED = ("accounts", "contacts", "tombstones")
#: Seen and written only by the rep who owns the row.
PRIVATE = ("opportunities", "stage_events", "activities")
#: The synced tables, parents first.
SYNCED = ("accounts", "contacts", "opportunities", "stage_events", "activities")

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
    run = lambda sql: connection.execute(text(sql))  # noqa: E731
    run(
        "CREATE OR REPLACE FUNCTION team_rep() RETURNS text LANGUAGE sql STABLE "
        "SECURITY DEFINER SET search_path = public "
        "AS 'SELECT name FROM team_reps WHERE role = session_user'"
    )
    tables = ", ".join((*SYNCED, "tombstones"))
    run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {REPS_GROUP}")
    run(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {REPS_GROUP}")
    run(f"GRANT SELECT ON team_reps TO {REPS_GROUP}, {MANAGERS_GROUP}")
    run(f"GRANT EXECUTE ON FUNCTION team_rep() TO {REPS_GROUP}")
    for table in (*SHARED, *PRIVATE):
        run(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        run(f"DROP POLICY IF EXISTS team_rows ON {table}")
        rule = "true" if table in SHARED else "rep = team_rep()"
        run(
            f"CREATE POLICY team_rows ON {table} TO {REPS_GROUP} USING ({rule}) WITH CHECK ({rule})"
        )
    run(
        "CREATE OR REPLACE VIEW team_steps AS SELECT o.rep, o.uid AS opportunity, e.uid, "
        "e.stage, e.at FROM stage_events e JOIN opportunities o ON o.id = e.opportunity_id"
    )
    run("CREATE OR REPLACE VIEW team_work AS SELECT rep, uid, kind, status, at FROM activities")
    run(f"GRANT SELECT ON team_steps, team_work TO {MANAGERS_GROUP}")


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
