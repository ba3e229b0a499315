"""The coach's snapshot of the rep's data: aggregates per contact, per file and per window.

Every query groups in SQL; what comes back is one row per customer, file or follow-up
concerned, never the activity history itself. Thresholds come from `CoachSettings`.
"""

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, delete, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from salescoach.core.coach.engine import Coaching, Dismissal, coach_with_set_aside
from salescoach.core.coach.settings import CoachSettings
from salescoach.core.coach.snapshot import (
    MAX_CONTACTS,
    Channel,
    ContactRef,
    Group,
    KnownContact,
    Overdue,
    Snapshot,
)
from salescoach.core.coach.tips import Tip
from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus, Source, Stage
from salescoach.core.funnel import Period
from salescoach.core.stages import stages_from
from salescoach.store.models import (
    Activity,
    Contact,
    FirstReached,
    Opportunity,
    StageEvent,
    TipDismissal,
    heard,
)
from salescoach.store.preferences import coach_settings
from salescoach.store.queries.funnel import count_if, funnel_counts, inside, midnight
from salescoach.store.queries.second_connection import beside
from salescoach.store.statements import AnySelect

PERSONAL = (ActivityKind.CALL, ActivityKind.VISIT)
EARLY = (Stage.SUSPECT, Stage.PROSPECT)
LATE = (Stage.APPROACH, Stage.NEGOTIATION)


def _days(today: date, moment: datetime | None) -> int:
    return (today - moment.date()).days if moment is not None else 0


def coach_snapshot(session: Session, today: date, settings: CoachSettings) -> Snapshot:
    """The figures the rules read; the funnel over the coach's period (`settings.period`)
    against the period of equal length before it."""
    period = settings.period(today)
    late_files = beside(  # the two questions about files, on the other core
        session,
        lambda other: (
            _untouched_late(other, today, settings),
            _won_without_follow_up(other, today, settings),
        ),
    )
    stale, stale_files = _stale_early_effort(session, today, settings)
    current, previous = funnel_counts(session, period), funnel_counts(session, period.previous())
    basics = _basics(session, today, settings.basics_weeks)
    known, overdue = _known_contacts(session, today), _overdue(session, today)
    proposals, channels = _proposals(session, period), _channels(session, period)
    untouched, forgotten = late_files()
    return Snapshot(
        today=today,
        current=current,
        previous=previous,
        **basics,
        known_contacts=known,
        overdue=overdue,
        **proposals,
        stale_early_effort=stale,
        stale_early_files=stale_files,
        untouched_late=untouched,
        channels=channels,
        won_without_follow_up=forgotten,
        in_hand=_in_hand(session, today),
    )


def _in_hand(session: Session, today: date) -> frozenset[int]:
    """Contacts with a follow-up planned from today on (an overdue one is a promise not
    kept, not work in hand).

    Read from the (status, time) range of the covering index, the duplicates dropped here:
    asked for DISTINCT contacts, SQLite may walk the (contact, status, time) index once per
    contact instead, 28 ms on the 1M bench for a range that held no row."""
    return frozenset(
        session.scalars(
            select(Activity.contact_id).where(
                Activity.status == ActivityStatus.PLANNED, Activity.at >= midnight(today)
            )
        )
    )


def _basics(session: Session, today: date, weeks: int) -> dict[str, Any]:
    """Done calls and visits in the last 7 days and in each 7-day window before."""
    windows = [Period.ending(today - timedelta(days=7 * n), 7) for n in range(weeks + 1)]
    row = session.execute(
        select(*(count_if(inside(Activity.at, week)) for week in windows)).where(
            Activity.status == ActivityStatus.DONE,
            Activity.kind.in_(PERSONAL),
            Activity.at >= windows[-1].start,
        )
    ).one()
    return {"basics_this_week": row[0], "basics_weeks_before": tuple(row[1:])}


