"""The cohort view (DESIGN.md): the files that first reached suspect in the period, followed
up to the end of the reference day; checked on a hand-built history and against a
plain-Python oracle."""

from datetime import date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus, Stage
from salescoach.core.funnel import FunnelCounts, Period
from salescoach.core.stages import StageStep, reached_at
from salescoach.store.queries.funnel import cohort_by_source, cohort_counts, funnel_overview
from tests.helpers import BASE, add_activity, add_contact, add_opportunity, histories, hours

S, P, N, C = Stage.SUSPECT, Stage.PROSPECT, Stage.NEGOTIATION, Stage.CONCLUSION
DONE, PLANNED = ActivityStatus.DONE, ActivityStatus.PLANNED


def test_a_hand_built_cohort(store):
    """March's new files, followed to 30 April: one won in April, one still a prospect, one
    that never qualified; February's file and May's moves are not March's cohort's."""

    def fill(session):
        marie = add_contact(session)
        won = add_opportunity(
            session,
            marie,
            (S, datetime(2026, 3, 2, 9)),
            (P, datetime(2026, 3, 9, 9)),
            (C, datetime(2026, 4, 20, 9)),
        )
        add_opportunity(session, marie, (S, datetime(2026, 3, 10, 9)), (P, datetime(2026, 5, 2, 9)))
        add_opportunity(session, marie, (S, datetime(2026, 3, 31, 23)))
        old = add_opportunity(
            session, marie, (S, datetime(2026, 2, 27, 9)), (C, datetime(2026, 3, 5, 9))
        )
        add_activity(session, marie, ActivityKind.VISIT, DONE, datetime(2026, 3, 12, 9), won)
        add_activity(
            session,
            marie,
            ActivityKind.MEETING,
            ActivityStatus.NO_SHOW,
            datetime(2026, 4, 2, 9),
            won,
        )
        add_activity(session, marie, ActivityKind.PROPOSAL, DONE, datetime(2026, 4, 10, 9), won)
        add_activity(
            session, marie, ActivityKind.VISIT, PLANNED, datetime(2026, 5, 10, 9), won
        )  # after
        add_activity(
            session, marie, ActivityKind.VISIT, DONE, datetime(2026, 3, 12, 9), old
        )  # not cohort

    store.apply(fill)
    with store.reader() as session:
        counts = cohort_counts(
            session, Period(date(2026, 3, 1), date(2026, 3, 31)), date(2026, 4, 30)
        )
    assert counts == FunnelCounts(
        suspects=3, prospects=1, appointments_made=2, appointments_held=1, proposals=1, won=1
    )


def oracle(history_list, activity_list, period: Period, today: date) -> FunnelCounts:
    until = datetime.combine(today + timedelta(days=1), datetime.min.time())
    steps = [[StageStep(s, at) for s, at in h] for h in history_list]
    cohort = {
        i
        for i, h in enumerate(steps)
        if (first := reached_at(h, S)) is not None and period.start <= first < period.end
    }

    def reached(stage):
        return sum((at := reached_at(steps[i], stage)) is not None and at < until for i in cohort)

    mine = [(k, s) for i, k, s, at in activity_list if i in cohort and at < until]
    appointments = [(k, s) for k, s in mine if k in APPOINTMENT_KINDS]
    return FunnelCounts(
        suspects=len(cohort),
        prospects=reached(P),
        appointments_made=len(appointments),
        appointments_held=sum(s is DONE for _k, s in appointments),
        proposals=sum(k is ActivityKind.PROPOSAL and s is DONE for k, s in mine),
        won=reached(C),
    )


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    history_list=st.lists(histories, min_size=1, max_size=5),
    linked=st.lists(
        st.tuples(
            st.integers(0, 4),
            st.sampled_from(list(ActivityKind)),
            st.sampled_from(list(ActivityStatus)),
            hours,
        ),
        max_size=10,
    ),
    offset=st.integers(0, 40),
    length=st.integers(0, 20),
    follow=st.integers(0, 30),
)
def test_cohort_counts_match_the_oracle(store, history_list, linked, offset, length, follow):
    period = Period(
        date(2026, 2, 20) + timedelta(days=offset),
        date(2026, 2, 20) + timedelta(days=offset + length),
    )
    today = period.last + timedelta(days=follow)
    activity_list = [
        (i % len(history_list), kind, status, BASE + timedelta(hours=h))
        for i, kind, status, h in linked
    ]
    with store.session() as session:
        contact = add_contact(session)
        deals = [add_opportunity(session, contact, *history) for history in history_list]
        for i, kind, status, at in activity_list:
            add_activity(session, contact, kind, status, at, deals[i])
        counts = cohort_counts(session, period, today)
        split = cohort_by_source(session, period, today)
        overview = funnel_overview(session, period, cohort_until=today)
        session.rollback()
    expected = oracle(history_list, activity_list, period, today)
    assert counts == expected
    assert sum(split.values(), FunnelCounts()) == expected  # one contact: one source
    assert overview.counts == expected
