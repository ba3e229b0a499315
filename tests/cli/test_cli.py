"""The command line, run as a rep runs it: `main(argv)` in this process, with its output and
exit code, and a few smoke tests as a real separate process."""

import gc
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from salescoach.store.migrate import head_revision
from tests.running import TODAY, run, run_process


def digest(path: Path) -> str:
    """The database's content: a dump, so WAL checkpoints do not count as changes."""
    import sqlite3

    with sqlite3.connect(path) as connection:
        return hashlib.sha256("\n".join(connection.iterdump()).encode()).hexdigest()


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
    result = run("export", str(tmp_path / "out.odt"), db=tmp_path / "db.sqlite3")
    assert result.returncode != 0 and ".json, .csv, .xlsx" in result.stderr


def test_check_reports_integrity_and_schema(demo_db):
    result = run("check", db=demo_db)
    assert result.returncode == 0
    assert "Integrity: ok" in result.stdout
    head = head_revision()
    assert f"Schema version: {head} (this SalesCoach: {head})" in result.stdout


def test_check_on_a_file_that_is_not_a_database(tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"x" * 4096)
    result = run("check", db=junk)
    assert result.returncode == 3
    assert result.stderr.strip() == "salescoach: That file is not a SalesCoach database."


def test_a_bad_date_option_is_one_line_and_exit_2(tmp_path):
    result = run_process("--today", "2026-02-30", "check", db=tmp_path / "db.sqlite3")
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "'2026-02-30' is not a date" in result.stderr


def test_smoke_a_real_process_from_demo_to_funnel(tmp_path):
    db = tmp_path / "smoke.sqlite3"
    made = run_process("--today", TODAY, "demo", "--contacts", "30", "--activities", "200", db=db)
    assert made.returncode == 0, made.stderr
    funnel = run_process("--today", TODAY, "funnel", "--json", db=db)
    assert funnel.returncode == 0, funnel.stderr
    assert set(json.loads(funnel.stdout)) >= {"period", "counts", "ratios"}
    version = run_process("--version")
    assert version.returncode == 0 and version.stdout.startswith("salescoach ")


def test_a_command_that_leaves_at_once_has_closed_everything_first(tmp_path):
    """A command ends without the interpreter's teardown (`cli.run`): what it printed, the
    file it wrote and the database it changed are all complete, the WAL folded back into
    the file by the store's own close, and a failure's exit code is kept."""
    db = tmp_path / "quick.sqlite3"
    made = run_process("--today", TODAY, "demo", "--contacts", "30", "--activities", "400", db=db)
    assert made.returncode == 0, made.stderr
    assert made.stdout.strip() and not Path(f"{db}-wal").exists()
    exported = tmp_path / "all.json"
    done = run_process("--today", TODAY, "export", str(exported), db=db)
    assert done.returncode == 0 and "Exported" in done.stdout, done.stderr
    assert len(json.loads(exported.read_text(encoding="utf-8"))["activities"]) == 400
    tips = run_process("--today", TODAY, "tips", db=db)
    assert tips.returncode == 0 and tips.stdout.count("\n") > 3
    missing = run_process("--today", TODAY, "import", str(tmp_path / "none.json"), db=db)
    assert missing.returncode != 0 and missing.stderr.startswith("salescoach: ")


def test_a_command_runs_without_the_cyclic_collector_and_main_leaves_it_alone(tmp_path):
    """`cli.run` (the installed command) turns automatic collection off for its short
    process; `main`, which tests and other callers run in their own process, does not."""
    probe = (
        "import gc, sys; from salescoach import cli; "
        "cli._main = lambda argv: (print('collecting', gc.isenabled()), (0, False))[1]; "
        "cli.run()"
    )
    ran = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert ran.returncode == 0 and ran.stdout == "collecting False\n", ran.stderr
    run("funnel", db=tmp_path / "db.sqlite3")
    assert gc.isenabled()


