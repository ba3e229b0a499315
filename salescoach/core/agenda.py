"""A rep's day: what is overdue, what is due today, the appointments in time order, and how
the week stands against its goal (DESIGN.md: `salescoach today`)."""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.targets import WEEKLY, WeekGoal


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """A planned (or, among today's appointments, done) activity with whom it concerns."""

    id: int
    uid: str
    contact_id: int
    contact: str
    company: str
    kind: ActivityKind
    status: ActivityStatus
    at: datetime
    deal: str
    needs: str

    def as_dict(self) -> dict[str, str]:
        return {
            "id": self.uid,
            "contact": self.contact,
            "company": self.company,
            "kind": self.kind.value,
            "status": self.status.value,
            "at": self.at.isoformat(timespec="minutes"),
            "opportunity": self.deal,
        }


@dataclass(frozen=True, slots=True)
class Week:
    """Monday to Sunday around the day: what is done and what the goal asks for."""

    first: date
    last: date
    done: dict[str, int]
    goal: WeekGoal
    #: Calls and proposals planned in the week and not done yet (an appointment counts as
    #: made as soon as it is planned, so it is among `done`).
    planned: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        goal = self.goal.as_dict()
        return {
            "from": self.first.isoformat(),
            "to": self.last.isoformat(),
            **{name: {"done": self.done[name], "target": goal[name]} for name in WEEKLY},
        }


@dataclass(frozen=True, slots=True)
class Agenda:
    day: date
    overdue: list[AgendaItem]
    today: list[AgendaItem]
    appointments: list[AgendaItem]
    week: Week


@dataclass(frozen=True, slots=True)
class Due:
    """What a reminder check found: the follow-ups that fell due since the last one, and the
    day's counts for the tray."""

    new: list[AgendaItem]
    overdue: int
    due_today: int


class Later(StrEnum):
    """The reminder card's quick reschedules."""

    HOUR = "hour"
    TOMORROW = "tomorrow"
    NEXT_WEEK = "next_week"


def next_working_day(day: date) -> date:
    """The next day a rep works, Monday to Friday: Friday's is Monday."""
    day += timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def next_working_morning(now: datetime) -> datetime:
    """9:00 on the next working day: when a follow-up is planned by default."""
    return datetime.combine(next_working_day(now.date()), time(9))


def postponed(choice: Later, now: datetime, due: datetime) -> datetime:
    """The new due time: an hour from now (to the next quarter hour), or the next working
    day or a week from today at the hour it was due, so a 9:00 call stays a morning call."""
    if choice is Later.HOUR:
        then = now.replace(second=0, microsecond=0) + timedelta(hours=1)
        return then + timedelta(minutes=-then.minute % 15)
    if choice is Later.TOMORROW:
        return datetime.combine(next_working_day(now.date()), due.time())
    return datetime.combine(now.date() + timedelta(days=7), due.time())


def is_overdue(at: datetime, day: date) -> bool:
    """Planned before the day (DESIGN.md): due earlier today is due, not overdue."""
    return at.date() < day
