"""File ▸ Import history: every contacts import, and taking one back."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.clock import Clock
from salescoach.reports.results import undo_question
from salescoach.store.records.imports import BatchRow, import_history
from salescoach.ui.dialogs.base import Dialog
from salescoach.ui.labels import language, when_text
from salescoach.ui.operations import Operations
from salescoach.ui.widgets.record_table import record_table
from salescoach.usecases.importing import ImportUndone, undo_an_import


class ImportHistoryDialog(Dialog):
    """The imports, newest first, with what each added, filled in, found and skipped."""

    preferred_size = (760, 420)

    def __init__(self, operations: Operations, clock: Clock, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importHistoryDialog")
        self.setWindowTitle(self.tr("Import history"))
        self.operations, self.clock = operations, clock
        self.rows: list[BatchRow] = []
        self.table = record_table(
            self,
            "importsTable",
            [
                self.tr("File"),
                self.tr("Imported"),
                self.tr("New contacts"),
                self.tr("New opportunities"),
                self.tr("New activities"),
                self.tr("Changed"),
                self.tr("Already there"),
                self.tr("Skipped rows"),
            ],
            0,
        )
        self.table.itemSelectionChanged.connect(self._selected)
        explain = QLabel(
            self.tr(
                "Undoing an import deletes what it added (with anything logged on it since) and "
                "puts back what it changed, unless you changed it since."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo this import…"), self)
        self.undo_button.setObjectName("undoImport")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._undo_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.said = QLabel(self)
        self.said.setObjectName("importUndone")
        self.said.setWordWrap(True)
        actions = QHBoxLayout()
        actions.addWidget(self.undo_button)
        actions.addStretch(1)
        actions.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.said)
        layout.addLayout(actions)
        self._list()

    def _list(self) -> None:
        self.operations.query(self, import_history, self._show)

    def _show(self, rows: list[BatchRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for line, row in enumerate(rows):
            when = when_text(row.at)
            if row.undone_at is not None:
                when = self.tr("{when} (undone {undone})").format(
                    when=when, undone=when_text(row.undone_at)
                )
            cells = [
                row.file,
                when,
                row.added,
                row.opportunities,
                row.activities,
                row.merged,
                row.unchanged,
                row.invalid,
            ]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if row.undone_at is not None:
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(line, column, item)
        self._selected()

    def chosen(self) -> BatchRow | None:
        selected = self.table.selectionModel().selectedRows()
        return self.rows[selected[0].row()] if selected else None

    def _selected(self) -> None:
        chosen = self.chosen()
        self.undo_button.setEnabled(chosen is not None and chosen.undone_at is None)

    def _undo_selected(self) -> None:
        chosen = self.chosen()
        if chosen is None or chosen.undone_at is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Undo this import"),
            undo_question(
                chosen.file,
                chosen.added,
                chosen.opportunities,
                chosen.activities,
                chosen.merged,
                language(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmUndoImport")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda answer: (
                self._undo(chosen.id) if answer == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()

    def _undo(self, batch: int) -> None:
        store, now = self.operations.store, self.clock.now()
        self.operations.write(
            self, lambda _progress: undo_an_import(store, batch, now), self._undone
        )

    def _undone(self, undone: ImportUndone) -> None:
        self.said.setText(undone.text(language(), when_text(undone.undone.at)))
        self._list()
