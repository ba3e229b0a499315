"""The app's one clock: what day and time it is for everything time-based.

Pages, dialogs, queries and reminders ask the clock rather than `date.today()`, so
`--today` pins the whole app and tests can stop time.
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime


@dataclass(frozen=True, slots=True)
class Clock:
    """Real time by default; `day` pins the date (the time of day still runs), `moment`
    stops the clock altogether (tests)."""

    day: date | None = None
    moment: datetime | None = None

    @classmethod
    def pinned(cls, day: date | None) -> "Clock":
        return cls(day=day)

    @classmethod
    def stopped(cls, moment: datetime) -> "Clock":
        return cls(moment=moment)

    def now(self) -> datetime:
        """To the minute: what the rep sees and types never has seconds."""
        if self.moment is not None:
            return self.moment.replace(second=0, microsecond=0)
        now = datetime.now().replace(second=0, microsecond=0)
        return datetime.combine(self.day, now.time()) if self.day else now

    def instant(self) -> datetime:
        """To the second: when something happens that is named by its moment (a backup),
        so that two a few seconds apart never share a name."""
        if self.moment is not None:
            return self.moment
        now = datetime.now().replace(microsecond=0)
        return datetime.combine(self.day, now.time()) if self.day else now

    def today(self) -> date:
        return self.now().date()

    def utc(self) -> datetime:
        """When a row is written, in UTC and naive, to the microsecond (two writes a moment
        apart stay in order): the store's write stamps."""
        if self.moment is not None:
            local = self.moment
        else:
            local = datetime.now()
            if self.day is not None:
                local = datetime.combine(self.day, local.time())
        return local.astimezone(UTC).replace(tzinfo=None)
