"""The dashboard's What worked: for each lesson acted on in the period, what its follow-ups
led to beside the rep's own contacts, in the sentences `salescoach outcomes` prints."""

from html import escape

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from salescoach.core.coach.texts import TipTexts
from salescoach.core.outcomes import ENOUGH, LessonOutcome
from salescoach.reports.outcomes import baseline_text, tally_text
from salescoach.reports.week import WeekWords


class WhatWorked(QWidget):
    """Read only once on screen (`seen`): below the dashboard's figures, it is out of sight
    when the page opens, and on a long history it is the page's slowest read, asked again
    after every save."""

    #: The rep can see it while it waits for figures (emitted once per `wait`).
    seen = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("whatWorked")
        self.waiting = False
        title = QLabel(self.tr("What worked"), self)
        title.setStyleSheet("font-weight: bold;")
        self.body = QLabel(self)
        self.body.setObjectName("whatWorkedBody")
        self.body.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.body)

    def wait(self) -> None:
        """New figures are due (another period, a save): say `seen` once it is painted.
        What it shows stays until they come, as the tiles' and the charts' do."""
        self.waiting = True
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.waiting:
            self.waiting = False
            QTimer.singleShot(0, self, self.seen.emit)  # after the paint, not inside it

    def show_outcomes(self, found: list[LessonOutcome], window: int, language: str) -> None:
        words, tips = WeekWords(language), TipTexts.load(language)
        text = words.data["outcomes"]
        if not found:
            self.body.setText(escape(str(text["none"])))
            return
        rows = [f"<i>{escape(str(text['within']).format(window=window))}</i>"]
        for outcome in found:
            lesson = tips.lessons.get(outcome.lesson, {}).get("title", outcome.lesson)
            lines = [f"<b>{escape(str(lesson))}</b>: {escape(tally_text(outcome.tally, words))}"]
            if not outcome.tally.enough:
                lines.append(f"<i>{escape(str(text['too_few']).format(enough=ENOUGH))}</i>")
            lines.append(escape(baseline_text(outcome, words)))
            rows.append("<br>".join(lines))
        self.body.setText("<p>" + "</p><p>".join(rows) + "</p>")
