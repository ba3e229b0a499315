"""Create an opportunity for a contact, or edit its title and value."""

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salescoach.core.clock import Clock
from salescoach.core.domain import FUNNEL, Stage
from salescoach.core.records import OpportunityFields
from salescoach.store.records.opportunities import create_opportunity, update_opportunity
from salescoach.ui.dialogs.common import current, enum_combo, error_label
from salescoach.ui.dialogs.save_dialog import SaveDialog, Work
from salescoach.ui.labels import stage_label
from salescoach.ui.operations import Operations
from salescoach.ui.widgets.contact_picker import ContactPicker

CURRENCIES = ["EUR", "GBP", "USD", "CHF"]


class OpportunityDialog(SaveDialog):
    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        opportunity_id: int | None = None,
        fields: OpportunityFields | None = None,
        contact: tuple[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, parent)
        self.clock = clock
        self.opportunity_id = opportunity_id
        new = opportunity_id is None
        self.setWindowTitle(self.tr("New opportunity") if new else self.tr("Edit opportunity"))
        self.setMinimumWidth(420)

        self.contact = ContactPicker(operations, self)
        self.contact.setObjectName("contact")
        self.contact_error = error_label(self)
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.title.setPlaceholderText(self.tr("What they might buy"))
        self.value = QDoubleSpinBox(self)
        self.value.setObjectName("value")
        self.value.setRange(0, 1e9)
        self.value.setDecimals(0)
        self.value.setSingleStep(500)
        self.value.setGroupSeparatorShown(True)
        self.currency = QComboBox(self)
        self.currency.setObjectName("currency")
        self.currency.setEditable(True)
        self.currency.addItems(CURRENCIES)
        self.stage = enum_combo(list(FUNNEL), stage_label, self)
        self.stage.setObjectName("stage")

        form = QFormLayout()
        form.addRow(self.tr("&Contact"), self.contact)
        form.addRow("", self.contact_error)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Value"), self.value)
        form.addRow(self.tr("C&urrency"), self.currency)
        if new:
            form.addRow(self.tr("&Starting stage"), self.stage)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_buttons(layout)
        self.title.textChanged.connect(self._validate)

        if fields is not None:
            self.title.setText(fields.title)
            self.value.setValue(fields.value)
            self.currency.setCurrentText(fields.currency)
        if contact is not None:
            self.contact.set_contact(*contact)
        self._validate()

    def _validate(self) -> None:
        self.set_savable(bool(self.title.text().strip()))

    def undo_label(self) -> str:
        title = self.title.text().strip()
        if self.opportunity_id is None:
            return self.tr("add opportunity {title}").format(title=title)
        return self.tr("edit opportunity {title}").format(title=title)

    def work(self) -> Work | None:
        resolve = self.contact.required(self.contact_error)
        if resolve is None:
            return None
        title, value = self.title.text(), self.value.value()
        currency, stage = self.currency.currentText().upper(), current(self.stage, Stage)
        opportunity_id, now = self.opportunity_id, self.clock.now()

        def save(session: Session) -> int:
            fields = OpportunityFields(resolve(session) or 0, title, value, currency)
            if opportunity_id is None:
                return create_opportunity(session, fields, stage, now)
            update_opportunity(session, opportunity_id, fields)
            return opportunity_id

        return save
