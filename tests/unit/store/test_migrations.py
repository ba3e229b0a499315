"""A rep's database from an older SalesCoach opens in this one, data intact and searchable."""

from alembic import command
from sqlalchemy import create_engine, text

from salescoach.store import Store
from salescoach.store.lists import CONTACTS, ListQuery, row_ids
from salescoach.store.migrate import _config, head_revision

NOW = "2026-01-05 10:00:00.000000"


def test_a_database_at_revision_0003_is_upgraded_with_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
        connection.execute(
            text(
                "INSERT INTO accounts (id, name, city, industry, uid, created_at, updated_at)"
                " VALUES (1, 'Farmacia Città', '', '', 'a1', :now, :now)"
            ),
            {"now": NOW},
        )
        connection.execute(
            text(
                "INSERT INTO contacts (id, name, account_id, email, phone, role, source,"
                " is_customer, notes, uid, created_at, updated_at) VALUES"
                " (1, 'Élodie Lefèvre', 1, '', '', '', 'referral', 1, 'n', 'c1', :now, :now),"
                " (2, 'Paul Martin', NULL, '', '', '', 'other', 0, '', 'c2', :now, :now)"
            ),
            {"now": NOW},
        )
    engine.dispose()

    with Store.open(path) as store:
        assert store.revision == head_revision()
        with store.reader() as session:
            assert list(row_ids(session, CONTACTS, ListQuery(search="lefevre"))) == [1]
            assert list(row_ids(session, CONTACTS, ListQuery(search="citta"))) == [1]
            assert len(row_ids(session, CONTACTS, ListQuery())) == 2
        assert store.integrity_problems() == []
