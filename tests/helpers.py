"""The tests' data builders, in one place: a contact, an opportunity with a history, an
activity; the scenes several tests share (Marie and her history, a month where every
funnel count is known); random stage histories for property tests."""

from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import strategies as st
from sqlalchemy.orm import Session

from salescoach.core.domain import FUNNEL, ActivityKind, ActivityStatus, Source, Stage
from salescoach.core.funnel import FunnelCounts, Period
from salescoach.core.records import ActivityFields, ContactFields, OpportunityFields
from salescoach.reports.charts import ChartWords
from salescoach.store.records.activities import save_activity
from salescoach.store.records.contacts import save_contact
from salescoach.store.records.opportunities import create_opportunity, move_opportunity


def add_contact(session: Session, name: str = "Marie Dupont", **fields: object) -> int:
    fields.setdefault("company", "Boulangerie Dupont")
    fields.setdefault("source", Source.REFERRAL)
    return save_contact(session, ContactFields(name=name, **fields))  # type: ignore[arg-type]


def add_opportunity(
    session: Session,
    contact_id: int,
    *moves: tuple[Stage, datetime],
    title: str = "Four",
    value: float = 12000,
) -> int:
    first_stage, first_at = moves[0]
    opp = create_opportunity(
        session, OpportunityFields(contact_id, title, value), first_stage, first_at
    )
    for stage, at in moves[1:]:
        move_opportunity(session, opp, stage, at)
    return opp


def add_activity(
    session: Session,
    contact_id: int,
    kind: ActivityKind,
    status: ActivityStatus,
    at: datetime,
    opportunity_id: int | None = None,
    needs: str = "",
) -> int:
    return save_activity(
        session, ActivityFields(kind, status, at, contact_id, opportunity_id, needs=needs)
    )


def pdf_pages(path: Path) -> int:
    """How many pages a PDF has (0 if it is no PDF), from its page objects."""
    import re

    data = path.read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?!s)", data)) if data.startswith(b"%PDF-") else 0


#: The day most tests call today: a Monday.
TODAY = date(2026, 11, 23)


# -- Marie and her history ----------------------------------------------------------------
T0 = datetime(2026, 3, 2, 9)


def marie_with_history(store) -> int:
    """Marie Dupont with a deal, a call on it and a visit, and a contact she referred."""
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont")
        deal = add_opportunity(session, marie, (Stage.SUSPECT, T0))
        add_activity(session, marie, ActivityKind.CALL, ActivityStatus.DONE, T0, deal)
        add_activity(session, marie, ActivityKind.VISIT, ActivityStatus.DONE, T0)
        add_contact(session, "Paul Referred", referred_by_id=marie)
    return marie


# -- a month where every funnel count is known --------------------------------------------
PERIOD = Period(date(2026, 3, 1), date(2026, 3, 31))
FIRST_DAY, LAST_DAY = datetime(2026, 3, 1, 0, 0), datetime(2026, 3, 31, 23, 59)
BEFORE, AFTER = datetime(2026, 2, 28, 23, 59), datetime(2026, 4, 1, 0, 0)
MID = datetime(2026, 3, 15, 10, 0)
S, P, A, N, C, ORD = FUNNEL
L = Stage.LOST
DONE, PLANNED, NO_SHOW, CANCELLED = (
    ActivityStatus.DONE,
    ActivityStatus.PLANNED,
    ActivityStatus.NO_SHOW,
    ActivityStatus.CANCELLED,
)


def build_known_month(session) -> None:
    cold = add_contact(session, "Cold", source=Source.COLD_CALL)
    referral = add_contact(session, "Ref", source=Source.REFERRAL)
    # 1: suspect on the first day, skips straight to approach mid-month (reaches prospect too)
    add_opportunity(session, cold, (S, FIRST_DAY), (A, MID))
    # 2: suspect before the period, prospect on the last minute of the period
    add_opportunity(session, cold, (S, BEFORE), (P, LAST_DAY))
    # 3: in negotiation since before, lost in the period: reaches nothing in March
    add_opportunity(session, cold, (S, BEFORE - timedelta(days=30)), (N, BEFORE), (L, MID))
    # 4: a referral won in the period, having started in it at negotiation (all reached)
    add_opportunity(session, referral, (N, FIRST_DAY), (C, MID), (ORD, MID + timedelta(days=3)))
    # 5: starts the day after the period: nothing
    add_opportunity(session, referral, (S, AFTER))
    # 6: created lost (never entered a funnel stage): nothing
    add_opportunity(session, referral, (L, MID))
    meeting, visit, proposal, call = (
        ActivityKind.MEETING,
        ActivityKind.VISIT,
        ActivityKind.PROPOSAL,
        ActivityKind.CALL,
    )
    for kind, status, at, who in [
        (meeting, DONE, FIRST_DAY, cold),
        (visit, DONE, LAST_DAY, referral),
        (meeting, NO_SHOW, MID, cold),
        (visit, CANCELLED, MID, cold),
        (meeting, PLANNED, MID, referral),  # made (any status), not held
        (meeting, DONE, BEFORE, cold),
        (visit, DONE, AFTER, cold),  # outside
        (proposal, DONE, MID, referral),
        (proposal, PLANNED, MID, referral),
        (call, DONE, MID, cold),  # not an appointment
    ]:
        add_activity(session, who, kind, status, at)


# -- random stage histories ---------------------------------------------------------------
BASE = datetime(2026, 2, 20)
hours = st.integers(min_value=0, max_value=24 * 50)


def as_valid_history(steps: list[tuple[Stage, int]]) -> list[tuple[Stage, datetime]]:
    """Time-ordered moves, no repeated stage, nothing after lost: what the store accepts."""
    history: list[tuple[Stage, datetime]] = []
    for stage, hour in sorted(steps, key=lambda step: step[1]):
        if history and (history[-1][0] is L or history[-1][0] is stage):
            continue
        history.append((stage, BASE + timedelta(hours=hour)))
    return history


histories = st.lists(st.tuples(st.sampled_from(list(Stage)), hours), min_size=1, max_size=6).map(
    as_valid_history
)


#: The charts' words as a test reads them: plain names, "Q" for the qualification ratio.
CHART_WORDS = ChartWords(
    counts={name: name.title() for name in FunnelCounts().as_dict()},
    ratios={"qualification": "Q", "appointment": "A", "proposal": "P", "closing": "C"},
    kinds={kind: kind.value for kind in ActivityKind},
    percent=lambda value: "—" if value is None else f"{value:.0%}",
    week=lambda monday: f"{monday:%d %b}",
    empty="Nothing in this period yet",
)
