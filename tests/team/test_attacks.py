"""A rep's own login, used by hand in psql, cannot take a teammate's work (issue 22, item 2):
each statement tried as sc_bruno, then Anna syncs and has lost nothing."""

from datetime import datetime

import pytest
from sqlalchemy import exc, select, text

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.models import Activity, Contact, Opportunity
from tests.helpers import add_activity, add_contact, add_opportunity

T0 = datetime(2026, 10, 1, 9)

REFUSED = [
    # deleting or burying what Anna's work hangs on
    "INSERT INTO tombstones (uid, entity, deleted_at) SELECT uid, 'contacts', now() FROM contacts",
    "INSERT INTO tombstones (uid, entity, deleted_at) VALUES ('{deal}', 'opportunities', now())",
    "INSERT INTO tombstones (uid, entity, deleted_at) VALUES ('{call}', 'activities', now())",
    "TRUNCATE contacts CASCADE",
    "DROP POLICY team_delete ON contacts",
    "ALTER TABLE contacts DISABLE ROW LEVEL SECURITY",
    "DELETE FROM team_applied",
    "UPDATE team_conflicts SET resolution = 'kept'",
    # hanging work of his own on her deal
    "INSERT INTO activities (contact_id, opportunity_id, kind, status, at, outcome, notes, "
    "needs, uid, created_at, updated_at, search_key) SELECT c.id, {deal_id}, 'call', 'done', "
    "now(), '', '', '', 'x1', now(), now(), '' FROM contacts c",
    # reading who wrote what, her tombstones, what was deleted
    "SELECT rep FROM contacts",
    "SELECT writer FROM contacts",
    "SELECT * FROM tombstones",
    "SELECT * FROM team_graveyard",
]


@pytest.fixture
def annas_work(team, laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    with anna.store.session() as session:
        carla = add_contact(session, "Carla Rossi")
        deal = add_opportunity(session, carla, (Stage.SUSPECT, T0), (Stage.PROSPECT, T0))
        add_activity(session, carla, ActivityKind.VISIT, ActivityStatus.DONE, T0, deal)
        deleted = add_contact(session, "Old Lead")
        add_activity(session, deleted, ActivityKind.CALL, ActivityStatus.DONE, T0)
    anna.sync()
    with anna.store.session() as session:  # a tombstone of her own: not Bruno's to read
        session.delete(session.scalar(select(Activity).where(Activity.contact_id == deleted)))
    anna.sync()
    bruno.sync()
    admin = team.engine("Anna")
    with admin.connect() as connection:
        found = {
            "deal": connection.execute(text("SELECT uid FROM opportunities")).scalar(),
            "deal_id": connection.execute(text("SELECT id FROM opportunities")).scalar(),
            "call": connection.execute(text("SELECT uid FROM activities")).scalar(),
        }
    admin.dispose()
    return found


@pytest.mark.parametrize("statement", REFUSED)
def test_a_reps_login_is_refused(team, laptops, annas_work, statement):
    bruno = team.engine("Bruno")
    with bruno.connect() as connection, pytest.raises(exc.DBAPIError):
        connection.execute(text(statement.format(**annas_work)))
        connection.commit()
    bruno.dispose()
    assert_anna_has_everything(laptops["Anna"])


def test_deletes_that_would_take_her_work_change_nothing(team, laptops, annas_work):
    bruno = team.engine("Bruno")
    with bruno.connect() as connection:
        for statement in (
            "DELETE FROM contacts",  # Carla: her deal needs her; Old Lead: nobody does
            "DELETE FROM opportunities",
            "DELETE FROM stage_events",
            "DELETE FROM activities",
            "UPDATE opportunities SET title = 'mine'",
        ):
            connection.execute(text(statement))
        for private in ("team_applied", "team_devices", "team_hidden"):  # Anna's: not his
            seen = f"SELECT count(*) FROM {private} WHERE rep = 'Anna'"
            assert connection.execute(text(seen)).scalar() == 0, private
        assert connection.execute(text("SELECT name FROM contacts")).scalars().all() == [
            "Carla Rossi"
        ]
        connection.commit()
    bruno.dispose()
    assert_anna_has_everything(laptops["Anna"])


def assert_anna_has_everything(anna) -> None:
    anna.sync()
    with anna.store.reader() as session:
        names = session.scalars(select(Contact.name).order_by(Contact.name)).all()
        assert names in (["Carla Rossi", "Old Lead"], ["Carla Rossi"])  # nobody used Old Lead
        assert len(session.scalars(select(Opportunity.id)).all()) == 1
        assert session.scalar(select(Opportunity.title)) != "mine"
        assert len(session.scalars(select(Activity.id)).all()) == 1
