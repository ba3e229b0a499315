"""The list queries behind the GUI's tables: an ordered id list, then rows by id."""

from datetime import datetime

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.queries.lists import (
    ACTIVITIES,
    CONTACTS,
    FOLLOW_UPS,
    ListQuery,
    board_totals,
    count_later,
    row_ids,
    rows_by_id,
)
from tests.helpers import add_activity, add_contact, add_opportunity


def names(session, query: ListQuery) -> list[str]:
    ids = list(row_ids(session, CONTACTS, query))
    rows = rows_by_id(session, CONTACTS, ids)
    return [rows[i][CONTACTS.keys.index("name")] for i in ids]


def test_contacts_are_searched_and_sorted_in_sql(store):
    with store.session() as session:
        for index in range(25):
            add_contact(session, f"Contact {index:02d}", company="Acme" if index % 2 else "Other")
    with store.reader() as session:
        found = names(session, ListQuery(search="acme"))
        assert len(found) == 12
        assert found[:3] == ["Contact 01", "Contact 03", "Contact 05"]
        backwards = names(session, ListQuery(search="acme", sort="name", descending=True))
        assert backwards[-1] == "Contact 01"


def test_search_ignores_accents_and_case_in_every_searched_field(store):
    with store.session() as session:
        add_contact(session, "Élodie Lefèvre", company="Pharmacie du Centre")
        add_contact(session, "Marco Rossi", company="Farmacia Città")
        contact = add_contact(session, "Plain Name", company="Plain Co")
        add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, datetime(2026, 5, 1))
    with store.session() as session:
        add_activity(
            session,
            contact,
            ActivityKind.VISIT,
            ActivityStatus.DONE,
            datetime(2026, 5, 2),
            needs="Veut une caisse enregistrée avant l'été",
        )
    with store.reader() as session:
        assert names(session, ListQuery(search="lefevre")) == ["Élodie Lefèvre"]
        assert names(session, ListQuery(search="CITTA")) == ["Marco Rossi"]
        assert names(session, ListQuery(search="elodie centre")) == ["Élodie Lefèvre"]
        assert names(session, ListQuery(search="elodie citta")) == []
        assert len(row_ids(session, ACTIVITIES, ListQuery(search="ete"))) == 1
        assert len(row_ids(session, ACTIVITIES, ListQuery(search="plain"))) == 2


def test_a_search_for_like_wildcards_finds_them_literally(store):
    with store.session() as session:
        add_contact(session, "100% Bio")
        add_contact(session, "Other")
    with store.reader() as session:
        assert names(session, ListQuery(search="%")) == ["100% Bio"]
        assert names(session, ListQuery(search="_")) == []


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
        ids = list(row_ids(session, FOLLOW_UPS, ListQuery()))
        rows = rows_by_id(session, FOLLOW_UPS, ids)
    at = FOLLOW_UPS.keys.index("at")
    assert [rows[i][at] for i in ids] == [datetime(2026, 5, 1), datetime(2026, 5, 3)]


def test_where_a_newest_first_list_reaches_a_day(store):
    with store.session() as session:
        contact = add_contact(session)
        for day in (1, 5, 10, 20):
            add_activity(
                session, contact, ActivityKind.CALL, ActivityStatus.DONE, datetime(2026, 5, day)
            )
    with store.reader() as session:
        assert count_later(session, ACTIVITIES, ListQuery(), datetime(2026, 5, 7)) == 2


def test_rows_deleted_meanwhile_are_simply_missing(store):
    with store.session() as session:
        kept = add_contact(session, "Kept")
        gone = add_contact(session, "Gone")
    with store.reader() as session:
        assert set(rows_by_id(session, CONTACTS, [kept, gone, 9999])) == {kept, gone}


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


def test_names_sort_as_the_rep_reads_them_accents_and_case_aside(store):
    with store.session() as session:
        for name, company in (
            ("Zoé Abel", "Zinco"),
            ("élodie Martin", "Études Öko"),
            ("Eric Blanc", "epicerie Fine"),
            ("Édouard Roux", "Ébénisterie"),
            ("anna Bell", "Zèbre"),
        ):
            add_contact(session, name, company=company)
    with store.reader() as session:
        assert names(session, ListQuery(sort="name")) == [
            "anna Bell",
            "Édouard Roux",
            "élodie Martin",
            "Eric Blanc",
            "Zoé Abel",
        ]
        by_company = list(row_ids(session, CONTACTS, ListQuery(sort="company")))
        rows = rows_by_id(session, CONTACTS, by_company)
        companies = [rows[i][CONTACTS.keys.index("company")] for i in by_company]
        assert companies == ["Ébénisterie", "epicerie Fine", "Études Öko", "Zèbre", "Zinco"]
