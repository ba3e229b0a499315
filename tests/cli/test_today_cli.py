"""`salescoach today`: the rep's day on the command line (DESIGN.md's contract)."""

import json
from datetime import datetime

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.targets import Targets
from salescoach.store.models import Activity
from salescoach.store.preferences import save_targets
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.running import run

PLANNED, DONE = ActivityStatus.PLANNED, ActivityStatus.DONE
CALL, VISIT, MEETING = ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING


def _day(store):
    """Monday 23 November 2026 (the CLI tests' --today) and the days around it."""

    def fill(session):
        marie = add_contact(session, "Marie Dupont")
        luca = add_contact(session, "Luca Bianchi", company="")
        deal = add_opportunity(session, marie, (Stage.SUSPECT, datetime(2026, 11, 2, 9)))
        add_activity(session, marie, CALL, PLANNED, datetime(2026, 11, 20, 9), deal)  # overdue
        add_activity(session, luca, CALL, PLANNED, datetime(2026, 11, 22, 23, 59))  # overdue
        add_activity(session, luca, VISIT, PLANNED, datetime(2026, 11, 23, 15))  # today
        add_activity(session, marie, MEETING, PLANNED, datetime(2026, 11, 23, 0, 0))  # today
        add_activity(session, marie, CALL, PLANNED, datetime(2026, 11, 24, 0, 0))  # tomorrow
        add_activity(session, marie, VISIT, DONE, datetime(2026, 11, 23, 8))  # done today
        for status in (ActivityStatus.CANCELLED, ActivityStatus.NO_SHOW, DONE):
            add_activity(session, luca, CALL, status, datetime(2026, 11, 19, 10))  # never due
        add_activity(session, luca, CALL, DONE, datetime(2026, 11, 23, 9))

    store.apply(fill)


def test_overdue_and_today_follow_the_definitions(store, db_path):
    _day(store)
    store.close()
    result = run("today", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["date"] == "2026-11-23"
    overdue = [(i["contact"], i["kind"], i["at"]) for i in document["overdue"]]
    assert overdue == [
        ("Marie Dupont", "call", "2026-11-20T09:00"),
        ("Luca Bianchi", "call", "2026-11-22T23:59"),
    ]
    today = [(i["contact"], i["kind"], i["at"]) for i in document["today"]]
    assert today == [
        ("Marie Dupont", "meeting", "2026-11-23T00:00"),
        ("Luca Bianchi", "visit", "2026-11-23T15:00"),
    ]
    assert all(len(item["id"]) == 36 for item in document["overdue"] + document["today"])
    assert document["overdue"][0]["opportunity"] == "Four"
    # the day's appointments in time order, the done visit included
    assert [(i["kind"], i["status"]) for i in document["appointments"]] == [
        ("meeting", "planned"),
        ("visit", "done"),
        ("visit", "planned"),
    ]
    assert set(document) >= {"date", "overdue", "today", "top_tip", "week"}


def test_the_week_counts_against_the_targets(store, db_path):
    _day(store)
    store.apply(lambda s: save_targets(s, Targets(monthly_wins=2, calls=15)))
    store.close()
    week = json.loads(run("today", "--json", db=db_path).stdout)["week"]
    assert (week["from"], week["to"]) == ("2026-11-23", "2026-11-29")
    assert week["calls"] == {"done": 1, "target": 15}  # the rep's own target wins
    # three meetings and visits this week, whatever their status (the funnel's "made")
    assert week["appointments"]["done"] == 3
    assert week["proposals"] == {"done": 0, "target": None}  # no proposal, no closing ratio


def test_an_empty_database_has_an_empty_day(store, db_path):
    store.close()
    result = run("--lang", "fr", "today", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Aujourd'hui, 2026-11-23")
    assert "En retard (0)" in result.stdout
    document = json.loads(run("today", "--json", db=db_path).stdout)
    assert document["overdue"] == document["today"] == [] and document["top_tip"] is None


def test_the_top_tip_is_the_first_of_the_coach(demo_db):
    document = json.loads(run("today", "--json", db=demo_db).stdout)
    tips = json.loads(run("tips", "--json", db=demo_db).stdout)["tips"]
    assert document["top_tip"] == (tips[0] if tips else None)


def test_a_planned_activity_moved_to_done_leaves_the_list(store, db_path):
    _day(store)

    def finish_all(session):
        for activity in session.query(Activity).filter_by(status=PLANNED):
            activity.status = DONE

    store.apply(finish_all)
    store.close()
    document = json.loads(run("today", "--json", db=db_path).stdout)
    assert document["overdue"] == document["today"] == []
