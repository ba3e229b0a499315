"""Starting the GUI: the application object, translations, the store, the main window."""

import os
import signal
import sys
from datetime import date

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from salescoach.core.clock import Clock
from salescoach.store.location import DB_ENV, default_database
from salescoach.ui.dialogs.settings_dialog import LANGUAGE
from salescoach.ui.errors import install_excepthook
from salescoach.ui.icons import app_icon
from salescoach.ui.opening import open_database
from salescoach.ui.operations import ChangeBus, Database, Operations
from salescoach.ui.shell import Shell
from salescoach.ui.single_instance import SingleInstance
from salescoach.ui.theme import THEME, apply_theme
from salescoach.ui.translations import install_translations


def make_application(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SalesCoach")
    app.setOrganizationName("SalesCoach")
    app.setApplicationDisplayName("SalesCoach")
    app.setDesktopFileName("salescoach")  # the .desktop entry: icon and name in the dock
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # one look on every desktop; the palette follows the theme
    install_translations(app, language)
    return app


def _chosen(key: str, default: str) -> str:
    """A choice made in Settings (the language, the theme), read before the window exists."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SalesCoach")
    app.setOrganizationName("SalesCoach")
    return str(QSettings().value(key, default))


def run_gui(db: str | None, language: str | None, today: date | None = None) -> int:
    app = make_application(language or _chosen(LANGUAGE, "") or None)
    apply_theme(app, _chosen(THEME, "system"))
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
    shell = Shell(app, operations, bus, settings, clock, store.file)
    window = shell.window
    window.show()
    instance.activation_requested.connect(lambda: shell.window.come_forward())
    window.offer_demo_if_empty()
    window.backups.daily()
    app.setQuitOnLastWindowClosed(window.reminders.tray is None)  # the tray keeps it running
    window.reminders.start()
    code = app.exec()
    operations.drain(30_000)  # let a save in progress commit before closing
    shell.window.garbage.release()
    operations.store.close()
    instance.release()
    return code
