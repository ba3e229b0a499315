"""The coach: rules that read the rep's own figures and return tips (pure Python)."""

from salescoach.core.coach.engine import Dismissal, coach
from salescoach.core.coach.settings import CoachSettings
from salescoach.core.coach.snapshot import Snapshot
from salescoach.core.coach.tips import LESSONS, Action, ActionKind, Evidence, Shown, Tip

__all__ = [
    "LESSONS",
    "Action",
    "ActionKind",
    "CoachSettings",
    "Dismissal",
    "Evidence",
    "Shown",
    "Snapshot",
    "Tip",
    "coach",
]
