"""The coach's snapshot of the rep's data: aggregates per contact, per file and per window.

Every query groups in SQL; what comes back is one row per customer, file or follow-up
concerned, never the activity history itself. Thresholds come from `CoachSettings`.
"""

from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, case, delete, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from salescoach.core.coach.engine import Dismissal, coach_with_set_aside
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
from salescoach.store.funnel import count_if, funnel_counts, inside, midnight
from salescoach.store.models import Activity, Contact, Opportunity, StageEvent, TipDismissal
from salescoach.store.preferences import coach_settings

PERSONAL = (ActivityKind.CALL, ActivityKind.VISIT)
EARLY = (Stage.SUSPECT, Stage.PROSPECT)
LATE = (Stage.APPROACH, Stage.NEGOTIATION)


def _days(today: date, moment: datetime | None) -> int:
    return (today - moment.date()).days if moment is not None else 0


def coach_snapshot(
    session: Session, today: date, settings: CoachSettings, period: Period | None = None
) -> Snapshot:
    """The figures the rules read; the funnel over `period` (by default the settings' days
    ending today) against the period of equal length before it."""
    period = period or Period.ending(today, settings.period_days)
    stale, stale_files = _stale_early_effort(session, today, settings)
    return Snapshot(
        today=today,
        current=funnel_counts(session, period),
        previous=funnel_counts(session, period.previous()),
        **_basics(session, today, settings.basics_weeks),
        known_contacts=_known_contacts(session, today),
        overdue=_overdue(session, today),
        **_proposals(session, period),
        stale_early_effort=stale,
        stale_early_files=stale_files,
        untouched_late=_untouched_late(session, today, settings),
        channels=_channels(session, period),
        won_without_follow_up=_won_without_follow_up(session, today, settings),
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
        .order_by(Contact.name)
    )
    return tuple(
        KnownContact(id, name, bool(customer), count, max(_days(today, since), 0))
        for id, name, customer, count, since in rows
    )


def _overdue(session: Session, today: date) -> Overdue:
    """Planned activities due before today: how many, how many weigh double, the oldest, and
    the contacts concerned, the longest overdue first."""
    weighty = or_(Contact.is_customer, Opportunity.stage.in_(stages_from(Stage.NEGOTIATION)))
    late = and_(Activity.status == ActivityStatus.PLANNED, Activity.at < midnight(today))

    def overdue(statement: Select[Any]) -> Select[Any]:
        return (
            statement.select_from(Activity)
            .join(Contact, Contact.id == Activity.contact_id)
            .outerjoin(Opportunity, Opportunity.id == Activity.opportunity_id)
            .where(late)
        )

    count, heavy, oldest = session.execute(
        overdue(select(func.count(), count_if(weighty), func.min(Activity.at)))
    ).one()
    rows = session.execute(
        overdue(select(Contact.id, Contact.name, func.min(Activity.at).label("since")))
        .group_by(Contact.id, Contact.name)
        .order_by("since")
        .limit(MAX_CONTACTS)
    )
    return Overdue(
        count,
        heavy,
        _days(today, oldest),
        tuple(ContactRef(id, name, _days(today, since)) for id, name, since in rows),
    )


