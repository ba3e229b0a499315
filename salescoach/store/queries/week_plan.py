"""The week's plan from the database: who the lessons point at, in their order, scheduled
around what is already planned; and applying it, in one transaction.

The candidates come from the coach's own snapshot (the same signals the tips read), most
important first: promises overdue with customers and late deals (`loyalty-is-earned`),
customers silent past the threshold (`customers-for-granted`), referrers not contacted
lately (`rally-the-base`), wins with nothing since (`retention`), late deals left untouched
(`know-your-customers`), then open early files up to the week's calls target, the rep's best
converting channel first (`social-selling`). Anyone with a follow-up already planned is left
out: the plan adds to the week, it does not repeat it.
"""

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salescoach.core.coach.settings import CoachSettings
from salescoach.core.coach.snapshot import Snapshot
from salescoach.core.domain import ActivityKind, ActivityStatus, Source, Stage
from salescoach.core.records import ActivityFields
from salescoach.core.targets import week_goal_of
from salescoach.core.week_plan import (
    Candidate,
    Capacity,
    PlanItem,
    Planned,
    WeekPlan,
    schedule,
    town_of,
    week_days,
)
from salescoach.store.models import Account, Activity, Contact, Opportunity
from salescoach.store.preferences import coach_settings, targets, working_week
from salescoach.store.queries.coach_snapshot import coach_snapshot
from salescoach.store.queries.funnel import midnight, week_start
from salescoach.store.records.activities import reschedule, save_activity

LATE = (Stage.APPROACH, Stage.NEGOTIATION)
EARLY = (Stage.SUSPECT, Stage.PROSPECT)


def plan_week(session: Session, now: datetime, first: date | None = None) -> WeekPlan:
    """The plan for the seven days from `first` (by default this week, or the next one
    when no working day is left in it), nothing before `now`."""
    week = working_week(session)
    first = first or _default_first(now.date(), week)
    last = first + timedelta(days=6)
    settings = coach_settings(session)
    snapshot = coach_snapshot(session, now.date(), settings)
    # the week's goal from the snapshot's own counts over the coach's period (as Today's)
    done_calls = sum(channel.calls for channel in snapshot.channels.values())
    goal = week_goal_of(targets(session), snapshot.current, done_calls).as_dict()
    candidates = _candidates(session, snapshot, settings, now, goal.get("calls"))
    busy = _busy(session, first, last, week)
    items = schedule(candidates, first, busy, week, now)
    return WeekPlan(first, last, goal, tuple(items))


def apply_plan(session: Session, items: Iterable[PlanItem]) -> int:
    """Plan each item (an overdue follow-up is moved instead); returns how many."""
    count = 0
    for item in items:
        candidate = item.candidate
        if candidate.follow_up_id is not None:
            reschedule(session, candidate.follow_up_id, item.at)
        else:
            save_activity(
                session,
                ActivityFields(
                    item.kind,
                    ActivityStatus.PLANNED,
                    item.at,
                    candidate.contact_id,
                    candidate.opportunity_id,
                    lesson=candidate.lesson,
                ),
            )
        count += 1
    return count


def spread(
    session: Session, contacts: Sequence[int], kind: ActivityKind, start: datetime
) -> list[tuple[int, datetime]]:
    """A follow-up of `kind` for each contact from `start` on, spread by the week's
    scheduler (a tip's Plan follow-ups for 39 customers): around the diary, within the
    working day's capacity, never two at one minute; what a week cannot hold goes to the
    next (within twelve weeks, then at `start`)."""
    week = working_week(session)
    pending = [Candidate(c, "", "", kind, "prospects") for c in contacts]
    placed: list[tuple[int, datetime]] = []
    first = week_start(start.date())
    for _week in range(12):
        if not pending:
            break
        diary = _busy(session, first, first + timedelta(days=6), week) + [
            Planned(at, at + timedelta(minutes=week.minutes(kind)), kind) for _c, at in placed
        ]
        items = schedule(pending, first, diary, week, start - timedelta(minutes=1))
        placed += [(item.candidate.contact_id, item.at) for item in items]
        done = {item.candidate.contact_id for item in items}
        pending = [c for c in pending if c.contact_id not in done]
        first += timedelta(days=7)
    return placed + [(c.contact_id, start) for c in pending]


def _default_first(today: date, week: Capacity) -> date:
    monday = week_start(today)
    return monday if week_days(monday, week, today) else monday + timedelta(days=7)


def _busy(session: Session, first: date, last: date, week: Capacity) -> list[Planned]:
    """What is already planned in the week."""
    rows = session.execute(
        select(Activity.at, Activity.kind).where(
            Activity.status == ActivityStatus.PLANNED,
            Activity.at >= midnight(first),
            Activity.at < midnight(last + timedelta(days=1)),
        )
    )
    return [Planned(at, at + timedelta(minutes=week.minutes(kind)), kind) for at, kind in rows]


