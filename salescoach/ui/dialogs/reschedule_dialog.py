"""Move a follow-up to another day, with the usual choices one click away."""

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.store.activities import reschedule
from salescoach.ui.dialogs.activity_dialog import next_working_morning
from salescoach.ui.dialogs.common import save_cancel
from salescoach.ui.operations import Change, Operations


class RescheduleDialog(QDialog):
    def __init__(
        self, operations: Operations, activity_id: int, due: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.activity_id = activity_id
        self.setWindowTitle(self.tr("Reschedule follow-up"))
        self.when = QDateTimeEdit(QDateTime(due), self)
        self.when.setObjectName("when")
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        now = datetime.now()
        quick = QHBoxLayout()
        for label, moment in (
            (self.tr("Tomorrow"), next_working_morning(now)),
            (self.tr("In 3 days"), next_working_morning(now + timedelta(days=2))),
            (self.tr("Next week"), next_working_morning(now + timedelta(days=6))),
        ):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, m=moment: self.when.setDateTime(QDateTime(m)))
            quick.addWidget(button)
        self.buttons = save_cancel(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.when)
        layout.addLayout(quick)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        at = self.when.dateTime().toPython()
        activity_id = self.activity_id
        self.operations.mutate(
            self,
            lambda session: reschedule(session, activity_id, at),
            Change.ACTIVITIES,
            lambda _none: self.accept(),
        )
