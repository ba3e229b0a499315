"""Everything the rep has logged or planned, newest first, opening on today."""

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QAbstractItemView, QWidget

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.store.queries.lists import ACTIVITIES, ListSpec, count_later
from salescoach.store.session.changes import Change
from salescoach.ui.context import AppContext
from salescoach.ui.labels import kind_label, status_label, when_text
from salescoach.ui.paged_model import Column
from salescoach.ui.selection import Selection, Subject
from salescoach.ui.views.list_page import ListPage

translate = QCoreApplication.translate
SHOWS = Change.ACTIVITIES | Change.CONTACTS | Change.OPPORTUNITIES


def activity_columns() -> list[Column]:
    """The columns that describe an activity, shared by the activity and follow-up lists."""
    return [
        Column("at", translate("ActivityColumns", "When"), when_text),
        Column("kind", translate("ActivityColumns", "Kind"), lambda v: kind_label(v) if v else ""),
        Column("contact", translate("ActivityColumns", "Contact")),
        Column("company", translate("ActivityColumns", "Company")),
        Column("opportunity", translate("ActivityColumns", "Opportunity")),
    ]


class ActivityList(ListPage):
    """A list of activities: what a selected row involves, and how to delete it."""

    subject = Subject.ACTIVITY

    def __init__(
        self,
        context: AppContext,
        spec: ListSpec,
        parent: QWidget | None = None,
    ) -> None:
        self.clock = context.clock  # before the columns are made: they may read it
        super().__init__(context, spec, SHOWS, parent)
        self.launcher = context.launcher
        self._keys = spec.keys

    def row_selection(self, row: int) -> Selection:
        values = self.model.row(row)
        if values is None:  # not loaded yet: only its id is known
            return Selection(Subject.ACTIVITY, activity_id=self.model.row_id(row))
        named = dict(zip(self._keys, values, strict=True))
        return Selection(
            Subject.ACTIVITY,
            contact_id=named["contact_id"],
            opportunity_id=named["opportunity_id"],
            activity_id=named["id"],
            status=ActivityStatus(named["status"]),
            at=named["at"],
            kind=ActivityKind(named["kind"]),
        )

    def edit_selected(self) -> None:
        if (activity_id := self.selected_id()) is not None:
            self.launcher.edit_activity(activity_id)

    def delete_selected(self) -> None:
        if (activity_id := self.selected_id()) is not None:
            self.launcher.delete_activity(activity_id)


class ActivitiesPage(ActivityList):
    NAME = "activitiesPage"  # kept in the settings to reopen on this page

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, ACTIVITIES, parent)
        self.setObjectName(self.NAME)
        self._opened = False
        self.activated.connect(self.launcher.edit_activity)
        self.model.counted.connect(self._open_on_today)
        self._pending_row: int | None = None
        self.table.verticalScrollBar().rangeChanged.connect(lambda *_: self._scroll_pending())
        self.column_widths(130, 100, 160, 170, 170, 90, 220, 220)

    def title(self) -> str:
        return self.tr("Activities")

    def make_columns(self) -> list[Column]:
        return [
            *activity_columns(),
            Column("status", self.tr("Status"), lambda v: status_label(v) if v else ""),
            Column("outcome", self.tr("Outcome")),
            Column("needs", self.tr("Customer's needs")),
        ]

    def count_text(self, count: int) -> str:
        return self.tr("%n activity(ies)", "", count)

    def set_search(self, text: str) -> None:
        """A search opens on its newest match, not on where today would be."""
        if text.strip():
            self._opened, self._pending_row = True, None
        super().set_search(text)

    def _open_on_today(self) -> None:
        """The list runs from the furthest planned item back; open on today, not on next
        month's plans (once: after that the rep's scrolling is theirs)."""
        if self._opened or self.model.query.sort not in (None, "at"):
            return
        self._opened = True
        query, end_of_today = self.model.query, datetime.combine(self.clock.today(), time.max)
        self.model.operations.query(
            self,
            lambda session: count_later(session, ACTIVITIES, query, end_of_today),
            self._scroll_to_row,
        )

    def _scroll_to_row(self, row: int) -> None:
        """Bring `row` to the top once the view has laid out the new list: until then its
        scroll bar has no range, so try again each time the range changes."""
        self._pending_row = row
        QTimer.singleShot(0, self._scroll_pending)

    def _scroll_pending(self) -> None:
        row, bar = self._pending_row, self.table.verticalScrollBar()
        if row is None or not 0 <= row < self.model.rowCount():
            return
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        if self.table.rowAt(0) == row or (bar.maximum() > 0 and bar.value() == bar.maximum()):
            self._pending_row = None  # there: the rep's scrolling is theirs from now on
