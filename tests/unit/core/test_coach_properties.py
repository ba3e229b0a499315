"""Properties of the coach over random snapshots: it never fails, never fires on nothing,
and every tip it gives can be told in every language."""

from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.core.coach import Snapshot, coach
from salescoach.core.coach.engine import MAX_SHOWN, every_tip
from salescoach.core.coach.snapshot import (
    Channel,
    ContactRef,
    Group,
    KnownContact,
    Overdue,
)
from salescoach.core.coach.texts import LANGUAGES, TipTexts
from salescoach.core.domain import Source
from salescoach.core.funnel import FunnelCounts
from tests.helpers import TODAY

small = st.integers(0, 60)
refs = st.lists(st.builds(ContactRef, st.integers(1, 50), st.just("X"), small), max_size=4)
counts = st.builds(FunnelCounts, small, small, small, small, small, small)
snapshots = st.builds(
    Snapshot,
    today=st.just(TODAY),
    current=counts,
    previous=counts,
    basics_this_week=small,
    basics_weeks_before=st.lists(small, max_size=10).map(tuple),
    known_contacts=st.lists(
        st.builds(KnownContact, st.integers(1, 50), st.just("X"), st.booleans(), small, small),
        max_size=5,
    ).map(tuple),
    overdue=st.builds(Overdue, small, small, small, refs.map(tuple)),
    proposals=small,
    proposals_without_needs=refs.map(tuple),
    stale_early_effort=small,
    stale_early_files=small,
    untouched_late=st.builds(Group, small, refs.map(tuple)),
    channels=st.dictionaries(st.sampled_from(list(Source)), st.builds(Channel, small, small)),
    won_without_follow_up=st.builds(Group, small, refs.map(tuple)),
)


@settings(max_examples=200, deadline=None)
@given(snapshots)
def test_any_snapshot_gives_sorted_tips_that_read_in_every_language(snapshot):
    tips = coach(snapshot)
    assert len(tips) <= MAX_SHOWN
    assert (
        tips
        == [t for t in every_tip(snapshot) if not t.people or t.in_hand < len(t.people)][:MAX_SHOWN]
    )
    tips = every_tip(snapshot)
    assert len({tip.lesson for tip in tips}) == len(tips)
    assert [t.priority for t in tips] == sorted((t.priority for t in tips), reverse=True)
    for tip in tips:
        assert tip.evidence and tip.actions
        for language in LANGUAGES:
            shown = TipTexts.load(language).show(tip)
            assert "{" not in shown.message and "None" not in shown.message


@given(st.builds(Snapshot, today=st.just(TODAY), previous=counts))
def test_no_current_figures_no_tips(snapshot):
    """Whatever happened before, a rep with nothing recorded now gets no advice."""
    assert coach(snapshot) == []
