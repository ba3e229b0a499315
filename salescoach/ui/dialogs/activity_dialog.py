"""Log an activity, or plan a follow-up: one dialog, two moods.

"Save and plan follow-up" saves what was logged and opens a planning dialog pre-filled
with the same contact and opportunity, so the next step is never forgotten.
"""

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salescoach.core.agenda import next_working_morning
from salescoach.core.clock import Clock
from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.records import ActivityFields
from salescoach.store.records.activities import save_activity
from salescoach.store.records.opportunities import opportunities_of
from salescoach.ui.dialogs.common import (
    current,
    enum_combo,
    error_label,
    moment_of,
    note_label,
    select_data,
    show_error,
    text_box,
    when_edit,
)
from salescoach.ui.dialogs.save_dialog import SaveDialog, Work
from salescoach.ui.labels import kind_label, stage_label, status_label
from salescoach.ui.operations import NewestOnly, Operations
from salescoach.ui.widgets.contact_picker import ContactPicker

Choices = list[tuple[int, str, Stage]]


class Mode(Enum):
    LOG = "log"
    PLAN = "plan"


def preset_for(
    now: datetime,
    contact_id: int | None,
    status: ActivityStatus,
    opportunity_id: int | None = None,
) -> ActivityFields:
    """A call with this contact: now if it is being logged, next morning if planned."""
    at = next_working_morning(now) if status is ActivityStatus.PLANNED else now
    return ActivityFields(ActivityKind.CALL, status, at, contact_id or 0, opportunity_id)


@dataclass(frozen=True)
class ActivityDraft:
    """What the dialog opens with, read off the GUI thread: the fields, the contact's label and
    the contact's opportunities."""

    fields: ActivityFields
    contact: str = ""
    opportunities: Choices = field(default_factory=list)


