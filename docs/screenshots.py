"""Takes the README's screenshots: `xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python
docs/screenshots.py` (a window manager such as openbox makes the frame real).

A demo database with a fixed seed and day, the window maximised on a 1366x768 screen, each
page grabbed once the data and the charts are in.
"""

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings

from salescoach.core.clock import Clock
from salescoach.interchange.files import load_demo
from salescoach.store import Store
from salescoach.ui.app import install_translations, make_application
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import ChangeBus, Database, Operations

TODAY = date(2026, 11, 25)
DOCS = Path(__file__).resolve().parent
PAGES = {"en": ("dashboard", "contacts", "board", "follow-ups"), "fr": ("dashboard", "follow-ups")}


def settle(seconds: float) -> None:
    loop, until = QEventLoop(), time.monotonic() + seconds
    while time.monotonic() < until:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    path = folder / "demo.sqlite3"
    with Store.open(path, create=True) as store:
        load_demo(store, seed=1, today=TODAY)
    app = make_application("en_GB")
    for language, pages in PAGES.items():
        install_translations(app, {"en": "en_GB", "fr": "fr_FR"}[language])
        store = Store.open(path)
        bus = ChangeBus()
        operations = Operations(Database(store), bus)
        settings = QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(operations, bus, settings, Clock.pinned(TODAY))
        window.showMaximized()
        settle(6)
        for name in pages:
            number = {"dashboard": 0, "contacts": 1, "board": 2, "follow-ups": 4}[name]
            window.go(number)
            settle(3)
            suffix = "" if language == "en" else f"-{language}"
            window.grab().save(str(DOCS / f"screenshot-{name}{suffix}.png"))
        operations.drain()
        window.garbage.release()
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
