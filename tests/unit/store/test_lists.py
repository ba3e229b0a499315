"""The paged list queries behind the GUI's tables."""

from datetime import datetime

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.lists import (
    CONTACTS,
    FOLLOW_UPS,
    ListQuery,
    board_totals,
    count_rows,
    fetch_rows,
)
from tests.helpers import add_activity, add_contact, add_opportunity


def test_contacts_are_searched_sorted_and_paged_in_sql(store):
    with store.session() as session:
        for index in range(25):
            add_contact(session, f"Contact {index:02d}", company="Acme" if index % 2 else "Other")
    with store.reader() as session:
        query = ListQuery(search="acme")
        assert count_rows(session, CONTACTS, query) == 12
        names = [row[1] for row in fetch_rows(session, CONTACTS, query, 0, 5)]
        assert names == ["Contact 01", "Contact 03", "Contact 05", "Contact 07", "Contact 09"]
        backwards = ListQuery(search="acme", sort="name", descending=True)
        assert fetch_rows(session, CONTACTS, backwards, 10, 5)[-1][1] == "Contact 01"


def test_follow_ups_are_planned_activities_soonest_first(store):
    with store.session() as session:
        contact = add_contact(session)
        add_activity(
            session, contact, ActivityKind.CALL, ActivityStatus.PLANNED, datetime(2026, 5, 3)
        )
        add_activity(
            session, contact, ActivityKind.VISIT, ActivityStatus.PLANNED, datetime(2026, 5, 1)
        )
        add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, datetime(2026, 4, 1))
    with store.reader() as session:
        rows = fetch_rows(session, FOLLOW_UPS, ListQuery(), 0, 10)
    assert [row[1] for row in rows] == [datetime(2026, 5, 1), datetime(2026, 5, 3)]


def test_board_totals_count_and_sum_per_stage_and_currency(store):
    when = datetime(2026, 1, 1)
    with store.session() as session:
        contact = add_contact(session)
        add_opportunity(session, contact, (Stage.PROSPECT, when), value=1000)
        add_opportunity(session, contact, (Stage.PROSPECT, when), value=500)
        add_opportunity(session, contact, (Stage.SUSPECT, when), value=20)
    with store.reader() as session:
        totals = board_totals(session)
    assert totals[Stage.PROSPECT].count == 2
    assert totals[Stage.PROSPECT].values == {"EUR": 1500}
    assert totals[Stage.ORDER].count == 0
