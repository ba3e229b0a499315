"""Add or edit a contact, with validation shown beside the fields as the rep types."""

from dataclasses import replace

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from salescoach.core.domain import Source
from salescoach.core.records import ContactFields
from salescoach.core.validation import is_valid_email, is_valid_phone
from salescoach.store.records.contacts import save_contact
from salescoach.ui.dialogs.common import (
    current,
    enum_combo,
    error_label,
    select_data,
    show_error,
    text_box,
)
from salescoach.ui.dialogs.save_dialog import SaveDialog, Work
from salescoach.ui.labels import source_label
from salescoach.ui.operations import Operations
from salescoach.ui.widgets.contact_picker import ContactPicker


class ContactDialog(SaveDialog):
    def __init__(
        self,
        operations: Operations,
        contact_id: int | None = None,
        fields: ContactFields | None = None,
        referrer: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, parent)
        self.contact_id = contact_id
        new = contact_id is None
        self.setWindowTitle(self.tr("New contact") if new else self.tr("Edit contact"))
        self.setMinimumWidth(440)

        self.name = QLineEdit(self)
        self.company = QLineEdit(self)
        self.email = QLineEdit(self)
        self.email_error = error_label(self)
        self.phone = QLineEdit(self)
        self.phone_error = error_label(self)
        self.role = QLineEdit(self)
        self.address = text_box(self, 44)
        self.address.setPlaceholderText(self.tr("Where you visit them"))
        self.source = enum_combo(list(Source), source_label, self)
        self.customer = QCheckBox(self.tr("Already a customer"), self)
        self.referred_by = ContactPicker(operations, self)
        self.referred_by.setPlaceholderText(self.tr("Who introduced them (optional)"))
        self.notes = text_box(self, 70)
        for field, name in (
            (self.name, "name"),
            (self.company, "company"),
            (self.email, "email"),
            (self.phone, "phone"),
            (self.role, "role"),
            (self.address, "address"),
            (self.source, "source"),
            (self.referred_by, "referredBy"),
            (self.notes, "notes"),
        ):
            field.setObjectName(name)

        form = QFormLayout()
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Company"), self.company)
        form.addRow(self.tr("&E-mail"), self.email)
        form.addRow("", self.email_error)
        form.addRow(self.tr("&Phone"), self.phone)
        form.addRow("", self.phone_error)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow(self.tr("&Address"), self.address)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow("", self.customer)
        form.addRow(self.tr("Referred &by"), self.referred_by)
        form.addRow(self.tr("N&otes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_buttons(layout)

        for field in (self.name, self.email, self.phone):
            field.textChanged.connect(self.validate)
        if fields is not None:
            self._show(fields, referrer)
        self.validate()

    def first_field(self) -> QWidget:
        return self.name

    def _show(self, fields: ContactFields, referrer: str) -> None:
        self.name.setText(fields.name)
        self.company.setText(fields.company)
        self.email.setText(fields.email)
        self.phone.setText(fields.phone)
        self.role.setText(fields.role)
        self.address.setPlainText(fields.address)
        select_data(self.source, fields.source)
        self.customer.setChecked(fields.is_customer)
        self.referred_by.set_contact(fields.referred_by_id, referrer)
        self.notes.setPlainText(fields.notes)

    def validate(self) -> bool:
        email_ok = is_valid_email(self.email.text())
        phone_ok = is_valid_phone(self.phone.text())
        show_error(
            self.email_error,
            "" if email_ok else self.tr("This does not look like an e-mail address."),
        )
        show_error(
            self.phone_error,
            "" if phone_ok else self.tr("Use digits, spaces and an optional leading +."),
        )
        valid = email_ok and phone_ok and bool(self.name.text().strip())
        self.set_savable(valid)
        return valid

    def fields(self) -> ContactFields:
        return ContactFields(
            name=self.name.text(),
            company=self.company.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            role=self.role.text(),
            address=self.address.toPlainText(),
            source=current(self.source, Source),
            is_customer=self.customer.isChecked(),
            referred_by_id=self.referred_by.contact_id(),
            notes=self.notes.toPlainText(),
        )

    def undo_label(self) -> str:
        name = self.name.text().strip()
        if self.contact_id is None:
            return self.tr("add contact {name}").format(name=name)
        return self.tr("edit contact {name}").format(name=name)

    def work(self) -> Work | None:
        if not self.validate():
            return None
        fields, contact_id, referrer = self.fields(), self.contact_id, self.referred_by.resolver()

        def save(session: Session) -> int:
            return save_contact(
                session, replace(fields, referred_by_id=referrer(session)), contact_id
            )

        return save
