"""The contacts list, with the actions a rep takes on a contact."""

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from salescoach.core.domain import ActivityStatus
from salescoach.store import Store
from salescoach.store.lists import CONTACTS
from salescoach.ui.dialogs.activity_dialog import preset_for
from salescoach.ui.labels import source_label
from salescoach.ui.launcher import Launcher
from salescoach.ui.operations import Change, ChangeBus
from salescoach.ui.paged_model import Column, PagedTableModel
from salescoach.ui.views.list_page import ListPage


class ContactsPage(ListPage):
    def __init__(
        self, store: Store, bus: ChangeBus, launcher: Launcher, parent: QWidget | None = None
    ) -> None:
        model = PagedTableModel(store, CONTACTS, [])
        super().__init__(model, bus, Change.CONTACTS | Change.OPPORTUNITIES, parent)
        self.launcher = launcher
        self.add_action(
            self.tr("New contact"),
            launcher.new_contact,
            QKeySequence.StandardKey.New,
            needs_selection=False,
            name="newContact",
        )
        self.add_action(self.tr("Edit"), self.edit, name="editContact")
        self.add_action(
            self.tr("Delete"), self.delete, QKeySequence.StandardKey.Delete, name="deleteContact"
        )
        self.toolbar.addSeparator()
        self.add_action(self.tr("New opportunity"), self.new_opportunity, name="newOpportunity")
        self.add_action(self.tr("Log activity"), self.log_activity, name="logForContact")
        self.add_action(self.tr("Plan follow-up"), self.plan_follow_up, name="planForContact")
        self.activated.connect(launcher.edit_contact)
        self.column_widths(180, 180, 220, 140, 140, 110, 80)

    def make_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name")),
            Column("company", self.tr("Company")),
            Column("email", self.tr("E-mail")),
            Column("phone", self.tr("Phone")),
            Column("role", self.tr("Role")),
            Column("source", self.tr("Source"), lambda v: source_label(v) if v else ""),
            Column("is_customer", self.tr("Customer"), lambda v: self.tr("Yes") if v else ""),
            Column("referred_by", self.tr("Referred by")),
        ]

    def count_text(self, count: int) -> str:
        return self.tr("%n contact(s)", "", count)

    def edit(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            self.launcher.edit_contact(contact_id)

    def delete(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.launcher.delete_contact(self.model.row_id(row), self.model.value(row, "name"))

    def new_opportunity(self) -> None:
        self.launcher.new_opportunity(self.selected_id())

    def log_activity(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            self.launcher.log_activity(preset_for(contact_id, ActivityStatus.DONE))

    def plan_follow_up(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            self.launcher.plan_follow_up(preset_for(contact_id, ActivityStatus.PLANNED))
