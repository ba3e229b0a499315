"""The coach's latest reading, kept for the other page that shows it.

Today shows the coach's top tip and the dashboard's Coach panel all the tips: both come
from one reading of the rep's figures (`coach_view`), which takes tens of milliseconds on a
long history and holds up the dashboard's other figures until it is in. The page that read
it last keeps it here; the other shows it at once, as long as nothing was written since and
it is still the same day, in the same language.
"""

from dataclasses import dataclass
from datetime import date

from salescoach.reports.tips import CoachView
from salescoach.ui.operations import ChangeBus


@dataclass(frozen=True, slots=True)
class _Kept:
    announced: int
    day: date
    language: str
    view: CoachView


class CoachReading:
    def __init__(self, bus: ChangeBus) -> None:
        self.bus = bus
        self._kept: _Kept | None = None

    def ticket(self) -> int:
        """Taken when a reading is asked for: one asked before a write is not kept after."""
        return self.bus.announced

    def keep(self, ticket: int, day: date, language: str, view: CoachView) -> None:
        if ticket == self.bus.announced:
            self._kept = _Kept(ticket, day, language, view)

    def kept(self, day: date, language: str) -> CoachView | None:
        """The reading of `day` in `language`, if nothing was written since it was asked."""
        kept = self._kept
        if kept is None or (kept.announced, kept.day, kept.language) != (
            self.bus.announced,
            day,
            language,
        ):
            return None
        return kept.view
