"""The week's review: which ratios moved, and which day asks for the review."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from salescoach.core.agenda import Week
from salescoach.core.funnel import Ratios
from salescoach.core.targets import WeekGoal
from salescoach.core.week_plan import Capacity
from salescoach.core.week_review import WeekReview, last_working_day, next_working_day

MONDAY = date(2026, 11, 23)
share = st.none() | st.floats(0, 1)


def review(now: Ratios, before: Ratios) -> WeekReview:
    done = {"calls": 0, "appointments": 0, "proposals": 0}
    week = Week(MONDAY, MONDAY, done, WeekGoal(None, None, None))
    return WeekReview(week, (), now, before, (), 30)


def test_a_ratio_moved_by_a_point_or_more_largest_first():
    moves = review(
        Ratios(qualification=0.40, appointment=0.205, proposal=0.5, closing=None),
        Ratios(qualification=0.45, appointment=0.20, proposal=0.48, closing=0.3),
    ).moved()
    assert [(m.name, round(m.change, 3)) for m in moves] == [
        ("qualification", -0.05),
        ("proposal", 0.02),
    ]


@given(st.tuples(share, share, share, share, share), st.tuples(share, share, share, share, share))
def test_only_defined_ratios_that_moved_are_named(now, before):
    moves = review(Ratios(*now), Ratios(*before)).moved()
    assert all(abs(m.change) >= 0.01 for m in moves)
    assert [abs(m.change) for m in moves] == sorted((abs(m.change) for m in moves), reverse=True)


def test_the_review_is_due_from_the_last_working_day():
    week = Capacity()
    assert [last_working_day(date(2026, 11, 23 + n), week) for n in range(7)] == [
        False,
        False,
        False,
        False,
        True,
        True,
        True,
    ]
    four_days = Capacity(working_days=(0, 1, 2, 3))
    assert last_working_day(date(2026, 11, 26), four_days)


def test_the_next_working_day_skips_the_days_off():
    friday = date(2026, 11, 27)
    assert next_working_day(friday, Capacity()) == date(2026, 11, 30)  # Monday
    assert next_working_day(friday, Capacity(working_days=(0, 1, 2, 3, 4, 5))) == date(2026, 11, 28)
    assert next_working_day(friday, Capacity(working_days=(4,))) == date(2026, 12, 4)
    assert next_working_day(friday, Capacity(working_days=())) == date(2026, 11, 28)
