"""Opens the editing dialogs and asks before deleting: the one place pages and menus go.

What a dialog shows is read on a worker first; the dialog opens when it arrives. Dialogs
open window-modal but non-blocking (`open()`, not `exec()`), so the event loop keeps
running, background saves complete, and tests can drive them like a user. Each dialog's
module is imported when it is first opened: the first screen needs none of them.
"""

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from sqlalchemy.orm import Session

from salescoach.core.clock import Clock
from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.records import ActivityFields, ContactFields, OpportunityFields
from salescoach.store.records.activities import delete_activity, load_activity
from salescoach.store.records.contacts import (
    contact_label,
    delete_contact,
    load_contact,
    what_goes_with,
)
from salescoach.store.records.opportunities import (
    delete_opportunity,
    load_opportunity,
    move_opportunity,
    opportunities_of,
    opportunity_title,
)
from salescoach.store.safety.privacy import erase_contact, erase_from_backups, scrub
from salescoach.store.session.changes import Applied
from salescoach.ui.labels import stage_label
from salescoach.ui.operations import Operations
from salescoach.ui.selection import Subject

if TYPE_CHECKING:
    from salescoach.ui.dialogs.activity_dialog import ActivityDraft, Mode

T = TypeVar("T")


def activity_draft(session: Session, fields: ActivityFields) -> "ActivityDraft":
    """The dialog's starting point: the fields and the words that go with their ids."""
    from salescoach.ui.dialogs.activity_dialog import ActivityDraft

    if not fields.contact_id:
        return ActivityDraft(fields)
    return ActivityDraft(
        fields,
        contact_label(session, fields.contact_id),
        opportunities_of(session, fields.contact_id),
    )


