"""A real main window over a real database file, with background operations."""

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QDialog

from salescoach.ui.app import install_translations
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import ChangeBus, Operations


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
def today() -> date:
    """The window's clock; a test module overrides it to pin the dashboard's periods."""
    return date.today()


@pytest.fixture
def window(qtbot, store, bus, tmp_path, today) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    operations = Operations(store, bus, QThreadPool())
    main = MainWindow(store, operations, bus, settings, lambda: today)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    operations.pool.waitForDone(5000)
    main.garbage.release()


@pytest.fixture
def opened(window) -> Opened:
    collector = Opened()
    window.launcher.opened.connect(collector)
    return collector
