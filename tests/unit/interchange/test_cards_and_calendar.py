"""vCards in and out, and the planned activities as a calendar a rep's phone reads back."""

from datetime import datetime

import pytest
from icalendar import Calendar
from sqlalchemy import select

from salescoach.core.clock import Clock
from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.interchange.files import export_file, import_file
from salescoach.interchange.record_values import InvalidFile
from salescoach.store.models import Account, Contact
from tests.helpers import add_activity, add_contact, add_opportunity

CARDS = """BEGIN:VCARD\r
VERSION:3.0\r
FN:Élodie Marchand\r
N:Marchand;Élodie;;;\r
ORG:Fromagerie Marchand;Ventes\r
EMAIL;TYPE=HOME:elodie@home.fr\r
EMAIL;TYPE=WORK:elodie@fromagerie.fr\r
TEL;TYPE=CELL:+33 6 12 34 56 78\r
ADR;TYPE=WORK:;;12 rue du Lait;Lyon;;69002;France\r
NOTE:Aime les visites le matin et veut une offre pour un comptoir réfr\r
 igéré\r
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD\r
 broken-base64\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:2.1\r
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Rossi;Giovanni;;;\r
ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Caff=C3=A8 Rossi\r
TEL;WORK:+39 02 1234 5678\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:Kim Lee\r
EMAIL:kim@home.example\r
EMAIL;PREF=1:kim@lee.example\r
END:VCARD\r
"""


def people(store) -> dict[str, tuple]:
    with store.reader() as session:
        rows = session.execute(
            select(
                Contact.name, Contact.email, Contact.phone, Contact.address, Account.name
            ).outerjoin(Account, Account.id == Contact.account_id)
        )
        return {name: tuple(rest) for name, *rest in rows}


def test_cards_of_three_versions_with_folded_lines_and_quoted_printable(tmp_path, store):
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    summary = import_file(store, path).result
    assert summary.contacts == 3
    found = people(store)
    assert found["Élodie Marchand"] == (
        "elodie@fromagerie.fr",  # the work address over the home one
        "+33 6 12 34 56 78",
        "12 rue du Lait, 69002, Lyon, France",
        "Fromagerie Marchand",
    )
    assert found["Giovanni Rossi"][3] == "Caffè Rossi"
    assert found["Kim Lee"][0] == "kim@lee.example"  # the preferred one
    with store.reader() as session:
        notes = session.scalar(select(Contact.notes).where(Contact.name == "Élodie Marchand"))
    # the folded line joined; the home address kept beside the work one
    assert notes.splitlines() == [
        "Aime les visites le matin et veut une offre pour un comptoir réfrigéré",
        "Other e-mail: elodie@home.fr",
    ]
    assert import_file(store, path).result.contacts == 0  # again: nothing doubled


def test_a_card_cut_short_is_refused_whole(tmp_path, store):
    path = tmp_path / "cut.vcf"
    path.write_text(CARDS[: CARDS.index("BEGIN:VCARD", 10) + 40], encoding="utf-8")
    with pytest.raises(InvalidFile) as refused:
        import_file(store, path)
    assert refused.value.key == "file.bad_vcard"
    assert people(store) == {}


def test_exported_cards_come_back_as_the_same_contacts(tmp_path, store):
    with store.session() as session:
        add_contact(session, "Hélène Martin", email="h@sud.fr", phone="+33 4 91 00 00 00")
    out = tmp_path / "book.vcf"
    export_file(store, out)
    text = out.read_text(encoding="utf-8")
    assert "VERSION:3.0" in text and "FN:Hélène Martin" in text
    assert import_file(store, out).result.unchanged == 1


def test_the_calendar_holds_what_is_planned_and_updates_on_reimport(tmp_path, store):
    store.clock = Clock.stopped(datetime(2026, 11, 24, 9))
    with store.session() as session:
        marie = add_contact(session, "Marie Dupré", address="3 rue Haute, Arles")
        deal = add_opportunity(
            session, marie, (Stage.PROSPECT, datetime(2026, 10, 1)), title="Four"
        )
        visit = add_activity(
            session,
            marie,
            ActivityKind.VISIT,
            ActivityStatus.PLANNED,
            datetime(2026, 12, 2, 9),
            opportunity_id=deal,
            needs="un four plus petit",
        )
        add_activity(
            session, marie, ActivityKind.CALL, ActivityStatus.PLANNED, datetime(2026, 12, 3, 14)
        )
        add_activity(
            session, marie, ActivityKind.CALL, ActivityStatus.DONE, datetime(2026, 11, 3, 14)
        )
    path = tmp_path / "planned.ics"
    export_file(store, path, language="fr", now=datetime(2026, 11, 25, 8))
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert len(events) == 2  # what is done is not in the diary
    first = events[0]
    assert str(first["summary"]) == "Visite : Marie Dupré (Boulangerie Dupont)"
    assert first.decoded("dtstart") == datetime(2026, 12, 2, 9)
    assert first.decoded("dtend") == datetime(2026, 12, 2, 10)
    assert str(first["location"]) == "3 rue Haute, Arles"
    assert "un four plus petit" in str(first["description"])
    assert "Four (Prospect)" in str(first["description"])
    assert (events[1].decoded("dtend") - events[1].decoded("dtstart")).seconds == 15 * 60
    uid, sequence = str(first["uid"]), int(first["sequence"])
    # the sequence counts the seconds to the last edit: the edit comes a minute later
    store.clock = Clock.stopped(datetime(2026, 11, 24, 9, 1))
    with store.session() as session:
        from salescoach.store.models import Activity

        session.get(Activity, visit).notes = "apporter le catalogue"
    export_file(store, path, language="fr", now=datetime(2026, 11, 26, 8))
    again = Calendar.from_ical(path.read_bytes()).walk("VEVENT")[0]
    assert str(again["uid"]) == uid  # the same event: the calendar updates it
    assert int(again["sequence"]) > sequence
