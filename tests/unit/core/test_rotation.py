"""Backup rotation: the newest of each recent day, week and month, never more."""

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from salescoach.core.rotation import KeepPolicy, to_keep

START = datetime(2026, 1, 1, 9)


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_12_months():
    moments = [START + timedelta(days=n) for n in range(365)]
    kept = to_keep(moments, KeepPolicy())
    newest = moments[-1]
    assert newest in kept
    assert all(newest - timedelta(days=n) in kept for n in range(7))
    assert len(kept) <= 7 + 4 + 12
    assert len({m.isocalendar()[:2] for m in kept}) >= 4
    assert len({(m.year, m.month) for m in kept}) == 12


def test_several_backups_a_day_keep_the_newest_of_the_day():
    day = [START + timedelta(hours=h) for h in range(5)]
    assert to_keep(day, KeepPolicy(daily=1, weekly=0, monthly=0)) == {day[-1]}


@given(
    st.lists(
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=60
    ),
    st.integers(0, 10),
    st.integers(0, 6),
    st.integers(0, 14),
)
def test_rotation_keeps_a_bounded_subset_with_the_newest(moments, daily, weekly, monthly):
    policy = KeepPolicy(daily, weekly, monthly)
    kept = to_keep(moments, policy)
    assert kept <= set(moments)
    assert len(kept) <= daily + weekly + monthly
    if moments and (daily or weekly or monthly):
        assert max(moments) in kept
    assert to_keep(kept, policy) == kept  # rotating again removes nothing more