def _proposals(session: Session, period: Period) -> dict[str, Any]:
    """Done proposals in the period, and the contacts of those made without listening first:
    no meeting or visit of the same opportunity (or contact, for a proposal without one)
    recorded any need before the proposal.

    When needs were first heard is read once per file (and per contact) among the files of
    the period's proposals, not once per proposal over the whole history."""
    in_period = and_(
        Activity.kind == ActivityKind.PROPOSAL,
        Activity.status == ActivityStatus.DONE,
        Activity.at >= period.start,
        Activity.at < period.end,
    )
    proposals = session.scalar(select(func.count()).select_from(Activity).where(in_period)) or 0
    made = select(Activity.opportunity_id, Activity.contact_id).where(in_period).subquery()
    meeting = aliased(Activity)
    heard = and_(
        meeting.kind.in_(APPOINTMENT_KINDS),
        meeting.status == ActivityStatus.DONE,
        meeting.needs != "",
    )
    by_file = (
        select(meeting.opportunity_id.label("id"), func.min(meeting.at).label("first"))
        .where(meeting.opportunity_id.in_(select(made.c.opportunity_id)), heard)
        .group_by(meeting.opportunity_id)
        .subquery()
    )
    by_contact = (
        select(meeting.contact_id.label("id"), func.min(meeting.at).label("first"))
        .where(meeting.contact_id.in_(select(made.c.contact_id)), heard)
        .group_by(meeting.contact_id)
        .subquery()
    )
    first = case((Activity.opportunity_id.is_not(None), by_file.c.first), else_=by_contact.c.first)
    rows = session.execute(
        select(Contact.id, Contact.name, func.count())
        .select_from(Activity)
        .join(Contact, Contact.id == Activity.contact_id)
        .outerjoin(by_file, by_file.c.id == Activity.opportunity_id)
        .outerjoin(by_contact, by_contact.c.id == Activity.contact_id)
        .where(in_period, or_(first.is_(None), first > Activity.at))
        .group_by(Contact.id, Contact.name)
        .order_by(Contact.name)
    )
    return {
        "proposals": proposals,
        "proposals_without_needs": tuple(ContactRef(id, name, count) for id, name, count in rows),
    }


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


def _untouched_late(
    session: Session, today: date, settings: CoachSettings
) -> tuple[ContactRef, ...]:
    """Files in approach or negotiation with no activity (and no move) for a while: only
    those files are looked at, their last activity and move read from indexes."""
    moved = _last_move(Opportunity.id)
    touched = (
        select(func.max(Activity.at))
        .where(
            Activity.opportunity_id == Opportunity.id,
            Activity.at < midnight(today + timedelta(1)),
        )
        .scalar_subquery()
    )
    latest = case((touched > moved, touched), else_=moved)  # NULL touched: the move
    waiting = (
        select(Contact.id, Contact.name, latest.label("latest"))
        .select_from(Opportunity)
        .join(Contact, Contact.id == Opportunity.contact_id)
        .where(
            Opportunity.stage.in_(LATE),
            latest < midnight(today - timedelta(days=settings.untouched_late_days - 1)),
        )
    )
    return _group(session, waiting, today)


def _group(session: Session, statement: Select[Any], today: date) -> Group:
    """Count the (contact id, name, since) rows of `statement`; keep the oldest few."""
    rows = statement.subquery()
    count = session.scalar(select(func.count()).select_from(rows)) or 0
    first = session.execute(select(rows).order_by(rows.c[2]).limit(MAX_CONTACTS))
    return Group(count, tuple(ContactRef(id, name, _days(today, at)) for id, name, at in first))


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
    win, for `won_silence_days` or more."""
    won = (
        select(StageEvent.opportunity_id.label("id"), func.min(StageEvent.at).label("at"))
        .where(StageEvent.stage.in_(stages_from(Stage.CONCLUSION)))
        .group_by(StageEvent.opportunity_id)
        .subquery()
    )
    followed = exists().where(
        Activity.contact_id == Opportunity.contact_id,
        Activity.at > won.c.at,
        Activity.status != ActivityStatus.CANCELLED,
    )
    since = midnight(today - timedelta(days=settings.won_silence_days - 1))
    forgotten = (
        select(Contact.id, Contact.name, won.c.at)
        .select_from(Opportunity)
        .join(won, won.c.id == Opportunity.id)
        .join(Contact, Contact.id == Opportunity.contact_id)
        .where(Opportunity.stage.in_(stages_from(Stage.CONCLUSION)), won.c.at < since, ~followed)
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
    return tips_and_set_aside(session, today, settings)[0]


def tips_and_set_aside(
    session: Session,
    today: date,
    settings: CoachSettings | None = None,
    period: Period | None = None,
) -> tuple[list[Tip], list[Tip]]:
    """The tips to show today and those set aside, best first; by default at the thresholds
    the rep chose."""
    settings = settings or coach_settings(session)
    snapshot = coach_snapshot(session, today, settings, period)
    return coach_with_set_aside(snapshot, settings, dismissals(session))
