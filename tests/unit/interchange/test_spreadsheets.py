"""Exports a spreadsheet opens safely: accents intact, formulas inert, every table there."""

import codecs
from datetime import datetime

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook
from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus, Source, Stage
from salescoach.interchange.files import export_file, import_file
from salescoach.interchange.spreadsheets import neutralised, restored
from salescoach.interchange.tables import read_table
from salescoach.store.models import Contact
from tests.helpers import add_activity, add_contact, add_opportunity


def fill(store) -> None:
    with store.session() as session:
        marie = add_contact(
            session,
            "Marie Dupré",
            email="marie@dupre.fr",
            notes='=HYPERLINK("http://evil")',
            phone="+33 1 42 00 00 00",
            source=Source.EVENT,
        )
        deal = add_opportunity(
            session, marie, (Stage.SUSPECT, datetime(2026, 9, 1)), title="Four à pain"
        )
        add_activity(
            session,
            marie,
            ActivityKind.MEETING,
            ActivityStatus.DONE,
            datetime(2026, 9, 2, 10),
            opportunity_id=deal,
        )


def test_cells_a_spreadsheet_would_run_are_made_inert():
    for dangerous in ("=1+1", "+33 1", "-2", "@SUM(A1)", "\tx", "\rx"):
        assert neutralised(dangerous) == "'" + dangerous
    assert neutralised("Marie") == "Marie"
    assert neutralised(-2.5) == -2.5  # a number is a number, not a formula


def test_a_workbook_has_a_sheet_per_table_named_in_the_reps_language(tmp_path, store):
    fill(store)
    path = tmp_path / "export.xlsx"
    export_file(store, path, language="fr")
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == ["Contacts", "Affaires", "Actions"]
    contacts = list(book["Contacts"].iter_rows(values_only=True))
    headers, marie = contacts[0], dict(zip(contacts[0], contacts[1], strict=True))
    assert "name" in headers and "email" in headers
    assert marie["name"] == "Marie Dupré"
    assert marie["notes"] == '\'=HYPERLINK("http://evil")'
    activities = list(book["Actions"].iter_rows(values_only=True))
    row = dict(zip(activities[0], activities[1], strict=True))
    assert (row["contact_name"], row["opportunity_name"]) == ("Marie Dupré", "Four à pain")


def test_csv_is_utf8_with_a_bom_and_comes_back_in_as_the_same_contacts(tmp_path, store):
    fill(store)
    path = tmp_path / "contacts.csv"
    export_file(store, path)
    assert path.read_bytes().startswith(codecs.BOM_UTF8)
    assert "Marie Dupré" in path.read_text(encoding="utf-8-sig")
    table = read_table(path)
    assert table.encoding == "UTF-8 (BOM)"
    again = import_file(store, path).result
    assert (again.contacts, again.unchanged) == (0, 1)  # the same contact: not doubled
    with store.reader() as session:
        assert session.scalars(select(Contact.name)).all() == ["Marie Dupré"]


def test_the_other_tables_as_csv(tmp_path, store):
    fill(store)
    path = tmp_path / "deals.csv"
    export_file(store, path, table="opportunities")
    table = read_table(path)
    assert "title" in table.headers and "stages" not in table.headers
    assert table.head(1)[0][1][table.headers.index("title")] == "Four à pain"


@given(st.text())
def test_what_is_made_inert_reads_back_as_typed(text):
    assert restored(neutralised(text)) == text or text.startswith("'")


def test_a_workbook_export_comes_back_in_as_the_same_contacts(tmp_path, store):
    fill(store)
    path = tmp_path / "export.xlsx"
    export_file(store, path)
    again = import_file(store, path).result  # its first sheet: the contacts
    assert (again.contacts, again.unchanged, again.invalid) == (0, 1, ())
