"""Running every rule, hiding what the rep dismissed or snoozed, best tips first, and no
more than five at once: the rest wait their turn."""

from dataclasses import dataclass, field, replace
from datetime import date

from salescoach.core.coach.rules import RULES
from salescoach.core.coach.settings import CoachSettings
from salescoach.core.coach.snapshot import Snapshot
from salescoach.core.coach.tips import Tip


@dataclass(frozen=True, slots=True)
class Dismissal:
    """The rep set a tip aside at `severity`; snoozed until a day, or dismissed (None).

    Either way it comes back as soon as its signal is worse than when it was set aside."""

    lesson: str
    severity: float
    until: date | None = None

    def hides(self, tip: Tip, today: date) -> bool:
        if tip.severity > self.severity:
            return False
        return self.until is None or today < self.until


#: Tips shown at once: more would be a list to skim, not advice.
MAX_SHOWN = 5


@dataclass(frozen=True, slots=True)
class Coaching:
    """What the coach says today: the tips to show (five at most, best first), those the rep
    set aside (shown on request), and how many more wait until a shown one is dealt with."""

    shown: list[Tip] = field(default_factory=list)
    set_aside: list[Tip] = field(default_factory=list)
    waiting: int = 0


def coach(
    snapshot: Snapshot,
    settings: CoachSettings | None = None,
    dismissals: dict[str, Dismissal] | None = None,
) -> list[Tip]:
    """The tips to show, best first: what the rules say, minus what the rep set aside."""
    return coach_with_set_aside(snapshot, settings, dismissals).shown


def coach_with_set_aside(
    snapshot: Snapshot,
    settings: CoachSettings | None = None,
    dismissals: dict[str, Dismissal] | None = None,
) -> Coaching:
    """The tips to show, those the rep set aside, and how many wait their turn."""
    settings = settings or CoachSettings()
    dismissals = dismissals or {}
    tips = every_tip(snapshot, settings)
    # a tip whose people all have a follow-up planned steps aside until its signal changes
    tips = [tip for tip in tips if not tip.people or tip.in_hand < len(tip.people)]
    shown: list[Tip] = []
    hidden: list[Tip] = []
    for tip in tips:
        aside = dismissals.get(tip.lesson)
        (hidden if aside is not None and aside.hides(tip, snapshot.today) else shown).append(tip)
    return Coaching(shown[:MAX_SHOWN], hidden, max(0, len(shown) - MAX_SHOWN))


def every_tip(snapshot: Snapshot, settings: CoachSettings | None = None) -> list[Tip]:
    """Every rule's tip, best first, each counting its people in hand: before anything is
    set aside or left waiting (what the coach would say with no limit)."""
    settings = settings or CoachSettings()
    return sorted(
        (
            in_hand(tip, snapshot)
            for rule in RULES.values()
            if (tip := rule(snapshot, settings)) is not None
        ),
        key=lambda tip: (-tip.priority, tip.lesson),
    )


def in_hand(tip: Tip, snapshot: Snapshot) -> Tip:
    """The tip, counting how many of its people already have a follow-up planned."""
    return replace(tip, in_hand=len(tip.people & snapshot.in_hand))
