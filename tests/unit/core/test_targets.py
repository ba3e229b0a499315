"""The week's targets from the month's goal at the rep's own ratios: rounded once, at the
end, so one more appointment moves the calls a little, never by a whole appointment's worth."""

import math

from hypothesis import given
from hypothesis import strategies as st

from salescoach.core.funnel import Ratios
from salescoach.core.targets import WEEKS_A_MONTH, Targets, week_goal

ratio = st.floats(min_value=0.05, max_value=1.0)


@given(wins=st.integers(1, 200), per_appointment=st.floats(min_value=1.0, max_value=40.0))
def test_one_more_appointment_a_month_moves_the_weekly_calls_by_its_share_of_a_week(
    wins, per_appointment
):
    """At every ratio 1 the month's appointments are the wins: one more moves the week's
    calls by a week's share of its calls (rounded up), never by a whole appointment's."""
    ratios = Ratios(closing=1.0, proposal=1.0, appointment=1.0)
    before = week_goal(Targets(monthly_wins=wins), ratios, per_appointment)
    after = week_goal(Targets(monthly_wins=wins + 1), ratios, per_appointment)
    assert 0 <= after.calls - before.calls <= math.ceil(per_appointment / WEEKS_A_MONTH)
    assert before.calls >= wins / WEEKS_A_MONTH * per_appointment - 1e-6  # a floor


def test_one_more_visit_needed_a_month_moves_the_calls_by_less_than_one_visits_worth():
    """8 calls for each appointment: 9 appointments a month is 2.07 a week, 10 is 2.30; both
    round up to 3 appointments, and the calls follow the month's need (17, then 19), not
    3 x 8 = 24 each time."""
    ratios = Ratios(closing=1.0, proposal=1.0, appointment=1.0)
    nine = week_goal(Targets(monthly_wins=9), ratios, 8.0)
    ten = week_goal(Targets(monthly_wins=10), ratios, 8.0)
    assert (nine.appointments, ten.appointments) == (3, 3)
    assert (nine.calls, ten.calls) == (17, 19)
