"""Funnel maths: the six counts of a period, the five ratios, comparison and the weakest link.

These are the exact definitions of shared/DESIGN.md; the store computes the counts and every
front end (GUI, CLI, reports, coach) derives ratios here, so a number never differs.
"""

from dataclasses import asdict, dataclass
from datetime import date, datetime, time, timedelta

from salescoach.core.domain import ActivityKind, Source
from salescoach.core.errors import InvalidInput


class InvalidPeriod(InvalidInput, ValueError):
    """The period's end is before its start."""


@dataclass(frozen=True, slots=True)
class Period:
    """Inclusive dates; `start`/`end` give the half-open datetime range [start, end)."""

    first: date
    last: date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise InvalidPeriod("period_inverted", first=self.first, last=self.last)

    @classmethod
    def ending(cls, last: date, days: int = 90) -> "Period":
        return cls(last - timedelta(days=days - 1), last)

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def start(self) -> datetime:
        return datetime.combine(self.first, time.min)

    @property
    def end(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), time.min)

    @classmethod
    def month_to_date(cls, today: date) -> "Period":
        return cls(today.replace(day=1), today)

    @classmethod
    def year_to_date(cls, today: date) -> "Period":
        return cls(today.replace(month=1, day=1), today)

    def previous(self) -> "Period":
        """The period of equal length just before this one."""
        return Period.ending(self.first - timedelta(days=1), self.days)


@dataclass(frozen=True, slots=True)
class FunnelCounts:
    suspects: int = 0
    prospects: int = 0
    appointments_made: int = 0
    appointments_held: int = 0
    proposals: int = 0
    won: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def __add__(self, other: "FunnelCounts") -> "FunnelCounts":
        return FunnelCounts(
            *(a + b for a, b in zip(self.as_dict().values(), other.as_dict().values(), strict=True))
        )


#: The ratios in chain order: (name, numerator, denominator).
RATIO_DEFINITIONS: tuple[tuple[str, str, str], ...] = (
    ("qualification", "prospects", "suspects"),
    ("appointment", "appointments_held", "appointments_made"),
    ("proposal", "proposals", "appointments_held"),
    ("closing", "won", "proposals"),
    ("overall", "won", "suspects"),
)
#: The four steps of the chain (overall is their product, not a step).
CHAIN_STEPS = ("qualification", "appointment", "proposal", "closing")


@dataclass(frozen=True, slots=True)
class Ratios:
    """Each ratio, or None where its denominator is 0 (undefined, never 0)."""

    qualification: float | None = None
    appointment: float | None = None
    proposal: float | None = None
    closing: float | None = None
    overall: float | None = None

    def as_dict(self) -> dict[str, float | None]:
        return asdict(self)


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def ratios_of(counts: FunnelCounts) -> Ratios:
    values = counts.as_dict()
    return Ratios(
        **{name: _ratio(values[num], values[den]) for name, num, den in RATIO_DEFINITIONS}
    )


def ratio_changes(current: Ratios, previous: Ratios) -> dict[str, float | None]:
    """Current minus previous for each ratio; None where either is undefined."""
    now, before = current.as_dict(), previous.as_dict()
    return {name: _difference(now[name], before[name]) for name in now}


def _difference(now: float | None, before: float | None) -> float | None:
    return None if now is None or before is None else now - before


@dataclass(frozen=True, slots=True)
class FunnelHeadline:
    """The period's funnel against the previous period's: the dashboard's ratio tiles, which
    come first (a few index reads)."""

    period: Period
    counts: FunnelCounts
    previous: FunnelCounts

    @property
    def ratios(self) -> "Ratios":
        return ratios_of(self.counts)

    @property
    def changes(self) -> dict[str, float | None]:
        return ratio_changes(self.ratios, ratios_of(self.previous))


#: (Monday, {kind: done activities}) for the weeks ending with a period, oldest first.
Weekly = list[tuple[date, dict[ActivityKind, int]]]


@dataclass(frozen=True, slots=True)
class FunnelDetail:
    """The slower half of the dashboard: the split by source and the weekly work."""

    by_source: dict[Source, FunnelCounts]
    weekly: Weekly


@dataclass(frozen=True, slots=True)
class FunnelOverview:
    """Everything the dashboard shows for a period (the command line's and reports' view)."""

    headline: FunnelHeadline
    detail: FunnelDetail

    @property
    def period(self) -> Period:
        return self.headline.period

    @property
    def counts(self) -> FunnelCounts:
        return self.headline.counts

    @property
    def previous(self) -> FunnelCounts:
        return self.headline.previous

    @property
    def by_source(self) -> dict[Source, FunnelCounts]:
        return self.detail.by_source

    @property
    def weekly(self) -> Weekly:
        return self.detail.weekly

    @property
    def ratios(self) -> "Ratios":
        return self.headline.ratios

    @property
    def changes(self) -> dict[str, float | None]:
        return self.headline.changes


def weakest_link(ratios: Ratios) -> str | None:
    """The lowest defined step of the chain, where the rep has most to gain; None if none."""
    values = ratios.as_dict()
    defined = [
        (values[name], index, name)
        for index, name in enumerate(CHAIN_STEPS)
        if values[name] is not None
    ]
    return min(defined)[2] if defined else None