class Launcher(QObject):
    #: Every dialog or question it opens, so tests and the window can find the current one.
    opened = Signal(QDialog)
    #: A dialog saved a row: (Subject, id); the window selects it in the current list.
    saved = Signal(object, int)
    #: A contact was erased for good (nothing about them may stay, not even in Undo).
    erased = Signal()
    #: The Settings dialog opened (the window connects what it changes).
    settings_opened = Signal(QDialog)

    def __init__(
        self, operations: Operations, clock: Clock, settings: QSettings, window: QWidget
    ) -> None:
        super().__init__(window)
        self.settings = settings
        self.operations = operations
        self.clock = clock
        self.window = window

    def _show(self, dialog: QDialog, subject: Subject = Subject.NONE) -> QDialog:
        from salescoach.ui.dialogs.save_dialog import SaveDialog

        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(self._back_to_window)
        if isinstance(dialog, SaveDialog) and subject is not Subject.NONE:
            dialog.saved.connect(lambda result: self._saved(subject, dialog.saved_id(result)))
        dialog.open()
        self.opened.emit(dialog)
        return dialog

    def _back_to_window(self) -> None:
        """A closed dialog hands the keyboard back to the window, unless another dialog
        (a follow-up to plan) has taken it meanwhile."""
        if QApplication.activeModalWidget() is None:
            self.window.activateWindow()

    def _saved(self, subject: Subject, row_id: int | None) -> None:
        if row_id is not None:
            self.saved.emit(subject, row_id)

    def _read(self, work: Callable[[Session], T], then: Callable[[T], object]) -> None:
        self.operations.query(self.window, work, then)

    # -- contacts ------------------------------------------------------------------------
    def new_contact(self) -> None:
        from salescoach.ui.dialogs.contact_dialog import ContactDialog

        self._show(ContactDialog(self.operations, parent=self.window), Subject.CONTACT)

    def open_contact(self, contact_id: int) -> QDialog:
        """The contact's card: their story, with Edit one click away."""
        from salescoach.ui.dialogs.cards import StoryDialog

        card = StoryDialog(self.operations, self.clock, contact_id, self.window)
        card.edit_requested.connect(self.edit_contact)
        card.log_requested.connect(lambda contact: self.log_activity(contact))
        card.plan_requested.connect(lambda contact: self.plan_follow_up(contact))
        return self._show(card)

    def open_reminder(self, activity_id: int) -> QDialog:
        """The card of a follow-up: the context for the next conversation, and what to do."""
        from salescoach.ui.dialogs.reminder_card import ReminderCard

        card = ReminderCard(self.operations, self.clock, activity_id, self.window)
        card.done_requested.connect(self.mark_done)
        card.contact_requested.connect(self.open_contact)
        card.briefing_requested.connect(self.open_briefing)
        return self._show(card)

    def open_briefing(self, activity_id: int) -> QDialog:
        """One page to read before a meeting or a visit, to print or save as PDF."""
        from salescoach.ui.dialogs.cards import BriefingDialog

        return self._show(BriefingDialog(self.operations, self.clock, activity_id, self.window))

    def edit_contact(self, contact_id: int) -> None:
        from salescoach.ui.dialogs.contact_dialog import ContactDialog

        def read(session: Session) -> tuple[ContactFields, str]:
            fields = load_contact(session, contact_id)
            referrer = fields.referred_by_id
            return fields, contact_label(session, referrer) if referrer else ""

        self._read(
            read,
            lambda found: self._show(
                ContactDialog(self.operations, contact_id, *found, parent=self.window),
                Subject.CONTACT,
            ),
        )

    def delete_contact(self, contact_id: int) -> None:
        """Ask first, saying what goes with the contact; No is the default answer."""

        def read(session: Session) -> tuple[str, dict[str, int]]:
            return load_contact(session, contact_id).name, what_goes_with(session, contact_id)

        def ask(found: tuple[str, dict[str, int]]) -> None:
            name, counts = found
            details = self.tr("This also deletes their {opportunities} and {activities}.").format(
                opportunities=self.tr("%n opportunity(ies)", "", counts["opportunities"]),
                activities=self.tr("%n activity(ies)", "", counts["activities"]),
            )
            if counts["referred"]:
                details += " " + self.tr(
                    "%n contact(s) they referred will no longer show who referred them.",
                    "",
                    counts["referred"],
                )
            if counts["team"]:
                details += " " + self.tr(
                    "On your team, {name} leaves your lists only: your teammates' deals and "
                    "activities with them are kept, and the team keeps {name} while their "
                    "work needs them."
                ).format(name=name)
            self._confirm(
                self.tr("Delete {name}?").format(name=name),
                details,
                lambda: self.operations.mutate(
                    self.window,
                    lambda s: delete_contact(s, contact_id),
                    undo=self.tr("delete contact {name}").format(name=name),
                ),
            )

        self._read(read, ask)

    def erase_contact(self, contact_id: int) -> None:
        """Erase for good, after a question whose default is No: from the database and its
        backups, the freed space overwritten; Undo cannot bring it back."""

        def ask(name: str) -> None:
            self._confirm(
                self.tr("Erase {name} for good?").format(name=name),
                self.tr(
                    "Their deals, activities, notes and the needs they told you are removed "
                    "from this database and from its backups, and cannot be brought back, "
                    "not even with Undo. Copies you made elsewhere are not touched."
                ),
                lambda: self._erase(contact_id),
            )

        self._read(lambda session: load_contact(session, contact_id).name, ask)

    def _erase(self, contact_id: int) -> None:
        store = self.operations.store

        def work(_progress: object) -> Applied[str]:
            applied = store.apply(lambda session: erase_contact(session, contact_id))
            if store.file is not None:
                scrub(store.file, store.passphrase)
                erase_from_backups(store.file, applied.result, store.passphrase)
            return applied

        self.operations.write(self.window, work, lambda _uid: self.erased.emit())

    # -- opportunities -------------------------------------------------------------------
    def new_opportunity(self, contact_id: int | None = None) -> None:
        from salescoach.ui.dialogs.opportunity_dialog import OpportunityDialog

        def opened(label: str) -> None:
            contact = (contact_id, label) if contact_id else None
            dialog = OpportunityDialog(
                self.operations, self.clock, contact=contact, parent=self.window
            )
            self._show(dialog, Subject.OPPORTUNITY)

        if contact_id is None:
            opened("")
        else:
            self._read(lambda session: contact_label(session, contact_id), opened)

    def edit_opportunity(self, opportunity_id: int) -> None:
        from salescoach.ui.dialogs.opportunity_dialog import OpportunityDialog

        def read(session: Session) -> tuple[OpportunityFields, tuple[int, str]]:
            fields = load_opportunity(session, opportunity_id)
            return fields, (fields.contact_id, contact_label(session, fields.contact_id))

        def opened(found: tuple[OpportunityFields, tuple[int, str]]) -> None:
            fields, contact = found
            dialog = OpportunityDialog(
                self.operations, self.clock, opportunity_id, fields, contact, self.window
            )
            self._show(dialog, Subject.OPPORTUNITY)

        self._read(read, opened)

    def delete_opportunity(self, opportunity_id: int) -> None:
        def ask(title: str) -> None:
            self._confirm(
                self.tr("Delete the opportunity '{title}'?").format(title=title),
                self.tr("Its stage history goes with it; its activities stay, without it."),
                lambda: self.operations.mutate(
                    self.window,
                    lambda s: delete_opportunity(s, opportunity_id),
                    undo=self.tr("delete opportunity {title}").format(title=title),
                ),
            )

        self._read(lambda session: opportunity_title(session, opportunity_id), ask)

    def move_opportunity(
        self, opportunity_id: int, stage: Stage, on_done: Callable[[None], None] | None = None
    ) -> None:
        now = self.clock.now()
        label = (
            self.tr("mark opportunity lost")
            if stage is Stage.LOST
            else self.tr("move opportunity to {stage}").format(stage=stage_label(stage))
        )
        self.operations.mutate(
            self.window,
            lambda s: move_opportunity(s, opportunity_id, stage, now),
            on_done,
            undo=label,
        )

    def mark_lost(self, opportunity_id: int, on_done: Callable[[None], None]) -> None:
        self._confirm(
            self.tr("Mark this opportunity as lost?"),
            self.tr("A lost opportunity cannot move again."),
            lambda: self.move_opportunity(opportunity_id, Stage.LOST, on_done),
        )

    # -- activities ----------------------------------------------------------------------
    def log_activity(
        self,
        contact_id: int | None = None,
        opportunity_id: int | None = None,
        kind: ActivityKind = ActivityKind.CALL,
    ) -> None:
        from salescoach.ui.dialogs.activity_dialog import Mode, preset_for

        preset = preset_for(self.clock.now(), contact_id, ActivityStatus.DONE, opportunity_id)
        self._open_activity(Mode.LOG, replace(preset, kind=kind))

    def plan_follow_up(
        self, contact_id: int | None = None, opportunity_id: int | None = None
    ) -> None:
        from salescoach.ui.dialogs.activity_dialog import Mode, preset_for

        preset = preset_for(self.clock.now(), contact_id, ActivityStatus.PLANNED, opportunity_id)
        self._open_activity(Mode.PLAN, preset)

    def plan_next(self, preset: ActivityFields) -> None:
        """The follow-up a logged activity asked for, pre-filled."""
        from salescoach.ui.dialogs.activity_dialog import Mode

        self._open_activity(Mode.PLAN, preset)

    def _open_activity(
        self,
        mode: "Mode",
        fields: ActivityFields | None,
        activity_id: int | None = None,
        done_at: datetime | None = None,
    ) -> None:
        """The activity dialog with `fields`, or with the stored activity (marked done at
        `done_at`, when the rep is recording how a follow-up went)."""
        from salescoach.ui.dialogs.activity_dialog import ActivityDialog, ActivityDraft

        def read(session: Session) -> ActivityDraft:
            shown = fields
            if shown is None:
                assert activity_id is not None
                shown = load_activity(session, activity_id)
                if done_at is not None:
                    shown = replace(shown, status=ActivityStatus.DONE, at=done_at)
            return activity_draft(session, shown)

        def opened(draft: ActivityDraft) -> None:
            dialog = ActivityDialog(
                self.operations, self.clock, mode, draft, activity_id, self.window
            )
            dialog.follow_up_requested.connect(self.plan_next)
            self._show(dialog, Subject.ACTIVITY)

        if fields is not None and not fields.contact_id:
            opened(ActivityDraft(fields))
        else:
            self._read(read, opened)

    def edit_activity(self, activity_id: int) -> None:
        from salescoach.ui.dialogs.activity_dialog import Mode

        self._open_activity(Mode.LOG, None, activity_id)

    def mark_done(self, activity_id: int, due: datetime | None) -> None:
        """Open the planned activity as done, to record its outcome (and plan the next): dated
        when it was due if that was earlier today, else now."""
        from salescoach.ui.dialogs.activity_dialog import Mode

        now = self.clock.now()
        at = due if due is not None and due.date() == now.date() and due <= now else now
        self._open_activity(Mode.LOG, None, activity_id, done_at=at)

    def reschedule(self, activity_id: int, due: datetime) -> None:
        from salescoach.ui.dialogs.reschedule_dialog import RescheduleDialog

        self._show(
            RescheduleDialog(self.operations, self.clock, activity_id, due, self.window),
            Subject.ACTIVITY,
        )

    def delete_activity(self, activity_id: int) -> None:
        self._confirm(
            self.tr("Delete this activity?"),
            self.tr("What was logged with it, its outcome, needs and notes, goes too."),
            lambda: self.operations.mutate(
                self.window,
                lambda s: delete_activity(s, activity_id),
                undo=self.tr("delete activity"),
            ),
        )

    def plan_week(self) -> None:
        """Plan my week: the plan is worked out on a worker, then shown to adjust."""
        from salescoach.store.preferences import working_week
        from salescoach.store.queries.week_plan import plan_week
        from salescoach.ui.dialogs.week_plan_dialog import WeekPlanDialog

        now = self.clock.now()
        self._read(
            lambda session: (plan_week(session, now), working_week(session)),
            lambda found: self._show(WeekPlanDialog(self.operations, *found, parent=self.window)),
        )

    def review_week(self) -> QDialog:
        """The week's review, to read, print or save as PDF."""
        from salescoach.ui.dialogs.cards import ReviewDialog

        return self._show(ReviewDialog(self.operations, self.clock, self.window))

    def plan_follow_ups(
        self,
        contacts: dict[int, str],
        note: str,
        lesson: str = "",
        kind: ActivityKind = ActivityKind.CALL,
    ) -> None:
        from salescoach.ui.dialogs.follow_ups_dialog import FollowUpsDialog

        self._show(
            FollowUpsDialog(self.operations, self.clock, contacts, note, self.window, lesson, kind)
        )

    def coach_settings(self) -> None:
        self.settings_dialog("coach")

    def settings_dialog(self, tab: str = "general") -> None:
        """Settings, read from the database first; opened on `tab`."""
        from salescoach.ui.dialogs.settings_dialog import SettingsDialog, rep_choices

        self._read(
            rep_choices,
            lambda choices: self.settings_opened.emit(
                self._show(
                    SettingsDialog(self.operations, self.settings, choices, self.window, tab)
                )
            ),
        )

    # -- questions -----------------------------------------------------------------------
    def _confirm(self, question: str, details: str, then: Callable[[], None]) -> QMessageBox:
        """A question whose default is No, so Del then Enter never deletes by accident."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("SalesCoach"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("confirmBox")
        box.setInformativeText(details)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                then()

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.finished.connect(self._back_to_window)
        box.open()
        self.opened.emit(box)
        return box
