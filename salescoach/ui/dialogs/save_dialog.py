"""The one base of the editing dialogs: save off the GUI thread, exactly once.

While a save runs, the buttons are disabled and a second click or Enter does nothing; on
success the dialog closes and says what it saved; a problem the rep can fix is shown inside
the dialog, with what they typed kept; Esc during a save closes the dialog and the save
completes without it.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QLayout, QPushButton, QWidget
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.ui.dialogs.base import Dialog
from salescoach.ui.dialogs.common import error_label, show_error
from salescoach.ui.errors import problem_text, show_failure
from salescoach.ui.operations import Operations

Work = Callable[[Session], Any]


class SaveDialog(Dialog):
    #: The save committed; carries what the work returned (usually the saved row's id).
    saved = Signal(object)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.saving = False
        self.problem: QLabel = error_label(self)
        self.problem.setObjectName("saveProblem")
        # no parent until `add_buttons` puts them under the fields: the buttons then come
        # last in the Tab order, and the dialog never opens with the keyboard on Save
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._savable = True

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def add_buttons(self, layout: QLayout) -> None:
        """Put the problem line and the buttons at the bottom of `layout`."""
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def work(self) -> Work | None:
        """What saving writes; None when the form is not ready (it shows why)."""
        raise NotImplementedError

    def undo_label(self) -> str | None:
        """What Edit ▸ Undo calls this save ("edit contact Marie Dupont"); None: not undoable."""
        return None

    def saved_id(self, result: Any) -> int | None:
        """The id of the row the save wrote, to select it in the lists."""
        return result if isinstance(result, int) else None

    def set_savable(self, savable: bool) -> None:
        self._savable = savable
        self.save_button.setEnabled(savable and not self.saving)

    def submit(self) -> None:
        if self.saving or not self._savable:
            return
        work = self.work()
        if work is None:
            return
        self.saving = True
        show_error(self.problem, "")
        self.buttons.setEnabled(False)
        self.operations.mutate(self, work, self._saved, self._failed, undo=self.undo_label())

    def _saved(self, result: Any) -> None:
        self.saving = False
        if self.isVisible():  # not closed with Esc meanwhile
            self.accept()  # first, so a dialog opened next (a follow-up) gets the focus
            self.saved.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.saving = False
        self.buttons.setEnabled(True)
        self.set_savable(self._savable)
        if not self.isVisible():
            show_failure(self.parentWidget(), error)
        elif isinstance(error, UserError):
            show_error(self.problem, problem_text(error))
        else:
            show_failure(self, error)