def _known_contacts(session: Session, today: date) -> tuple[KnownContact, ...]:
    """Customers and anyone who referred others, with the days since their last done activity.

    The last done activity is looked up per known contact through the (contact, time) index,
    newest first: a few index reads each, however long the history."""
    referrer = aliased(Contact)
    referrals = (
        select(referrer.referred_by_id.label("id"), func.count().label("n"))
        .where(referrer.referred_by_id.is_not(None))
        .group_by(referrer.referred_by_id)
        .subquery()
    )
    last_done = (
        select(func.max(Activity.at))
        .where(
            Activity.contact_id == Contact.id,
            Activity.status == ActivityStatus.DONE,
            Activity.at < midnight(today + timedelta(1)),
        )
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Contact.id,
            Contact.name,
            Contact.is_customer,
            func.coalesce(referrals.c.n, 0),
            func.coalesce(last_done, Contact.created_at),
        )
        .outerjoin(referrals, referrals.c.id == Contact.id)
        .where(or_(Contact.is_customer, referrals.c.n > 0))
        .order_by(Contact.sort_key, Contact.id)
    )
    return tuple(
        KnownContact(id, name, bool(customer), count, max(_days(today, since), 0))
        for id, name, customer, count, since in rows
    )


def _overdue(session: Session, today: date) -> Overdue:
    """Planned activities due before today: how many, how many weigh double, the oldest, and
    the contacts concerned, the longest overdue first.

    Counted on the (status, time, contact) index alone; those that weigh double are counted
    from the customers and the late files, the smaller side; the contacts are the first met
    walking the index from the oldest."""
    late = and_(Activity.status == ActivityStatus.PLANNED, Activity.at < midnight(today))
    count, oldest = session.execute(select(func.count(), func.min(Activity.at)).where(late)).one()
    on_customer = (  # one (contact, status, time) index read per customer
        select(func.count()).where(Activity.contact_id == Contact.id, late).scalar_subquery()
    )
    customers = session.scalar(select(func.sum(on_customer)).where(Contact.is_customer))
    on_late_file = (  # one (file, status, time) index read per file in negotiation or later
        select(func.count())
        .where(
            Activity.opportunity_id == Opportunity.id,
            late,
            Activity.contact_id.not_in(select(Contact.id).where(Contact.is_customer)),
        )
        .scalar_subquery()
    )
    late_files = session.scalar(
        select(func.sum(on_late_file)).where(Opportunity.stage.in_(stages_from(Stage.NEGOTIATION)))
    )
    weighty = (customers or 0) + (late_files or 0)
    return Overdue(count, weighty, _days(today, oldest), _oldest_contacts(session, late, today))


def _oldest_contacts(
    session: Session, late: ColumnElement[bool], today: date
) -> tuple[ContactRef, ...]:
    """The first `MAX_CONTACTS` contacts met among the `late` activities, oldest first."""
    since: dict[int, datetime] = {}
    rows = session.execute(
        select(Activity.contact_id, Activity.at).where(late).order_by(Activity.at),
        execution_options={"yield_per": 2 * MAX_CONTACTS},
    )
    for contact, at in rows:
        since.setdefault(contact, at)
        if len(since) == MAX_CONTACTS:
            break
    rows.close()
    named = session.execute(select(Contact.id, Contact.name).where(Contact.id.in_(since)))
    names = dict(named.all())
    return tuple(ContactRef(id, names[id], _days(today, at)) for id, at in since.items())


def _proposals(session: Session, period: Period) -> dict[str, Any]:
    """Done proposals in the period, and the contacts of those made without listening first:
    no meeting or visit of the same opportunity (or contact, for a proposal without one)
    recorded any need before the proposal, and no follow-up planned for the lesson has been
    done with the contact since (the rep went back to listen: the tip moves on).

    When needs were first heard is one read of the "heard" partial indexes per proposal."""
    in_period = and_(
        Activity.kind == ActivityKind.PROPOSAL,
        Activity.status == ActivityStatus.DONE,
        Activity.at >= period.start,
        Activity.at < period.end,
    )
    proposals = session.scalar(select(func.count()).select_from(Activity).where(in_period)) or 0
    first = case(
        (
            Activity.opportunity_id.is_not(None),
            _first_heard(Activity.opportunity_id, "opportunity_id"),
        ),
        else_=_first_heard(Activity.contact_id, "contact_id"),
    )
    unheard = func.coalesce(first > Activity.at, True)  # never heard, or only after
    # ... unless the rep went back to listen since, as the lesson asked (its follow-up
    # done): the lesson's few done follow-ups, read once from the lesson's index, rather
    # than each proposal's contact's whole history after it
    listening = aliased(Activity)
    done_at = case((listening.status == ActivityStatus.DONE, listening.at))  # not in the
    listened = (  # WHERE: there, it would tempt SQLite to walk every done activity instead
        select(listening.contact_id.label("contact_id"), func.max(done_at).label("last"))
        .where(listening.lesson == "listen-and-respond")
        .group_by(listening.contact_id)
        .subquery()
    )
    rows = session.execute(
        select(Contact.id, Contact.name, func.count())
        .select_from(Activity)
        .join(Contact, Contact.id == Activity.contact_id)
        .outerjoin(listened, listened.c.contact_id == Activity.contact_id)
        .where(in_period, unheard, or_(listened.c.last.is_(None), listened.c.last <= Activity.at))
        .group_by(Contact.id, Contact.name)
        .order_by(Contact.sort_key, Contact.id)
    )
    return {
        "proposals": proposals,
        "proposals_without_needs": tuple(ContactRef(id, name, count) for id, name, count in rows),
    }