class ActivityDialog(SaveDialog):
    #: Emitted when the rep asked to plan a follow-up after saving; carries the preset.
    follow_up_requested = Signal(object)  # ActivityFields

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        mode: Mode,
        draft: ActivityDraft,
        activity_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, parent)
        self.clock = clock
        self.mode = mode
        self.activity_id = activity_id
        self._plan_next = False
        self._newest = NewestOnly()
        titles = {Mode.LOG: self.tr("Log activity"), Mode.PLAN: self.tr("Plan follow-up")}
        self.setWindowTitle(titles[mode])
        self.setMinimumWidth(480)

        self.kind = enum_combo(list(ActivityKind), kind_label, self)
        self.contact = ContactPicker(operations, self)
        self.contact_error = error_label(self)
        self.opportunity = QComboBox(self)
        self.lesson = draft.fields.lesson  # kept as it is: an edit is not a new plan
        self.at = when_edit(draft.fields.at, self)
        self.at_note = note_label(self)
        self.status = enum_combo(list(ActivityStatus), status_label, self)
        self.outcome = QLineEdit(self)
        self.needs = text_box(self)
        self.needs.setPlaceholderText(self.tr("What did the customer say they need or want?"))
        self.notes = text_box(self)
        for widget, name in (
            (self.kind, "kind"),
            (self.contact, "contact"),
            (self.opportunity, "opportunity"),
            (self.at, "at"),
            (self.at_note, "atNote"),
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
        form.addRow("", self.at_note)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("O&utcome"), self.outcome)
        form.addRow(self.tr("Customer's &needs"), self.needs)
        form.addRow(self.tr("No&tes"), self.notes)

        self.follow_up_button: QPushButton | None = None
        if mode is Mode.LOG:
            self.follow_up_button = self.buttons.addButton(
                self.tr("Save and plan &follow-up"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.follow_up_button.setObjectName("saveAndPlan")
            self.follow_up_button.clicked.connect(self.save_and_plan)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.add_buttons(layout)

        self._apply(draft)
        self.saved.connect(self._after_save)
        self.contact.contact_changed.connect(self._ask_opportunities)
        self.at.dateTimeChanged.connect(self._check_when)
        self.status.currentIndexChanged.connect(self._check_when)
        self._check_when()

    def first_field(self) -> QWidget:
        """Who, if nobody is chosen yet; then how it went (a log) or what to do (a plan)."""
        if not self.contact.text().strip():
            return self.contact
        return self.notes if self.mode is Mode.PLAN else self.outcome

    def _apply(self, draft: ActivityDraft) -> None:
        fields = draft.fields
        select_data(self.kind, fields.kind)
        select_data(self.status, fields.status)
        self.contact.set_contact(fields.contact_id or None, draft.contact)
        self._fill_opportunities(draft.opportunities, fields.opportunity_id)
        self.outcome.setText(fields.outcome)
        self.needs.setPlainText(fields.needs)
        self.notes.setPlainText(fields.notes)

    def _ask_opportunities(self, contact_id: int | None) -> None:
        if contact_id is None:
            self._fill_opportunities([], None)
            return
        self.operations.query(
            self,
            lambda session: opportunities_of(session, contact_id),
            self._newest(lambda choices: self._fill_opportunities(choices, None)),
        )

    def _fill_opportunities(self, choices: Choices, chosen: int | None) -> None:
        self.opportunity.clear()
        self.opportunity.addItem(self.tr("(none)"), None)
        for opp_id, title, stage in choices:
            self.opportunity.addItem(f"{title} — {stage_label(stage)}", opp_id)
        open_deals = [opp_id for opp_id, _title, stage in choices if stage is not Stage.LOST]
        if chosen is not None and self.mode is Mode.PLAN and chosen not in open_deals:
            chosen = None  # a follow-up is planned on a deal in play, not on a lost one
        if chosen is not None:
            select_data(self.opportunity, chosen)
        elif len(open_deals) == 1:  # the one deal in play; never a lost one unasked
            select_data(self.opportunity, open_deals[0])

    def _check_when(self) -> None:
        """A follow-up in the past is allowed (the rep may be catching up) but said."""
        planned = current(self.status, ActivityStatus) is ActivityStatus.PLANNED
        past = moment_of(self.at) < self.clock.now()
        show_error(
            self.at_note,
            self.tr("This is in the past: it will show as overdue.") if planned and past else "",
        )

    def undo_label(self) -> str:
        if self.activity_id is not None:
            return self.tr("edit activity")
        if self.mode is Mode.PLAN:
            return self.tr("plan follow-up")
        return self.tr("log {kind}").format(
            kind=kind_label(current(self.kind, ActivityKind)).lower()
        )

    def save_and_plan(self) -> None:
        self._plan_next = True
        self.submit()
        if not self.saving:
            self._plan_next = False

    def work(self) -> Work | None:
        resolve = self.contact.required(self.contact_error)
        if resolve is None:
            return None
        fields = ActivityFields(
            kind=current(self.kind, ActivityKind),
            status=current(self.status, ActivityStatus),
            at=moment_of(self.at),
            contact_id=resolve.contact_id or 0,
            opportunity_id=self.opportunity.currentData(),
            outcome=self.outcome.text(),
            notes=self.notes.toPlainText(),
            needs=self.needs.toPlainText(),
            lesson=self.lesson,
        )
        activity_id = self.activity_id

        def save(session: Session) -> tuple[int, ActivityFields]:
            saved = replace(fields, contact_id=resolve(session) or 0)
            return save_activity(session, saved, activity_id), saved

        return save

    def saved_id(self, result: tuple[int, ActivityFields]) -> int:
        return result[0]

    def _after_save(self, result: tuple[int, ActivityFields]) -> None:
        if self._plan_next:
            self.follow_up_requested.emit(self.follow_up_preset(result[1], self.clock.now()))

    def _failed(self, error: BaseException) -> None:
        self._plan_next = False  # the next click says again what it wants
        super()._failed(error)

    @staticmethod
    def follow_up_preset(done: ActivityFields, now: datetime) -> ActivityFields:
        """The next step after `done`: a call the next working morning, same people."""
        template = QCoreApplication.translate("ActivityDialog", "Follow-up: {outcome}")
        note = done.outcome and template.format(outcome=done.outcome)
        return ActivityFields(
            kind=ActivityKind.CALL,
            status=ActivityStatus.PLANNED,
            at=next_working_morning(max(done.at, now)),
            contact_id=done.contact_id,
            opportunity_id=done.opportunity_id,
            notes=note or "",
        )
