"""The week's scheduler: named people on named days within the rep's day, checked on random
weeks (busy slots, candidates, capacities) and on the examples a rep would try."""

from datetime import date, datetime, time, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from salescoach.core.domain import ActivityKind
from salescoach.core.week_plan import (
    FIELD_KINDS,
    Candidate,
    Capacity,
    Planned,
    schedule,
    town_of,
)

MONDAY = date(2026, 11, 23)
CALL, VISIT, EMAIL = ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.EMAIL


def candidate(n: int, kind: ActivityKind = CALL, town: str = "") -> Candidate:
    return Candidate(n, f"Contact {n}", "customers-for-granted", kind, "prospects", town=town)


def test_thirty_nine_calls_do_not_stack_on_monday_at_nine():
    items = schedule([candidate(n) for n in range(39)], MONDAY, [], Capacity())
    assert len(items) == 39
    assert len({item.at for item in items}) == 39
    per_day = [
        sum(item.at.date() == MONDAY + timedelta(days=d) for item in items) for d in range(5)
    ]
    assert per_day == [8, 8, 8, 8, 7]


def test_visits_to_one_town_share_a_day_and_calls_go_around_what_is_planned():
    busy = [Planned(datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 10))]
    wanted = [
        candidate(1, VISIT, "arles"),
        candidate(2, VISIT, "nîmes"),
        candidate(3, VISIT, "arles"),
        candidate(4),
    ]
    items = {
        item.candidate.contact_id: item.at for item in schedule(wanted, MONDAY, busy, Capacity())
    }
    assert items[1].date() == items[3].date() != items[2].date()
    assert not datetime(2026, 11, 23, 9) <= items[4] < datetime(2026, 11, 23, 10)


def test_nothing_is_placed_in_the_past_or_off_the_working_days():
    wednesday_noon = datetime(2026, 11, 25, 12, 5)
    items = schedule([candidate(n) for n in range(50)], MONDAY, [], Capacity(), wednesday_noon)
    assert items and all(item.at > wednesday_noon for item in items)
    assert all(item.at.weekday() < 5 for item in items)
    assert len(items) == 8 * 3  # eight on Wednesday afternoon, Thursday and Friday


def test_the_town_of_an_address():
    assert town_of("3 rue Haute, 13200 Arles") == "arles"
    assert town_of("Via Roma 4, 20121 Milano", "") == "milano"
    assert town_of("anything", "Lyon") == "lyon"
    assert town_of("", "") == ""


kinds = st.sampled_from([CALL, VISIT, EMAIL])
towns = st.sampled_from(["", "arles", "nîmes", "avignon"])
busy_slots = st.lists(
    st.tuples(st.integers(0, 6), st.integers(7 * 4, 19 * 4), st.integers(1, 8)), max_size=12
)


@settings(max_examples=120, deadline=None)
@given(
    st.lists(st.tuples(kinds, towns), max_size=60),
    busy_slots,
    st.integers(1, 10),
    st.integers(0, 5),
    st.sets(st.integers(0, 6), min_size=1),
    st.integers(0, 6 * 24 * 4),
)
def test_a_random_week_keeps_every_promise(wanted, busy, calls, visits, days, now_quarters):
    capacity = Capacity(
        working_days=tuple(sorted(days)), calls_per_day=calls, visits_per_day=visits
    )
    candidates = [candidate(n, kind, town) for n, (kind, town) in enumerate(wanted)]
    intervals = [
        (
            datetime.combine(MONDAY + timedelta(days=d), time()) + timedelta(minutes=15 * q),
            datetime.combine(MONDAY + timedelta(days=d), time()) + timedelta(minutes=15 * (q + n)),
        )
        for d, q, n in busy
    ]
    now = datetime.combine(MONDAY, time()) + timedelta(minutes=15 * now_quarters)
    diary = [Planned(start, end, CALL) for start, end in intervals]
    items = schedule(candidates, MONDAY, diary, capacity, now)
    starts = [item.at for item in items]
    assert len(set(starts)) == len(starts)  # never two at the same minute
    assert {s for s, _e in intervals}.isdisjoint(starts)
    for item in items:
        length = timedelta(minutes=capacity.minutes(item.kind))
        assert item.at > now
        assert item.at.weekday() in capacity.working_days
        assert capacity.start <= item.at.time() and (item.at + length).time() <= capacity.end
        assert all(e <= item.at or s >= item.at + length for s, e in intervals)
    for offset in range(7):
        day = MONDAY + timedelta(days=offset)
        on_day = [item for item in items if item.at.date() == day]
        already = sum(start.date() == day for start, _end in intervals)
        assert sum(item.kind in FIELD_KINDS for item in on_day) <= visits
        assert sum(item.kind not in FIELD_KINDS for item in on_day) <= max(0, calls - already)
        ordered = sorted(on_day, key=lambda item: item.at)
        for first, second in pairwise(ordered):
            assert first.at + timedelta(minutes=capacity.minutes(first.kind)) <= second.at
    desk = [n for n, c in enumerate(candidates) if c.kind not in FIELD_KINDS]
    placed = {item.candidate.contact_id for item in items}
    kept = [n for n in desk if n in placed]
    assert kept == desk[: len(kept)]  # the most important first: a later one never jumps ahead


def test_a_plan_made_at_opening_time_starts_after_it():
    friday_nine = datetime(2026, 11, 27, 9, 0)
    (item,) = schedule([candidate(1)], MONDAY, [], Capacity(), friday_nine)
    assert item.at == datetime(2026, 11, 27, 9, 15)
