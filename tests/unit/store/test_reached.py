"""The kept first-reached times stay equal to a recomputation from the stage history after
any mix of moves, edits, deletes, imports and undos, whoever writes; `check` says when they
do not, and `check --repair` puts them right."""

import json
import sqlite3
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update

from salescoach.core.domain import Stage
from salescoach.core.stages import StageStep, reached_at
from salescoach.interchange.salescoach_json import import_document
from salescoach.store.models import Contact, FirstReached, Opportunity, StageEvent
from salescoach.store.records.opportunities import delete_opportunity, move_opportunity
from salescoach.store.session.reached import mismatches
from salescoach.store.undo.journal import write_images
from tests.helpers import BASE, add_contact, add_opportunity, histories
from tests.running import run

S, P, A, N, C, L = (
    Stage.SUSPECT,
    Stage.PROSPECT,
    Stage.APPROACH,
    Stage.NEGOTIATION,
    Stage.CONCLUSION,
    Stage.LOST,
)


def kept(session, opportunity_id):
    rows = session.execute(
        select(FirstReached.stage, FirstReached.at).where(
            FirstReached.opportunity_id == opportunity_id
        )
    )
    return {row.stage: row.at for row in rows}


def test_a_jump_reaches_every_stage_on_the_way(store):
    def fill(session):
        contact = add_contact(session)
        return add_opportunity(
            session,
            contact,
            (S, BASE),
            (N, BASE + timedelta(days=3)),
            (L, BASE + timedelta(days=9)),
        )

    deal = store.apply(fill).result
    with store.reader() as session:
        assert kept(session, deal) == {
            S: BASE,
            P: BASE + timedelta(days=3),
            A: BASE + timedelta(days=3),
            N: BASE + timedelta(days=3),
        }  # lost reaches nothing


edits = st.lists(st.sampled_from(["move", "delete", "retime", "reimport", "undo"]), max_size=5)


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(start=st.lists(histories, min_size=1, max_size=4), steps=edits, data=st.data())
def test_the_kept_times_follow_every_kind_of_write(store, start, steps, data):
    def fill(session):
        contact = add_contact(session)
        return [add_opportunity(session, contact, *history) for history in start]

    deals = store.apply(fill).result
    last = None
    for step in steps:
        deal = data.draw(st.sampled_from(deals))
        if step == "move":
            last = store.apply(lambda s, d=deal: _move_on(s, d), journal=True).journal
        elif step == "delete":
            last = store.apply(lambda s, d=deal: _delete(s, d), journal=True).journal
        elif step == "retime":  # a bulk update of the history, as a tool or a sync may do
            last = None  # work that cannot be undone ends the undo history, as in the app
            store.apply(
                lambda s, d=deal: s.execute(
                    update(StageEvent)
                    .where(StageEvent.opportunity_id == d)
                    .values(at=BASE - timedelta(days=1))
                )
            )
        elif step == "reimport":
            last = None
            with store.reader() as session:
                document = _export_of(session)
            store.apply(lambda s, doc=document: import_document(s, json.loads(json.dumps(doc))))
        elif step == "undo" and last is not None:
            journal = last
            store.apply(lambda s, j=journal: write_images(s, j, "before"))
            last = None
        with store.reader() as session:
            assert mismatches(session) == 0, step
    with store.reader() as session:
        for deal in deals:
            if session.get(Opportunity, deal) is None:
                assert kept(session, deal) == {}
                continue
            history = [
                StageStep(stage, at)
                for stage, at in session.execute(
                    select(StageEvent.stage, StageEvent.at)
                    .where(StageEvent.opportunity_id == deal)
                    .order_by(StageEvent.at, StageEvent.id)
                )
            ]
            for stage, at in kept(session, deal).items():
                assert reached_at(history, stage) == at


def _move_on(session, deal):
    opportunity = session.get(Opportunity, deal)
    if opportunity is None or opportunity.stage in (L, Stage.ORDER):
        return
    following = {S: P, P: A, A: N, N: C, C: Stage.ORDER}[opportunity.stage]
    latest = max(event.at for event in opportunity.history)
    move_opportunity(session, deal, following, latest + timedelta(hours=1))


def _delete(session, deal):
    if session.get(Opportunity, deal) is not None:
        delete_opportunity(session, deal)


def _export_of(session):
    from salescoach.interchange.salescoach_json import export_document

    return export_document(session)


def test_check_finds_a_drift_and_repair_mends_it(store, db_path):
    def fill(session):
        contact = add_contact(session)
        add_opportunity(session, contact, (S, BASE), (P, BASE + timedelta(days=2)))

    store.apply(fill)
    store.close()
    assert run("check", db=db_path).returncode == 0
    with sqlite3.connect(db_path) as connection:  # behind the app's back
        connection.execute("DELETE FROM first_reached WHERE stage = 'prospect'")
    checked = run("check", db=db_path)
    assert checked.returncode == 3
    assert "1 differ from the stage history" in checked.stdout and "--repair" in checked.stdout
    repaired = run("check", "--repair", db=db_path)
    assert repaired.returncode == 0, repaired.stdout
    assert "in step with the stage history" in repaired.stdout


def test_a_deleted_contact_takes_its_kept_times_along(store):
    def fill(session):
        contact = add_contact(session)
        add_opportunity(session, contact, (S, BASE))
        return contact

    contact = store.apply(fill).result
    store.apply(lambda s: s.execute(delete(Contact).where(Contact.id == contact)))
    with store.reader() as session:
        assert session.scalar(select(FirstReached.opportunity_id).limit(1)) is None
        assert mismatches(session) == 0
