"""Funnel ratios, comparison, weakest link and the planner, with the articles' figures."""

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salescoach.core.funnel import (
    FunnelCounts,
    InvalidPeriod,
    Period,
    Ratios,
    ratio_changes,
    ratios_of,
    weakest_link,
)
from salescoach.core.planner import plan_for


def test_same_result_different_efficiency():
    """Two reps win 5 customers each, one from 50 prospects, one from 60."""
    first = ratios_of(FunnelCounts(suspects=50, won=5))
    second = ratios_of(FunnelCounts(suspects=60, won=5))
    assert first.overall == pytest.approx(0.10)
    assert second.overall == pytest.approx(5 / 60)
    assert first.overall > second.overall


def test_the_cold_calling_arithmetic():
    """100 cold calls, 3 interested, 50% closing: 1.5 sales, so 2 wins need 134 calls."""
    ratios = ratios_of(FunnelCounts(suspects=100, prospects=3, proposals=2, won=1))
    assert ratios.qualification == pytest.approx(0.03)
    assert ratios.closing == pytest.approx(0.5)
    assert 100 * ratios.qualification * ratios.closing == pytest.approx(1.5)
    plan = plan_for(2, Ratios(closing=0.5, overall=1.5 / 100))
    assert (plan.proposals, plan.suspects) == (4, 134)


def test_a_zero_denominator_is_undefined_not_zero():
    ratios = ratios_of(FunnelCounts(suspects=10, prospects=4, appointments_made=0))
    assert ratios.qualification == pytest.approx(0.4)
    assert ratios.appointment is None
    assert ratios.proposal is None
    assert ratios.closing is None
    assert ratios.overall == 0


def test_ratios_may_exceed_one():
    assert ratios_of(FunnelCounts(proposals=2, won=3)).closing == pytest.approx(1.5)


def test_planner_reads_the_funnel_backwards():
    ratios = Ratios(qualification=0.5, appointment=0.8, proposal=0.5, closing=0.25, overall=0.05)
    plan = plan_for(5, ratios)
    assert plan.needed() == {
        "proposals": 20,
        "appointments_held": 40,
        "appointments_made": 50,
        "suspects": 100,
    }


def test_planner_rounds_up_and_leaves_undefined_steps_undefined():
    plan = plan_for(3, Ratios(closing=0.4, proposal=0.0, appointment=None, overall=None))
    assert plan.proposals == 8
    assert plan.appointments_held is None
    assert plan.appointments_made is None
    assert plan.suspects is None


def test_comparison_and_weakest_link():
    now = Ratios(qualification=0.5, appointment=0.9, proposal=0.3, closing=0.4, overall=0.05)
    before = Ratios(qualification=0.4, appointment=None, proposal=0.5, closing=0.4, overall=0.1)
    changes = ratio_changes(now, before)
    assert changes["qualification"] == pytest.approx(0.1)
    assert changes["appointment"] is None
    assert changes["proposal"] == pytest.approx(-0.2)
    assert weakest_link(now) == "proposal"
    assert weakest_link(Ratios()) is None


def test_period_presets_run_up_to_today():
    today = date(2026, 11, 23)
    assert Period.month_to_date(today) == Period(date(2026, 11, 1), today)
    assert Period.year_to_date(today) == Period(date(2026, 1, 1), today)
    assert Period.month_to_date(date(2026, 3, 1)).previous() == Period(
        date(2026, 2, 28), date(2026, 2, 28)
    )


def test_periods_are_inclusive_and_know_their_predecessor():
    period = Period.ending(date(2026, 11, 23))
    assert (period.first, period.days) == (date(2026, 8, 26), 90)
    assert period.previous() == Period(date(2026, 5, 28), date(2026, 8, 25))
    with pytest.raises(InvalidPeriod):
        Period(date(2026, 2, 1), date(2026, 1, 31))


counts = st.builds(FunnelCounts, *(st.integers(0, 10_000) for _ in range(6)))


@given(counts)
def test_ratios_are_undefined_exactly_when_the_denominator_is_zero(c):
    r = ratios_of(c)
    assert (r.qualification is None) == (c.suspects == 0)
    assert (r.appointment is None) == (c.appointments_made == 0)
    assert (r.proposal is None) == (c.appointments_held == 0)
    assert (r.closing is None) == (c.proposals == 0)
    for value in r.as_dict().values():
        assert value is None or value >= 0


@given(st.integers(1, 500), st.floats(0.01, 1), st.floats(0.01, 1), st.floats(0.01, 1))
def test_a_plan_achieves_the_target_at_the_given_ratios(target, closing, proposal, appointment):
    plan = plan_for(target, Ratios(closing=closing, proposal=proposal, appointment=appointment))
    assert plan.proposals * closing >= target - 1e-6
    assert plan.appointments_held * proposal >= plan.proposals - 1e-6
    assert plan.appointments_made * appointment >= plan.appointments_held - 1e-6
    assert (plan.proposals - 1) * closing < target or math.isclose(
        (plan.proposals - 1) * closing, target
    )
