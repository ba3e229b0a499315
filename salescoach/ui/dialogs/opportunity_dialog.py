"""Create an opportunity for a contact, or edit its title and value."""

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salescoach.core.domain import FUNNEL, Stage
from salescoach.core.records import OpportunityFields
from salescoach.store.opportunities import (
    create_opportunity,
    load_opportunity,
    update_opportunity,
)
from salescoach.ui.dialogs.common import current, enum_combo, error_label, save_cancel, show_error
from salescoach.ui.labels import stage_label
from salescoach.ui.operations import Change, Operations
from salescoach.ui.widgets.contact_picker import ContactPicker

CURRENCIES = ["EUR", "GBP", "USD", "CHF"]


class OpportunityDialog(QDialog):
    def __init__(
        self,
        operations: Operations,
        contact_id: int | None = None,
        opportunity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.opportunity_id = opportunity_id
        new = opportunity_id is None
        self.setWindowTitle(self.tr("New opportunity") if new else self.tr("Edit opportunity"))
        self.setMinimumWidth(420)

        self.contact = ContactPicker(operations.store, self)
        self.contact_error = error_label(self)
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("What they might buy"))
        self.value = QDoubleSpinBox(self)
        self.value.setRange(0, 1e9)
        self.value.setDecimals(0)
        self.value.setSingleStep(500)
        self.value.setGroupSeparatorShown(True)
        self.currency = QComboBox(self)
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.stage = enum_combo(list(FUNNEL), stage_label, self)

        form = QFormLayout()
        form.addRow(self.tr("&Contact"), self.contact)
        form.addRow("", self.contact_error)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("C&urrency"), self.currency)
        if new:
            form.addRow(self.tr("&Starting stage"), self.stage)
        self.buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.title.textChanged.connect(self._validate)

        if opportunity_id is not None:
            with operations.store.reader() as session:
                fields = load_opportunity(session, opportunity_id)
            contact_id = fields.contact_id
            self.title.setText(fields.title)
            self.value.setValue(fields.value)
            self.currency.setCurrentText(fields.currency)
        self.contact.set_contact(contact_id)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.title.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def save(self) -> None:
        contact_id = self.contact.contact_id()
        show_error(
            self.contact_error,
            "" if contact_id else self.tr("Choose a contact from the suggestions."),
        )
        if contact_id is None:
            return
        fields = OpportunityFields(
            contact_id, self.title.text(), self.value.value(), self.currency.currentText().upper()
        )
        stage = current(self.stage, Stage)
        opportunity_id = self.opportunity_id
        self.buttons.setEnabled(False)

        def work(session: Session) -> int:
            if opportunity_id is None:
                return create_opportunity(session, fields, stage)
            update_opportunity(session, opportunity_id, fields)
            return opportunity_id

        self.operations.mutate(
            self,
            work,
            Change.OPPORTUNITIES,
            lambda _id: self.accept(),
            on_failed=lambda _error: self.buttons.setEnabled(True),
        )
