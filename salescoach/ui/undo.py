"""Edit ▸ Undo and Redo: the last changes taken back and done again, by name.

Each undoable write hands over its journal (its rows before and after); Undo writes the
"before" images back on the write queue, Redo the "after" ones. A change that cannot be
taken back (an import, an erase, a restore, another database) clears the history, so an
older step is never undone over work it does not know about.
"""

from typing import Literal

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from salescoach.store.undo.journal import Journal, write_images
from salescoach.ui.errors import show_failure
from salescoach.ui.operations import Operations

#: How many steps back the rep can go (the issue asks for 20 at least).
LIMIT = 50


class UndoStack(QObject):
    #: The steps changed: the window renames and enables Undo and Redo.
    changed = Signal()

    def __init__(self, operations: Operations, window: QWidget) -> None:
        super().__init__(window)
        self.operations = operations
        self.window = window
        self.done: list[tuple[str, Journal]] = []
        self.undone: list[tuple[str, Journal]] = []
        self._busy = False
        operations.wrote.connect(self._wrote)
        operations.database.switched.connect(self.clear)

    def _wrote(self, label: str | None, journal: Journal | None) -> None:
        if label is None or journal is None or not journal.complete:
            self.clear()
            return
        if not journal:
            return  # nothing actually changed
        self.done = [*self.done, (label, journal)][-LIMIT:]
        self.undone = []
        self.changed.emit()

    def clear(self) -> None:
        self.done, self.undone = [], []
        self.changed.emit()

    def forget(self, uids: set[str]) -> int:
        """Drop the steps over rows a sync changed, and every older step (undone, they
        would write over work they do not know about); returns how many were dropped."""
        touching = [n for n, (_label, journal) in enumerate(self.done) if _touches(journal, uids)]
        dropped = touching[-1] + 1 if touching else 0
        self.done = self.done[dropped:]
        if any(_touches(journal, uids) for _label, journal in self.undone):
            dropped += len(self.undone)
            self.undone = []
        if dropped:
            self.changed.emit()
        return dropped

    def undo_label(self) -> str | None:
        return self.done[-1][0] if self.done else None

    def redo_label(self) -> str | None:
        return self.undone[-1][0] if self.undone else None

    def undo(self) -> None:
        self._step(self.done, self.undone, "before")

    def redo(self) -> None:
        self._step(self.undone, self.done, "after")

    def _step(
        self,
        source: list[tuple[str, Journal]],
        target: list[tuple[str, Journal]],
        side: Literal["before", "after"],
    ) -> None:
        if not source or self._busy:
            return
        label, journal = source.pop()
        store = self.operations.store
        self._busy = True

        def moved(_result: None) -> None:
            self._busy = False
            target.append((label, journal))
            self.changed.emit()

        def failed(error: BaseException) -> None:
            self._busy = False
            self.clear()  # the rows changed under it: the history no longer holds
            show_failure(self.window, error)

        self.operations.write(
            self.window,
            lambda _progress: store.apply(lambda s: write_images(s, journal, side)),
            moved,
            on_failed=failed,
            history=False,
        )
        self.changed.emit()


def _touches(journal: Journal, uids: set[str]) -> bool:
    """Whether the journal holds a row with one of these uids."""
    return any(
        image is not None and image.get("uid") in uids
        for images in journal.rows.values()
        for image in images
    )
