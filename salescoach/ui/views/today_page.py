"""Today: what is overdue, what is due today, the day's meetings and visits in time order,
the coach's top tip and the week against its targets. The page a rep opens between visits.

Enter or a double-click on a follow-up opens its reminder card; on a meeting or a visit, its
briefing. The window's commands (Mark done, Reschedule, Briefing, Open contact) act on the
selected line, as on the other pages. What it shows is drawn by its board
(`today_board.py`); the page reads the figures and carries out what the rep does.
"""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from salescoach.core.agenda import AgendaItem
from salescoach.core.coach.tips import Tip
from salescoach.core.domain import APPOINTMENT_KINDS
from salescoach.reports.today import TodayView, today_view
from salescoach.store.queries.coach_snapshot import set_aside
from salescoach.store.session.changes import Change
from salescoach.ui.context import AppContext
from salescoach.ui.labels import language
from salescoach.ui.operations import NewestOnly
from salescoach.ui.selection import NOTHING, Selection, Subject
from salescoach.ui.views.page import Unsearchable
from salescoach.ui.views.today_board import TodayBoard

SHOWS = Change.ACTIVITIES | Change.CONTACTS | Change.OPPORTUNITIES | Change.SETTINGS


class TodayPage(Unsearchable, QWidget):
    NAME = "todayPage"  # kept in the settings to reopen on this page
    count_changed = Signal(str)
    selection_changed = Signal()
    #: A coach tip's one-click action: (Action, {contact id: name}, tip title, lesson).
    tip_action = Signal(object, object, str, str)
    refreshed = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.operations = context.operations
        self.launcher = context.launcher
        self.clock = context.clock
        self.coach = context.coach
        self.view: TodayView | None = None
        self._newest = NewestOnly()
        self._stale = True
        self.board = TodayBoard(self)
        self.board.opened.connect(self._open)
        self.board.focus_changed.connect(self.selection_changed)
        self.board.tip_action.connect(self.tip_action)
        self.board.tip_set_aside.connect(self._set_aside)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.board)
        context.bus.changed.connect(self._on_change)

    # -- the Page protocol ---------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Today")

    def selection(self) -> Selection:
        item = self.board.current()
        if item is None:
            return NOTHING
        return Selection(
            Subject.ACTIVITY,
            contact_id=item.contact_id,
            activity_id=item.id,
            status=item.status,
            at=item.at,
            kind=item.kind,
        )

    def edit_selected(self) -> None:
        if (item := self.board.current()) is not None:
            self.launcher.edit_activity(item.id)

    def delete_selected(self) -> None:
        if (item := self.board.current()) is not None:
            self.launcher.delete_activity(item.id)

    def select(self, subject: Subject, row_id: int) -> None:
        pass

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._stale = False
        day, lang = self.clock.today(), language()
        ticket, answer = self.coach.ticket(), self._newest(self._show)

        def read(view: TodayView) -> None:
            self.coach.keep(ticket, day, lang, view.coach)  # for the dashboard's Coach panel
            answer(view)

        self.operations.query(self, lambda session: today_view(session, day, lang), read)

    def _on_change(self, change: Change) -> None:
        if not change & SHOWS:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale or (self.view is not None and self.view.agenda.day != self.clock.today()):
            self.refresh()  # a new day since it was last shown

    def _show(self, view: TodayView) -> None:
        self.view = view
        self.board.show_figures(view.figures, self.clock.today())
        self.count_changed.emit(self.board.count_text())
        self.selection_changed.emit()
        self.refreshed.emit()

    # -- the rep's moves -----------------------------------------------------------------
    def _set_aside(self, tip: Tip, until: date | None) -> None:
        self.operations.mutate(self, lambda s: set_aside(s, tip, until))

    def _open(self, item: AgendaItem) -> None:
        if item.kind in APPOINTMENT_KINDS:
            self.launcher.open_briefing(item.id)
        else:
            self.launcher.open_reminder(item.id)
