"""Starting the GUI: the application object, translations, the store, the main window."""

import signal
import sys
from datetime import date

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from salescoach.core.clock import Clock
from salescoach.core.errors import UserError
from salescoach.resources import resource
from salescoach.store import Store
from salescoach.store.location import default_database
from salescoach.ui.errors import install_excepthook, problem_text
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import ChangeBus, Database, Operations

_installed: list[QTranslator] = []


def install_translations(app: QApplication, language: str | None) -> None:
    """Translate the UI into `language` (or the system's), replacing any earlier choice."""
    while _installed:
        app.removeTranslator(_installed.pop())
    locale = QLocale(language) if language else QLocale.system()
    if locale.language() == QLocale.Language.C:  # no locale configured: read like a Briton
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("salescoach", str(resource("translations"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)


def make_application(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SalesCoach")
    app.setOrganizationName("SalesCoach")
    app.setApplicationDisplayName("SalesCoach")
    install_translations(app, language)
    return app


def run_gui(db: str | None, language: str | None, today: date | None = None) -> int:
    app = make_application(language)
    install_excepthook()
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in the terminal quits
    try:
        store = Store.open(db or default_database())
    except UserError as error:
        message = problem_text(error)
        print(f"salescoach: {message}", file=sys.stderr)  # a GUI started by a script says so
        QMessageBox.critical(None, "SalesCoach", message)
        return error.exit_code
    settings = QSettings()
    bus = ChangeBus()
    operations = Operations(Database(store), bus)
    window = MainWindow(operations, bus, settings, Clock.pinned(today), store.file)
    window.show()
    window.offer_demo_if_empty()
    window.backups.daily()
    code = app.exec()
    operations.drain(30_000)  # let a save in progress commit before closing
    window.garbage.release()
    operations.store.close()
    return code
