"""The week's plan: named people on named days, most important first, within the rep's day.

The store proposes candidates in the order the lessons rank them (promises overdue first,
prospects last); `schedule` gives each a day and a time. Visits to the same town share a
day, so the rep drives once; calls spread over the working days in free slots around what
is already planned, never two at the same minute, within a daily capacity. What does not
fit in the week is left out: a plan the rep cannot keep teaches nothing.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from salescoach.core.domain import ActivityKind

#: Where free time is looked for: the quarter hour.
STEP = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class Capacity:
    """The rep's working week (Settings ▸ Coach): days, hours, and what a day holds."""

    #: Monday is 0.
    working_days: tuple[int, ...] = (0, 1, 2, 3, 4)
    start: time = time(9, 0)
    end: time = time(18, 0)
    calls_per_day: int = 8
    visits_per_day: int = 3
    call_minutes: int = 15
    visit_minutes: int = 90

    def minutes(self, kind: ActivityKind) -> int:
        return self.visit_minutes if kind in FIELD_KINDS else self.call_minutes


#: What takes the rep out on the road (a day's visits capacity), the rest is desk work.
FIELD_KINDS = (ActivityKind.VISIT, ActivityKind.MEETING)


@dataclass(frozen=True, slots=True)
class Candidate:
    """Someone the week should reach, why, and how."""

    contact_id: int
    name: str
    lesson: str
    kind: ActivityKind
    #: Why, as the key of a sentence (`resources/week`) and the rep's own numbers in it.
    reason: str
    facts: tuple[tuple[str, object], ...] = ()
    opportunity_id: int | None = None
    #: Where a visit goes (a locality or postcode); visits to one town share a day.
    town: str = ""
    #: A planned follow-up already overdue: the plan moves it rather than adding one.
    follow_up_id: int | None = None


@dataclass(frozen=True, slots=True)
class PlanItem:
    candidate: Candidate
    at: datetime

    @property
    def kind(self) -> ActivityKind:
        return self.candidate.kind


@dataclass(frozen=True, slots=True)
class Planned:
    """Something already in the diary: the plan works around it, and it fills the day."""

    start: datetime
    end: datetime
    kind: ActivityKind = ActivityKind.CALL


@dataclass(frozen=True, slots=True)
class WeekPlan:
    first: date
    last: date
    #: The week's targets (calls, appointments, proposals); None where unknown.
    targets: dict[str, int | None]
    items: tuple[PlanItem, ...] = field(default_factory=tuple)


def week_days(first: date, capacity: Capacity, not_before: date | None = None) -> list[date]:
    """The working days of the seven days from `first`, from `not_before` on."""
    days = [first + timedelta(days=n) for n in range(7)]
    return [
        day
        for day in days
        if day.weekday() in capacity.working_days and (not_before is None or day >= not_before)
    ]


def town_of(address: str, city: str = "") -> str:
    """The town a visit goes to, folded for comparison: the account's city, else the
    address's last part without its postcode ("3 rue Haute, 13200 Arles" -> "arles"), else
    the postcode alone."""
    if city.strip():
        return city.strip().casefold()
    last = address.split(",")[-1].strip() if address.strip() else ""
    without_code = re.sub(r"\b[A-Z]{0,2}-?\d{4,5}\b", "", last).strip(" -")
    if without_code:
        return without_code.casefold()
    code = re.search(r"\d{4,5}", address)
    return code.group(0) if code else ""


class _Day:
    """One day's plan being filled: the busy intervals and what is counted so far."""

    def __init__(self, day: date, capacity: Capacity, planned: Sequence[Planned]):
        self.day = day
        self.capacity = capacity
        opens = datetime.combine(day, capacity.start)
        closes = datetime.combine(day, capacity.end)
        self.opens, self.closes = opens, closes
        on_day = [p for p in planned if p.start.date() == day or p.end.date() == day]
        self.busy = sorted((p.start, p.end) for p in on_day if p.start < closes and p.end > opens)
        # what is already planned that day counts against its capacity
        self.visits = sum(p.kind in FIELD_KINDS for p in on_day if p.start.date() == day)
        self.calls = sum(p.kind not in FIELD_KINDS for p in on_day if p.start.date() == day)

    def room_for(self, kind: ActivityKind) -> bool:
        if kind in FIELD_KINDS:
            return self.visits < self.capacity.visits_per_day
        return self.calls < self.capacity.calls_per_day

    def place(self, kind: ActivityKind, not_before: datetime | None) -> datetime | None:
        """The first free start for `kind` in the day (never a minute another one starts)."""
        length = timedelta(minutes=self.capacity.minutes(kind))
        start = self.opens
        if not_before is not None and not_before >= start:  # strictly after it
            minutes = (not_before - self.opens) // STEP
            start = self.opens + STEP * (minutes + 1)
        starts = {s for s, _e in self.busy}
        while start + length <= self.closes:
            end = start + length
            if start not in starts and all(e <= start or s >= end for s, e in self.busy):
                self.busy.append((start, end))
                self.busy.sort()
                if kind in FIELD_KINDS:
                    self.visits += 1
                else:
                    self.calls += 1
                return start
            start += STEP
        return None


def schedule(
    candidates: Sequence[Candidate],
    first: date,
    busy: Sequence[Planned],
    capacity: Capacity,
    now: datetime | None = None,
) -> list[PlanItem]:
    """Days and times for `candidates`, in their order of importance. Visits go town by
    town: a town's visits on one day while it has room. Calls, e-mails and the rest go to
    the working day with the fewest so far, in its first free slot. Nothing is placed in
    the past (`now`), on a busy slot, or beyond a day's capacity; what does not fit waits."""
    days = [
        _Day(day, capacity, busy)
        for day in week_days(first, capacity, now.date() if now is not None else None)
    ]
    if not days:
        return []
    placed: dict[int, PlanItem] = {}

    def put(index: int, candidate: Candidate, day: _Day) -> bool:
        at = day.place(candidate.kind, now if now is not None and now.date() == day.day else None)
        if at is None:
            return False
        placed[index] = PlanItem(candidate, at)
        return True

    towns: dict[str, list[int]] = {}
    for index, candidate in enumerate(candidates):
        if candidate.kind in FIELD_KINDS:
            towns.setdefault(candidate.town, []).append(index)
    for indexes in towns.values():  # in the order of each town's most important visit
        pending = list(indexes)
        while pending:
            open_days = [d for d in days if d.room_for(candidates[pending[0]].kind)]
            if not open_days:
                break
            # the day with the most room takes the town's visits, the earliest on a tie
            day = min(open_days, key=lambda d: (d.visits, d.day))
            while pending and day.room_for(candidates[pending[0]].kind):
                if not put(pending[0], candidates[pending[0]], day):
                    day.visits = capacity.visits_per_day  # no time left: the day is full
                    break
                pending.pop(0)
    for index, candidate in enumerate(candidates):
        if candidate.kind in FIELD_KINDS:
            continue
        for day in sorted(days, key=lambda d: (d.calls, d.day)):
            if day.room_for(candidate.kind) and put(index, candidate, day):
                break
    return [placed[index] for index in sorted(placed)]


def moved(item: PlanItem, at: datetime) -> PlanItem:
    """The same item at another time (the rep moved it before applying)."""
    return replace(item, at=at)
