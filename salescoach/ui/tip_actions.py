"""A coach tip's one-click actions, and the first steps offered to a new rep, carried out in
the window: straight to the work."""

from collections.abc import Callable

from PySide6.QtCore import QObject

from salescoach.core.coach.tips import Action, ActionKind
from salescoach.core.domain import ActivityKind
from salescoach.ui.launcher import Launcher
from salescoach.ui.views.contacts_page import ContactsPage
from salescoach.ui.views.dashboard_page import DashboardPage
from salescoach.ui.views.followups_page import FollowUpsPage
from salescoach.ui.views.page import Page


class TipActions(QObject):
    """The pages a tip leads to, the launcher for the work it asks, and the demo data for a
    rep who wants to look around first."""

    def __init__(
        self,
        launcher: Launcher,
        contacts: ContactsPage,
        dashboard: DashboardPage,
        follow_ups: FollowUpsPage,
        show_page: Callable[[Page], None],
        load_demo: Callable[[], None],
    ) -> None:
        super().__init__(launcher)
        self.launcher = launcher
        self.contacts, self.dashboard, self.follow_ups = contacts, dashboard, follow_ups
        self.show_page = show_page
        self.load_demo = load_demo

    def carry_out(
        self, action: Action, contacts: dict[int, str], title: str, lesson: str = ""
    ) -> None:
        """Do what the tip's button says; follow-ups planned for it remember its lesson."""
        if action.kind is ActionKind.OPEN_CONTACTS:
            self.contacts.show_only(
                {"id": list(contacts)},
                self.tr("%n contact(s) from the tip “{title}”.", "", len(contacts)).format(
                    title=title
                ),
            )
            self.show_page(self.contacts)
        elif action.kind is ActionKind.PLAN_FOLLOW_UPS:
            kind = ActivityKind(action.activity) if action.activity else ActivityKind.CALL
            self.launcher.plan_follow_ups(contacts, title, lesson, kind)
        elif action.kind is ActionKind.LOG_ACTIVITY and action.activity is not None:
            self.launcher.log_activity(kind=ActivityKind(action.activity))
        elif action.kind is ActionKind.SHOW_RATIO and action.ratio:
            self.show_page(self.dashboard)
            self.dashboard.show_ratio(action.ratio)
        elif action.kind is ActionKind.OPEN_FOLLOW_UPS:
            self.show_page(self.follow_ups)

    def first_step(self, step: str) -> None:
        """A new rep's first step: a contact, a call, or the demo data to look around."""
        if step == "contact":
            self.launcher.new_contact()
        elif step == "call":
            self.launcher.log_activity()
        else:
            self.load_demo()
