"""Schema versions: bring a database to the current schema, refuse one from the future.

Opening a database already at the head costs one plain query: the shipped revisions are read
from the migration files' own `revision`/`down_revision` lines, and Alembic (a tenth of a
second to import) is loaded only when an upgrade is due.
"""

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from salescoach.store.engine import writer
from salescoach.store.errors import NewerDatabase, translated

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_LINE = re.compile(r'^(down_revision|revision) = (?:"([^"]+)"|None)\s*$', re.MULTILINE)


def _config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "salescoach.store:migrations")
    return config


@cache
def _scripts() -> "ScriptDirectory":
    """Alembic's view of the migrations shipped with this SalesCoach (upgrades, tests)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config())


@cache
def _chain() -> dict[str, str | None]:
    """revision -> the revision it follows, from the migration files themselves."""
    chain: dict[str, str | None] = {}
    for path in VERSIONS.glob("*.py"):
        found = {key: value or None for key, value in _LINE.findall(path.read_text("utf-8"))}
        revision = found.get("revision")
        if revision:
            chain[revision] = found.get("down_revision")
    return chain


def head_revision() -> str:
    chain = _chain()
    followed = {parent for parent in chain.values() if parent is not None}
    heads = [revision for revision in chain if revision not in followed]
    assert len(heads) == 1, f"the package must ship one line of migrations, not {heads}"
    return heads[0]


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this SalesCoach can open (and bring up to date)."""
    return frozenset(_chain())


def current_revision(connection: Connection) -> str | None:
    """The database's schema revision, by one plain query (None: not versioned yet)."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine) -> str:
    """Apply pending migrations in one transaction and return the schema revision. A
    database already at the head is only read: another program writing meanwhile is fine."""
    head = head_revision()
    with translated(), engine.connect() as connection:
        current = current_revision(connection)
    if current is not None and current not in known_revisions():
        raise NewerDatabase("newer_database")
    if current == head:
        return head
    from alembic import command

    config = _config()
    with translated(), writer(engine).begin() as connection:
        if current_revision(connection) != head:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    return head
