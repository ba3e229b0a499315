"""Activities from a rep's export: dates as reps write them, kinds in three languages."""

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.errors import InvalidInput
from salescoach.interchange.activity_columns import kind_of, parse_moment
from salescoach.interchange.files import import_file
from salescoach.store.models import Activity, Contact
from salescoach.store.records.imports import last_import, undo_import

NOW = datetime(2026, 11, 23, 12)
EXPORT = (
    "Date;Type;Statut;Nom;Société;Courriel;Objet;Résultat\n"
    "23/11/2026 10:30;Appel;Fait;Marie Dupré;Boulangerie Dupré;marie@dupre.fr;Relance devis;OK\n"
    "24.11.2026 14:00;Rendez-vous;;Marie Dupré;Boulangerie Dupré;marie@dupre.fr;Four;\n"
    "46352;Visite;prévu;Paul Roux;Roux SA;;;\n"
    "32/13/2026;Appel;;Nina;;;;\n"
    "2026-11-20;Fax;;Nina;;;;\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-23", datetime(2026, 11, 23)),
        ("2026-11-23T14:30:00", datetime(2026, 11, 23, 14, 30)),
        ("23/11/2026", datetime(2026, 11, 23)),
        ("23/11/2026 9:05", datetime(2026, 11, 23, 9, 5)),
        ("23.11.2026 14h30", datetime(2026, 11, 23, 14, 30)),
        ("46349", datetime(2026, 11, 23)),  # Excel's serial day
        ("46349.75", datetime(2026, 11, 23, 18)),
    ],
)
def test_dates_as_reps_and_spreadsheets_write_them(text, expected):
    assert parse_moment(text) == expected


@pytest.mark.parametrize("text", ["", "tomorrow", "31/02/2026", "2026-13-01", "12/25"])
def test_what_is_not_a_date_says_so(text):
    with pytest.raises(InvalidInput) as refused:
        parse_moment(text)
    assert refused.value.key == "bad_date_cell"


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)))
def test_a_day_written_day_first_reads_back(moment):
    day = moment.replace(second=0, microsecond=0)
    for text in (f"{day:%d/%m/%Y %H:%M}", f"{day:%d.%m.%Y %H:%M}", day.isoformat(sep=" ")):
        assert parse_moment(text) == day


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Call", ActivityKind.CALL),
        ("Appel", ActivityKind.CALL),
        ("Chiamata", ActivityKind.CALL),
        ("Rendez-vous", ActivityKind.MEETING),
        ("Riunione", ActivityKind.MEETING),
        ("Visite", ActivityKind.VISIT),
        ("Devis", ActivityKind.PROPOSAL),
        ("Offerta", ActivityKind.PROPOSAL),
        ("E-mail", ActivityKind.EMAIL),
    ],
)
def test_kinds_in_three_languages(text, kind):
    assert kind_of(text) == kind


def test_an_activities_export_brings_contacts_and_activities_once(tmp_path, store):
    path = tmp_path / "agenda.csv"
    path.write_bytes(EXPORT.encode("cp1252"))
    summary = import_file(store, path, now=NOW).result
    assert (summary.contacts, summary.activities) == (2, 3)
    assert [row.line for row in summary.invalid] == [5, 6]
    with store.reader() as session:
        rows = session.execute(
            select(Contact.name, Activity.kind, Activity.status, Activity.at, Activity.notes)
            .join(Contact, Contact.id == Activity.contact_id)
            .order_by(Activity.at)
        ).all()
    assert [tuple(r) for r in rows] == [
        (
            "Marie Dupré",
            ActivityKind.CALL,
            ActivityStatus.DONE,
            datetime(2026, 11, 23, 10, 30),
            "Relance devis",
        ),
        (
            "Marie Dupré",
            ActivityKind.MEETING,
            ActivityStatus.PLANNED,
            datetime(2026, 11, 24, 14),
            "Four",
        ),
        ("Paul Roux", ActivityKind.VISIT, ActivityStatus.PLANNED, datetime(2026, 11, 26), ""),
    ]
    again = import_file(store, path, now=NOW).result
    assert (again.contacts, again.activities, again.unchanged) == (0, 0, 3)
    store.apply(lambda session: undo_import(session, last_import(session), NOW))  # the re-import
    undone = store.apply(lambda session: undo_import(session, last_import(session), NOW)).result
    assert (undone.removed, undone.removed_activities) == (2, 3)
    with store.reader() as session:
        assert session.scalars(select(Activity.id)).all() == []
