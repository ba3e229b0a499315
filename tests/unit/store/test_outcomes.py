"""What acting on a lesson did, read from a real SQLite file: the lesson's follow-ups, the
appointments and deal moves that followed, the baseline of comparable contacts, and a
long history's baseline estimated from a sample."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.funnel import Period
from salescoach.core.records import ActivityFields
from salescoach.store.queries import outcomes as queries
from salescoach.store.records.activities import save_activity
from tests.helpers import TODAY, add_activity, add_contact, add_opportunity

PERIOD = Period(TODAY - timedelta(days=29), TODAY)
DAY = datetime.combine(PERIOD.first, datetime.min.time()) + timedelta(hours=10)
CALL, DONE = ActivityKind.CALL, ActivityStatus.DONE


def follow_up(session, contact: int, lesson: str, days: int, outcome: str = "") -> None:
    at = DAY + timedelta(days=days)
    fields = ActivityFields(CALL, DONE, at, contact, outcome=outcome)
    save_activity(session, replace(fields, lesson=lesson))


def history(store, own: int) -> None:
    """Three customers a lesson pointed at (one meets, one signs), and `own` customers the
    rep called anyway, one in four of whom booked a meeting after."""
    with store.session() as session:
        for n in range(3):
            customer = add_contact(session, f"Silent {n}", is_customer=True)
            follow_up(session, customer, "customers-for-granted", n, "glad you called")
            if n == 0:
                add_activity(session, customer, ActivityKind.MEETING, DONE, DAY + timedelta(5))
            if n == 1:
                add_opportunity(
                    session,
                    customer,
                    (Stage.SUSPECT, DAY + timedelta(days=2)),
                    (Stage.CONCLUSION, DAY + timedelta(days=9)),
                )
        for n in range(own):
            customer = add_contact(session, f"Customer {n}", is_customer=True)
            add_activity(session, customer, CALL, DONE, DAY + timedelta(days=n % 20))
            if n % 4 == 0:
                meeting = DAY + timedelta(days=n % 20 + 3)
                add_activity(session, customer, ActivityKind.MEETING, DONE, meeting)
        prospect = add_contact(session, "Cold prospect")  # not comparable: not a customer
        for n in range(10):
            add_activity(session, prospect, CALL, DONE, DAY + timedelta(days=n))


def test_a_lessons_follow_ups_beside_the_customers_called_anyway(store):
    history(store, own=40)
    with store.reader() as session:
        (found,), window = queries.outcomes_and_window(session, PERIOD)
    assert window == 30 and found.lesson == "customers-for-granted"
    tally = found.tally
    assert (tally.acted, tally.done, tally.reached, tally.appointments) == (3, 3, 3, 1)
    assert (tally.advanced, tally.won) == (1, 1)
    baseline = found.baseline
    # 40 calls and 10 meetings with customers; the cold prospect's ten calls compare with
    # nothing a lesson about customers did
    assert (baseline.acted, baseline.appointments) == (50, 10)
    assert not found.estimated


def test_a_long_historys_baseline_is_estimated_from_a_sample(store, monkeypatch):
    history(store, own=400)
    with store.reader() as session:
        (full,) = queries.lesson_outcomes(session, PERIOD)
        monkeypatch.setattr(queries, "SAMPLE", 50)
        (sampled,) = queries.lesson_outcomes(session, PERIOD)
    assert sampled.tally == full.tally  # the lesson's own follow-ups are all read
    assert sampled.estimated and not full.estimated
    share = sampled.baseline.appointments / sampled.baseline.acted
    assert share == pytest.approx(full.baseline.appointments / full.baseline.acted, abs=0.1)
    assert sampled.baseline.acted == pytest.approx(full.baseline.acted, rel=0.25)
