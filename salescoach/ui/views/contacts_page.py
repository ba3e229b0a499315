"""The contacts list: everyone the rep sells to, searchable by any part of their details."""

from PySide6.QtWidgets import QWidget

from salescoach.store.queries.lists import CONTACTS
from salescoach.store.session.changes import Change
from salescoach.ui.context import AppContext
from salescoach.ui.labels import source_label
from salescoach.ui.paged_model import Column
from salescoach.ui.selection import Selection, Subject
from salescoach.ui.views.list_page import ListPage


class ContactsPage(ListPage):
    NAME = "contactsPage"  # kept in the settings to reopen on this page
    subject = Subject.CONTACT

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, CONTACTS, Change.CONTACTS | Change.OPPORTUNITIES, parent)
        self.setObjectName(self.NAME)
        self.launcher = context.launcher
        self.activated.connect(self.launcher.open_contact)  # double-click, Enter: their card
        self.column_widths(180, 180, 220, 140, 140, 110, 80, 160)

    def title(self) -> str:
        return self.tr("Contacts")

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

    def row_selection(self, row: int) -> Selection:
        return Selection(Subject.CONTACT, contact_id=self.model.row_id(row))

    def edit_selected(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            self.launcher.edit_contact(contact_id)

    def delete_selected(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            self.launcher.delete_contact(contact_id)
