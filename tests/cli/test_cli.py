"""The command line, run as a rep would run it: a separate process."""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TODAY = "2026-11-23"


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    # an English-speaking rep, whatever this machine's locale; --lang still wins
    env |= {"SALESCOACH_DB": str(db), "LANG": "en_GB.UTF-8", "PYTHONUTF8": "1"}
    return subprocess.run(
        [sys.executable, "-m", "salescoach", "--today", TODAY, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


def digest(path: Path) -> str:
    """The database's content: a dump, so WAL checkpoints do not count as changes."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    result = run("demo", "--seed", "7", "--contacts", "60", "--activities", "600", db=db)
    assert result.returncode == 0, result.stderr
    assert "60 contacts" in result.stdout
    return db


def test_demo_export_import_export_gives_the_same_json(demo_db, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert run("export", str(first), db=demo_db).returncode == 0
    fresh = tmp_path / "fresh.sqlite3"
    imported = run("import", str(first), db=fresh)
    assert imported.returncode == 0, imported.stderr
    assert "Imported 60 contacts" in imported.stdout
    assert run("export", str(second), db=fresh).returncode == 0
    assert json.loads(first.read_text()) == json.loads(second.read_text())
    document = json.loads(first.read_text())
    assert len(document["activities"]) == 600
    assert {"meeting", "visit", "proposal", "call"} <= {a["kind"] for a in document["activities"]}
    assert any(a["needs"] for a in document["activities"])


def test_demo_is_reproducible(tmp_path):
    outputs = []
    for name in ("a", "b"):
        db = tmp_path / f"{name}.sqlite3"
        run("demo", "--seed", "3", "--contacts", "20", "--activities", "100", db=db)
        run("export", str(tmp_path / f"{name}.json"), db=db)
        document = json.loads((tmp_path / f"{name}.json").read_text())
        outputs.append([(c["name"], c["company"]) for c in document["contacts"]])
    assert outputs[0] == outputs[1]


def test_demo_refuses_to_mix_into_a_database_with_data(demo_db):
    result = run("demo", db=demo_db)
    assert result.returncode != 0
    assert "only into an empty database" in result.stderr and "--db" in result.stderr


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["activities"][3].update(at="3rd of May"), "activities[3].at: not a date"),
        (
            lambda d: d["activities"][0].update(contact="nobody"),
            "activities[0].contact: unknown contact",
        ),
        (lambda d: d["opportunities"][1].pop("title"), "opportunities[1].title: missing"),
    ],
)
def test_a_malformed_file_changes_nothing_and_names_the_path(demo_db, tmp_path, change, expected):
    exported = tmp_path / "export.json"
    run("export", str(exported), db=demo_db)
    document = json.loads(exported.read_text())
    change(document)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    before = digest(demo_db)
    result = run("import", str(bad), db=demo_db)
    assert result.returncode != 0
    assert result.stderr.strip() == f"salescoach: {expected}" or expected in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert digest(demo_db) == before


def test_a_file_that_is_not_json_gives_one_line(tmp_path):
    bad = tmp_path / "contacts.json"
    bad.write_text("{not json")
    result = run("import", str(bad), db=tmp_path / "db.sqlite3")
    assert result.returncode == 2
    assert result.stderr.startswith("salescoach: contacts.json is not valid JSON (line 1")


def test_unsupported_and_missing_files(tmp_path):
    result = run("import", str(tmp_path / "missing.json"), db=tmp_path / "db.sqlite3")
    assert result.returncode != 0 and "no such file" in result.stderr
    result = run("export", str(tmp_path / "out.xlsx"), db=tmp_path / "db.sqlite3")
    assert result.returncode != 0 and ".json" in result.stderr


def test_check_reports_integrity_and_schema(demo_db):
    result = run("check", db=demo_db)
    assert result.returncode == 0
    assert "Integrity: ok" in result.stdout
    assert "Schema version: 0004 (this SalesCoach: 0004)" in result.stdout


def test_check_on_a_file_that_is_not_a_database(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 4096)
    result = run("check", db=junk)
    assert result.returncode == 3
    assert result.stderr.strip() == "salescoach: That file is not a SalesCoach database."


def test_a_bad_date_option_is_one_line_and_exit_2(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "salescoach", "--today", "2026-02-30", "check"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "'2026-02-30' is not a date" in result.stderr
