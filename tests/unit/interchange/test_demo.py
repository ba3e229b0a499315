"""The demo tells a believable year: the funnel narrows the way LESSONS.md's figures do."""

from datetime import date, timedelta

import pytest

from salescoach.core.domain import Source
from salescoach.core.funnel import Period, ratios_of
from salescoach.core.planner import plan_for
from salescoach.interchange.demo import DemoSize, build_demo
from salescoach.interchange.files import load_demo
from salescoach.store.queries.funnel import funnel_by_source, funnel_counts

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    from salescoach.store import Store

    store = Store.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3", create=True)
    load_demo(store, seed=3, today=TODAY)
    yield store
    store.close()


def test_a_good_reps_year_in_figures(year):
    with year.reader() as session:
        counts = funnel_counts(session, Period.ending(TODAY, 365))
    ratios = ratios_of(counts)
    assert 450 <= counts.suspects <= 700  # about 50 new files a month
    assert 0.30 <= ratios.qualification <= 0.50
    assert 0.80 <= ratios.appointment <= 0.95
    assert 0.35 <= ratios.proposal <= 0.70
    assert 0.35 <= ratios.closing <= 0.65
    assert 0.07 <= ratios.overall <= 0.13  # 5 wins from 50 suspects


def test_a_month_wins_a_handful_from_about_fifty_suspects(year):
    with year.reader() as session:
        months = [
            funnel_counts(session, Period.ending(TODAY - timedelta(days=30 * n), 30))
            for n in range(2, 8)
        ]
    assert 35 <= sum(m.suspects for m in months) / len(months) <= 65
    assert 3 <= sum(m.won for m in months) / len(months) <= 8


def test_the_planner_asks_for_a_believable_week_of_work(year):
    with year.reader() as session:
        plan = plan_for(5, ratios_of(funnel_counts(session, Period.ending(TODAY, 365))))
    assert plan.proposals is not None and plan.proposals <= 15
    assert plan.appointments_made is not None and plan.appointments_made <= 40
    assert plan.suspects is not None and plan.suspects <= 75


def test_cold_calls_rarely_qualify_and_warm_contacts_often_do(year):
    with year.reader() as session:
        sources = funnel_by_source(session, Period.ending(TODAY, 365))
    cold = ratios_of(sources[Source.COLD_CALL]).qualification
    referral = ratios_of(sources[Source.REFERRAL]).qualification
    assert cold is not None and cold <= 0.07  # 100 calls, 20 answered, 3 interested
    assert referral is not None and referral >= 0.6


def test_the_size_asked_for_is_the_size_given():
    document = build_demo(5, DemoSize(contacts=40, activities=300), TODAY)
    assert len(document["contacts"]) == 40
    assert len(document["activities"]) == 300
    small = build_demo(5, DemoSize(contacts=200, activities=50), TODAY)
    assert len(small["activities"]) == 50  # fewer asked than the year needs: the latest


def test_appointments_only_come_from_the_story():
    """Filler is calls, e-mails and notes: a meeting always belongs to a file or a customer."""
    document = build_demo(9, DemoSize(contacts=50, activities=2000), TODAY)
    customers = {c["id"] for c in document["contacts"] if c["is_customer"]}
    for activity in document["activities"]:
        if activity["kind"] in ("meeting", "visit", "proposal"):
            assert activity["opportunity"] or activity["contact"] in customers
