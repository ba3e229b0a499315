"""Opens the editing dialogs: the one place pages and menus ask for a dialog.

Dialogs open window-modal but non-blocking (`open()`, not `exec()`), so the event loop
keeps running, background saves complete, and tests can drive them like a user.
"""

from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.records import ActivityFields
from salescoach.store.activities import delete_activity, load_activity
from salescoach.store.contacts import delete_contact
from salescoach.store.opportunities import delete_opportunity
from salescoach.ui.dialogs.activity_dialog import ActivityDialog, Mode
from salescoach.ui.dialogs.coach_settings_dialog import CoachSettingsDialog
from salescoach.ui.dialogs.common import select_data
from salescoach.ui.dialogs.contact_dialog import ContactDialog
from salescoach.ui.dialogs.follow_ups_dialog import FollowUpsDialog
from salescoach.ui.dialogs.opportunity_dialog import OpportunityDialog
from salescoach.ui.dialogs.reschedule_dialog import RescheduleDialog
from salescoach.ui.operations import Change, Operations


class Launcher(QObject):
    #: Every dialog it opens, so tests and the window can find the current one.
    opened = Signal(QDialog)

    def __init__(self, operations: Operations, window: QWidget) -> None:
        super().__init__(window)
        self.operations = operations
        self.window = window

    def _show(self, dialog: QDialog) -> QDialog:
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.opened.emit(dialog)
        return dialog

    # -- contacts ------------------------------------------------------------------------
    def new_contact(self) -> QDialog:
        return self._show(ContactDialog(self.operations, None, self.window))

    def edit_contact(self, contact_id: int) -> QDialog:
        return self._show(ContactDialog(self.operations, contact_id, self.window))

    def delete_contact(self, contact_id: int, name: str) -> None:
        if self._confirm(
            self.tr("Delete {name} with their opportunities and activities?").format(name=name)
        ):
            self.operations.mutate(self.window, lambda s: delete_contact(s, contact_id), Change.ALL)

    # -- opportunities -------------------------------------------------------------------
    def new_opportunity(self, contact_id: int | None = None) -> QDialog:
        return self._show(OpportunityDialog(self.operations, contact_id, None, self.window))

    def edit_opportunity(self, opportunity_id: int) -> QDialog:
        return self._show(OpportunityDialog(self.operations, None, opportunity_id, self.window))

    def delete_opportunity(self, opportunity_id: int, title: str) -> None:
        if self._confirm(self.tr("Delete the opportunity '{title}'?").format(title=title)):
            self.operations.mutate(
                self.window,
                lambda s: delete_opportunity(s, opportunity_id),
                Change.OPPORTUNITIES | Change.ACTIVITIES,
            )

    # -- activities ----------------------------------------------------------------------
    def log_activity(self, preset: ActivityFields | None = None) -> ActivityDialog:
        dialog = ActivityDialog(self.operations, Mode.LOG, preset, None, self.window)
        dialog.follow_up_requested.connect(self.plan_follow_up)
        self._show(dialog)
        return dialog

    def plan_follow_up(self, preset: ActivityFields | None = None) -> ActivityDialog:
        dialog = ActivityDialog(self.operations, Mode.PLAN, preset, None, self.window)
        self._show(dialog)
        return dialog

    def log_activity_of_kind(self, kind: ActivityKind) -> ActivityDialog:
        """The log dialog with the kind chosen (a tip's "log a call" or "log a meeting")."""
        dialog = self.log_activity()
        select_data(dialog.kind, kind)
        return dialog

    def plan_follow_ups(self, contacts: dict[int, str], note: str) -> QDialog:
        return self._show(FollowUpsDialog(self.operations, contacts, note, self.window))

    def coach_settings(self) -> QDialog:
        return self._show(CoachSettingsDialog(self.operations, self.window))

    def edit_activity(self, activity_id: int) -> ActivityDialog:
        dialog = ActivityDialog(self.operations, Mode.LOG, None, activity_id, self.window)
        dialog.follow_up_requested.connect(self.plan_follow_up)
        self._show(dialog)
        return dialog

    def mark_done(self, activity_id: int) -> ActivityDialog:
        """Open the planned activity as done, to record its outcome (and plan the next)."""
        with self.operations.store.reader() as session:
            planned = load_activity(session, activity_id)
        now = datetime.now().replace(second=0, microsecond=0)
        at = planned.at if planned.at.date() == now.date() and planned.at <= now else now
        preset = ActivityFields(planned.kind, ActivityStatus.DONE, at, planned.contact_id)
        dialog = ActivityDialog(self.operations, Mode.LOG, preset, activity_id, self.window)
        dialog.follow_up_requested.connect(self.plan_follow_up)
        self._show(dialog)
        return dialog

    def reschedule(self, activity_id: int, due: datetime) -> QDialog:
        return self._show(RescheduleDialog(self.operations, activity_id, due, self.window))

    def delete_activity(self, activity_id: int) -> None:
        if self._confirm(self.tr("Delete this activity?")):
            self.operations.mutate(
                self.window, lambda s: delete_activity(s, activity_id), Change.ACTIVITIES
            )

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, self.tr("SalesCoach"), question)
        return answer == QMessageBox.StandardButton.Yes
