"""Running every rule, hiding what the rep dismissed or snoozed, best tips first."""

from dataclasses import dataclass, replace
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


def coach(
    snapshot: Snapshot,
    settings: CoachSettings | None = None,
    dismissals: dict[str, Dismissal] | None = None,
) -> list[Tip]:
    """The tips to show, best first: what the rules say, minus what the rep set aside."""
    return coach_with_set_aside(snapshot, settings, dismissals)[0]


def coach_with_set_aside(
    snapshot: Snapshot,
    settings: CoachSettings | None = None,
    dismissals: dict[str, Dismissal] | None = None,
) -> tuple[list[Tip], list[Tip]]:
    """The tips to show and those the rep set aside (shown on request), each best first."""
    settings = settings or CoachSettings()
    dismissals = dismissals or {}
    tips = sorted(
        (
            in_hand(tip, snapshot)
            for rule in RULES.values()
            if (tip := rule(snapshot, settings)) is not None
        ),
        key=lambda tip: (-tip.priority, tip.lesson),
    )
    # a tip whose people all have a follow-up planned steps aside until its signal changes
    tips = [tip for tip in tips if not tip.people or tip.in_hand < len(tip.people)]
    shown: list[Tip] = []
    hidden: list[Tip] = []
    for tip in tips:
        aside = dismissals.get(tip.lesson)
        (hidden if aside is not None and aside.hides(tip, snapshot.today) else shown).append(tip)
    return shown, hidden


def in_hand(tip: Tip, snapshot: Snapshot) -> Tip:
    """The tip, counting how many of its people already have a follow-up planned."""
    return replace(tip, in_hand=len(tip.people & snapshot.in_hand))
