"""Taking a write back, and doing it again: every row as it was, ids, uids and tombstones."""

from datetime import datetime

from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.records import ContactFields
from salescoach.store.models import Account, Activity, Contact, Opportunity, StageEvent, Tombstone
from salescoach.store.records.activities import save_activity
from salescoach.store.records.contacts import delete_contact, save_contact
from salescoach.store.records.opportunities import delete_opportunity, move_opportunity
from salescoach.store.undo.journal import write_images
from tests.helpers import add_activity, add_contact, add_opportunity

T0 = datetime(2026, 3, 2, 9)


def everything(store) -> dict[str, list[tuple]]:
    """The whole database as plain rows, to compare before and after."""
    with store.reader() as session:
        return {
            model.__tablename__: sorted(
                tuple(getattr(row, c.key) for c in model.__table__.columns)
                for row in session.scalars(select(model))
            )
            for model in (Account, Contact, Opportunity, StageEvent, Activity, Tombstone)
        }


def undo(store, journal) -> None:
    store.apply(lambda session: write_images(session, journal, "before"))


def redo(store, journal) -> None:
    store.apply(lambda session: write_images(session, journal, "after"))


def populated(store) -> dict[str, int]:
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont")
        deal = add_opportunity(session, marie, (Stage.SUSPECT, T0), (Stage.PROSPECT, T0))
        add_activity(session, marie, ActivityKind.CALL, ActivityStatus.DONE, T0, deal, needs="x")
        add_activity(session, marie, ActivityKind.VISIT, ActivityStatus.DONE, T0)
        paul = add_contact(session, "Paul Martin", referred_by_id=marie)
    return {"marie": marie, "deal": deal, "paul": paul}


def test_undoing_a_contact_delete_brings_back_everything_with_its_uids(store):
    ids = populated(store)
    before = everything(store)
    applied = store.apply(lambda s: delete_contact(s, ids["marie"]), journal=True)
    assert applied.journal and applied.journal.complete
    after = everything(store)
    assert after["contacts"] != before["contacts"] and after["tombstones"]
    undo(store, applied.journal)
    assert everything(store) == before  # referrer restored on Paul, tombstones gone
    redo(store, applied.journal)
    assert everything(store) == after


def test_undoing_edits_moves_and_new_rows(store):
    ids = populated(store)
    for work in (
        lambda s: save_contact(s, ContactFields("Marie Renamed", company="New Co"), ids["marie"]),
        lambda s: move_opportunity(s, ids["deal"], Stage.CONCLUSION, T0),
        lambda s: save_activity_for(s, ids["paul"]),
        lambda s: delete_opportunity(s, ids["deal"]),
    ):
        before = everything(store)
        applied = store.apply(work, journal=True)
        after = everything(store)
        assert after != before
        undo(store, applied.journal)
        undone = everything(store)
        assert rows(undone) == rows(before)
        # a row the work created and Undo took away is a deletion to pass on: a tombstone
        assert stones(undone) == stones(before) | (uids(after) - uids(before))
        redo(store, applied.journal)
        assert everything(store) == after


def rows(state: dict[str, list[tuple]]) -> dict[str, list[tuple]]:
    return {table: found for table, found in state.items() if table != "tombstones"}


def stones(state: dict[str, list[tuple]]) -> set[str]:
    return {row[0] for row in state["tombstones"]}


def uids(state: dict[str, list[tuple]]) -> set[str]:
    """Every synced row's uid (the column is named uid in each table)."""
    found = set()
    for model in (Account, Contact, Opportunity, StageEvent, Activity):
        position = [c.key for c in model.__table__.columns].index("uid")
        found |= {row[position] for row in state[model.__tablename__]}
    return found


def save_activity_for(session, contact_id):
    from salescoach.core.records import ActivityFields

    return save_activity(
        session, ActivityFields(ActivityKind.MEETING, ActivityStatus.PLANNED, T0, contact_id)
    )


def test_bulk_statements_make_a_journal_that_cannot_be_undone(store):
    from salescoach.interchange.demo import DemoSize, build_demo
    from salescoach.interchange.salescoach_json import import_document

    document = build_demo(1, DemoSize(5, 20), T0.date())
    applied = store.apply(lambda s: import_document(s, document), journal=True)
    assert not applied.journal.complete
