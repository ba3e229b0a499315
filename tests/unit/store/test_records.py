"""Contacts, opportunities and activities through the store's write functions."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.errors import InvalidInput
from salescoach.core.records import ActivityFields, ContactFields
from salescoach.store.models import Activity, Contact, Opportunity, StageEvent, Tombstone
from salescoach.store.records.activities import reschedule, save_activity
from salescoach.store.records.contacts import (
    delete_contact,
    find_contacts,
    load_contact,
    save_contact,
)
from salescoach.store.records.opportunities import move_opportunity, stage_history
from tests.helpers import add_activity, add_contact, add_opportunity

T0 = datetime(2026, 3, 2, 9, 0)


def test_a_contact_round_trips_and_shares_its_account(store):
    with store.session() as session:
        marie = add_contact(session, email="marie@dupont.fr")
        paul = add_contact(session, "Paul Dupont", company="boulangerie dupont")
        assert load_contact(session, marie).email == "marie@dupont.fr"
        contacts = session.scalars(select(Contact).order_by(Contact.id)).all()
        assert contacts[0].account_id == contacts[1].account_id
        assert [label for _id, label in find_contacts(session, "dupont")] == [
            "Marie Dupont (Boulangerie Dupont)",
            "Paul Dupont (Boulangerie Dupont)",
        ]
        assert paul != marie


def test_invalid_contacts_are_refused(store):
    with pytest.raises(InvalidInput, match="e-mail"), store.session() as session:
        save_contact(session, ContactFields(name="X", email="bad"))
    with store.reader() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


def test_stage_history_is_kept_in_order_and_lost_is_terminal(store):
    with store.session() as session:
        contact = add_contact(session)
        opp = add_opportunity(
            session, contact, (Stage.SUSPECT, T0), (Stage.PROSPECT, T0 + timedelta(days=2))
        )
        move_opportunity(session, opp, Stage.LOST, T0 + timedelta(days=3))
        assert [s.stage for s in stage_history(session, opp)] == [
            Stage.SUSPECT,
            Stage.PROSPECT,
            Stage.LOST,
        ]
        assert session.get(Opportunity, opp).stage is Stage.LOST
        with pytest.raises(InvalidInput, match="lost"):
            move_opportunity(session, opp, Stage.APPROACH, T0 + timedelta(days=4))


def test_a_move_dated_before_the_last_one_is_refused(store):
    with store.session() as session:
        opp = add_opportunity(session, add_contact(session), (Stage.SUSPECT, T0))
        with pytest.raises(InvalidInput, match="before"):
            move_opportunity(session, opp, Stage.PROSPECT, T0 - timedelta(days=1))


def test_winning_makes_the_contact_a_customer(store):
    with store.session() as session:
        contact = add_contact(session)
        add_opportunity(
            session, contact, (Stage.NEGOTIATION, T0), (Stage.CONCLUSION, T0 + timedelta(days=1))
        )
        assert session.get(Contact, contact).is_customer


def test_deleting_a_contact_cascades_and_leaves_tombstones(store):
    with store.session() as session:
        contact = add_contact(session)
        opp = add_opportunity(session, contact, (Stage.SUSPECT, T0))
        add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, T0, opp)
    with store.session() as session:
        delete_contact(session, contact)
    with store.reader() as session:
        for model in (Contact, Opportunity, StageEvent, Activity):
            assert session.scalar(select(func.count()).select_from(model)) == 0
        entities = sorted(session.scalars(select(Tombstone.entity)))
        assert entities == ["activities", "contacts", "opportunities", "stage_events"]


def test_the_database_refuses_values_outside_the_domain(store):
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO contacts (name, email, phone, role, source, is_customer, notes, uid, "
                "created_at, updated_at) VALUES ('x', '', '', '', 'carrier_pigeon', 0, '', 'u1', "
                "'2026-01-01', '2026-01-01')"
            )
        )


def test_an_activity_must_belong_to_the_opportunitys_contact(store):
    with store.session() as session:
        marie, paul = add_contact(session), add_contact(session, "Paul")
        opp = add_opportunity(session, marie, (Stage.SUSPECT, T0))
        with pytest.raises(InvalidInput, match="does not belong"):
            save_activity(
                session, ActivityFields(ActivityKind.CALL, ActivityStatus.DONE, T0, paul, opp)
            )


def test_only_planned_activities_can_be_rescheduled(store):
    with store.session() as session:
        contact = add_contact(session)
        planned = add_activity(session, contact, ActivityKind.CALL, ActivityStatus.PLANNED, T0)
        done = add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, T0)
        reschedule(session, planned, T0 + timedelta(days=7))
        assert session.get(Activity, planned).at == T0 + timedelta(days=7)
        with pytest.raises(InvalidInput):
            reschedule(session, done, T0 + timedelta(days=7))
