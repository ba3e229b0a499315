"""The Coach panel: the current tips, best first, each with its evidence and actions.

The dashboard asks for fresh tips whenever data changes; they are computed on the thread
pool. Setting a tip aside is saved (and broadcast as a settings change) so it stays aside
until its signal gets worse.
"""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.coach.texts import ShownTip
from salescoach.core.coach.tips import Action, Tip
from salescoach.reports.tips import tips_and_names
from salescoach.store.coach import set_aside
from salescoach.ui.operations import Change, NewestOnly, Operations
from salescoach.ui.widgets.tip_card import TipCard


class CoachPanel(QFrame):
    #: An action from a tip: (action, names of the contacts it concerns, the tip's title).
    action_requested = Signal(object, object, str)
    refreshed = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        operations: Operations,
        clock: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coach")
        self.operations = operations
        self.clock = clock
        self.cards: list[TipCard] = []
        self._newest = NewestOnly()
        title = QLabel(self.tr("Coach"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("coachSummary")
        self.summary.setWordWrap(True)
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list)
        settings = QToolButton(self)
        settings.setObjectName("coachSettings")
        settings.setText(self.tr("Settings…"))
        settings.setAutoRaise(True)
        settings.clicked.connect(lambda: self.settings_requested.emit())
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(settings)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        today, language = self.clock(), QLocale().name()[:2]
        self.operations.query(
            self,
            lambda session: tips_and_names(session, today, language),
            self._newest(lambda result: self._show(today, *result)),
        )

    def _show(self, today: date, tips: list[ShownTip], names: dict[int, str]) -> None:
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for shown in tips:
            card = TipCard(shown, today, self.list)
            card.action_chosen.connect(lambda action, s=shown: self._act(action, s.title, names))
            card.set_aside.connect(lambda until, tip=shown.tip: self._set_aside(tip, until))
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards.append(card)
        self.summary.setText(
            self.tr("%n tip(s) from your own figures.", "", len(tips))
            if tips
            else self.tr("Nothing to point out today: keep going.")
        )
        self.refreshed.emit()

    def _act(self, action: Action, title: str, names: dict[int, str]) -> None:
        concerned = {id: names[id] for id in action.contacts if id in names}
        self.action_requested.emit(action, concerned, title)

    def _set_aside(self, tip: Tip, until: date | None) -> None:
        self.operations.mutate(self, lambda s: set_aside(s, tip, until), Change.SETTINGS)

    def card(self, lesson: str) -> TipCard:
        return next(c for c in self.cards if c.shown.tip.lesson == lesson)
