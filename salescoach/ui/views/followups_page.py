"""Follow-ups: overdue first and highlighted, then today, then upcoming; one click to act.

"Mark done" and "Reschedule" are link cells that Qt draws itself: the page runs no Python
painting code, so no binding's painting bug can bring it down (PySide6 6.12.0 lost a
reference to None on every `QStyle.drawControl` call and aborted after a few thousand).
"""

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QWidget

from salescoach.core.agenda import is_overdue
from salescoach.store.queries.lists import FOLLOW_UPS, Row
from salescoach.ui.context import AppContext
from salescoach.ui.paged_model import Column
from salescoach.ui.theme import overdue_background
from salescoach.ui.views.activities_page import ActivityList, activity_columns

_BOLD = QFont()
_BOLD.setBold(True)
DONE_COLUMN, LATER_COLUMN = 1, 2


def due_state(at: datetime | None, now: datetime) -> str:
    """'overdue', 'today' or 'upcoming': the three groups a rep works through, as Today
    has them (overdue: planned before today; a call due at nine is today's until midnight)."""
    if at is None:
        return ""
    if is_overdue(at, now.date()):
        return "overdue"
    return "today" if at.date() == now.date() else "upcoming"


class FollowUpsPage(ActivityList):
    NAME = "followUpsPage"  # kept in the settings to reopen on this page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, FOLLOW_UPS, parent)
        self.setObjectName(self.NAME)
        self.model.decorate = self._decorate
        self._at = FOLLOW_UPS.keys.index("at")
        self.activated.connect(self._activated)
        self.table.clicked.connect(self._clicked)
        self.table.setMouseTracking(True)
        self.table.entered.connect(self._hover)
        self.column_widths(80, 100, 100, 130, 100, 150, 160, 160)

    def title(self) -> str:
        return self.tr("Follow-ups")

    def make_columns(self) -> list[Column]:
        states = {
            "overdue": self.tr("Overdue"),
            "today": self.tr("Today"),
            "upcoming": self.tr("Upcoming"),
        }
        centred = Qt.AlignmentFlag.AlignCenter
        return [
            Column(
                "at",
                self.tr("Due"),
                lambda v: states.get(due_state(v, self.clock.now()), ""),
                sortable=False,
            ),
            Column("id", "", lambda _v: self.tr("Mark done"), centred, False, link=True),
            Column("id", "", lambda _v: self.tr("Reschedule"), centred, False, link=True),
            *activity_columns(),
            Column("notes", self.tr("Notes")),
        ]

    def count_text(self, count: int) -> str:
        return self.tr("%n follow-up(s)", "", count)

    def _decorate(self, row: Row, role: int) -> object:
        state = due_state(row[self._at], self.clock.now())
        if role == Qt.ItemDataRole.BackgroundRole and state == "overdue":
            return QBrush(overdue_background())
        if role == Qt.ItemDataRole.FontRole and state in ("overdue", "today"):
            return _BOLD
        return None

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() == DONE_COLUMN:
            self.mark_done(index.row())
        elif index.column() == LATER_COLUMN:
            self.reschedule(index.row())

    def _hover(self, index: QModelIndex) -> None:
        link = index.column() in (DONE_COLUMN, LATER_COLUMN)
        cursor = Qt.CursorShape.PointingHandCursor if link else Qt.CursorShape.ArrowCursor
        self.table.viewport().setCursor(cursor)

    def _activated(self, activity_id: int) -> None:
        row = self.model.row_of(activity_id)
        if row is not None:
            self.mark_done(row)

    def mark_done(self, row: int) -> None:
        self.launcher.mark_done(self.model.row_id(row), self.model.value(row, "at"))

    def reschedule(self, row: int) -> None:
        due = self.model.value(row, "at") or self.clock.now()
        self.launcher.reschedule(self.model.row_id(row), due)
