"""The window's File ▸ Import, Export and Import history, and a file dropped on the window."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from salescoach.ui.context import AppContext


class FileActions(QObject):
    """What goes in and out of the window's database through files."""

    def __init__(self, context: AppContext, back_up: Callable[[], None]) -> None:
        """`back_up` is called after each import: what was just brought in is in a backup
        at once."""
        super().__init__(context.window)
        self.context = context
        self.back_up = back_up
        self.window = window = context.window
        window.setAcceptDrops(True)  # a file dropped on the window is imported
        window.installEventFilter(self)

    def ask_import(self) -> None:
        from salescoach.ui.transfer import ask_import

        ask_import(self.context.operations, self.context.clock, self.window, self.imported)

    def imported(self, summary: str) -> None:
        self.context.announce(summary)
        self.back_up()

    def ask_export(self) -> None:
        from salescoach.ui.transfer import ask_export

        ask_export(self.context.operations, self.context.clock, self.window, self.context.announce)

    def show_import_history(self) -> None:
        from salescoach.ui.dialogs.import_history import ImportHistoryDialog

        context = self.context
        dialog = ImportHistoryDialog(context.operations, context.clock, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A file a rep drags onto the window is imported, if SalesCoach reads it."""
        if isinstance(event, QDragEnterEvent) and _dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()
            return True
        if isinstance(event, QDropEvent) and event.type() == QEvent.Type.Drop:
            path = _dropped_file(event.mimeData())
            if path is not None:
                from salescoach.ui.transfer import open_import

                event.acceptProposedAction()
                open_import(
                    self.context.operations, self.context.clock, self.window, path, self.imported
                )
                return True
        return False


def _dropped_file(data: QMimeData) -> Path | None:
    from salescoach.interchange.files import IMPORTABLE

    files = [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]
    if len(files) == 1 and files[0].suffix.lower() in IMPORTABLE:
        return files[0]
    return None
