"""Planning the same follow-up for several contacts at once (a coach tip's one-click action)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salescoach.core.agenda import next_working_morning
from salescoach.core.clock import Clock
from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.records import ActivityFields
from salescoach.store.queries.week_plan import spread
from salescoach.store.records.activities import save_activity
from salescoach.ui.dialogs.common import current, enum_combo, moment_of, select_data, when_edit
from salescoach.ui.dialogs.save_dialog import SaveDialog, Work
from salescoach.ui.labels import kind_label
from salescoach.ui.operations import Operations

_ID = Qt.ItemDataRole.UserRole


class FollowUpsDialog(SaveDialog):
    """Every ticked contact gets one planned activity, all saved in one transaction."""

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        contacts: dict[int, str],
        note: str,
        parent: QWidget | None = None,
        lesson: str = "",
        kind: ActivityKind = ActivityKind.CALL,
    ) -> None:
        """`lesson`: the coach's lesson the follow-ups are planned for (a tip's); `kind`:
        what the tip asks to plan (a meeting to listen, else a call), the rep may change it."""
        super().__init__(operations, parent)
        self.lesson = lesson
        self.setWindowTitle(self.tr("Plan follow-ups"))
        self.setMinimumWidth(440)
        self.people = QListWidget(self)
        self.people.setObjectName("people")
        for contact_id, name in contacts.items():
            item = QListWidgetItem(name, self.people)
            item.setData(_ID, contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self.kind = enum_combo(
            [ActivityKind.CALL, ActivityKind.VISIT, ActivityKind.MEETING, ActivityKind.EMAIL],
            kind_label,
            self,
        )
        self.kind.setObjectName("kind")
        select_data(self.kind, kind)
        self.due = when_edit(next_working_morning(clock.now()), self)
        self.due.setObjectName("due")
        self.notes = QLineEdit(note, self)
        self.notes.setObjectName("notes")
        self.count = QLabel(self)
        form = QFormLayout()
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&Due"), self.due)
        form.addRow(self.tr("No&tes"), self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Plan a follow-up with:"), self))
        layout.addWidget(self.people)
        layout.addWidget(self.count)
        layout.addLayout(form)
        self.add_buttons(layout)
        self.people.itemChanged.connect(self._update)
        self._update()

    def chosen(self) -> list[int]:
        items = (self.people.item(row) for row in range(self.people.count()))
        return [item.data(_ID) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        chosen = len(self.chosen())
        self.count.setText(self.tr("%n follow-up(s) will be planned.", "", chosen))
        self.set_savable(chosen > 0)

    def undo_label(self) -> str:
        return self.tr("plan %n follow-up(s)", "", len(self.chosen()))

    def work(self) -> Work | None:
        kind, due, notes = current(self.kind, ActivityKind), moment_of(self.due), self.notes.text()
        chosen, lesson = self.chosen(), self.lesson

        def save(session: Session) -> None:
            # one at a time from `due`, in free slots of the working week: never a stack
            # of calls on one minute
            for contact_id, at in spread(session, chosen, kind, due):
                fields = ActivityFields(
                    kind, ActivityStatus.PLANNED, at, contact_id, notes=notes, lesson=lesson
                )
                save_activity(session, fields)

        return save
