"""Move a follow-up to another day, with the usual choices one click away."""

from datetime import datetime, timedelta

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from salescoach.core.agenda import next_working_morning
from salescoach.core.clock import Clock
from salescoach.store.records.activities import reschedule
from salescoach.ui.dates import qdatetime
from salescoach.ui.dialogs.common import moment_of, when_edit
from salescoach.ui.dialogs.save_dialog import SaveDialog, Work
from salescoach.ui.labels import next_day_label
from salescoach.ui.operations import Operations


class RescheduleDialog(SaveDialog):
    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        activity_id: int,
        due: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, parent)
        self.activity_id = activity_id
        self.setWindowTitle(self.tr("Reschedule follow-up"))
        self.when = when_edit(due, self)
        self.when.setObjectName("when")
        now = clock.now()
        quick = QHBoxLayout()
        for label, moment, name in (
            (next_day_label(now.date()), next_working_morning(now), "tomorrow"),
            (self.tr("In 3 days"), next_working_morning(now + timedelta(days=2)), "in3Days"),
            (self.tr("Next week"), next_working_morning(now + timedelta(days=6)), "nextWeek"),
        ):
            button = QPushButton(label, self)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, m=moment: self.when.setDateTime(qdatetime(m)))
            quick.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.when)
        layout.addLayout(quick)
        self.add_buttons(layout)

    def undo_label(self) -> str:
        return self.tr("reschedule follow-up")

    def work(self) -> Work | None:
        at, activity_id = moment_of(self.when), self.activity_id
        return lambda session: reschedule(session, activity_id, at)
