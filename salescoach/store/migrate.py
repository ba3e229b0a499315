"""Schema versions: bring a database to the current schema, refuse one from the future."""

from functools import cache

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from salescoach.store.engine import writer
from salescoach.store.errors import NewerDatabase, translated


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", "salescoach.store:migrations")
    return config


@cache
def _scripts() -> ScriptDirectory:
    """The migrations shipped with this SalesCoach; read once a process."""
    return ScriptDirectory.from_config(_config())


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None, "the package ships no migration"
    return head


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this SalesCoach can open (and bring up to date)."""
    return frozenset(script.revision for script in _scripts().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> str:
    """Apply pending migrations in one transaction and return the schema revision. A
    database already at the head is only read: another program writing meanwhile is fine."""
    config, script = _config(), _scripts()
    head = script.get_current_head() or ""
    with translated(), engine.connect() as connection:
        current = current_revision(connection)
    if current is not None and _unknown(script, current):
        raise NewerDatabase("newer_database")
    if current == head:
        return head
    with translated(), writer(engine).begin() as connection:
        if current_revision(connection) != head:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    return head


def _unknown(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is None
    except Exception:  # alembic raises its own errors for revisions it has never seen
        return True
