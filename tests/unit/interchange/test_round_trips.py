"""Any text a rep keeps comes back out identical through every format, or is refused in one
sentence when it goes in: names and notes with accents, quotes, separators, formula starts,
line breaks and control characters, through JSON, CSV (in each language's separator), the
Excel workbook and vCard."""

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from salescoach.core.errors import UserError
from salescoach.core.records import ContactFields
from salescoach.interchange.files import export_file, import_file
from salescoach.interchange.spreadsheets import neutralised, restored
from salescoach.store import Store
from salescoach.store.models import Account, Contact
from salescoach.store.records.contacts import save_contact

#: Text as a rep may type or paste it: any character but the surrogates no file can hold.
TYPED = st.text(st.characters(exclude_categories=["Cs"]), max_size=60)
#: And the awkward ones, often.
AWKWARD = st.text(
    st.sampled_from(list("=+-@;,\t\r\n\"' _x000B\x0b\x01\x1féÉœ€\u2028\ufeffZ")), max_size=30
)
TEXT = st.one_of(TYPED, AWKWARD)
FORMATS = [("json", "en"), ("csv", "en"), ("csv", "fr"), ("xlsx", "it"), ("vcf", "en")]


@contextmanager
def a_store(template: Path) -> Iterator[Store]:
    folder = Path(tempfile.mkdtemp())
    try:
        shutil.copy(template, folder / "db.sqlite3")
        with Store.open(folder / "db.sqlite3") as store:
            yield store
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def kept(store: Store) -> tuple[str, str, str, str]:
    with store.reader() as session:
        contact, company = session.execute(select(Contact, Account.name).outerjoin(Account)).one()
    return contact.name, company or "", contact.role, contact.notes


@pytest.mark.parametrize(("suffix", "language"), FORMATS)
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=TEXT, company=TEXT, role=TEXT, notes=TEXT)
def test_any_text_comes_back_out_identical_or_is_refused_going_in(
    template_db, tmp_path, suffix, language, name, company, role, notes
):
    fields = ContactFields(name=name, company=company, role=role, notes=notes)
    with a_store(template_db) as source:
        try:
            source.apply(lambda session: save_contact(session, fields))
        except UserError as refused:
            event("refused going in")
            assert refused.text()  # one sentence, and nothing kept
            with source.reader() as session:
                assert session.scalars(select(Contact)).all() == []
            return
        event("kept")
        before = kept(source)
        path = tmp_path / f"out-{language}.{suffix}"
        export_file(source, path, language=language)
    with a_store(template_db) as target:
        summary = import_file(target, path, language=language).result
        assert summary.invalid == () and summary.fields_left_out == ()
        assert kept(target) == before


@given(TEXT)
def test_what_is_made_inert_reads_back_as_typed(text):
    assert restored(neutralised(text)) == text
    assert restored(neutralised(text, inside=True), inside=True) == text


def test_a_formula_after_a_separator_is_inert_for_an_excel_of_any_separator():
    hidden = "x;=cmd|' /C calc'!A0;"
    made = neutralised(hidden, inside=True)
    for separator in ",;\t":
        assert not any(
            cell.lstrip(" ").startswith(("=", "+", "-", "@")) for cell in made.split(separator)
        )


@given(TEXT)
def test_text_is_kept_with_one_kind_of_line_break_and_no_control_character(text):
    import re

    from salescoach.core.text import tidy

    kept = tidy(text)
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]", kept)
    assert tidy(kept) == kept


def test_a_calendar_and_a_briefing_hold_no_control_character_a_legacy_note_kept(store, tmp_path):
    """Written before text was tidied on the way in: the exports still give readers only
    what they can hold (RFC 5545 refuses control characters; a PDF has no glyph for them)."""
    import sqlite3
    from datetime import datetime

    from salescoach.core.domain import ActivityKind, ActivityStatus
    from salescoach.usecases.exporting import export
    from tests.helpers import add_activity, add_contact

    with store.session() as session:
        marie = add_contact(session, "Marie")
        add_activity(
            session, marie, ActivityKind.VISIT, ActivityStatus.PLANNED, datetime(2026, 12, 7, 10)
        )
    with sqlite3.connect(store.file) as raw:
        raw.execute("UPDATE activities SET needs = 'a\x0bb\x01c\x1bd'")
    calendar = tmp_path / "plans.ics"
    export(store, calendar, datetime(2026, 12, 5, 9))
    body = calendar.read_bytes()
    assert b"Needs" in body or b"needs" in body.lower()
    assert not any(byte < 32 and byte not in (9, 10, 13) for byte in body)
