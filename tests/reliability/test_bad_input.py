"""Bad input everywhere: the files and arguments that once ended in "internal error", and
hypothesis throwing many more at the importer and the command line. Never a traceback,
never a partial write."""

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salescoach.interchange.record_values import InvalidFile
from salescoach.interchange.salescoach_json import import_document
from salescoach.store import Store
from tests.running import run

GOOD = {
    "format": "salescoach",
    "version": 1,
    "contacts": [{"id": "c1", "name": "Marie Dupont", "company": "Boulangerie"}],
    "opportunities": [
        {
            "id": "o1",
            "contact": "c1",
            "title": "Four",
            "value": 12000,
            "stages": [{"stage": "suspect", "at": "2026-01-05"}],
        }
    ],
    "activities": [
        {
            "id": "a1",
            "contact": "c1",
            "opportunity": "o1",
            "kind": "meeting",
            "status": "done",
            "at": "2026-01-12T14:00",
        }
    ],
}


def content(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


def with_change(change) -> dict:
    document = json.loads(json.dumps(GOOD))
    change(document)
    return document


NAMED_CASES = {
    "100,000 nested arrays": (
        '{"format": "salescoach", "version": 1, "contacts": ' + "[" * 100_000 + "]" * 100_000 + "}",
        "nested too deeply",
    ),
    "a 400-digit value": (
        with_change(lambda d: d["opportunities"][0].update(value=10**400)),
        "opportunities[0].value: not a number",
    ),
    "a date beyond year 9999": (
        with_change(lambda d: d["activities"][0].update(at="9999-12-31T23:59-12:00")),
        "activities[0].at: not a date",
    ),
    "a date before year 1": (
        with_change(lambda d: d["activities"][0].update(at="0001-01-01T00:00+14:00")),
        "activities[0].at: not a date",
    ),
    "the last day of year 9999": (
        with_change(lambda d: d["activities"][0].update(at="9999-12-31")),
        "activities[0].at: not a date between the years 1900 and 2199",
    ),
    "the first day of year 1": (
        with_change(lambda d: d["activities"][0].update(at="0001-01-01")),
        "activities[0].at: not a date between the years 1900 and 2199",
    ),
    "one UUID twice in different case": (
        with_change(
            lambda d: d["contacts"].extend(
                [
                    {"id": "6f1c2a9e-0d4b-4a8e-9c37-1b2a3c4d5e6f", "name": "A"},
                    {"id": "{6F1C2A9E-0D4B-4A8E-9C37-1B2A3C4D5E6F}", "name": "B"},
                ]
            )
        ),
        "is used twice",
    ),
    "a lone surrogate in a name": (
        '{"format": "salescoach", "version": 1, "contacts": '
        '[{"id": "c1", "name": "Bad \\ud800 name"}]}',
        "contacts[0].name: not text",
    ),
    "a 10 MB name": (
        with_change(lambda d: d["contacts"][0].update(name="x" * 10_000_000)),
        "contacts[0].name: longer than 200 characters",
    ),
    "a name that is NaN": (
        '{"format": "salescoach", "version": 1, "contacts": [{"id": "c1", "name": NaN}]}',
        "contacts[0].name: not text",
    ),
}


@pytest.mark.parametrize("case", NAMED_CASES)
def test_the_files_that_once_crashed_are_one_sentence(tmp_path, case):
    data, expected = NAMED_CASES[case]
    db = tmp_path / "db.sqlite3"
    Store.open(db, create=True).close()
    before = content(db)
    file = tmp_path / "bad.json"
    file.write_text(data if isinstance(data, str) else json.dumps(data))
    result = run("import", str(file), db=db)
    assert result.returncode == 2, result
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert content(db) == before


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--today", "0001-01-01", "funnel"], "out of range"),
        (["--today", "9999-12-31", "tips"], "out of range"),
        (["funnel", "--to", "0001-01-10"], "out of range"),
        (["demo", "--contacts", "99999999999"], "not a whole number from 0 to 200,000"),
    ],
)
def test_arguments_that_once_crashed_are_one_line(tmp_path, args, expected):
    result = run(*args, db=tmp_path / "db.sqlite3")
    assert result.returncode == 2
    assert expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_full_disk_says_it_is_full():
    from salescoach.store.errors import problem_for

    class Full(Exception):
        sqlite_errorcode = sqlite3.SQLITE_FULL

    assert str(problem_for(Full())) == "The disk is full; free some space and try again."


def test_export_over_a_symlink_keeps_the_link_and_the_permissions(tmp_path):
    db = tmp_path / "db.sqlite3"
    Store.open(db, create=True).close()
    real = tmp_path / "real.json"
    real.write_text("{}")
    real.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run("export", str(link), db=db).returncode == 0
    assert link.is_symlink()
    assert (real.stat().st_mode & 0o777) == 0o644
    assert json.loads(real.read_text())["format"] == "salescoach"


# -- hypothesis ---------------------------------------------------------------------------
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=20,
)
KEYS = [
    "id",
    "name",
    "contact",
    "opportunity",
    "kind",
    "status",
    "at",
    "value",
    "stages",
    "referred_by",
    "email",
    "phone",
    "currency",
    "is_customer",
    "source",
    "title",
]