def test_a_problem_reads_in_the_reps_language(tmp_path):
    missing = tmp_path / "missing.json"
    french = run("--lang", "fr", "import", str(missing), db=tmp_path / "db.sqlite3")
    assert french.stderr == f"salescoach: {missing} : fichier introuvable.\n"
    italian = run("import", str(missing), db=tmp_path / "db.sqlite3", LANG="it_IT.UTF-8")
    assert italian.stderr == f"salescoach: {missing}: file inesistente.\n"


def test_a_problem_is_logged_by_its_key_never_with_what_it_names(tmp_path):
    from salescoach.logs import log

    secret = tmp_path / "Marie-Dupont-secret.json"
    result = run("import", str(secret), db=tmp_path / "db.sqlite3")
    assert result.returncode != 0
    (handler,) = log.handlers  # set up once per process, by whichever command came first
    handler.flush()
    logged = Path(handler.baseFilename).read_text(encoding="utf-8")
    assert "user problem file.no_such_file (exit 2)" in logged
    assert "Marie-Dupont" not in logged


def test_export_refuses_to_overwrite_the_open_database(demo_db, tmp_path):
    before = digest(demo_db)
    same = run("export", str(demo_db.with_suffix(".json")), db=demo_db)
    assert same.returncode == 0  # another file: fine
    for link_kind in ("symlink", "hardlink"):
        alias = tmp_path / f"{link_kind}.json"
        if link_kind == "symlink":
            alias.symlink_to(demo_db)
        else:
            os.link(demo_db, alias)
        result = run("export", str(alias), db=demo_db)
        assert result.returncode == 2, result.stdout
        assert result.stderr.strip() == (
            f"salescoach: {alias} is the database SalesCoach has open; export to another file."
        )
    database_named_json = tmp_path / "mydata.json"
    database_named_json.write_bytes(demo_db.read_bytes())
    result = run("export", str(database_named_json), db=database_named_json)
    assert result.returncode == 2
    assert digest(demo_db) == before
    assert digest(database_named_json) == before


def test_reimporting_an_export_updates_rather_than_duplicates(demo_db, tmp_path):
    exported = tmp_path / "export.json"
    assert run("export", str(exported), db=demo_db).returncode == 0
    document = json.loads(exported.read_text())
    document["contacts"][0]["name"] = "Renamed Contact"
    document["activities"][0]["outcome"] = "Changed outcome"
    exported.write_text(json.dumps(document))
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(demo_db.read_bytes())
    assert run("import", str(exported), db=copy).returncode == 0
    again = tmp_path / "again.json"
    run("export", str(again), db=copy)
    after = json.loads(again.read_text())
    assert len(after["contacts"]) == len(document["contacts"])
    assert len(after["activities"]) == len(document["activities"])
    names = {c["id"]: c["name"] for c in after["contacts"]}
    assert names[document["contacts"][0]["id"]] == "Renamed Contact"
    outcomes = {a["id"]: a["outcome"] for a in after["activities"]}
    assert outcomes[document["activities"][0]["id"]] == "Changed outcome"


def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(demo_db, tmp_path):
    missing = tmp_path / "no such folder" / "out.json"
    result = run("export", str(missing), db=demo_db)
    assert result.returncode == 2
    assert result.stderr == f"salescoach: The folder {missing.parent} does not exist.\n"
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = run("export", str(locked / "out.json"), db=demo_db)
        if os.geteuid() == 0:  # root writes anywhere: nothing to refuse
            assert result.returncode == 0
        else:
            assert result.returncode == 2
            assert result.stderr.startswith(f"salescoach: Cannot write {locked / 'out.json'}:")
            assert list(locked.iterdir()) == []
    finally:
        locked.chmod(0o700)


def test_a_backup_into_a_folder_is_a_dated_copy_inside_it(demo_db, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    result = run("backup", str(folder), db=demo_db)
    assert result.returncode == 0, result.stderr
    (made,) = folder.iterdir()
    assert made.name.startswith("demo-") and made.suffix == ".sqlite3"
    assert result.stdout.strip() == str(made)
