"""Follow-ups: overdue first and highlighted, then today, then upcoming; one click to act."""

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QWidget

from salescoach.store import Store
from salescoach.store.lists import FOLLOW_UPS, Row
from salescoach.ui.launcher import Launcher
from salescoach.ui.operations import Change, ChangeBus
from salescoach.ui.paged_model import Column, PagedTableModel
from salescoach.ui.views.activities_page import activity_columns
from salescoach.ui.views.list_page import ListPage
from salescoach.ui.widgets.button_delegate import ButtonDelegate

OVERDUE = QColor("#fde2e1")
_BOLD = QFont()
_BOLD.setBold(True)


def due_state(at: datetime | None, today: date) -> str:
    """'overdue', 'today' or 'upcoming': the three groups a rep works through."""
    if at is None:
        return ""
    if at.date() < today or (at.date() == today and at < datetime.now()):
        return "overdue"
    return "today" if at.date() == today else "upcoming"


class FollowUpsPage(ListPage):
    def __init__(
        self, store: Store, bus: ChangeBus, launcher: Launcher, parent: QWidget | None = None
    ) -> None:
        model = PagedTableModel(store, FOLLOW_UPS, [])
        super().__init__(
            model, bus, Change.ACTIVITIES | Change.CONTACTS | Change.OPPORTUNITIES, parent
        )
        model.decorate = self._decorate
        self._at = FOLLOW_UPS.keys.index("at")
        self.launcher = launcher
        self.add_action(
            self.tr("Plan follow-up"),
            lambda: launcher.plan_follow_up(),
            needs_selection=False,
            name="planFollowUp",
        )
        self.add_action(self.tr("Mark done…"), self.mark_done, name="markDone")
        self.add_action(self.tr("Reschedule…"), self.reschedule, name="reschedule")
        self.add_action(self.tr("Delete"), self.delete, name="deleteFollowUp")
        self.activated.connect(launcher.mark_done)
        done_column, later_column = 1, 2
        for column, handler in (
            (done_column, self._done_clicked),
            (later_column, self._later_clicked),
        ):
            delegate = ButtonDelegate(self.table)
            delegate.clicked.connect(handler)
            self.table.setItemDelegateForColumn(column, delegate)
        self.column_widths(80, 100, 100, 130, 100, 150, 160, 160)

    def make_columns(self) -> list[Column]:
        states = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "upcoming": self.tr("Upcoming"),
        }
        return [
            Column(
                "at",
                self.tr("Due"),
                lambda v: states.get(due_state(v, date.today()), ""),
                sortable=False,
            ),
            Column("id", "", lambda _v: self.tr("Mark done"), sortable=False),
            Column("id", "", lambda _v: self.tr("Reschedule"), sortable=False),
            *activity_columns(),
            Column("notes", self.tr("Notes")),
        ]

    def count_text(self, count: int) -> str:
        return self.tr("%n follow-up(s)", "", count)

    def _decorate(self, row: Row, role: int) -> object:
        state = due_state(row[self._at], date.today())
        if role == Qt.ItemDataRole.BackgroundRole and state == "overdue":
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.FontRole and state in ("overdue", "today"):
            return _BOLD
        return None

    def _done_clicked(self, row: int) -> None:
        self.launcher.mark_done(self.model.row_id(row))

    def _later_clicked(self, row: int) -> None:
        self.launcher.reschedule(self.model.row_id(row), self.model.value(row, "at"))

    def mark_done(self) -> None:
        if (row := self.selected_row()) is not None:
            self._done_clicked(row)

    def reschedule(self) -> None:
        if (row := self.selected_row()) is not None:
            self._later_clicked(row)

    def delete(self) -> None:
        if (activity_id := self.selected_id()) is not None:
            self.launcher.delete_activity(activity_id)
