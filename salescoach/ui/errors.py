"""Showing failures: one sentence for what the rep can fix, a crash report for our bugs."""

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from salescoach import __version__
from salescoach.core.errors import UserError
from salescoach.logs import log_file, record_crash, record_problem

translate = QCoreApplication.translate


def show_problem(parent: QWidget | None, message: str) -> QMessageBox:
    """A non-blocking warning: the rep reads it, fixes the cause, and carries on."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Errors", "SalesCoach"),
        message,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("problemBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def language() -> str:
    """The language the UI speaks now (set by `install_translations`)."""
    return QLocale().name()[:2]


def problem_text(error: UserError) -> str:
    """The problem in the rep's language; logged by its key only."""
    record_problem(error)
    return error.text(language())


def show_failure(parent: QWidget | None, error: BaseException) -> None:
    """Route an exception from an operation: a problem dialog, or the crash path."""
    if isinstance(error, UserError):
        show_problem(parent, problem_text(error))
    else:
        report_bug(type(error), error, error.__traceback__, parent)


#: Crash boxes shown without a parent window (a bug in a slot, reported by the excepthook).
_UNOWNED_BOXES: set[QMessageBox] = set()


def report_bug(
    kind: type[BaseException],
    error: BaseException,
    tb: TracebackType | None,
    parent: QWidget | None = None,
) -> None:
    details = crash_report(record_crash(kind, error, tb))
    if QApplication.instance() is None:
        print(details, file=sys.stderr)
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("Errors", "SalesCoach"),
        translate(
            "Errors",
            "Something went wrong inside SalesCoach. Your data is safe; the details were "
            "written to {path}.",
        ).format(path=log_file()),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("crashBox")
    box.setDetailedText(details)
    copy = box.addButton(translate("Errors", "Copy report"), QMessageBox.ButtonRole.ActionRole)
    copy.setObjectName("copyReport")
    copy.clicked.disconnect()  # copying must not close the box
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is None:  # nothing owns it: kept here until closed, else Python frees it at once
        _UNOWNED_BOXES.add(box)
        box.finished.connect(lambda _result: _UNOWNED_BOXES.discard(box))
    box.open()


def crash_report(traceback_text: str) -> str:
    """What a rep can paste to us: versions, platform and the traceback (SQL errors never
    carry their parameters, so no customer data is in it)."""
    import platform

    from PySide6 import __version__ as pyside
    from sqlalchemy import __version__ as sqlalchemy

    return (
        f"SalesCoach {__version__} · Python {platform.python_version()} · PySide6 {pyside} · "
        f"SQLAlchemy {sqlalchemy} · {platform.platform()}\n\n{traceback_text}"
    )


def install_excepthook() -> None:
    """Bugs in slots would otherwise only reach stderr; show and log them instead."""
    sys.excepthook = lambda kind, error, tb: report_bug(kind, error, tb)
