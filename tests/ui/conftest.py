"""A real main window over a real database file.

Behaviour tests run the window's background work at once on the GUI thread (an immediate
pool, as Picard's tests do), so they are deterministic and fast; tests about the threading
itself ask for `threaded_window`, which uses real thread pools.
"""

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QRunnable, QSettings, QThreadPool
from PySide6.QtWidgets import QDialog

from salescoach.core.clock import Clock
from salescoach.ui.app import install_translations
from salescoach.ui.machine_settings import WINDOW_PAGE
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import ChangeBus, Database, Operations, one_at_a_time


class ImmediatePool:
    """Runs each job as it is started, on the calling thread."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def activeThreadCount(self) -> int:
        return 0

    def waitForDone(self, _msecs: int = -1) -> bool:
        return True


class Opened:
    """Collects the dialogs the launcher opens, so a test can take the newest."""

    def __init__(self) -> None:
        self.dialogs: list[QDialog] = []

    def __call__(self, dialog: QDialog) -> None:
        self.dialogs.append(dialog)

    @property
    def last(self) -> QDialog:
        return self.dialogs[-1]


@pytest.fixture(autouse=True)
def _english(qapp) -> None:
    """The GUI as an English-speaking rep in the UK sees it, whatever the machine's locale."""
    install_translations(qapp, "en_GB")


@pytest.fixture
def bus() -> ChangeBus:
    return ChangeBus()


@pytest.fixture
def now() -> datetime:
    """The window's clock; a test module overrides it to pin the dashboard's periods."""
    return datetime.now().replace(second=0, microsecond=0)


@pytest.fixture
def clock(now) -> Clock:
    return Clock.stopped(now)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """The machine's settings as a rep who last used the dashboard left them: most tests
    start there (what a new install opens on is tested on its own)."""
    kept = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    kept.setValue(WINDOW_PAGE, "dashboard")
    return kept


@pytest.fixture
def operations(store, bus) -> Operations:
    return Operations(Database(store), bus, ImmediatePool(), ImmediatePool(), ImmediatePool())


def _window(qtbot, operations, bus, settings, clock) -> Iterator[MainWindow]:
    main = MainWindow(operations, bus, settings, clock, operations.store.file)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    operations.drain(5000)
    main.garbage.release()
    # The window and the dialogs it left open go now, while the application is there to
    # take them: one left for the interpreter's last collection crashes it on the way out.
    main.close()
    main.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def window(qtbot, operations, bus, settings, clock) -> Iterator[MainWindow]:
    yield from _window(qtbot, operations, bus, settings, clock)


@pytest.fixture
def threaded_window(qtbot, store, bus, settings, clock) -> Iterator[MainWindow]:
    operations = Operations(Database(store), bus, QThreadPool(), one_at_a_time())
    yield from _window(qtbot, operations, bus, settings, clock)


@pytest.fixture
def opened(window) -> Opened:
    collector = Opened()
    window.launcher.opened.connect(collector)
    return collector
