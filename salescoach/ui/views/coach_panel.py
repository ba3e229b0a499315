"""The Coach panel: the current tips, best first, each with its evidence and actions.

The tips read the coach's period, and the panel says which. They are computed on the thread
pool whenever data change, unless Today has just read them (`CoachReading`). A tip set
aside (snoozed or dismissed) is saved so it stays aside until its signal gets worse; the
rep can list those and bring one back. A rep with an empty file gets first steps instead of
silence.
"""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.clock import Clock
from salescoach.core.coach.texts import ShownTip
from salescoach.core.coach.tips import Action, Tip
from salescoach.reports.tips import CoachView, coach_view
from salescoach.store.queries.coach_snapshot import bring_back, set_aside
from salescoach.ui.coach_reading import CoachReading
from salescoach.ui.errors import language
from salescoach.ui.labels import day_text
from salescoach.ui.operations import NewestOnly, Operations
from salescoach.ui.widgets.tip_card import TipCard

MIN_WIDTH = 260


class CoachPanel(QFrame):
    #: An action from a tip: (action, names of the contacts it concerns, the tip's title).
    action_requested = Signal(object, object, str, str)
    #: A first step for an empty file: "contact", "call" or "demo".
    start_requested = Signal(str)
    refreshed = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        operations: Operations,
        clock: Clock,
        reading: CoachReading,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("coach")
        self.operations = operations
        self.clock = clock
        self.last_read = reading
        self.cards: list[TipCard] = []
        self.view: CoachView | None = None
        self._newest = NewestOnly()
        title = QLabel(self.tr("Coach"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("coachSummary")
        self.summary.setWordWrap(True)
        self.reading = QLabel(self)
        self.reading.setObjectName("coachPeriod")
        self.reading.setWordWrap(True)
        self.reading.setStyleSheet("color: palette(placeholder-text);")
        self.list = QWidget(self)
        self.list_layout = QVBoxLayout(self.list)
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.list_layout.setSpacing(8)
        self.list_layout.addStretch(1)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.list)
        settings = QToolButton(self)
        settings.setObjectName("coachSettings")
        settings.setText(self.tr("Settings…"))
        settings.setAutoRaise(True)
        settings.clicked.connect(lambda: self.settings_requested.emit())
        self.aside_button = QToolButton(self)
        self.aside_button.setObjectName("showSetAside")
        self.aside_button.setAutoRaise(True)
        self.aside_button.setCheckable(True)
        self.aside_button.toggled.connect(lambda _on: self._show_cards())
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(settings)
        footer = QHBoxLayout()
        footer.addStretch(1)
        footer.addWidget(self.aside_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 8, 8)
        layout.addLayout(header)
        layout.addWidget(self.summary)
        layout.addWidget(self.reading)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)
        self.aside_button.hide()

    def refresh(self) -> None:
        """Ask for the tips over the coach's period (Settings ▸ Coach: "Compare periods
        of")."""
        today, words = self.clock.today(), language()
        answer = self._newest(lambda view: self._show(today, view))
        kept = self.last_read.kept(today, words)
        if kept is not None:
            answer(kept)
            return
        ticket = self.last_read.ticket()

        def read(view: CoachView) -> None:
            self.last_read.keep(ticket, today, words, view)
            answer(view)

        self.operations.query(self, lambda session: coach_view(session, today, words), read)

    def _show(self, today: date, view: CoachView) -> None:
        self.view = view
        self.today = today
        self.reading.setText(
            self.tr("Reading {first} – {last}, against the same length before.").format(
                first=day_text(view.period.first), last=day_text(view.period.last)
            )
        )
        if not view.has_contacts:
            self.summary.setText(self.tr("Welcome! Your coach needs something to read."))
        elif view.tips:
            summary = self.tr("%n tip(s) from your own figures.", "", len(view.tips))
            if view.waiting:
                summary += " " + self.tr(
                    "%n more wait(s) until you deal with these.", "", view.waiting
                )
            self.summary.setText(summary)
        else:
            self.summary.setText(self.tr("Nothing to point out today: keep going."))
        self.aside_button.setVisible(bool(view.set_aside))
        if not view.set_aside:
            self.aside_button.setChecked(False)
        self._show_cards()
        self.refreshed.emit()

    def _show_cards(self) -> None:
        view = self.view
        if view is None:
            return
        for card in self.cards:
            card.deleteLater()
        self.cards = []
        for widget in self.findChildren(QFrame, "firstSteps"):
            widget.deleteLater()
        if not view.has_contacts:
            self._insert(self._first_steps())
        for shown in view.tips:
            self._add_card(shown, aside=False)
        if self.aside_button.isChecked():
            self.aside_button.setText(self.tr("Hide those set aside"))
            for shown in view.set_aside:
                self._add_card(shown, aside=True)
        elif view.set_aside:
            self.aside_button.setText(self.tr("Show %n set aside", "", len(view.set_aside)))
        # never narrower than its cards' buttons in this language: nothing cut on the right
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        layout = self.layout()
        assert layout is not None  # made in __init__
        margins = layout.contentsMargins()
        needed = self.list.minimumSizeHint().width() + scroll_bar + margins.left() + margins.right()
        self.setMinimumWidth(max(MIN_WIDTH, needed))

    def _add_card(self, shown: ShownTip, aside: bool) -> None:
        assert self.view is not None
        names = self.view.names
        card = TipCard(shown, self.today, self.list, aside=aside)
        card.action_chosen.connect(
            lambda action, s=shown: self._act(action, s.title, s.tip.lesson, names)
        )
        card.set_aside.connect(lambda until, tip=shown.tip: self._set_aside(tip, until))
        card.brought_back.connect(lambda tip=shown.tip: self._bring_back(tip))
        self._insert(card)
        self.cards.append(card)

    def _insert(self, widget: QWidget) -> None:
        self.list_layout.insertWidget(self.list_layout.count() - 1, widget)

    def _first_steps(self) -> QFrame:
        """What a first-time rep sees: where to begin, one click each."""
        box = QFrame(self.list)
        box.setObjectName("firstSteps")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        text = QLabel(
            self.tr(
                "The coach reads your own work. Add the people you sell to and log your "
                "calls and visits: tips appear as soon as your figures say something."
            ),
            box,
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addWidget(text)
        for label, step in (
            (self.tr("Add your first contact (Ctrl+N)"), "contact"),
            (self.tr("Log a call (Ctrl+L)"), "call"),
            (self.tr("Explore with demo data"), "demo"),
        ):
            button = QPushButton(label, box)
            button.setObjectName(f"start_{step}")
            button.clicked.connect(lambda _=False, s=step: self.start_requested.emit(s))
            layout.addWidget(button)
        return box

    def _act(self, action: Action, title: str, lesson: str, names: dict[int, str]) -> None:
        concerned = {id: names[id] for id in action.contacts if id in names}
        self.action_requested.emit(action, concerned, title, lesson)

    def _set_aside(self, tip: Tip, until: date | None) -> None:
        self.operations.mutate(self, lambda session: set_aside(session, tip, until))

    def _bring_back(self, tip: Tip) -> None:
        lesson = tip.lesson
        self.operations.mutate(self, lambda session: bring_back(session, lesson))

    def card(self, lesson: str) -> TipCard:
        return next(c for c in self.cards if c.shown.tip.lesson == lesson)
