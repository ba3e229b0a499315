"""One coach tip: what it says, the rep's numbers behind it, and its one-click actions."""

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.coach.texts import ShownTip

SNOOZE_DAYS = 7


def _accent(priority: int) -> str:
    return "#c62828" if priority >= 70 else "#ef6c00" if priority >= 55 else "#1565c0"


#: Action buttons side by side on a card.
PER_ROW = 2


class TipCard(QFrame):
    action_chosen = Signal(object)  # Action
    #: The rep set the tip aside: until a date (snooze) or None (dismiss).
    set_aside = Signal(object)
    #: The rep wants a tip they had set aside back among the others.
    brought_back = Signal()

    def __init__(
        self, shown: ShownTip, today: date, parent: QWidget | None = None, aside: bool = False
    ) -> None:
        super().__init__(parent)
        self.shown = shown
        self.today = today
        self.setObjectName(f"tip_{shown.tip.lesson}")
        self.setProperty("setAside", aside)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        accent = "#9e9e9e" if aside else _accent(shown.tip.priority)
        self.setStyleSheet(f"#{self.objectName()} {{ border-left: 4px solid {accent}; }}")
        title = QLabel(shown.title, self)
        title.setObjectName("tipTitle")
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        message = QLabel(shown.message, self)
        message.setObjectName("tipMessage")
        message.setWordWrap(True)

        evidence = QGridLayout()
        evidence.setHorizontalSpacing(8)
        evidence.setVerticalSpacing(0)
        for row, item in enumerate(shown.evidence):
            label = QLabel(item.label, self)
            label.setWordWrap(True)
            value = QLabel(item.value, self)
            value.setObjectName(f"evidence_{item.key}")
            value.setStyleSheet("font-weight: bold;")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            evidence.addWidget(label, row, 0)
            evidence.addWidget(value, row, 1)
        evidence.setColumnStretch(0, 1)

        # two buttons a row: a tip with three actions stays as narrow as the panel
        actions = QGridLayout()
        actions.setSpacing(4)
        actions.setColumnStretch(PER_ROW, 1)
        self.buttons: list[QPushButton] = []
        for number, shown_action in enumerate(shown.actions):
            button = QPushButton(shown_action.label, self)
            button.setObjectName(f"action_{shown_action.action.kind.value}")
            button.clicked.connect(
                lambda _checked=False, a=shown_action.action: self.action_chosen.emit(a)
            )
            self.buttons.append(button)
            actions.addWidget(button, number // PER_ROW, number % PER_ROW)

        self.why = QLabel(shown.why, self)
        self.why.setObjectName("tipWhy")
        self.why.setWordWrap(True)
        self.why.setStyleSheet("font-style: italic;")
        self.why.hide()
        self.why_button = self._small(self.tr("Why?"), "whyButton")
        self.why_button.setCheckable(True)
        self.why_button.toggled.connect(self.why.setVisible)
        footer = QHBoxLayout()
        footer.addWidget(self.why_button)
        footer.addStretch(1)
        if aside:
            back = self._small(self.tr("Bring back"), "bringBack")
            back.setToolTip(self.tr("Show this tip among the others again."))
            back.clicked.connect(lambda: self.brought_back.emit())
            footer.addWidget(back)
        else:
            snooze = self._small(self.tr("Snooze a week"), "snooze")
            snooze.setToolTip(self.tr("Hide this tip for a week, unless it gets worse."))
            snooze.clicked.connect(
                lambda: self.set_aside.emit(self.today + timedelta(days=SNOOZE_DAYS))
            )
            dismiss = self._small(self.tr("Dismiss"), "dismiss")
            dismiss.setToolTip(self.tr("Hide this tip until it gets worse."))
            dismiss.clicked.connect(lambda: self.set_aside.emit(None))
            footer.addWidget(snooze)
            footer.addWidget(dismiss)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 8, 6)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addWidget(message)
        layout.addLayout(evidence)
        #: How many of its people already have a follow-up planned (hidden when it names no one)
        self.in_hand = QLabel(shown.in_hand, self)
        self.in_hand.setObjectName("tipInHand")
        self.in_hand.setWordWrap(True)
        self.in_hand.setVisible(bool(shown.in_hand))
        layout.addWidget(self.in_hand)
        layout.addLayout(actions)
        layout.addWidget(self.why)
        layout.addLayout(footer)

    def _small(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setObjectName(name)
        button.setAutoRaise(True)
        return button

    def button(self, kind: str) -> QPushButton:
        return next(b for b in self.buttons if b.objectName() == f"action_{kind}")
