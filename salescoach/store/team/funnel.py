"""The team's funnel per rep, from the server's views, with the laptops' own query layer.

A manager reads no rep's tables, only two views: each rep's stage steps (which file reached
which stage when) and the work they logged (kind, status, when), without a word of notes.
Each rep's figures come from putting those rows in a scratch SQLite database with the same
schema and asking it the same questions `funnel` asks a rep's laptop, so the two can never
disagree; the team's counts are the sum of the reps'.
"""

import tempfile
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, insert, text
from sqlalchemy.orm import Session

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.funnel import FunnelCounts, Period
from salescoach.store.models import Activity, Contact, Opportunity, StageEvent
from salescoach.store.queries.funnel import funnel_counts


def team_counts(server: Engine, period: Period) -> dict[str, FunnelCounts]:
    """Each rep's funnel counts over the period (every rep of the team, even with none)."""
    steps: dict[str, list[Any]] = defaultdict(list)
    work: dict[str, list[Any]] = defaultdict(list)
    with server.connect() as connection:
        reps = list(
            connection.execute(
                text("SELECT name FROM team_reps WHERE NOT manager ORDER BY name")
            ).scalars()
        )
        for rep, opportunity, uid, stage, at in connection.execute(
            text("SELECT rep, opportunity, uid, stage, at FROM team_steps ORDER BY at")
        ):
            steps[rep].append((opportunity, uid, stage, at))
        for rep, uid, kind, status, at in connection.execute(
            text("SELECT rep, uid, kind, status, at FROM team_work")
        ):
            work[rep].append((uid, kind, status, at))
    from salescoach.store import Store

    with tempfile.TemporaryDirectory(prefix="salescoach-team-") as folder:
        scratch = Store.open(Path(folder) / "rep.sqlite3", create=True)
        try:
            counts = {}
            for rep in reps:
                with scratch.reader() as session:  # rolled back: nothing is kept
                    counts[rep] = _counts(session, steps[rep], work[rep], period)
            return counts
        finally:
            scratch.close()


def _counts(session: Session, steps: list[Any], work: list[Any], period: Period) -> FunnelCounts:
    """One rep's rows in the scratch database, then its funnel."""
    contact = session.execute(
        insert(Contact).values(name="", uid="rep", search_key="").returning(Contact.id)
    ).scalar_one()
    histories: dict[str, list[tuple[str, Stage, datetime]]] = defaultdict(list)
    for opportunity, uid, stage, at in steps:
        histories[opportunity].append((uid, Stage(stage), at))
    ids: dict[str, int] = {}
    for opportunity, history in histories.items():
        ids[opportunity] = session.execute(
            insert(Opportunity)
            .values(contact_id=contact, title="", uid=opportunity, stage=history[-1][1])
            .returning(Opportunity.id)
        ).scalar_one()
    events = [
        {"opportunity_id": ids[o], "uid": uid, "stage": stage, "at": at}
        for o, history in histories.items()
        for uid, stage, at in history
    ]
    if events:
        session.execute(insert(StageEvent), events)
    done = [
        {
            "contact_id": contact,
            "uid": uid,
            "kind": ActivityKind(kind),
            "status": ActivityStatus(status),
            "at": at,
        }
        for uid, kind, status, at in work
    ]
    if done:
        session.execute(insert(Activity), done)
    return funnel_counts(session, period)
