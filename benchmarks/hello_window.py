"""The floor for the frozen app's start: a bare PySide6 window, frozen the same way, that
says "painted" and quits once it is first painted (as SalesCoach does under the benchmark)."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print("painted", flush=True), QApplication.quit()))
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Hello")
    window.resize(1280, 760)
    window.installEventFilter(FirstPaint(app))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
