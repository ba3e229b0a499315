"""One funnel ratio as a large figure, with what it is made of and how it moved."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from salescoach.ui.labels import percent_text, points_text
from salescoach.ui.theme import change_colour

HIGHLIGHT = "RatioTile { border: 2px solid #ef6c00; background: rgba(239, 108, 0, 0.12); }"
HIGHLIGHT_MS = 8000


class RatioTile(QFrame):
    """The tooltip says what the ratio measures; `highlight` points the rep's eye at it."""

    def __init__(self, name: str, title: str, meaning: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"tile_{name}")
        self.setProperty("tile", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setToolTip(meaning)
        self.title = QLabel(title, self)
        self.title.setObjectName("tileTitle")
        self.value = QLabel("—", self)
        self.value.setObjectName("tileValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.value.setFont(font)
        self.detail = QLabel(self)
        self.detail.setObjectName("tileDetail")
        self.change = QLabel(self)
        self.change.setObjectName("tileChange")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.detail, self.change):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        for label in (self.detail, self.change):
            label.setWordWrap(True)
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addStretch(1)
        self.setMinimumWidth(120)
        self._unmark = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._unmark.timeout.connect(lambda: self.highlight(False))

    def show_ratio(
        self, value: float | None, detail: str, change: float | None, compared_with: str
    ) -> None:
        self.value.setText(percent_text(value))
        self.detail.setText(detail)
        if change is None:
            self.change.setText(self.tr("no comparison"))
            self.change.setToolTip(
                self.tr("This ratio is undefined in this period or in the one before it.")
            )
            colour = change_colour(0)
        else:
            arrow = "▲" if change > 0 else "▼" if change < 0 else "="
            self.change.setText(
                self.tr("{arrow} {points} {comparison}").format(
                    arrow=arrow, points=points_text(change), comparison=compared_with
                )
            )
            self.change.setToolTip("")
            colour = change_colour(change)
        self.change.setStyleSheet(f"color: {colour};")

    def highlight(self, on: bool = True) -> None:
        """Mark this tile when a tip points at its ratio, long enough to read it: until
        another tile is marked, or `HIGHLIGHT_MS` later."""
        self.setStyleSheet(HIGHLIGHT if on else "")
        self.setProperty("highlighted", on)
        if on:
            self._unmark.start()
        else:
            self._unmark.stop()
