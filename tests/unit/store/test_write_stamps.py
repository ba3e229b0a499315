"""Write stamps come from the store's clock (the app's one clock): --today and a test's
stopped clock stamp what is written, and a stamp the writer set itself is kept."""

from datetime import UTC, datetime

from salescoach.core.clock import Clock
from salescoach.store.models import Contact
from tests.helpers import add_contact


def utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None)


def test_rows_are_stamped_by_the_stores_clock(store):
    created = datetime(2026, 11, 24, 9, 0)
    store.clock = Clock.stopped(created)
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont")
    edited = datetime(2026, 11, 24, 9, 5)
    store.clock = Clock.stopped(edited)
    with store.session() as session:
        session.get(Contact, marie).phone = "04 90 00 00 00"
    with store.reader() as session:
        row = session.get(Contact, marie)
        assert (row.created_at, row.updated_at) == (utc(created), utc(edited))
    store.clock = Clock.stopped(datetime(2026, 11, 24, 9, 10))
    kept = datetime(2026, 1, 2, 3, 4, 5)
    with store.session() as session:
        row = session.get(Contact, marie)
        row.phone, row.updated_at = "04 90 11 11 11", kept  # as a pull writes the team's
    with store.reader() as session:
        assert session.get(Contact, marie).updated_at == kept


def test_a_pinned_day_stamps_that_day_and_keeps_the_order_of_writes(store):
    store.clock = Clock.pinned(datetime(2026, 3, 2).date())
    with store.session() as session:
        first = add_contact(session, "First")
        second = add_contact(session, "Second")
    with store.reader() as session:
        one, two = session.get(Contact, first), session.get(Contact, second)
        assert abs((one.updated_at - utc(datetime(2026, 3, 2, 12))).days) <= 1
        assert one.updated_at <= two.updated_at
