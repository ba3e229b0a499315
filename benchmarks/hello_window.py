"""The floor for the app's start: a bare PySide6 window, frozen the same way for the packaged
app, that says "painted" and quits once it is first painted (as SalesCoach does under the
benchmark). With `--orm`, it then imports SQLAlchemy's ORM, which any filled page needs, and
says "filled": the least a first page filled from the database can cost with this stack."""

import gc
import importlib
import sys

gc.disable()  # as the app starts: the fastest known way

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def then_the_orm() -> None:
    # by name, so that the frozen hello world (`hello.spec`) does not bundle SQLAlchemy; first
    # PySide6's import hook made as light as the app makes it (`salescoach.ui.pyside_imports`)
    importlib.import_module("salescoach.ui.pyside_imports").quicken()
    importlib.import_module("sqlalchemy.orm")

    print("filled", flush=True)
    QApplication.quit()


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, painted)
        return False


def painted() -> None:
    print("painted", flush=True)
    if "--orm" in sys.argv:
        QTimer.singleShot(0, then_the_orm)
    else:
        QApplication.quit()


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
