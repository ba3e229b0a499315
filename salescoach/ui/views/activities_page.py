"""Everything the rep has logged or planned, newest first."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from salescoach.store import Store
from salescoach.store.lists import ACTIVITIES
from salescoach.ui.labels import kind_label, status_label, when_text
from salescoach.ui.launcher import Launcher
from salescoach.ui.operations import Change, ChangeBus
from salescoach.ui.paged_model import Column, PagedTableModel
from salescoach.ui.views.list_page import ListPage

translate = QCoreApplication.translate


def activity_columns() -> list[Column]:
    """The columns that describe an activity, shared by the activity and follow-up lists."""
    return [
        Column("at", translate("ActivityColumns", "When"), when_text),
        Column("kind", translate("ActivityColumns", "Kind"), lambda v: kind_label(v) if v else ""),
        Column("contact", translate("ActivityColumns", "Contact")),
        Column("company", translate("ActivityColumns", "Company")),
        Column("opportunity", translate("ActivityColumns", "Opportunity")),
    ]


class ActivitiesPage(ListPage):
    def __init__(
        self, store: Store, bus: ChangeBus, launcher: Launcher, parent: QWidget | None = None
    ) -> None:
        model = PagedTableModel(store, ACTIVITIES, [])
        super().__init__(
            model, bus, Change.ACTIVITIES | Change.CONTACTS | Change.OPPORTUNITIES, parent
        )
        self.launcher = launcher
        self.add_action(
            self.tr("Log activity"),
            lambda: launcher.log_activity(),
            needs_selection=False,
            name="logActivity",
        )
        self.add_action(self.tr("Edit"), self.edit, name="editActivity")
        self.add_action(
            self.tr("Delete"), self.delete, QKeySequence.StandardKey.Delete, name="deleteActivity"
        )
        self.activated.connect(launcher.edit_activity)
        self.column_widths(130, 100, 160, 170, 170, 90, 220)

    def make_columns(self) -> list[Column]:
        return [
            *activity_columns(),
            Column("status", self.tr("Status"), lambda v: status_label(v) if v else ""),
            Column("outcome", self.tr("Outcome")),
            Column("needs", self.tr("Customer's needs")),
        ]

    def count_text(self, count: int) -> str:
        return self.tr("%n activity(ies)", "", count)

    def edit(self) -> None:
        if (activity_id := self.selected_id()) is not None:
            self.launcher.edit_activity(activity_id)

    def delete(self) -> None:
        if (activity_id := self.selected_id()) is not None:
            self.launcher.delete_activity(activity_id)
