"""Two reps' laptops and the team's PostgreSQL: what is shared travels, what is private
stays with its rep, and edits on both sides meet field by field."""

from dataclasses import replace
from datetime import datetime

from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.models import Activity, Contact, Opportunity, SyncConflict, SyncOutbox
from salescoach.store.records.contacts import delete_contact, load_contact, save_contact
from tests.helpers import add_activity, add_contact, add_opportunity

T0 = datetime(2026, 10, 1, 9)


def names(laptop) -> list[str]:
    with laptop.store.reader() as session:
        return sorted(session.scalars(select(Contact.name)))


def count(laptop, model) -> int:
    with laptop.store.reader() as session:
        return len(session.scalars(select(model.id)).all())


def test_contacts_are_shared_and_work_stays_with_its_rep(laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    with anna.store.session() as session:
        marie = add_contact(session, "Marie Dupont", phone="01 02 03 04 05")
        deal = add_opportunity(session, marie, (Stage.SUSPECT, T0), (Stage.PROSPECT, T0))
        add_activity(
            session, marie, ActivityKind.VISIT, ActivityStatus.DONE, T0, deal, "A new oven"
        )
    first = anna.sync()
    assert first.pushed == 6  # the account, the contact, the deal, its two steps, the visit
    bruno.sync()
    assert names(bruno) == ["Marie Dupont"]
    assert count(bruno, Opportunity) == 0 and count(bruno, Activity) == 0
    with bruno.store.session() as session:
        add_contact(session, "Luca Bianchi")
    bruno.sync()
    anna.sync()
    assert names(anna) == ["Luca Bianchi", "Marie Dupont"]
    assert count(anna, Opportunity) == 1  # her own, untouched by what came back
    with anna.store.reader() as session:
        assert session.scalars(select(SyncOutbox.uid)).all() == []  # nothing left to send
    again = anna.sync()
    assert (again.pushed, again.conflicts) == (0, 0)


def edit(laptop, name: str, **fields) -> None:
    with laptop.store.session() as session:
        contact_id = session.scalar(select(Contact.id).where(Contact.name == name))
        save_contact(session, replace(load_contact(session, contact_id), **fields), contact_id)


def test_edits_on_two_laptops_meet_field_by_field(laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    with anna.store.session() as session:
        add_contact(
            session, "Marie Dupont", phone="01 00 00 00 01", email="marie@old.fr", role="Owner"
        )
    anna.sync()
    bruno.sync()
    edit(anna, "Marie Dupont", phone="02 00 00 00 02", role="Manager")  # offline, both of them
    edit(bruno, "Marie Dupont", phone="03 00 00 00 03", email="marie@new.fr")  # later
    anna.sync()
    bruno.sync()
    anna.sync()
    for laptop in (anna, bruno):
        with laptop.store.reader() as session:
            marie = load_contact(session, session.scalar(select(Contact.id)))
        assert (marie.phone, marie.email, marie.role) == (
            "03 00 00 00 03",
            "marie@new.fr",
            "Manager",
        )
    with bruno.store.reader() as session:
        [logged] = session.scalars(select(SyncConflict)).all()
    assert (logged.why, logged.lost) == ("later_edit", '{"phone": "02 00 00 00 02"}')


def test_a_row_deleted_on_one_laptop_and_edited_on_another_stays_deleted(laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    with anna.store.session() as session:
        add_contact(session, "Marie Dupont", phone="01 00 00 00 01")
    anna.sync()
    bruno.sync()
    with anna.store.session() as session:
        delete_contact(session, session.scalar(select(Contact.id)))
    edit(bruno, "Marie Dupont", phone="09 00 00 00 09")
    anna.sync()
    bruno.sync()
    anna.sync()
    assert names(anna) == names(bruno) == []
    with bruno.store.reader() as session:
        [logged] = session.scalars(select(SyncConflict)).all()
    assert logged.why == "deleted" and '"phone": "09 00 00 00 09"' in logged.lost


def test_who_referred_whom_travels_within_one_sync(laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    with anna.store.session() as session:
        paul = add_contact(session, "Paul Roux")
        add_contact(session, "Marie Dupont", referred_by_id=paul)
        luc = add_contact(session, "Luc Martin")
        paul_fields = load_contact(session, paul)
        save_contact(session, replace(paul_fields, referred_by_id=luc), paul)  # Luc came last
    anna.sync()
    bruno.sync()
    with bruno.store.reader() as session:
        referred = {
            name: session.scalar(select(Contact.name).where(Contact.id == referrer))
            for name, referrer in session.execute(select(Contact.name, Contact.referred_by_id))
        }
    assert referred == {"Paul Roux": "Luc Martin", "Marie Dupont": "Paul Roux", "Luc Martin": None}
