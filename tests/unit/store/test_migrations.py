"""A rep's database from any older SalesCoach opens in this one, data intact and searchable;
an upgrade that fails leaves it exactly as it was, with a backup beside it."""

import hashlib
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from salescoach.core.text import search_key
from salescoach.store import Store
from salescoach.store.migrate import _config, _scripts, head_revision
from salescoach.store.queries.lists import ACTIVITIES, CONTACTS, ListQuery, row_ids
from salescoach.store.safety.backup import backup_folder
from salescoach.store.session.reached import mismatches

NOW = "2026-01-05 10:00:00.000000"
PAST = [s.revision for s in reversed(list(_scripts().walk_revisions()))][:-1]


def build_at(path: Path, revision: str) -> None:
    """A database at `revision`, holding a contact, an account, a deal and an activity."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        for statement in (
            "INSERT INTO accounts (id, name, city, industry, uid, created_at, updated_at)"
            " VALUES (1, 'Farmacia Città', '', '', 'a1', :now, :now)",
            "INSERT INTO contacts (id, name, account_id, email, phone, role, source,"
            " is_customer, notes, uid, created_at, updated_at) VALUES"
            " (1, 'Élodie Lefèvre', 1, 'e@x.fr', '', '', 'referral', 1, 'n', 'c1', :now, :now),"
            " (2, 'Paul Martin', NULL, '', '', '', 'other', 0, '', 'c2', :now, :now)",
            "INSERT INTO opportunities (id, contact_id, title, value, currency, stage, uid,"
            " created_at, updated_at) VALUES (1, 1, 'Four', 12000, 'EUR', 'prospect', 'o1',"
            " :now, :now)",
            "INSERT INTO stage_events (id, opportunity_id, stage, at, uid, created_at,"
            " updated_at) VALUES (1, 1, 'suspect', :now, 's1', :now, :now),"
            " (2, 1, 'prospect', :now, 's2', :now, :now)",
            "INSERT INTO activities (id, contact_id, opportunity_id, kind, status, at, outcome,"
            " notes, needs, uid, created_at, updated_at) VALUES (1, 1, 1, 'visit', 'done',"
            " :now, 'Bien reçu', '', 'Veut un été serein', 'x1', :now, :now)",
        ):
            connection.execute(text(statement), {"now": NOW})
        if revision >= "0004":  # from then on the app writes each row's search key itself
            for table, values in (
                ("accounts", ("Farmacia Città",)),
                ("contacts", ("Élodie Lefèvre", "e@x.fr")),
                ("activities", ("Bien reçu", "Veut un été serein")),
            ):
                connection.execute(
                    text(f"UPDATE {table} SET search_key = :key WHERE id = 1"),
                    {"key": search_key(*values)},
                )
        if revision >= "0006":  # and its kept first-reached times
            connection.execute(
                text(
                    "INSERT INTO first_reached (opportunity_id, stage, at) VALUES"
                    " (1, 'suspect', :now), (1, 'prospect', :now)"
                ),
                {"now": NOW},
            )
    engine.dispose()


@pytest.mark.parametrize("revision", PAST)
def test_every_past_schema_is_brought_up_to_date_with_its_data(tmp_path, revision):
    path = tmp_path / f"at-{revision}.sqlite3"
    build_at(path, revision)
    with Store.open(path) as store:
        assert store.revision == head_revision()
        assert store.integrity_problems() == []
        with store.reader() as session:
            assert list(row_ids(session, CONTACTS, ListQuery(search="lefevre"))) == [1]
            assert list(row_ids(session, CONTACTS, ListQuery(search="citta"))) == [1]
            assert list(row_ids(session, ACTIVITIES, ListQuery(search="ete serein"))) == [1]
            assert len(row_ids(session, CONTACTS, ListQuery())) == 2
            assert session.execute(text("SELECT stage FROM opportunities")).scalar() == "prospect"
            # the kept first-reached times are filled from the history by the upgrade
            assert session.execute(text("SELECT count(*) FROM first_reached")).scalar() == 2
            assert mismatches(session) == 0
    assert (backup_folder(path) / f"before-upgrade-{path.name}").exists()


def test_a_failed_upgrade_leaves_the_database_as_it_was(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    build_at(path, PAST[-1])
    before = content(path)
    real = command.upgrade

    def half_then_fail(config, revision):
        real(config, revision)
        raise RuntimeError("the disk went away half-way")

    monkeypatch.setattr("alembic.command.upgrade", half_then_fail)
    with pytest.raises(RuntimeError):
        Store.open(path)
    assert content(path) == before  # schema, revision and rows: all as they were
    backup = backup_folder(path) / f"before-upgrade-{path.name}"
    assert content(backup) == before  # and a copy beside it


def content(path: Path) -> str:
    """Everything the file holds, as SQL: what a rep could lose, not the journal's bytes."""
    with closing(sqlite3.connect(path)) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


def test_the_quick_reading_of_the_migrations_agrees_with_alembic():
    """Opening reads the revisions from the files' own lines to spare Alembic's import; it
    must see exactly what Alembic sees."""
    from salescoach.store.migrate import known_revisions

    scripts = _scripts()
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {s.revision for s in scripts.walk_revisions()}


