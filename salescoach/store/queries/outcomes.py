"""The rows `core.outcomes` measures: the period's contacts (those a lesson asked for and
the rep's own, each knowing whether it reached a customer), and the appointments and deal
moves that followed within the window (Settings ▸ Coach).

The follow-ups a lesson asked for are read in full, through their own index. The rep's own
contacts, the baseline, are a deterministic sample when there are many: one in `step`,
by row id, up to about `SAMPLE` of them. Shares from a few thousand contacts are as good
as from a hundred thousand, and a long history still answers at once; the baseline's counts
are then scaled back up and marked as estimated. Appointments and deal moves are read only
for the contacts measured, passed to SQLite as one JSON list.
"""

import json
from collections.abc import Sequence
from datetime import timedelta
from math import ceil
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus
from salescoach.core.funnel import Period
from salescoach.core.outcomes import WINDOW_DAYS, FollowUp, LessonOutcome, Move, outcomes
from salescoach.store.models import Activity, Contact, Opportunity, StageEvent
from salescoach.store.preferences import coach_settings
from salescoach.store.queries.funnel import inside

#: What reaching a customer is: the kinds a follow-up is planned as.
CONTACTS = (ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING, ActivityKind.EMAIL)
#: The rep's own contacts read for the baseline, about: enough for its shares to hold.
SAMPLE = 2000


def outcomes_and_window(
    session: Session, period: Period, window: int | None = None
) -> tuple[list[LessonOutcome], int]:
    """`lesson_outcomes` within `window` days, by default those the rep set (Settings ▸
    Coach), and the window it used, to say it beside the figures."""
    days = window or coach_settings(session).outcome_days
    return lesson_outcomes(session, period, days), days


def lesson_outcomes(
    session: Session, period: Period, window: int = WINDOW_DAYS
) -> list[LessonOutcome]:
    """Each lesson acted on in `period` and what came of it within `window` days."""
    columns = (
        Activity.contact_id,
        Activity.at,
        Activity.kind,
        Activity.status,
        Activity.outcome,
        Activity.lesson,
    )
    # the few follow-ups a lesson asked for, read through their own index (`lesson > ''`
    # alone: given the period too, SQLite would read the period's every activity)
    tagged = [
        row
        for row in session.execute(select(*columns).where(Activity.lesson > ""))
        if period.start <= row.at < period.end
    ]
    if not tagged:  # nothing acted on: no baseline to read
        return []
    own_rows = (Activity.lesson == "", inside(Activity.at, period))
    # counted on the (lesson, time) index alone
    total = session.scalar(select(func.count()).where(*own_rows)) or 0
    step = max(1, ceil(total / SAMPLE))
    own = session.execute(
        select(*columns).where(*own_rows, *(() if step == 1 else (Activity.id % step == 0,)))
    ).all()
    rows = [
        row
        for row in (*tagged, *own)
        if row.kind in CONTACTS and row.status is not ActivityStatus.CANCELLED
    ]
    if not any(row.lesson for row in rows):
        return []
    measured = sorted({row.contact_id for row in rows})
    customers = set(
        session.scalars(select(Contact.id).where(Contact.is_customer, _among(Contact.id, measured)))
    )
    follow_ups = [
        FollowUp(
            contact,
            at,
            status is ActivityStatus.DONE,
            status is ActivityStatus.DONE and bool(outcome.strip()),
            lesson,
            contact in customers,
        )
        for contact, at, _kind, status, outcome, lesson in rows
    ]
    until = period.end + timedelta(days=window)
    appointments = session.execute(
        select(Activity.contact_id, Activity.at).where(
            # every status named, and the contacts kept out of the index's way: the
            # (kind, status, time) covering index answers, the list filters as it goes
            Activity.kind.in_(APPOINTMENT_KINDS),
            Activity.status.in_(tuple(ActivityStatus)),
            Activity.at >= period.start,
            Activity.at < until,
            _among(Activity.contact_id + 0, measured),
        )
    ).all()
    moves = [
        Move(contact, stage, at, value)
        for contact, stage, at, value in session.execute(
            select(Opportunity.contact_id, StageEvent.stage, StageEvent.at, Opportunity.value)
            .join(StageEvent, Opportunity.id == StageEvent.opportunity_id)
            .where(
                _among(Opportunity.contact_id, measured),
                StageEvent.at >= period.start,
                StageEvent.at < until,
            )
        )
    ]
    return outcomes(
        follow_ups, [(c, at) for c, at in appointments], moves, window, baseline_scale=step
    )


def _among(column: Any, ids: Sequence[int]) -> ColumnElement[bool]:
    """`column IN (ids)` with the ids as one JSON parameter: any number of them, one query."""
    listed = func.json_each(json.dumps(list(ids))).table_valued("value")
    among: ColumnElement[bool] = column.in_(select(listed.c.value))
    return among
