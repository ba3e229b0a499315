"""Ten laptops work offline and online at random (edits and deletions of the same shared
contacts, their own activities), then sync: every laptop and the server end with the same
data, each rep's private work on their laptop and on the server alike.

Each laptop starts with 10,000 activities, as the issue asks (SALESCOACH_TEAM_ACTIVITIES
makes it smaller while working on sync).
"""

import os
import random
from datetime import datetime, timedelta

import psycopg
from sqlalchemy import create_engine, insert, select, text

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.store.models import Activity, Contact, new_uid
from salescoach.store.team.server import init_team
from tests.team_fixtures import Laptop, Team

LAPTOPS = 10
ACTIVITIES = int(os.environ.get("SALESCOACH_TEAM_ACTIVITIES", "10000"))
ROUNDS = 6
T0 = datetime(2026, 1, 5, 9)


def fresh_team(pg) -> Team:
    with psycopg.connect(pg.url(db="postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("CREATE DATABASE convergence")
    admin = create_engine(pg.url(db="convergence"))
    members = init_team(admin, [f"Rep{n}" for n in range(LAPTOPS)], [])
    admin.dispose()
    return Team(pg, "convergence", {m.name: m for m in members})


def seed(laptop: Laptop, rng: random.Random) -> None:
    """A few contacts of its own and a year of activities on them, written in bulk."""

    def work(session):
        contacts = [
            session.execute(
                insert(Contact)
                .values(name=f"{laptop.rep} client {n}", uid=new_uid(), search_key="")
                .returning(Contact.id)
            ).scalar_one()
            for n in range(20)
        ]
        rows = [
            {
                "contact_id": rng.choice(contacts),
                "kind": rng.choice(list(ActivityKind)),
                "status": ActivityStatus.DONE,
                "at": T0 + timedelta(hours=n),
                "outcome": "",
                "notes": f"note {n}",
                "needs": "",
                "uid": new_uid(),
                "search_key": "",
            }
            for n in range(ACTIVITIES)
        ]
        session.execute(insert(Activity), rows)

    laptop.store.apply(work)


def shuffle_work(laptop: Laptop, rng: random.Random, day: int) -> None:
    """A day of a rep's work: new contacts, edits and deletions of shared ones, their own
    activities logged, changed and deleted."""

    def work(session):
        contacts = session.execute(select(Contact.id, Contact.uid)).all()
        for n in range(3):
            session.add(Contact(name=f"{laptop.rep} day {day} #{n}", uid=new_uid()))
        for contact_id, _uid in rng.sample(contacts, min(3, len(contacts))):
            contact = session.get(Contact, contact_id)
            setattr(contact, rng.choice(["phone", "notes", "role"]), f"{laptop.rep} {day}")
        if contacts and rng.random() < 0.3:
            session.delete(session.get(Contact, rng.choice(contacts)[0]))
        session.flush()
        mine = session.scalars(select(Activity.id)).all()
        for activity_id in rng.sample(mine, min(5, len(mine))):
            session.get(Activity, activity_id).outcome = f"{laptop.rep} day {day}"
        for activity_id in rng.sample(mine, min(2, len(mine))):
            session.delete(session.get(Activity, activity_id))
        ids = session.scalars(select(Contact.id)).all()
        for n in range(5):
            session.add(
                Activity(
                    contact_id=rng.choice(ids),
                    kind=ActivityKind.CALL,
                    status=ActivityStatus.PLANNED,
                    at=T0 + timedelta(days=day, minutes=n),
                    uid=new_uid(),
                )
            )

    laptop.store.apply(work)


def shared(connection, rep: str | None = None) -> set[tuple]:
    """The shared contacts; on the server, as `rep` has them (without those the rep removed
    from their lists while teammates still use them)."""
    hidden = "WHERE c.uid NOT IN (SELECT uid FROM team_hidden WHERE rep = :rep)" if rep else ""
    return set(
        connection.execute(
            text(
                "SELECT c.uid, c.name, c.phone, c.notes, c.role, a.uid FROM contacts c "
                f"LEFT JOIN accounts a ON a.id = c.account_id {hidden}"
            ),
            {"rep": rep},
        ).all()
    )


def private(connection, where: str = "") -> set[tuple]:
    return set(
        connection.execute(
            text(
                "SELECT a.uid, a.outcome, a.notes, c.uid FROM activities a "
                f"JOIN contacts c ON c.id = a.contact_id {where}"
            )
        ).all()
    )


def test_ten_laptops_converge(pg, tmp_path):
    team = fresh_team(pg)
    rng = random.Random(10)
    laptops = [Laptop(team, f"Rep{n}", tmp_path) for n in range(LAPTOPS)]
    for laptop in laptops:
        seed(laptop, rng)
    for day in range(ROUNDS):
        for laptop in laptops:
            shuffle_work(laptop, rng, day)
            if rng.random() < 0.6:  # online today
                laptop.sync()
    for _pass in range(2):
        for laptop in laptops:
            laptop.sync()
    admin = create_engine(team.admin_url())
    with admin.connect() as server:
        there = shared(server)
        for laptop in laptops:
            with laptop.store.reader() as session:
                connection = session.connection()
                assert shared(connection) == shared(server, laptop.rep), laptop.rep
                quoted = laptop.rep.replace("'", "''")
                assert private(connection) == private(server, f"WHERE a.rep = '{quoted}'")
    assert len(there) >= LAPTOPS * 20
    for laptop in laptops:
        laptop.close()
    admin.dispose()
