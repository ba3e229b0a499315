"""The end of the week in figures: done against the targets, what the plan's follow-ups
became, the ratios that moved, and what acting on the lessons did.

The ratios are read over the coach's period ending on the week's last day, beside the same
period ending a week earlier: what moved is what this week changed, not a season's drift.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from salescoach.core.agenda import Week
from salescoach.core.funnel import Ratios
from salescoach.core.outcomes import LessonOutcome
from salescoach.core.week_plan import Capacity

#: A ratio moved when it changed by at least this much (one percentage point).
MOVED = 0.01


@dataclass(frozen=True, slots=True)
class LessonWeek:
    """The week's follow-ups one lesson asked for: planned, and done by now."""

    lesson: str
    planned: int
    done: int


@dataclass(frozen=True, slots=True)
class RatioMove:
    name: str
    before: float
    now: float

    @property
    def change(self) -> float:
        return self.now - self.before


@dataclass(frozen=True, slots=True)
class WeekReview:
    week: Week
    lessons: tuple[LessonWeek, ...]
    #: The coach's period ending on the week's last day, and the same ending a week before.
    ratios: Ratios
    before: Ratios
    outcomes: tuple[LessonOutcome, ...]
    #: The days after a follow-up its results are put down to.
    window: int

    def moved(self) -> list[RatioMove]:
        """The ratios that moved by a point or more, the largest move first."""
        now, before = self.ratios.as_dict(), self.before.as_dict()
        found = [
            RatioMove(name, was, value)
            for name, value in now.items()
            if value is not None and (was := before[name]) is not None and abs(value - was) >= MOVED
        ]
        return sorted(found, key=lambda move: -abs(move.change))


def next_working_day(day: date, capacity: Capacity) -> date:
    """The first working day after `day` (the next day for a rep with none set)."""
    ahead = (day + timedelta(days=n) for n in range(1, 8))
    return next((d for d in ahead if d.weekday() in capacity.working_days), day + timedelta(1))


def last_working_day(day: date, capacity: Capacity) -> bool:
    """Whether `day` is the week's last working day or later: the day for the review."""
    return bool(capacity.working_days) and day.weekday() >= max(capacity.working_days)
