import itertools
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from salescoach.core.domain import FUNNEL, Stage
from salescoach.core.errors import InvalidInput
from salescoach.core.stages import StageStep, check_history, check_move, next_stage, reached_at

T0 = datetime(2026, 1, 5, 9, 0)


def test_next_stage_walks_the_funnel_and_stops_at_order_and_lost():
    assert [next_stage(s) for s in FUNNEL] == [*FUNNEL[1:], None]
    assert next_stage(Stage.LOST) is None


def test_lost_is_terminal():
    history = [StageStep(Stage.SUSPECT, T0), StageStep(Stage.LOST, T0 + timedelta(days=1))]
    with pytest.raises(InvalidInput, match="lost"):
        check_move(history, Stage.PROSPECT, T0 + timedelta(days=2))


def test_moves_are_time_ordered():
    history = [StageStep(Stage.SUSPECT, T0)]
    with pytest.raises(InvalidInput, match="before the previous"):
        check_move(history, Stage.PROSPECT, T0 - timedelta(minutes=1))
    check_move(history, Stage.PROSPECT, T0)  # same instant is fine


def test_staying_in_the_same_stage_is_refused_but_slipping_back_is_allowed():
    history = [StageStep(Stage.SUSPECT, T0), StageStep(Stage.APPROACH, T0 + timedelta(days=1))]
    with pytest.raises(InvalidInput):
        check_move(history, Stage.APPROACH, T0 + timedelta(days=2))
    check_move(history, Stage.PROSPECT, T0 + timedelta(days=2))


def test_a_skipped_stage_counts_as_reached_when_a_later_one_is_entered():
    history = [StageStep(Stage.SUSPECT, T0), StageStep(Stage.APPROACH, T0 + timedelta(days=3))]
    assert reached_at(history, Stage.PROSPECT) == T0 + timedelta(days=3)
    assert reached_at(history, Stage.SUSPECT) == T0
    assert reached_at(history, Stage.NEGOTIATION) is None


def test_lost_does_not_count_as_reaching_anything():
    history = [StageStep(Stage.SUSPECT, T0), StageStep(Stage.LOST, T0 + timedelta(days=3))]
    assert reached_at(history, Stage.PROSPECT) is None


histories = st.lists(
    st.tuples(st.sampled_from(list(Stage)), st.integers(min_value=0, max_value=10_000)),
    max_size=8,
).map(lambda items: [StageStep(stage, T0 + timedelta(hours=h)) for stage, h in items])


@given(histories)
def test_reaching_a_stage_never_happens_after_reaching_a_later_one(history):
    times = [reached_at(history, stage) for stage in FUNNEL]
    for earlier, later in itertools.pairwise(times):
        if later is not None:
            assert earlier is not None and earlier <= later


@given(histories)
def test_a_valid_history_accepts_each_of_its_prefixes(history):
    try:
        check_history(history)
    except InvalidInput:
        return
    for end in range(len(history)):
        check_history(history[:end])
