"""One small rule per lesson: a snapshot in, zero or one tip out.

A rule says nothing rather than something wrong: no data, an undefined ratio, a base too
small to mean anything, or a fall the luck of small numbers explains gives no tip.
"""

from collections.abc import Callable
from math import sqrt
from statistics import mean

from salescoach.core.coach.settings import CoachSettings
from salescoach.core.coach.snapshot import MAX_CONTACTS, ContactRef, Snapshot
from salescoach.core.coach.tips import Action, ActionKind, Evidence, Shown, Tip
from salescoach.core.domain import ActivityKind, Source
from salescoach.core.funnel import RATIO_DEFINITIONS, ratios_of, weakest_link

Rule = Callable[[Snapshot, CoachSettings], Tip | None]

WARM_SOURCES = (Source.REFERRAL, Source.SOCIAL, Source.INBOUND)


def _ids(contacts: tuple[ContactRef, ...] | list[ContactRef]) -> tuple[int, ...]:
    """The contacts' ids, once each, at most MAX_CONTACTS: a day's work, not a mailing list."""
    return tuple(dict.fromkeys(contact.id for contact in contacts))[:MAX_CONTACTS]


def _longest_first(contacts: list[ContactRef]) -> tuple[int, ...]:
    return _ids(sorted(contacts, key=lambda contact: -contact.days))


def _reach_out(contacts: tuple[int, ...]) -> tuple[Action, ...]:
    return (
        Action(ActionKind.OPEN_CONTACTS, contacts),
        Action(ActionKind.PLAN_FOLLOW_UPS, contacts),
    )


