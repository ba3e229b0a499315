"""What every part of the window works with, built once by the window and handed down.

Pages, the commands and the window's other collaborators receive this instead of the main
window itself: they see the database's operations and change bus, the clock, the settings,
the launcher that opens dialogs, what is selected and where to say a sentence, and nothing
else of the window.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from salescoach.core.clock import Clock
from salescoach.ui.selection import Selection

if TYPE_CHECKING:
    from salescoach.ui.coach_reading import CoachReading
    from salescoach.ui.launcher import Launcher
    from salescoach.ui.operations import ChangeBus, Operations


@dataclass(frozen=True, slots=True)
class AppContext:
    operations: "Operations"
    bus: "ChangeBus"
    clock: Clock
    settings: QSettings
    launcher: "Launcher"
    #: The window: the parent of the dialogs opened for it.
    window: QWidget
    #: What the current page has selected.
    selection: Callable[[], Selection]
    #: A sentence in the status bar.
    announce: Callable[[str], None]
    #: The coach's latest reading, shared by Today and the dashboard's Coach panel.
    coach: "CoachReading"
