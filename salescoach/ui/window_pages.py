"""The window's six pages: the one it opens on, built first (shown, it reads its figures
while nothing else is built), the others after it in the sidebar's order, and the commands
each list offers on its buttons and right-click menu.

The page modules are imported here when the pages are built, after the frame's first paint.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QSettings, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from salescoach.ui.machine_settings import START_PAGE, WINDOW_PAGE
from salescoach.ui.views.page import Page

if TYPE_CHECKING:
    from salescoach.ui.context import AppContext
    from salescoach.ui.views.activities_page import ActivitiesPage
    from salescoach.ui.views.board_page import BoardPage
    from salescoach.ui.views.contacts_page import ContactsPage
    from salescoach.ui.views.dashboard_page import DashboardPage
    from salescoach.ui.views.followups_page import FollowUpsPage
    from salescoach.ui.views.today_page import TodayPage

W = TypeVar("W", bound=QWidget)
#: What the window does with each page it is given: into its stack, its signals heard.
Take = Callable[[QWidget], object]
#: The window's commands for a page, by name (None: a separator).
ForPage = Callable[..., list[QAction | None]]


@dataclass(frozen=True)
class Pages:
    today: "TodayPage"
    dashboard: "DashboardPage"
    contacts: "ContactsPage"
    board: "BoardPage"
    activities: "ActivitiesPage"
    follow_ups: "FollowUpsPage"

    def in_order(self) -> list[Page]:
        """In the sidebar's order, which Ctrl+1…6 follow."""
        return [
            self.today,
            self.dashboard,
            self.contacts,
            self.board,
            self.activities,
            self.follow_ups,
        ]


def start_name(settings: QSettings) -> str:
    """The object name of the page to open on: Today or the dashboard if the rep chose so in
    Settings, else the last page shown (Today the first time: the rep's day, and the page
    that is filled soonest)."""
    chosen = settings.value(START_PAGE, "last")
    if chosen == "today":
        return "todayPage"
    if chosen == "dashboard":
        return "dashboard"
    return str(settings.value(WINDOW_PAGE, "todayPage"))


def first_page(
    context: "AppContext", parent: QWidget, name: str
) -> "tuple[TodayPage | DashboardPage, tuple[SignalInstance, ...]] | None":
    """The page named `name` when it is Today or the dashboard, built alone, with the
    signals that say that figures, or something the rep can act on, are in; None for a
    list, built with the others."""
    if name == "dashboard":
        from salescoach.ui.views.dashboard_page import DashboardPage

        dashboard = DashboardPage(context, parent)
        return dashboard, (dashboard.headline_shown, dashboard.coach.refreshed)
    if name == "todayPage":
        from salescoach.ui.views.today_page import TodayPage

        today = TodayPage(context, parent)
        return today, (today.refreshed,)
    return None


def build_pages(context: "AppContext", parent: QWidget, first: QWidget | None, take: Take) -> Pages:
    """Every page, `first` among them as it is; each one built here is given to `take`."""
    from salescoach.ui.views.activities_page import ActivitiesPage
    from salescoach.ui.views.board_page import BoardPage
    from salescoach.ui.views.contacts_page import ContactsPage
    from salescoach.ui.views.dashboard_page import DashboardPage
    from salescoach.ui.views.followups_page import FollowUpsPage
    from salescoach.ui.views.today_page import TodayPage

    def page(kind: type[W]) -> W:
        if isinstance(first, kind):
            return first
        made = kind(context, parent)  # type: ignore[arg-type]  # a page's (context, parent)
        take(made)
        return made

    return Pages(
        page(TodayPage),
        page(DashboardPage),
        page(ContactsPage),
        page(BoardPage),
        page(ActivitiesPage),
        page(FollowUpsPage),
    )


def give_commands(pages: Pages, for_page: ForPage) -> None:
    """What each list offers on its buttons and its right-click menu."""
    pages.contacts.set_actions(
        for_page(
            "newContact",
            "openContact",
            "edit",
            "delete",
            None,
            "newOpportunity",
            "logActivity",
            "planFollowUp",
        ),
        for_page(None, "erase"),
    )
    pages.board.set_actions(
        for_page(
            "newOpportunity",
            "advance",
            "moveTo",
            "markLost",
            None,
            "edit",
            "logActivity",
            "planFollowUp",
            "delete",
        )
    )
    pages.activities.set_actions(
        for_page("logActivity", "edit", "delete", None, "markDone", "reschedule", "briefing")
    )
    pages.follow_ups.set_actions(
        for_page("planFollowUp", "markDone", "reschedule", "briefing", None, "edit", "delete")
    )
