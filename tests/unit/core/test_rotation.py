"""Backup rotation: every backup of the last hours, then the newest of each recent day, week
and month, never more; the newest always."""

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


def test_several_backups_of_an_older_day_keep_the_newest_of_that_day():
    day = [START + timedelta(hours=h) for h in range(5)]
    tomorrow = START + timedelta(days=2)
    policy = KeepPolicy(daily=2, weekly=0, monthly=0)
    assert to_keep([*day, tomorrow], policy) == {day[-1], tomorrow}
    assert to_keep(day, policy) == set(day)  # all of the last 24 hours


@given(
    st.lists(
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=60
    ),
    st.integers(0, 10),
    st.integers(0, 6),
    st.integers(0, 14),
)
def test_rotation_keeps_a_bounded_subset_with_the_newest(moments, daily, weekly, monthly):
    policy = KeepPolicy(daily, weekly, monthly, recent_hours=0)
    kept = to_keep(moments, policy)
    assert kept <= set(moments)
    assert len(kept) <= max(1, daily + weekly + monthly)
    if moments:
        assert max(moments) in kept
    assert to_keep(kept, policy) == kept  # rotating again removes nothing more


@given(
    st.lists(
        st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 1)), max_size=60
    ),
    st.integers(0, 72),
    st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 1, 2)),
)
def test_every_backup_of_the_recent_hours_and_the_newest_are_kept(moments, hours, now):
    policy = KeepPolicy(daily=0, weekly=0, monthly=0, recent_hours=hours)
    kept = to_keep(moments, policy, now)
    since = now - timedelta(hours=hours)
    assert {m for m in moments if m >= since} <= kept
    if moments:
        assert max(moments) in kept


def test_two_backups_a_few_seconds_apart_are_both_kept():
    first = START.replace(second=5)
    second = first + timedelta(seconds=2)
    assert to_keep([first, second], KeepPolicy()) == {first, second}
    # a day later, the older of that day goes: the newest of each day is kept
    later = second + timedelta(days=1, hours=1)
    assert to_keep([first, second, later], KeepPolicy()) == {second, later}
