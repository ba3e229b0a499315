"""`salescoach funnel` and `salescoach plan`, against a known data set."""

import json

import pytest

from salescoach.store import Store
from tests.helpers import build_known_month
from tests.running import run


@pytest.fixture
def known_db(db_path):
    store = Store.open(db_path)
    with store.session() as session:
        build_known_month(session)
    store.close()
    return db_path


def test_funnel_json_has_exactly_the_documented_shape(known_db):
    result = run("funnel", "--from", "2026-03-01", "--to", "2026-03-31", "--json", db=known_db)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert list(document)[:3] == ["period", "counts", "ratios"]
    assert document["period"] == {"from": "2026-03-01", "to": "2026-03-31"}
    assert document["counts"] == {
        "suspects": 2,
        "prospects": 3,
        "appointments_made": 5,
        "appointments_held": 2,
        "proposals": 1,
        "won": 1,
    }
    assert document["ratios"] == {
        "qualification": 1.5,
        "appointment": 0.4,
        "proposal": 0.5,
        "closing": 1.0,
        "overall": 0.5,
    }


def test_funnel_defaults_to_the_90_days_ending_today_and_prints_a_table(known_db):
    result = run("funnel", db=known_db)  # --today 2026-11-23: nothing in that window
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "Funnel from 2026-08-26 to 2026-11-23"
    assert lines[1].split() == ["Suspects", "0"]
    assert lines[-2].split() == ["Closing", "—"]
    rows = [line for line in lines[1:] if line]
    assert len({len(row) for row in rows}) == 1  # one right-aligned column of figures


def test_the_tables_speak_the_reps_language(known_db):
    period = ("--from", "2026-03-01", "--to", "2026-03-31")
    french = run("--lang", "fr", "funnel", *period, db=known_db).stdout.splitlines()
    assert french[0] == "Entonnoir du 2026-03-01 au 2026-03-31"
    assert ["Rendez-vous", "pris", "5"] in [line.split() for line in french]
    assert ["Qualification", "150", "%"] in [line.split() for line in french]
    italian = run("--lang", "it", "plan", "--target", "3", *period, db=known_db).stdout
    assert italian.startswith("Per vincere 3 nuovi clienti")
    assert ["Appuntamenti", "fissati", "15"] in [line.split() for line in italian.splitlines()]


def test_plan_json(known_db):
    result = run(
        "plan", "--target", "3", "--from", "2026-03-01", "--to", "2026-03-31", "--json", db=known_db
    )
    document = json.loads(result.stdout)
    assert document["target"] == 3
    assert document["needed"] == {
        "proposals": 3,
        "appointments_held": 6,
        "appointments_made": 15,
        "suspects": 6,
    }


def test_plan_with_undefined_ratios_says_so(known_db):
    result = run("plan", "--target", "3", "--json", db=known_db)
    assert json.loads(result.stdout)["needed"] == {
        "proposals": None,
        "appointments_held": None,
        "appointments_made": None,
        "suspects": None,
    }


@pytest.mark.parametrize(
    "args",
    [
        ("funnel", "--from", "2026-05-01", "--to", "2026-04-01"),
        ("funnel", "--from", "1st May"),
        ("plan", "--target", "five"),
    ],
)
def test_bad_periods_and_targets_are_one_line_and_exit_2(known_db, args):
    result = run(*args, db=known_db)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_the_command_line_says_which_view(demo_db):
    flow = json.loads(run("funnel", "--json", db=demo_db).stdout)
    cohort = json.loads(run("funnel", "--json", "--cohort", db=demo_db).stdout)
    assert "view" not in flow and cohort["view"] == "cohort"
    assert list(cohort)[:3] == ["period", "counts", "ratios"]
    assert cohort["counts"]["suspects"] == flow["counts"]["suspects"]  # the same new files
    assert all(value is None or value <= 1 for value in cohort["ratios"].values())
    text = run("funnel", "--cohort", db=demo_db).stdout
    assert text.startswith("Files new from") and "followed up to 2026-11-23" in text