def rally_the_base(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
    silent = [
        ContactRef(c.id, c.name, c.silent_days)
        for c in snapshot.known_contacts
        if c.referrals and c.silent_days >= settings.referrer_silence_days
    ]
    if not silent:
        return None
    silent_ids = {c.id for c in silent}
    referrals = sum(c.referrals for c in snapshot.known_contacts if c.id in silent_ids)
    return Tip(
        "rally-the-base",
        priority=60 + min(len(silent), 10) * 2,
        severity=len(silent),
        evidence=(
            Evidence("referrers", len(silent)),
            Evidence("referrals", referrals),
            Evidence("days", settings.referrer_silence_days, Shown.DAYS),
        ),
        actions=_reach_out(_longest_first(silent)),
    )


def back_to_basics(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
    before = snapshot.basics_weeks_before[: settings.basics_weeks]
    if len(before) < settings.basics_weeks:
        return None  # not enough history to know the rep's habit
    average = mean(before)
    if average < settings.basics_min_average:
        return None
    if snapshot.basics_this_week > average * settings.basics_share:
        return None
    return Tip(
        "back-to-basics",
        priority=55 + round(20 * (1 - snapshot.basics_this_week / average)),
        severity=average - snapshot.basics_this_week,
        evidence=(
            Evidence("this_week", snapshot.basics_this_week),
            Evidence("average", round(average, 1), Shown.NUMBER),
            Evidence("weeks", settings.basics_weeks),
        ),
        actions=(
            Action(ActionKind.LOG_ACTIVITY, activity=ActivityKind.CALL.value),
            Action(ActionKind.OPEN_FOLLOW_UPS),
        ),
    )


def know_your_customers(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
    if snapshot.stale_early_effort < settings.min_stale_effort or not snapshot.untouched_late:
        return None
    late = _ids(snapshot.untouched_late.contacts)
    return Tip(
        "know-your-customers",
        priority=50 + min(snapshot.untouched_late.count, 10) * 2,
        severity=snapshot.untouched_late.count,
        evidence=(
            Evidence("early_effort", snapshot.stale_early_effort),
            Evidence("early_files", snapshot.stale_early_files),
            Evidence("late_untouched", snapshot.untouched_late.count),
            Evidence("days", settings.untouched_late_days, Shown.DAYS),
        ),
        actions=_reach_out(late),
    )


def customers_for_granted(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
    silent = [
        ContactRef(c.id, c.name, c.silent_days)
        for c in snapshot.known_contacts
        if c.is_customer and c.silent_days > settings.customer_silence_days
    ]
    if not silent:
        return None
    customers = sum(1 for c in snapshot.known_contacts if c.is_customer)
    return Tip(
        "customers-for-granted",
        priority=65 + min(len(silent), 10) * 2,
        severity=len(silent),
        evidence=(
            Evidence("silent", len(silent)),
            Evidence("customers", customers),
            Evidence("days", settings.customer_silence_days, Shown.DAYS),
            Evidence("longest", max(c.days for c in silent), Shown.DAYS),
        ),
        actions=_reach_out(_longest_first(silent)),
    )


def listen_and_respond(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
    unheard = snapshot.proposals_without_needs
    if not unheard or not snapshot.proposals:
        return None
    return Tip(
        "listen-and-respond",
        priority=55 + round(20 * len(unheard) / snapshot.proposals),
        severity=len(unheard),
        evidence=(
            Evidence("without_needs", len(unheard)),
            Evidence("proposals", snapshot.proposals),
        ),
        actions=(
            Action(ActionKind.OPEN_CONTACTS, _ids(unheard)),
            Action(ActionKind.LOG_ACTIVITY, activity=ActivityKind.MEETING.value),
            # a meeting to listen, planned for the lesson: once done, the proposal is heard
            Action(ActionKind.PLAN_FOLLOW_UPS, _ids(unheard), activity=ActivityKind.MEETING.value),
        ),
    )


def loyalty_is_earned(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
    overdue = snapshot.overdue
    weight = overdue.count + overdue.weighty  # a promise to a customer or a late deal: double
    if weight < settings.min_overdue_weight:
        return None
    return Tip(
        "loyalty-is-earned",
        priority=60 + min(weight, 20),
        severity=weight,
        evidence=(
            Evidence("overdue", overdue.count),
            Evidence("weighty", overdue.weighty),
            Evidence("oldest", overdue.oldest_days, Shown.DAYS),
        ),
        actions=(
            Action(ActionKind.OPEN_FOLLOW_UPS),
            Action(ActionKind.OPEN_CONTACTS, _ids(overdue.contacts)),
        ),
    )


def social_selling(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
    cold = snapshot.channels.get(Source.COLD_CALL)
    if cold is None or cold.calls < settings.min_cold_calls:
        return None
    warm_calls = sum(snapshot.channels[s].calls for s in WARM_SOURCES if s in snapshot.channels)
    warm_appointments = sum(
        snapshot.channels[s].appointments for s in WARM_SOURCES if s in snapshot.channels
    )
    if not warm_calls:
        return None  # nothing to compare with
    cold_rate = cold.appointments / cold.calls
    warm_rate = warm_appointments / warm_calls
    if (
        cold_rate > settings.cold_rate_max
        or warm_rate < max(cold_rate, 0.01) * settings.warm_factor
    ):
        return None
    return Tip(
        "social-selling",
        priority=50 + round(20 * (warm_rate - cold_rate)),
        severity=warm_rate - cold_rate,
        evidence=(
            Evidence("cold_calls", cold.calls),
            Evidence("cold_appointments", cold.appointments),
            Evidence("cold_rate", cold_rate, Shown.PERCENT),
            Evidence("warm_rate", warm_rate, Shown.PERCENT),
        ),
        actions=(Action(ActionKind.LOG_ACTIVITY, activity=ActivityKind.SOCIAL.value),),
    )


#: How far (in standard errors) a ratio must fall to be more than chance: one-sided, 90%.
BEYOND_CHANCE = 1.28


def beyond_chance(
    before_hits: int, before_items: int, hits: int, items: int, drop: float = 0.0
) -> bool:
    """Whether `hits` of `items` is below `before_hits` of `before_items` lowered by `drop`
    (a share) by more than the luck of small numbers: 15 of 15 then 12 of 16 is luck, 20
    of 28 then 2 of 13 is not. A one-sided two-proportion test with continuity correction;
    a flow ratio above 1 (items crossing the period's edge) counts as 1."""
    if not before_items or not items:
        return False
    before = min(before_hits, before_items) / before_items
    now = min(hits, items) / items
    pooled = (min(before_hits, before_items) + min(hits, items)) / (before_items + items)
    spread = sqrt(pooled * (1 - pooled) * (1 / before_items + 1 / items))
    margin = (before * (1 - drop) - now) - (1 / before_items + 1 / items) / 2
    if spread == 0:
        return margin > 0
    return margin / spread >= BEYOND_CHANCE


def _ratio_rule(lesson: str, ratio: str, actions: tuple[Action, ...]) -> Rule:
    _name, numerator, denominator = next(d for d in RATIO_DEFINITIONS if d[0] == ratio)

    def rule(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
        now, before = snapshot.current.as_dict(), snapshot.previous.as_dict()
        if now[denominator] < settings.min_ratio_base:
            return None
        current = getattr(ratios_of(snapshot.current), ratio)
        previous = getattr(ratios_of(snapshot.previous), ratio)
        assert current is not None  # the denominator is at least min_ratio_base
        fell = (
            before[denominator] >= settings.min_ratio_base
            and previous is not None
            and previous > 0
            and (previous - current) / previous >= settings.ratio_drop
            and beyond_chance(
                before[numerator],
                before[denominator],
                now[numerator],
                now[denominator],
                settings.ratio_drop,
            )
        )
        weakest = weakest_link(ratios_of(snapshot.current)) == ratio
        if not (fell or weakest):
            return None
        drop = (previous - current) / previous if fell and previous else 0.0
        evidence = [
            Evidence("ratio", current, Shown.PERCENT),
            Evidence("numerator", now[numerator]),
            Evidence("denominator", now[denominator]),
        ]
        if previous is not None:
            evidence.append(Evidence("previous", previous, Shown.PERCENT))
        return Tip(
            lesson,
            priority=(70 if fell else 45) + round(20 * drop),
            severity=1 - current if not fell else drop,
            evidence=tuple(evidence),
            actions=(Action(ActionKind.SHOW_RATIO, ratio=ratio), *actions),
        )

    rule.__name__ = lesson.replace("-", "_")
    return rule


def retention(snapshot: Snapshot, settings: CoachSettings) -> Tip | None:
    forgotten = snapshot.won_without_follow_up
    if not forgotten:
        return None
    never_referred = sum(1 for c in snapshot.known_contacts if c.is_customer and not c.referrals)
    return Tip(
        "retention",
        priority=55 + min(forgotten.count, 10) * 2,
        severity=forgotten.count,
        evidence=(
            Evidence("won_silent", forgotten.count),
            Evidence("days", settings.won_silence_days, Shown.DAYS),
            Evidence("never_referred", never_referred),
        ),
        actions=_reach_out(_ids(forgotten.contacts)),
    )


RULES: dict[str, Rule] = {
    "rally-the-base": rally_the_base,
    "back-to-basics": back_to_basics,
    "know-your-customers": know_your_customers,
    "customers-for-granted": customers_for_granted,
    "listen-and-respond": listen_and_respond,
    "loyalty-is-earned": loyalty_is_earned,
    "social-selling": social_selling,
    "qualification-rate": _ratio_rule(
        "qualification-rate", "qualification", (Action(ActionKind.LOG_ACTIVITY, activity="call"),)
    ),
    "appointment-rate": _ratio_rule(
        "appointment-rate", "appointment", (Action(ActionKind.OPEN_FOLLOW_UPS),)
    ),
    "proposal-rate": _ratio_rule(
        "proposal-rate", "proposal", (Action(ActionKind.LOG_ACTIVITY, activity="meeting"),)
    ),
    "closing-rate": _ratio_rule("closing-rate", "closing", (Action(ActionKind.OPEN_FOLLOW_UPS),)),
    "retention": retention,
}
