"""A coach tip's one-click actions, and the first steps offered to a new rep, carried out in
the window: straight to the work."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from salescoach.core.coach.tips import Action, ActionKind
from salescoach.core.domain import ActivityKind

if TYPE_CHECKING:
    from salescoach.ui.main_window import MainWindow


class TipActions(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def carry_out(self, action: Action, contacts: dict[int, str], title: str) -> None:
        window = self.window
        if action.kind is ActionKind.OPEN_CONTACTS:
            window.contacts.show_only(
                {"id": list(contacts)},
                self.tr("%n contact(s) from the tip “{title}”.", "", len(contacts)).format(
                    title=title
                ),
            )
            window.show_page(window.contacts)
        elif action.kind is ActionKind.PLAN_FOLLOW_UPS:
            window.launcher.plan_follow_ups(contacts, title)
        elif action.kind is ActionKind.LOG_ACTIVITY:
            window.launcher.log_activity(kind=ActivityKind(action.activity))
        elif action.kind is ActionKind.SHOW_RATIO and action.ratio:
            window.show_page(window.dashboard)
            window.dashboard.show_ratio(action.ratio)
        elif action.kind is ActionKind.OPEN_FOLLOW_UPS:
            window.show_page(window.follow_ups)

    def first_step(self, step: str) -> None:
        """A new rep's first step: a contact, a call, or the demo data to look around."""
        if step == "contact":
            self.window.launcher.new_contact()
        elif step == "call":
            self.window.launcher.log_activity()
        else:
            self.window.demo.load()
