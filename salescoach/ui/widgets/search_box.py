"""The window's search field, which is also the way into the results."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class SearchBox(QLineEdit):
    """The window's search field: Esc clears it, Down goes into the results, Enter opens the
    selected one."""

    into_results = Signal()
    open_result = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if key == Qt.Key.Key_Down:
            self.into_results.emit()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_result.emit()
            return
        super().keyPressEvent(event)
