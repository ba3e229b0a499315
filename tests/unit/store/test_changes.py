"""A write reports what it changed, from what the session wrote: the caller cannot forget
a kind of data, nor claim one it did not touch."""

from datetime import datetime

from salescoach.core.coach.settings import CoachSettings
from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.records import ContactFields
from salescoach.interchange.demo import DemoSize
from salescoach.interchange.files import load_demo
from salescoach.store.preferences import save_coach_settings
from salescoach.store.records.activities import reschedule
from salescoach.store.records.contacts import delete_contact, save_contact
from salescoach.store.records.opportunities import delete_opportunity, move_opportunity
from salescoach.store.session.changes import Change
from tests.helpers import add_activity, add_contact, add_opportunity

T0 = datetime(2026, 3, 2, 9)


def test_each_write_reports_its_own_kinds_of_data(store):
    applied = store.apply(lambda s: save_contact(s, ContactFields("Marie", company="Acme")))
    assert applied.changes == Change.CONTACTS
    contact = applied.result
    opp = store.apply(lambda s: add_opportunity(s, contact, (Stage.SUSPECT, T0))).result
    moved = store.apply(lambda s: move_opportunity(s, opp, Stage.PROSPECT, T0))
    assert moved.changes == Change.OPPORTUNITIES
    won = store.apply(lambda s: move_opportunity(s, opp, Stage.CONCLUSION, T0))
    assert won.changes == Change.OPPORTUNITIES | Change.CONTACTS  # a win makes a customer
    planned = store.apply(
        lambda s: add_activity(s, contact, ActivityKind.CALL, ActivityStatus.PLANNED, T0)
    )
    assert planned.changes == Change.ACTIVITIES
    assert store.apply(lambda s: reschedule(s, planned.result, T0)).changes == Change.ACTIVITIES
    settings = store.apply(lambda s: save_coach_settings(s, CoachSettings(period_days=30)))
    assert settings.changes == Change.SETTINGS
    assert store.apply(lambda s: None).changes == Change.NONE


def test_deletes_report_what_the_database_cascades_to(store):
    with store.session() as session:
        contact = add_contact(session)
        opp = add_opportunity(session, contact, (Stage.SUSPECT, T0))
        add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, T0, opp)
    deleted = store.apply(lambda s: delete_opportunity(s, opp))
    assert deleted.changes == Change.OPPORTUNITIES | Change.ACTIVITIES  # activities lose it
    everything = store.apply(lambda s: delete_contact(s, contact))
    assert everything.changes == Change.CONTACTS | Change.OPPORTUNITIES | Change.ACTIVITIES


def test_bulk_imports_report_everything_they_wrote(store):
    applied = load_demo(store, size=DemoSize(20, 100))
    assert applied.changes == Change.CONTACTS | Change.OPPORTUNITIES | Change.ACTIVITIES


def test_a_write_names_the_rows_it_touched_where_it_knows_them(store):
    contact = store.apply(lambda s: add_contact(s, "Marie", company="")).result
    logged = store.apply(
        lambda s: add_activity(s, contact, ActivityKind.CALL, ActivityStatus.PLANNED, T0)
    )
    assert logged.touched.tables == {"activities"}
    assert logged.touched.only("activities", Change.ACTIVITIES | Change.CONTACTS) == {logged.result}
    moved = store.apply(lambda s: reschedule(s, logged.result, T0.replace(hour=11)))
    assert moved.touched.only("activities", Change.ACTIVITIES) == {logged.result}
    # a delete that cascades names no rows of the tables it reaches: lists read again
    gone = store.apply(lambda s: delete_contact(s, contact))
    assert gone.touched.only("activities", Change.ACTIVITIES) is None
    assert gone.touched.only("contacts", Change.CONTACTS) is None  # activities went too


def test_a_large_write_has_room_in_the_page_cache_then_gives_it_back(store):
    from salescoach.store.engine import roomy_cache

    with store.session() as session:

        def size() -> int:
            return session.connection().exec_driver_sql("PRAGMA cache_size").scalar_one()

        before = size()
        with roomy_cache(session):
            assert size() == -65_536
        assert size() == before
