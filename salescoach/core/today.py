"""What the Today page shows, as plain data: the rep's day, the coach's top tip and the
week's word. Nothing in it needs the store, so the last one shown can be kept between
sessions and shown at the next start while the database opens (`ui/last_today.py`)."""

from dataclasses import dataclass

from salescoach.core.agenda import Agenda
from salescoach.core.coach.texts import ShownTip


@dataclass(frozen=True, slots=True)
class TodayFigures:
    agenda: Agenda
    top_tip: ShownTip | None
    #: The names the top tip's actions point at, by contact id.
    names: dict[int, str]
    #: The week's one focus: the weakest link of the chain and an exercise ("" for none).
    focus: str = ""
    #: The week's last working day or later: time to review the week.
    review_due: bool = False
