"""Log an activity, or plan a follow-up: one dialog, two moods.

"Save and plan follow-up" saves what was logged and opens a planning dialog pre-filled
with the same contact and opportunity, so the next step is never forgotten.
"""

from datetime import datetime, timedelta
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.records import ActivityFields
from salescoach.store.activities import load_activity, save_activity
from salescoach.store.opportunities import opportunities_of
from salescoach.ui.dialogs.common import current, enum_combo, error_label, select_data, show_error
from salescoach.ui.labels import kind_label, stage_label, status_label
from salescoach.ui.operations import Change, Operations
from salescoach.ui.widgets.contact_picker import ContactPicker


class Mode(Enum):
    LOG = "log"
    PLAN = "plan"


def next_working_morning(now: datetime) -> datetime:
    day = now.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return datetime.combine(day, datetime.min.time()).replace(hour=9)


def preset_for(
    contact_id: int, status: ActivityStatus, opportunity_id: int | None = None
) -> ActivityFields:
    """A call with this contact: now if it is being logged, next morning if planned."""
    now = datetime.now().replace(second=0, microsecond=0)
    at = next_working_morning(now) if status is ActivityStatus.PLANNED else now
    return ActivityFields(ActivityKind.CALL, status, at, contact_id, opportunity_id)


class ActivityDialog(QDialog):
    #: Emitted when the rep asked to plan a follow-up after saving; carries the preset.
    follow_up_requested = Signal(object)  # ActivityFields

    def __init__(
        self,
        operations: Operations,
        mode: Mode = Mode.LOG,
        preset: ActivityFields | None = None,
        activity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.mode = mode
        self.activity_id = activity_id
        self.saved_id: int | None = None
        titles = {Mode.LOG: self.tr("Log activity"), Mode.PLAN: self.tr("Plan follow-up")}
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(480)

        self.kind = enum_combo(list(ActivityKind), kind_label, self)
        self.contact = ContactPicker(operations.store, self)
        self.contact_error = error_label(self)
        self.opportunity = QComboBox(self)
        self.at = QDateTimeEdit(self)
        self.at.setCalendarPopup(True)
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.status = enum_combo(list(ActivityStatus), status_label, self)
        self.outcome = QLineEdit(self)
        self.needs = QPlainTextEdit(self)
        self.needs.setPlaceholderText(self.tr("What did the customer say they need or want?"))
        self.needs.setFixedHeight(64)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(64)
        for widget, name in (
            (self.kind, "kind"),
            (self.contact, "contact"),
            (self.opportunity, "opportunity"),
            (self.at, "at"),
            (self.status, "status"),
            (self.outcome, "outcome"),
            (self.needs, "needs"),
            (self.notes, "notes"),
        ):
            widget.setObjectName(name)

        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Contact"), self.contact)
        form.addRow("", self.contact_error)
        form.addRow(self.tr("&Opportunity"), self.opportunity)
        form.addRow(self.tr("&When") if mode is Mode.LOG else self.tr("&Due"), self.at)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("O&utcome"), self.outcome)
        form.addRow(self.tr("Customer's &needs"), self.needs)
        form.addRow(self.tr("No&tes"), self.notes)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.follow_up_button: QPushButton | None = None
        if mode is Mode.LOG:
            self.follow_up_button = self.buttons.addButton(
                self.tr("Save and plan &follow-up"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.follow_up_button.setObjectName("saveAndPlan")
            self.follow_up_button.clicked.connect(lambda: self.save(plan_next=True))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(
            lambda: self.save(plan_next=False)
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.contact.contact_changed.connect(self._fill_opportunities)
        self._apply(preset or self._default_preset())
        if activity_id is not None:
            with operations.store.reader() as session:
                self._apply(load_activity(session, activity_id))
            if preset is not None:  # e.g. "mark done": the stored activity, with changes on top
                select_data(self.status, preset.status)
                self.at.setDateTime(QDateTime(preset.at))

    def _default_preset(self) -> ActivityFields:
        status = ActivityStatus.PLANNED if self.mode is Mode.PLAN else ActivityStatus.DONE
        return preset_for(0, status)

    def _apply(self, fields: ActivityFields) -> None:
        select_data(self.kind, fields.kind)
        select_data(self.status, fields.status)
        self.at.setDateTime(QDateTime(fields.at))
        self.contact.set_contact(fields.contact_id or None)
        self._fill_opportunities(fields.contact_id or None)
        select_data(self.opportunity, fields.opportunity_id)
        self.outcome.setText(fields.outcome)
        self.needs.setPlainText(fields.needs)
        self.notes.setPlainText(fields.notes)

    def _fill_opportunities(self, contact_id: int | None) -> None:
        self.opportunity.clear()
        self.opportunity.addItem(self.tr("(none)"), None)
        if contact_id is None:
            return
        with self.operations.store.reader() as session:
            for opp_id, title, stage in opportunities_of(session, contact_id):
                self.opportunity.addItem(f"{title} — {stage_label(stage)}", opp_id)
        if self.opportunity.count() == 2:
            self.opportunity.setCurrentIndex(1)

    def fields(self) -> ActivityFields | None:
        contact_id = self.contact.contact_id()
        show_error(
            self.contact_error,
            "" if contact_id else self.tr("Choose a contact from the suggestions."),
        )
        if contact_id is None:
            return None
        return ActivityFields(
            kind=current(self.kind, ActivityKind),
            status=current(self.status, ActivityStatus),
            at=self.at.dateTime().toPython().replace(second=0, microsecond=0),
            contact_id=contact_id,
            opportunity_id=self.opportunity.currentData(),
            outcome=self.outcome.text(),
            notes=self.notes.toPlainText(),
            needs=self.needs.toPlainText(),
        )

    def save(self, plan_next: bool = False) -> None:
        fields, activity_id = self.fields(), self.activity_id
        if fields is None:
            return
        self.buttons.setEnabled(False)

        def saved(new_id: int) -> None:
            self.saved_id = new_id
            self.accept()
            if plan_next:
                self.follow_up_requested.emit(self.follow_up_preset(fields))

        self.operations.mutate(
            self,
            lambda session: save_activity(session, fields, activity_id),
            Change.ACTIVITIES,
            saved,
            on_failed=lambda _error: self.buttons.setEnabled(True),
        )

    @staticmethod
    def follow_up_preset(done: ActivityFields) -> ActivityFields:
        """The next step after `done`: a call the next working morning, same people."""
        template = QCoreApplication.translate("ActivityDialog", "Follow-up: {outcome}")
        note = done.outcome and template.format(outcome=done.outcome)
        return ActivityFields(
            kind=ActivityKind.CALL,
            status=ActivityStatus.PLANNED,
            at=next_working_morning(max(done.at, datetime.now())),
            contact_id=done.contact_id,
            opportunity_id=done.opportunity_id,
            notes=note or "",
        )