def test_opening_a_current_database_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "db.sqlite3"
    Store.open(path, create=True).close()
    script = (
        "import sys; from salescoach.store import Store; "
        f"Store.open({str(path)!r}).close(); print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "False", result.stderr


def test_stamps_become_utc_by_the_rules_of_their_own_date(tmp_path, monkeypatch):
    """Local winter and summer times (Paris: UTC+1, then UTC+2) each lose their own offset;
    business times (when the visit was) stay as the rep typed them."""
    monkeypatch.setenv("TZ", "Europe/Paris")
    time.tzset()
    try:
        path = tmp_path / "local.sqlite3"
        build_at(path, "0010")
        with closing(sqlite3.connect(path)) as raw, raw:
            raw.execute(
                "UPDATE contacts SET created_at = '2026-07-01 12:00:00.123456' WHERE id = 2"
            )
        with Store.open(path) as store, store.reader() as session:
            stamps = dict(session.execute(text("SELECT id, created_at FROM contacts")).all())
            visit = session.execute(text("SELECT at, updated_at FROM activities")).one()
            gone = session.execute(text("SELECT count(*) FROM tombstones")).scalar()
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert stamps == {1: "2026-01-05 09:00:00.000000", 2: "2026-07-01 10:00:00.123456"}
    assert tuple(visit) == (NOW, "2026-01-05 09:00:00.000000")
    assert gone == 0


def test_names_get_sort_keys_and_one_company_becomes_one_account_again(tmp_path):
    """Copies of one company (SQLite's lower() folded ASCII only) are merged into the oldest;
    a team laptop's outbox hears of the merge, not of the keys filled in."""
    path = tmp_path / "copies.sqlite3"
    build_at(path, "0012")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO accounts (id, name, city, industry, uid, created_at, updated_at)"
                " VALUES (2, 'FARMACIA CITTÀ', 'Roma', '', 'a2', :now, :now),"
                " (3, 'farmacia  città', '', 'Pharmacy', 'a3', :now, :now)"
            ),
            {"now": NOW},
        )
        connection.execute(
            text(
                "INSERT INTO contacts (id, name, account_id, email, phone, role, source,"
                " is_customer, notes, uid, created_at, updated_at) VALUES"
                " (3, 'Zoé', 2, '', '', '', 'other', 0, '', 'c3', :now, :now),"
                " (4, 'Anna', 3, '', '', '', 'other', 0, '', 'c4', :now, :now)"
            ),
            {"now": NOW},
        )
        joined_at_0012(connection)  # a laptop in a team...
        connection.execute(text("DELETE FROM sync_outbox"))  # ...that has just synced
    engine.dispose()
    with Store.open(path) as store, store.reader() as session:
        accounts = session.execute(text("SELECT id, name, city, industry FROM accounts")).all()
        moved = session.execute(text("SELECT id, account_id FROM contacts ORDER BY id")).all()
        keys = list(session.execute(text("SELECT sort_key FROM contacts ORDER BY id")).scalars())
        gone = set(session.execute(text("SELECT uid FROM tombstones")).scalars())
        noted = set(session.execute(text("SELECT uid FROM sync_outbox")).scalars())
        unnamed = session.scalar(text("SELECT count(*) FROM sync_outbox WHERE change_id IS NULL"))
        ordered = names_in_order(session)
    assert [tuple(a) for a in accounts] == [(1, "Farmacia Città", "Roma", "Pharmacy")]
    assert [tuple(m) for m in moved] == [(1, 1), (2, None), (3, 1), (4, 1)]
    assert list(keys) == ["elodie lefevre", "paul martin", "zoe", "anna"]
    assert gone == {"a2", "a3"}
    assert noted == {"a1", "a2", "a3", "c3", "c4"}  # a1: its city and industry filled in
    assert unnamed == 0  # 0014: each waiting change has its id for the server
    assert ordered == ["Anna", "Élodie Lefèvre", "Paul Martin", "Zoé"]


def joined_at_0012(connection) -> None:
    """The outbox triggers a team laptop had at revision 0012 (no change ids yet)."""
    from salescoach.store.team.outbox import SYNCED, _value_sql, fields_of

    for table in SYNCED:
        there = {row[1] for row in connection.execute(text(f"PRAGMA table_info({table})"))}
        columns = [c for c in fields_of(table) if c in there]  # the columns 0012 had
        image = ", ".join(f"'{c}', {_value_sql(table, c)}" for c in columns)
        for event, base in (("insert", "NULL"), ("update", f"json_object({image})")):
            connection.execute(
                text(
                    f"CREATE TRIGGER sync_{table}_{event} AFTER {event.upper()} ON {table} "
                    "BEGIN INSERT INTO sync_outbox (uid, entity, base, changes) VALUES "
                    f"(NEW.uid, '{table}', {base}, 1) ON CONFLICT (uid) DO UPDATE SET "
                    "entity = excluded.entity, changes = changes + 1; END"
                )
            )
    connection.execute(
        text(
            "CREATE TRIGGER sync_tombstones_insert AFTER INSERT ON tombstones BEGIN "
            "INSERT INTO sync_outbox (uid, entity, base, changes) VALUES (NEW.uid, "
            "'tombstones', NULL, 1) ON CONFLICT (uid) DO UPDATE SET entity = 'tombstones', "
            "changes = changes + 1; END"
        )
    )


def names_in_order(session) -> list[str]:
    ids = list(row_ids(session, CONTACTS, ListQuery(sort="name")))
    named = dict(session.execute(text("SELECT id, name FROM contacts")).all())
    return [named[i] for i in ids]
