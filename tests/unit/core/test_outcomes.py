"""What acting on a lesson did, measured on hand-made histories: each count, the window,
the baseline beside it, and too few said plainly."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from salescoach.core.domain import Stage
from salescoach.core.outcomes import ENOUGH, FollowUp, Move, outcomes

DAY = datetime(2026, 11, 2, 9)


def follow_up(contact, lesson="rally-the-base", done=False, reached=False, days=0):
    return FollowUp(contact, DAY + timedelta(days=days), done, reached, lesson)


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