def _first_heard(owner: Any, column: str) -> Any:
    """When needs were first recorded at a done meeting or visit of `owner` (a contact or an
    opportunity id), by the column `column` of the meetings: one read of the partial index
    kept for that column."""
    meeting = aliased(Activity)
    return (
        select(func.min(meeting.at))
        .where(
            getattr(meeting, column) == owner,
            meeting.status == ActivityStatus.DONE,
            *heard(meeting),
        )
        .scalar_subquery()
    )


def _last_move(opportunity: Any) -> Any:
    """When the opportunity last moved: read from its (opportunity, time) index."""
    return (
        select(func.max(StageEvent.at))
        .where(StageEvent.opportunity_id == opportunity)
        .scalar_subquery()
    )


def _stale_early_effort(session: Session, today: date, settings: CoachSettings) -> tuple[int, int]:
    """Done activities in the effort window on suspect/prospect files that have not moved for
    `stale_early_days`, and on how many such files: from the window's activities, each
    file's last move read from its index."""
    effort_start = midnight(today - timedelta(days=settings.effort_days - 1))
    activities, files = session.execute(
        select(func.count(Activity.id), func.count(func.distinct(Activity.opportunity_id)))
        .join(Opportunity, Opportunity.id == Activity.opportunity_id)
        .where(
            Activity.status == ActivityStatus.DONE,
            Activity.at >= effort_start,
            Activity.at < midnight(today + timedelta(1)),
            Opportunity.stage.in_(EARLY),
            _last_move(Opportunity.id)
            < midnight(today - timedelta(days=settings.stale_early_days - 1)),
        )
    ).one()
    return activities, files


def _untouched_late(session: Session, today: date, settings: CoachSettings) -> Group:
    """Files in approach or negotiation with no activity (and no move) for a while: only
    those files are looked at, their last activity and move each read once from an index."""
    files = (
        select(
            Opportunity.id,
            _last_move(Opportunity.id).label("moved"),
            # the time limit inside the max: a range on the time would tempt SQLite to walk
            # the whole (time) index backwards instead of reading the file's few activities
            select(func.max(case((Activity.at < midnight(today + timedelta(1)), Activity.at))))
            .where(Activity.opportunity_id == Opportunity.id)
            .scalar_subquery()
            .label("touched"),
        )
        .where(Opportunity.stage.in_(LATE))
        .cte("late_files")
        .prefix_with("MATERIALIZED")  # each file's two reads once, not once per use
    )
    latest = case((files.c.touched > files.c.moved, files.c.touched), else_=files.c.moved)
    cutoff = midnight(today - timedelta(days=settings.untouched_late_days - 1))
    return _group(session, select(files.c.id, latest).where(latest < cutoff), today)


