"""The running app's window, and the live switch of language and theme.

Widgets built in code take their texts from `tr()` and their colours from the palette as they
are made, so the simplest way to show every text in another language (or every colour in
another theme) is a new window: the shell installs the translation and the palette,
builds a window in the old one's place (same database, same size and page, same reminders'
memory) and closes the old one. Only the undo history starts afresh.
"""

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication

from salescoach.core.clock import Clock
from salescoach.ui.machine_settings import LANGUAGE, THEME
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import ChangeBus, Operations
from salescoach.ui.theme import apply_theme
from salescoach.ui.translations import install_translations


class Shell(QObject):
    #: A new window took the old one's place (after a language switch).
    replaced = Signal(object)

    def __init__(
        self,
        app: QApplication,
        operations: Operations,
        bus: ChangeBus,
        settings: QSettings,
        clock: Clock,
        home: Path | None,
        window: MainWindow | None = None,
    ) -> None:
        """Fill `window` (a frame shown while the database opened: see `MainWindow.fill`),
        or build one."""
        super().__init__()
        self.app = app
        self.operations, self.bus, self.settings, self.clock, self.home = (
            operations,
            bus,
            settings,
            clock,
            home,
        )
        if window is None:
            self.window = self._build()
        else:
            window.fill(operations, bus, home)
            window.rebuild_requested.connect(self.rebuild)
            self.window = window

    def _build(self) -> MainWindow:
        window = MainWindow(self.operations, self.bus, self.settings, self.clock, self.home)
        window.rebuild_requested.connect(self.rebuild)
        return window

    def come_forward(self) -> None:
        """Another launch on this database: the window showing now comes forward (after a
        language switch, the one built in the first one's place)."""
        self.window.come_forward()

    def rebuild(self) -> None:
        """The window again, in the language and theme Settings now hold."""
        install_translations(self.app, str(self.settings.value(LANGUAGE, "")) or None)
        apply_theme(self.app, str(self.settings.value(THEME, "system")))
        old = self.window
        old.save_state()
        self.operations.drain(30_000)  # the settings' own save has committed
        self.window = self._build()
        self.window.show()
        self.window.reminders.start()
        old.garbage.release()
        old.quit_window()
        old.deleteLater()
        self.replaced.emit(self.window)