@st.composite
def mutated(draw) -> dict:
    """The design's example with one to three values replaced by anything JSON can hold."""
    document = json.loads(json.dumps(GOOD))
    for _ in range(draw(st.integers(1, 3))):
        section = draw(st.sampled_from(["contacts", "opportunities", "activities"]))
        document[section][0][draw(st.sampled_from(KEYS))] = draw(JSON)
    return document


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=mutated())
def test_any_document_imports_whole_or_not_at_all(store, document):
    before = store.is_empty()
    try:
        store.apply(lambda session: import_document(session, document))
    except InvalidFile as problem:
        assert str(problem)  # one sentence
        assert store.is_empty() == before  # nothing written
    store.apply(
        lambda session: session.execute(__import__("sqlalchemy").text("DELETE FROM contacts"))
    )


COMMANDS = ["funnel", "plan", "tips", "check", "backup", "export", "import", "restore"]
TOKENS = [
    "--json",
    "--from",
    "--to",
    "--today",
    "--target",
    "--lang",
    "--cohort",
    "2026-02-30",
    "1900-01-01",
    "2026-11-23",
    "-5",
    "99999999999",
    "fr",
    "xx",
    "--contacts",
    "0",
    "x.json",
    "",
    "--create",
    "funnel",
]


@st.composite
def command_lines(draw) -> list[str]:
    """Any mix of arguments around a sub-command (without one, `salescoach` opens the window,
    which is no command line); a value-taking option never swallows the sub-command."""
    before = draw(
        st.lists(st.sampled_from(["--create", "--lang", "fr", "--today", "xx"]), max_size=2)
    )
    if before and before[-1] in ("--lang", "--today"):
        before.append("fr" if before[-1] == "--lang" else "2026-11-23")
    return [
        *before,
        draw(st.sampled_from(COMMANDS)),
        *draw(st.lists(st.sampled_from(TOKENS), max_size=4)),
    ]


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(args=command_lines())
def test_no_command_line_ends_in_a_traceback(tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)  # `backup 0`, `export fr`... write where they are asked to
    result = run(*args, db=tmp_path / "fuzz.sqlite3")
    assert result.returncode != 70, result
    assert "Traceback" not in result.stderr


def test_an_io_error_on_a_full_disk_says_the_disk_is_full(tmp_path, monkeypatch):
    from salescoach.store import errors

    class IoError(Exception):
        sqlite_errorcode = sqlite3.SQLITE_IOERR

    monkeypatch.setattr(errors, "_free", lambda _folder: 0)
    assert errors.problem_for(IoError(), tmp_path).key == "disk_full"
    monkeypatch.setattr(errors, "_free", lambda _folder: 10**12)
    assert errors.problem_for(IoError(), tmp_path).key == "disk_error"


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "31/12/9999", "2958465"])
def test_a_spreadsheet_row_dated_at_the_ends_of_the_calendar_is_refused_in_one_sentence(
    tmp_path, day
):
    db = tmp_path / "db.sqlite3"
    sheet = tmp_path / "calls.csv"
    sheet.write_text(f"Name,Date,Type\nMarie,{day},call\nPaul,2026-11-02,call\n")
    result = run("--create", "import", str(sheet), db=db)
    assert result.returncode == 0, result.stderr
    assert "1 rows skipped" in result.stdout or "1 row skipped" in result.stdout
    assert "the years 1900 to 2199 only" in result.stdout or "is not a date" in result.stdout
    calendar = tmp_path / "plans.ics"
    assert run("export", str(calendar), db=db).returncode == 0


def test_a_stored_date_at_the_end_of_the_calendar_does_not_stop_the_calendar(tmp_path):
    """Written before dates were checked, or by another program: the export still runs."""
    db = tmp_path / "db.sqlite3"
    file = tmp_path / "good.json"
    planned = with_change(lambda d: d["activities"][0].update(status="planned"))
    file.write_text(json.dumps(planned))
    assert run("--create", "import", str(file), db=db).returncode == 0
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute("UPDATE activities SET at = '9999-12-31 23:30:00.000000'")
    calendar = tmp_path / "plans.ics"
    result = run("export", str(calendar), db=db)
    assert result.returncode == 0, result.stderr
    assert b"BEGIN:VEVENT" in calendar.read_bytes()


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path):
    """`salescoach import big.csv | head -1`: the rest of the output has nowhere to go."""
    import os
    import subprocess
    import sys

    db = tmp_path / "db.sqlite3"
    sheet = tmp_path / "nameless.csv"
    sheet.write_text("Name,Email\n" + "".join(f",p{n}@x.fr\n" for n in range(20000)))
    env = {**os.environ, "PYTHONUTF8": "1"}
    command = [sys.executable, "-m", "salescoach", "--db", str(db), "--create", "import"]
    reading = subprocess.Popen(
        [*command, str(sheet)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    )
    assert reading.stdout is not None and reading.stderr is not None
    reading.stdout.read(20)
    reading.stdout.close()
    said = reading.stderr.read().decode()
    assert reading.wait(timeout=120) == 0
    assert said == ""
