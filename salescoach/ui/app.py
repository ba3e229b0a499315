"""Starting the GUI: the application object, translations, the store, the main window."""

import os
import signal
import sys
from datetime import date

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from salescoach.core.clock import Clock
from salescoach.resources import resource
from salescoach.store.location import DB_ENV, default_database
from salescoach.ui.errors import install_excepthook
from salescoach.ui.icons import app_icon
from salescoach.ui.main_window import MainWindow
from salescoach.ui.opening import open_database
from salescoach.ui.operations import ChangeBus, Database, Operations
from salescoach.ui.single_instance import SingleInstance

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
    app.setDesktopFileName("salescoach")  # the .desktop entry: icon and name in the dock
    app.setWindowIcon(app_icon())
    install_translations(app, language)
    return app


def run_gui(db: str | None, language: str | None, today: date | None = None) -> int:
    app = make_application(language)
    install_excepthook()
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in the terminal quits
    clock = Clock.pinned(today)
    location = db or default_database()
    instance = SingleInstance(location)
    if "://" not in location and not instance.claim():
        print("salescoach: SalesCoach is already open on this database.", file=sys.stderr)
        return 0  # the running window was asked to come forward
    is_default = db is None and not os.environ.get(DB_ENV)  # the rep's own data folder
    store = open_database(location, is_default, clock)
    if store is None:
        return 3
    settings = QSettings()
    bus = ChangeBus()
    operations = Operations(Database(store), bus)
    window = MainWindow(operations, bus, settings, clock, store.file)
    window.show()
    instance.activation_requested.connect(window.come_forward)
    window.offer_demo_if_empty()
    window.backups.daily()
    app.setQuitOnLastWindowClosed(window.reminders.tray is None)  # the tray keeps it running
    window.reminders.start()
    code = app.exec()
    operations.drain(30_000)  # let a save in progress commit before closing
    window.garbage.release()
    operations.store.close()
    instance.release()
    return code
