"""What acting on a lesson did, measured on hand-made histories: each count, the window,
the baseline beside it, and too few said plainly."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from salescoach.core.domain import Stage
from salescoach.core.outcomes import ENOUGH, FollowUp, Move, outcomes

DAY = datetime(2026, 11, 2, 9)


def follow_up(contact, lesson="rally-the-base", done=False, reached=False, days=0, customer=False):
    return FollowUp(contact, DAY + timedelta(days=days), done, reached, lesson, customer)


def test_each_count_of_a_lesson_and_its_baseline():
    found = outcomes(
        [
            follow_up(1, done=True, reached=True),
            follow_up(2, done=True),
            follow_up(3),
            follow_up(4, lesson=""),  # the rep's own
        ],
        appointments=[(1, DAY + timedelta(days=3)), (2, DAY - timedelta(days=1)), (4, DAY)],
        moves=[
            Move(1, Stage.PROSPECT, DAY + timedelta(days=5)),
            Move(1, Stage.CONCLUSION, DAY + timedelta(days=20), 8000),
            Move(2, Stage.NEGOTIATION, DAY + timedelta(days=31)),  # after the window
            Move(3, Stage.SUSPECT, DAY + timedelta(days=2)),  # a new file is not a step
        ],
    )
    (rally,) = found
    tally = rally.tally
    assert (tally.acted, tally.done, tally.reached) == (3, 2, 1)
    assert (tally.appointments, tally.advanced, tally.won, tally.won_value) == (1, 1, 1, 8000)
    assert rally.baseline.acted == 1 and rally.baseline.appointments == 0
    assert not tally.enough and ENOUGH > 3


def test_the_baseline_is_comparable_people_no_lesson_pointed_at():
    found = outcomes(
        [
            follow_up(1, "customers-for-granted", customer=True),
            follow_up(2, "social-selling"),
            follow_up(1, "", done=True, customer=True),  # acted on: not a baseline
            follow_up(3, "", done=True, customer=True),
            follow_up(4, "", customer=True),
            follow_up(5, ""),
        ],
        appointments=[(3, DAY + timedelta(days=1))],
        moves=[],
    )
    customers, prospects = found
    assert customers.lesson == "customers-for-granted"
    assert (customers.baseline.acted, customers.baseline.done) == (2, 1)
    assert customers.baseline.appointments == 1
    assert (prospects.baseline.acted, prospects.baseline.done) == (1, 0)


def test_the_window_decides_what_is_put_down_to_a_follow_up():
    late = [Move(1, Stage.APPROACH, DAY + timedelta(days=20))]
    assert outcomes([follow_up(1)], [], late, window=30)[0].tally.advanced == 1
    assert outcomes([follow_up(1)], [], late, window=14)[0].tally.advanced == 0


@given(st.lists(st.tuples(st.integers(0, 5), st.booleans(), st.booleans(), st.integers(0, 40))))
def test_counts_never_exceed_the_follow_ups(rows):
    follow_ups = [
        follow_up(contact, done=done, reached=done and reached, days=days)
        for contact, done, reached, days in rows
    ]
    moves = [Move(c, Stage.CONCLUSION, DAY + timedelta(days=d)) for c, _x, _y, d in rows]
    for outcome in outcomes(
        follow_ups, [(c, DAY + timedelta(days=d + 1)) for c, *_r, d in rows], moves
    ):
        tally = outcome.tally
        assert tally.reached <= tally.done <= tally.acted
        assert max(tally.appointments, tally.advanced, tally.won) <= tally.acted
