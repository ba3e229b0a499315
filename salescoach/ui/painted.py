"""Acting once a widget is on screen: what a step of start-up waits for before the next."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class OnPaint(QObject):
    """Calls back once `widget` has been painted and put on screen, on the turn of the event
    loop after its window's next update: Qt paints every widget of a window, and flushes
    them to the screen, while that window handles its `UpdateRequest`. (A widget's own
    `Paint` is not enough to wait for: one covered by opaque children never gets one.)"""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self.window, self.then, self.painted = widget.window(), then, False
        self.window.installEventFilter(self)
        widget.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.UpdateRequest and not self.painted:
            # not taken out here: Qt may skip the next filter of the window if one goes
            # while its filters are being called (two steps may wait for the same paint)
            self.painted = True
            QTimer.singleShot(0, self._call)  # after the update this event brings
        return False

    def _call(self) -> None:
        self.window.removeEventFilter(self)
        self.deleteLater()
        self.then()