def _candidates(
    session: Session,
    snapshot: Snapshot,
    settings: CoachSettings,
    now: datetime,
    calls_target: int | None,
) -> list[Candidate]:
    found: list[Candidate] = []
    facts: tuple[tuple[str, object], ...]
    seen: set[int] = set(snapshot.in_hand)  # a follow-up already planned: not again

    def add(candidate: Candidate) -> None:
        if candidate.contact_id not in seen:
            seen.add(candidate.contact_id)
            found.append(candidate)

    overdue = _overdue_follow_ups(session, [c.id for c in snapshot.overdue.contacts], now)
    for ref in snapshot.overdue.contacts:
        if ref.id in overdue:
            follow_up, kind, deal = overdue[ref.id]
            facts = (("kind", kind.value), ("days", ref.days))
            add(
                Candidate(
                    ref.id,
                    ref.name,
                    "loyalty-is-earned",
                    kind,
                    "loyalty-is-earned",
                    facts,
                    deal,
                    follow_up_id=follow_up,
                )
            )
    known = sorted(snapshot.known_contacts, key=lambda k: -k.silent_days)
    for customer in known:
        if customer.is_customer and customer.silent_days >= settings.customer_silence_days:
            facts = (("days", customer.silent_days), ("threshold", settings.customer_silence_days))
            add(
                Candidate(
                    customer.id,
                    customer.name,
                    "customers-for-granted",
                    ActivityKind.VISIT,
                    "customers-for-granted",
                    facts,
                )
            )
    for referrer in known:
        if referrer.referrals and referrer.silent_days >= settings.referrer_silence_days:
            facts = (("referrals", referrer.referrals), ("days", referrer.silent_days))
            add(
                Candidate(
                    referrer.id,
                    referrer.name,
                    "rally-the-base",
                    ActivityKind.CALL,
                    "rally-the-base",
                    facts,
                )
            )
    for ref in snapshot.won_without_follow_up.contacts:
        add(
            Candidate(
                ref.id, ref.name, "retention", ActivityKind.CALL, "retention", (("days", ref.days),)
            )
        )
    late = _open_deals(session, [r.id for r in snapshot.untouched_late.contacts], LATE)
    for ref in snapshot.untouched_late.contacts:
        late_deal = late.get(ref.id)
        facts = (("deal", late_deal[1] if late_deal else ""), ("days", ref.days))
        add(
            Candidate(
                ref.id,
                ref.name,
                "know-your-customers",
                ActivityKind.CALL,
                "know-your-customers",
                facts,
                late_deal[0] if late_deal else None,
            )
        )
    desk = sum(c.kind is not ActivityKind.VISIT for c in found)
    wanted = max(0, (calls_target or 0) - desk)
    for candidate in _early_files(session, snapshot, seen, wanted):
        add(candidate)
    places = _places(session, [c.contact_id for c in found if c.kind is ActivityKind.VISIT])
    return [replace(c, town=places.get(c.contact_id, "")) for c in found]


def _places(session: Session, contacts: Sequence[int]) -> dict[int, str]:
    """The town of each contact visited, from the account's city or the address."""
    found: dict[int, str] = {}
    for start in range(0, len(contacts), 500):
        rows = session.execute(
            select(Contact.id, Contact.address, func.coalesce(Account.city, ""))
            .outerjoin(Account, Account.id == Contact.account_id)
            .where(Contact.id.in_(contacts[start : start + 500]))
        )
        found.update({c: town_of(address or "", city) for c, address, city in rows})
    return found


def _overdue_follow_ups(
    session: Session, contacts: Sequence[int], now: datetime
) -> dict[int, tuple[int, ActivityKind, int | None]]:
    """Each contact's oldest overdue follow-up: (id, kind, deal)."""
    if not contacts:
        return {}
    rows = session.execute(
        select(Activity.contact_id, Activity.id, Activity.kind, Activity.opportunity_id)
        .where(
            Activity.status == ActivityStatus.PLANNED,
            Activity.at < midnight(now.date()),
            Activity.contact_id.in_(contacts),
        )
        .order_by(Activity.at.desc(), Activity.id.desc())
    )
    return {contact: (activity, kind, deal) for contact, activity, kind, deal in rows}


def _open_deals(
    session: Session, contacts: Sequence[int], stages: Sequence[Stage]
) -> dict[int, tuple[int, str]]:
    """A deal of each contact at one of `stages`: (id, title), the oldest kept."""
    if not contacts:
        return {}
    rows = session.execute(
        select(Opportunity.contact_id, Opportunity.id, Opportunity.title)
        .where(Opportunity.contact_id.in_(contacts), Opportunity.stage.in_(stages))
        .order_by(Opportunity.id.desc())
    )
    return {contact: (deal, title) for contact, deal, title in rows}


def _early_files(
    session: Session, snapshot: Snapshot, excluded: set[int], wanted: int
) -> list[Candidate]:
    """Open suspects and prospects up to `wanted` calls, the best converting channel first,
    then the oldest file (the longest in the funnel's first stages)."""
    if wanted <= 0:
        return []
    rates = {
        source: channel.appointments / channel.calls
        for source, channel in snapshot.channels.items()
        if channel.calls
    }
    best = max(rates, key=lambda source: rates[source], default=None)
    order = sorted(Source, key=lambda source: -rates.get(source, 0.0))
    found: list[Candidate] = []
    taken: set[int] = set()
    facts: tuple[tuple[str, object], ...]
    for source in order:  # channel by channel, until the calls target is met
        rows = session.execute(
            select(Contact.id, Contact.name, Opportunity.id)
            .join(Opportunity, Opportunity.contact_id == Contact.id)
            .where(Opportunity.stage.in_(EARLY), Contact.source == source)
            .order_by(Opportunity.id)
            .limit(wanted + len(excluded))
        )
        for contact, name, deal in rows:
            if len(found) >= wanted:
                return found
            if contact in excluded or contact in taken:
                continue
            taken.add(contact)
            if source is best:
                reason, facts = "social-selling", (("rate", rates[source]),)
            else:
                reason, facts = "prospects", ()
            found.append(
                Candidate(contact, name, "social-selling", ActivityKind.CALL, reason, facts, deal)
            )
    return found
