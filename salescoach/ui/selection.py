"""What is selected in the window: the row the commands act on, and what it involves.

Its own module because the pages, the commands, the launcher and the coach's actions all
speak of it, and none of them should import another to do so.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus, Stage


class Subject(Enum):
    """What a page's selected row is."""

    NONE = "none"
    CONTACT = "contact"
    OPPORTUNITY = "opportunity"
    ACTIVITY = "activity"


@dataclass(frozen=True, slots=True)
class Selection:
    """The selected row and the people and deals it involves."""

    subject: Subject = Subject.NONE
    contact_id: int | None = None
    opportunity_id: int | None = None
    stage: Stage | None = None
    activity_id: int | None = None
    status: ActivityStatus | None = None
    at: datetime | None = None
    kind: ActivityKind | None = None

    @property
    def planned(self) -> bool:
        return self.activity_id is not None and self.status is ActivityStatus.PLANNED

    @property
    def appointment(self) -> bool:
        """A meeting or a visit: something to prepare with a briefing."""
        return self.activity_id is not None and self.kind in APPOINTMENT_KINDS


NOTHING = Selection()
