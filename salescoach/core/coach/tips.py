"""A tip: which lesson, the rep's own numbers behind it, and what to do about it in one click."""

from dataclasses import dataclass
from enum import StrEnum

#: The lessons of shared/LESSONS.md; the IDs are stable (CLI JSON, settings, tests).
LESSONS: tuple[str, ...] = (
    "rally-the-base",
    "back-to-basics",
    "know-your-customers",
    "customers-for-granted",
    "listen-and-respond",
    "loyalty-is-earned",
    "social-selling",
    "qualification-rate",
    "appointment-rate",
    "proposal-rate",
    "closing-rate",
    "retention",
)


class Shown(StrEnum):
    """How an evidence value reads: a count, a share, a number of days."""

    COUNT = "count"
    PERCENT = "percent"
    DAYS = "days"
    NUMBER = "number"  # one decimal, for averages


@dataclass(frozen=True, slots=True)
class Evidence:
    key: str  # names its label in the texts and its placeholder in the message
    value: float
    shown: Shown = Shown.COUNT


class ActionKind(StrEnum):
    OPEN_CONTACTS = "open_contacts"  # the filtered list of the contacts concerned
    PLAN_FOLLOW_UPS = "plan_follow_ups"  # pre-filled follow-ups for them
    LOG_ACTIVITY = "log_activity"  # the log dialog, for `activity` kind
    SHOW_RATIO = "show_ratio"  # the ratio's tile on the dashboard
    OPEN_FOLLOW_UPS = "open_follow_ups"  # the follow-ups page, overdue first


@dataclass(frozen=True, slots=True)
class Action:
    kind: ActionKind
    contacts: tuple[int, ...] = ()
    ratio: str | None = None
    activity: str | None = None  # an ActivityKind value (follow-ups: what to plan, else a call)


@dataclass(frozen=True, slots=True)
class Tip:
    lesson: str
    #: Higher first; each rule sets its own from how strong the signal is.
    priority: int
    #: How bad the signal is, in the rule's own unit; a dismissed tip comes back above it.
    severity: float
    evidence: tuple[Evidence, ...]
    actions: tuple[Action, ...]
    #: How many of the people it concerns already have a follow-up planned.
    in_hand: int = 0

    @property
    def people(self) -> frozenset[int]:
        """The people the tip concerns: everyone its actions name."""
        return frozenset(contact for action in self.actions for contact in action.contacts)

    def values(self) -> dict[str, float]:
        return {item.key: item.value for item in self.evidence}
