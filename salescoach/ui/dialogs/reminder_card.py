"""The card a reminder opens: the context for the next conversation, and what to do now.

It says what was last said and what the customer needs, the open deal and its stage, how
long since the last visit and what the coach says about them; then: log it done, push it
back an hour, a day or a week, or open the contact's card.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.agenda import Later, is_overdue, postponed
from salescoach.core.clock import Clock
from salescoach.core.domain import APPOINTMENT_KINDS
from salescoach.reports.briefing import Reminder, reminder_for
from salescoach.reports.results import count
from salescoach.store.records.activities import reschedule
from salescoach.ui.dialogs.base import Dialog
from salescoach.ui.labels import (
    kind_label,
    language,
    money_text,
    next_day_label,
    stage_label,
    when_text,
)
from salescoach.ui.operations import Operations


class ReminderCard(Dialog):
    done_requested = Signal(int, object)  # activity id, due time
    contact_requested = Signal(int)
    briefing_requested = Signal(int)

    def __init__(
        self, operations: Operations, clock: Clock, activity_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderCard")
        self.setWindowTitle(self.tr("Follow-up"))
        self.operations = operations
        self.clock = clock
        self.activity_id = activity_id
        self.reminder: Reminder | None = None
        self.setMinimumWidth(520)
        self.heading = self._label("heading", bold=True)
        self.due = self._label("due")
        self.facts = QFormLayout()
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for key, text in (
            ("lastConversation", self.tr("Last conversation")),
            ("needs", self.tr("Needs recorded")),
            ("deal", self.tr("Open deal")),
            ("lastVisit", self.tr("Last visit")),
            ("coach", self.tr("The coach says")),
        ):
            self.values[key] = self._label(key)
            self.facts.addRow(f"<b>{text}</b>", self.values[key])

        self.done_button = self._button("done", self.tr("&Log it done…"))
        self.done_button.setDefault(True)
        self.contact_button = self._button("openContact", self.tr("Open &contact"))
        self.briefing_button = self._button("briefing", self.tr("&Briefing…"))
        self.briefing_button.hide()
        first = QHBoxLayout()
        for button in (self.done_button, self.briefing_button, self.contact_button):
            first.addWidget(button)
        first.addStretch(1)
        later = QHBoxLayout()
        later.addWidget(QLabel(self.tr("Later:"), self))
        for choice, text in (
            (Later.HOUR, self.tr("In an &hour")),
            (Later.TOMORROW, next_day_label(clock.today(), mnemonic=True)),
            (Later.NEXT_WEEK, self.tr("Next &week")),
        ):
            button = self._button(f"later_{choice.value}", text)
            button.clicked.connect(lambda _c=False, c=choice: self.postpone(c))
            later.addWidget(button)
        later.addStretch(1)
        for button in (self.done_button, self.contact_button, self.briefing_button):
            button.setEnabled(False)
        self.done_button.clicked.connect(self._done)
        self.contact_button.clicked.connect(self._contact)
        self.briefing_button.clicked.connect(self._briefing)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.due)
        layout.addLayout(self.facts)
        layout.addLayout(first)
        layout.addLayout(later)
        today, lang = clock.today(), language()
        operations.query(self, lambda s: reminder_for(s, activity_id, today, lang), self._show)

    def _label(self, name: str, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.2)
            label.setFont(font)
        return label

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _show(self, reminder: Reminder) -> None:
        self.reminder = reminder
        follow_up, story = reminder.follow_up, reminder.story
        person = story.profile
        who = f"{person.name} ({person.company})" if person.company else person.name
        self.heading.setText(
            self.tr("{kind} with {who}").format(kind=kind_label(follow_up.kind), who=who)
        )
        due = self.tr("Due {when}").format(when=when_text(follow_up.at))
        if is_overdue(follow_up.at, self.clock.today()):
            due = self.tr("Overdue since {when}").format(when=when_text(follow_up.at))
        if person.phone:
            due += " · " + person.phone
        self.due.setText(due)
        conversations = story.conversations(1)
        if conversations:
            last = conversations[0]
            text = f"{when_text(last.at)} · {kind_label(last.kind)}"
            self.values["lastConversation"].setText(
                f"{text}: {last.outcome}" if last.outcome.strip() else text
            )
        else:
            self.values["lastConversation"].setText(self.tr("None yet"))
        needs = story.needs()
        self.values["needs"].setText(
            f"{needs[0].needs.strip()} ({when_text(needs[0].at)})"
            if needs
            else self.tr("Nothing recorded yet: ask, and listen.")
        )
        deals = story.open_deals
        self.values["deal"].setText(
            "\n".join(
                f"{d.title} · {stage_label(d.stage)} · {money_text(d.value, d.currency)}"
                for d in deals
            )
            or self.tr("No open deal")
        )
        days = story.days_since_visit(self.clock.today())
        self.values["lastVisit"].setText(
            self.tr("No visit yet") if days is None else count(language(), "days_ago", days)
        )
        tip = reminder.tips[0] if reminder.tips else None
        self.values["coach"].setText(
            f"{tip.title}. {tip.message}" if tip else self.tr("Nothing in particular.")
        )
        self.briefing_button.setVisible(follow_up.kind in APPOINTMENT_KINDS)
        for button in (self.done_button, self.contact_button, self.briefing_button):
            button.setEnabled(True)
        self.adjustSize()  # the wrapped texts are in: make room for them

    def _done(self) -> None:
        if self.reminder is not None:
            self.done_requested.emit(self.activity_id, self.reminder.follow_up.at)
            self.accept()

    def _contact(self) -> None:
        if self.reminder is not None:
            self.contact_requested.emit(self.reminder.story.profile.id)
            self.accept()

    def _briefing(self) -> None:
        self.briefing_requested.emit(self.activity_id)
        self.accept()

    def postpone(self, choice: Later) -> None:
        """Push the follow-up back at once; Edit ▸ Undo takes it back."""
        due = self.reminder.follow_up.at if self.reminder else self.clock.now()
        at, activity_id = postponed(choice, self.clock.now(), due), self.activity_id
        self.operations.mutate(
            self.parentWidget(),
            lambda session: reschedule(session, activity_id, at),
            undo=self.tr("reschedule follow-up"),
        )
        self.accept()