def _group(session: Session, files: AnySelect, today: date) -> Group:
    """Count the (opportunity id, since) rows of `files` and name the contacts of the oldest
    few, in one pass: only those few are looked up."""
    rows = files.subquery()
    oldest = (
        select(rows.c[0].label("id"), rows.c[1].label("since"), func.count().over().label("n"))
        .order_by(rows.c[1])
        .limit(MAX_CONTACTS)
        .subquery()
    )
    first = session.execute(
        select(Contact.id, Contact.name, oldest.c.since, oldest.c.n)
        .select_from(oldest)
        .join(Opportunity, Opportunity.id == oldest.c.id)
        .join(Contact, Contact.id == Opportunity.contact_id)
        .order_by(oldest.c.since)
    ).all()
    count = first[0][3] if first else 0
    return Group(count, tuple(ContactRef(id, name, _days(today, at)) for id, name, at, _ in first))


def _channels(session: Session, period: Period) -> dict[Source, Channel]:
    """Per contact source: done calls, and appointments made (any status), in the period.

    Each count reads its own range of the (kind, status, time) index: every status is named,
    so the index serves all three columns."""

    def per_source(kinds: tuple[ActivityKind, ...], statuses: tuple[ActivityStatus, ...]) -> Any:
        return session.execute(
            select(Contact.source, func.count())
            .select_from(Activity)
            .join(Contact, Contact.id == Activity.contact_id)
            .where(
                Activity.kind.in_(kinds),
                Activity.status.in_(statuses),
                Activity.at >= period.start,
                Activity.at < period.end,
            )
            .group_by(Contact.source)
        )

    calls = {row[0]: row[1] for row in per_source((ActivityKind.CALL,), (ActivityStatus.DONE,))}
    made = {row[0]: row[1] for row in per_source(APPOINTMENT_KINDS, tuple(ActivityStatus))}
    return {
        Source(source): Channel(calls.get(source, 0), made.get(source, 0))
        for source in {*calls, *made}
    }


def _won_without_follow_up(session: Session, today: date, settings: CoachSettings) -> Group:
    """Won files whose contact has had no activity (other than a cancelled one) since the
    win, for `won_silence_days` or more: the wins are the kept first-reached conclusions."""
    won = FirstReached.at
    followed = exists().where(
        Activity.contact_id == Opportunity.contact_id,
        Activity.at > won,
        # every other status named: the (contact, status, time) index answers alone
        Activity.status.in_([s for s in ActivityStatus if s != ActivityStatus.CANCELLED]),
    )
    since = midnight(today - timedelta(days=settings.won_silence_days - 1))
    forgotten = (
        select(FirstReached.opportunity_id, won)
        .join(Opportunity, Opportunity.id == FirstReached.opportunity_id)
        .where(
            FirstReached.stage == Stage.CONCLUSION,
            won < since,
            Opportunity.stage.in_(stages_from(Stage.CONCLUSION)),
            ~followed,
        )
    )
    return _group(session, forgotten, today)


def dismissals(session: Session) -> dict[str, Dismissal]:
    return {
        row.lesson: Dismissal(row.lesson, row.severity, row.until)
        for row in session.scalars(select(TipDismissal))
    }


def set_aside(session: Session, tip: Tip, until: date | None) -> None:
    """Dismiss (until=None) or snooze a tip at its current severity; it returns if worse."""
    session.merge(TipDismissal(lesson=tip.lesson, severity=tip.severity, until=until))


def bring_back(session: Session, lesson: str) -> None:
    """Show a tip the rep had set aside again."""
    session.execute(delete(TipDismissal).where(TipDismissal.lesson == lesson))


def current_tips(session: Session, today: date, settings: CoachSettings | None = None) -> list[Tip]:
    """The tips to show today, best first, without those the rep set aside."""
    return tips_and_set_aside(session, today, settings).shown


def tips_and_set_aside(
    session: Session,
    today: date,
    settings: CoachSettings | None = None,
) -> Coaching:
    """The tips to show today, those set aside and how many wait, best first; by default
    at the thresholds the rep chose."""
    return coaching_and_snapshot(session, today, settings)[0]


def coaching_and_snapshot(
    session: Session, today: date, settings: CoachSettings | None = None
) -> tuple[Coaching, Snapshot]:
    """`tips_and_set_aside` and the snapshot it read, for a caller that shows its figures too
    (Today's focus reads the same period's counts)."""
    settings = settings or coach_settings(session)
    snapshot = coach_snapshot(session, today, settings)
    return coach_with_set_aside(snapshot, settings, dismissals(session)), snapshot
