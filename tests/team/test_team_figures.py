"""The manager's funnel, answered by the server in two grouped queries, is each rep's funnel
as the laptops' own query layer counts it, whatever the histories: deals that go back, get
lost, reach a stage twice, or took steps long before the period."""

import random
import uuid
from datetime import date, datetime, timedelta

import psycopg

from salescoach.core.domain import FUNNEL, ActivityKind, ActivityStatus, Stage
from salescoach.core.funnel import FunnelCounts, Period
from salescoach.store.queries.funnel import funnel_counts
from salescoach.store.team.funnel import for_each_rep, team_counts

START = datetime(2026, 1, 5, 9)
REPS = ("Anna", "Bruno")


def _fill_server(admin_url: str, seed: int) -> None:
    """Random histories for each rep, written straight into the server's tables (as its
    administrator, triggers aside: the rows carry their owner)."""
    rng = random.Random(seed)
    stages = [*FUNNEL, Stage.LOST]
    with psycopg.connect(admin_url.replace("+psycopg", "")) as db:
        db.execute("SET session_replication_role = replica")
        contacts = []
        for n in range(6):
            row = db.execute(
                "INSERT INTO contacts (name, email, phone, role, address, source, is_customer,"
                " notes, uid, created_at, updated_at, search_key, sort_key, rep)"
                " VALUES (%s, '', '', '', '', 'other', %s, '', %s, now(), now(), '', '', %s)"
                " RETURNING id",
                (f"C{n}", n % 3 == 0, str(uuid.uuid4()), REPS[n % 2]),
            ).fetchone()
            assert row is not None
            contacts.append(row[0])
        for rep in REPS:
            for _deal in range(rng.randint(0, 25)):
                deal = db.execute(
                    "INSERT INTO opportunities (contact_id, title, value, currency, stage, uid,"
                    " created_at, updated_at, search_key, sort_key, rep)"
                    " VALUES (%s, 'D', 1, 'EUR', 'suspect', %s, now(), now(), '', '', %s)"
                    " RETURNING id",
                    (rng.choice(contacts), str(uuid.uuid4()), rep),
                ).fetchone()
                assert deal is not None
                at = START + timedelta(days=rng.randint(0, 200), hours=rng.randint(0, 23))
                for _step in range(rng.randint(1, 5)):
                    db.execute(
                        "INSERT INTO stage_events (opportunity_id, stage, at, uid, created_at,"
                        " updated_at, rep) VALUES (%s, %s, %s, %s, now(), now(), %s)",
                        (deal[0], rng.choice(stages).value, at, str(uuid.uuid4()), rep),
                    )
                    at += timedelta(days=rng.randint(0, 40), hours=rng.randint(-5, 5))
            for _work in range(rng.randint(0, 60)):
                db.execute(
                    "INSERT INTO activities (contact_id, kind, status, at, outcome, notes, needs,"
                    " lesson, uid, created_at, updated_at, search_key, rep)"
                    " VALUES (%s, %s, %s, %s, '', '', '', '', %s, now(), now(), '', %s)",
                    (
                        rng.choice(contacts),
                        rng.choice(list(ActivityKind)).value,
                        rng.choice(list(ActivityStatus)).value,
                        START + timedelta(days=rng.randint(0, 240), minutes=rng.randint(0, 900)),
                        str(uuid.uuid4()),
                        rep,
                    ),
                )
        db.commit()


def test_the_servers_grouped_funnel_is_each_reps_laptop_funnel(team):
    manager = team.engine("Maria")
    periods = [
        Period(date(2026, 1, 1), date(2026, 12, 31)),
        Period(date(2026, 3, 1), date(2026, 3, 31)),
        Period(date(2026, 5, 4), date(2026, 5, 4)),
        Period(date(2026, 7, 1), date(2026, 9, 29)),
    ]
    seen = FunnelCounts()
    for seed in range(4):
        _fill_server(team.admin_url(), seed)  # each seed adds to the histories before it
        for period in periods:
            laptops = for_each_rep(
                manager, lambda session, _reps, p=period: funnel_counts(session, p)
            )
            assert team_counts(manager, period) == laptops
            for counts in laptops.values():
                seen += counts
    manager.dispose()
    assert seen.suspects and seen.prospects and seen.won and seen.appointments_made
