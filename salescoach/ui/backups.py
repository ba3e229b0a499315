"""Backups from the GUI: one on the first start of each day and after each import, one on
request, and restoring one, all off the window's thread with their progress shown.

A backup reads the database through SQLite's backup API on a worker while the rep keeps
typing; a restore waits for the saves asked before it, backs up the current database, and
reopens the restored one in place, every page refreshing itself.
"""

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salescoach.core.clock import Clock
from salescoach.core.rotation import KeepPolicy
from salescoach.store import Store
from salescoach.store.database import upgrade_file
from salescoach.store.errors import DatabaseProblem
from salescoach.store.migrate import known_revisions
from salescoach.store.preferences import backup_policy, save_backup_policy
from salescoach.store.safety.backup import (
    BackupInfo,
    latest_backup,
    list_backups,
    restore_database,
)
from salescoach.store.safety.cipher import PassphraseNeeded
from salescoach.store.safety.opening import inspect
from salescoach.ui.dialogs.base import Dialog
from salescoach.ui.errors import show_failure
from salescoach.ui.labels import language, when_text
from salescoach.ui.operations import Operations
from salescoach.ui.protection import ask_passphrase
from salescoach.ui.widgets.record_table import record_table
from salescoach.usecases.backing_up import BackedUp, back_up


class Backups(QObject):
    #: A status-bar message (progress, the file written).
    announce = Signal(str)
    #: A backup was written; carries its path.
    made = Signal(Path)

    def __init__(self, operations: Operations, clock: Clock, window: QWidget) -> None:
        super().__init__(window)
        self.operations = operations
        self.clock = clock
        self.window = window

    def _database(self) -> Path | None:
        store = self.operations.store
        return None if store.read_only else store.file

    def daily(self) -> None:
        """The first start of the day backs up, once."""
        database, today = self._database(), self.clock.today()
        if database is None:
            return

        def due(_progress: object) -> bool:
            latest = latest_backup(database)
            return latest is None or latest.date() < today

        self.operations.read(self.window, due, lambda needed: self.now() if needed else None)

    def now(self) -> None:
        if self._database() is None:
            return
        store, moment = self.operations.store, self.clock.instant()

        def progressed(fraction: float) -> None:
            self.announce.emit(
                self.tr("Backing up… {percent}%").format(percent=int(fraction * 100))
            )

        def done(made: BackedUp | None) -> None:
            if made is not None:
                self.announce.emit(made.text(language()))
                self.made.emit(made.path)

        self.operations.read(
            self.window,
            lambda progress: back_up(store, moment, progress),
            done,
            on_progress=progressed,
        )

    def restore(self, chosen: Path, chosen_passphrase: str | None = None) -> None:
        """Put `chosen` in the database's place, after backing up the database as it is;
        the database keeps its protection. A backup protected by a passphrase the database
        does not have is asked for first."""
        database = self._database()
        if database is None:
            return
        key = chosen_passphrase or self.operations.store.passphrase

        def refused(error: BaseException) -> None:
            asked = isinstance(error, PassphraseNeeded) or (
                isinstance(error, DatabaseProblem) and error.key == "wrong_passphrase"
            )
            if not asked:
                show_failure(self.window, error)
                return
            given = ask_passphrase(self.window, chosen.name, wrong=key is not None)
            if given is not None:
                self.restore(chosen, given)

        self.operations.read(
            self.window,
            lambda _progress: inspect(chosen, known_revisions(), key),
            lambda _seen: self._restore_now(database, chosen, chosen_passphrase),
            refused,
        )

    def _restore_now(self, database: Path, chosen: Path, chosen_passphrase: str | None) -> None:
        old, moment = self.operations.store, self.clock.instant()

        def reopen() -> Store:
            with old.reader() as session:
                policy = backup_policy(session)
            old.close()  # the files are swapped under it: no connection may stay open
            restore_database(
                database,
                chosen,
                moment,
                policy,
                known_revisions(),
                upgrade_file,
                passphrase=old.passphrase,
                chosen_passphrase=chosen_passphrase,
            )
            return Store.open(database, passphrase=old.passphrase)

        self.announce.emit(self.tr("Restoring {name}…").format(name=chosen.name))
        self.operations.switch(
            self.window,
            reopen,
            lambda: self.announce.emit(self.tr("Restored {name}.").format(name=chosen.name)),
        )

    def dialog(self) -> "BackupsDialog":
        dialog = BackupsDialog(self, self.window)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog


class BackupsDialog(Dialog):
    """File ▸ Backups: the backups with what each holds, restoring one, the rotation."""

    preferred_size = (640, 460)

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.backups = backups
        self.operations = backups.operations
        self.setWindowTitle(self.tr("Backups"))
        self.found: list[BackupInfo] = []
        self.table = record_table(
            self,
            "backupsTable",
            [
                self.tr("Taken"),
                self.tr("Contacts"),
                self.tr("Opportunities"),
                self.tr("Activities"),
            ],
            0,
        )
        self.table.itemSelectionChanged.connect(self._selected)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore this backup…"), self)
        self.restore_button.setObjectName("restoreSelected")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore_selected)
        from_file = QPushButton(self.tr("Restore from a &file…"), self)
        from_file.setObjectName("restoreFromFile")
        from_file.clicked.connect(self._restore_from_file)
        backup_now = QPushButton(self.tr("&Back up now"), self)
        backup_now.setObjectName("backUpNow")
        backup_now.clicked.connect(backups.now)
        backups.made.connect(lambda _path: self._list())
        actions = QHBoxLayout()
        for button in (self.restore_button, from_file, backup_now):
            actions.addWidget(button)
        actions.addStretch(1)

        self.keep = {
            name: QSpinBox(self) for name in ("recent_hours", "daily", "weekly", "monthly")
        }
        keep_form = QFormLayout()
        for (name, box), label in zip(
            self.keep.items(),
            (
                self.tr("Every backup of the last (hours)"),
                self.tr("Daily backups kept"),
                self.tr("Weekly backups kept"),
                self.tr("Monthly backups kept"),
            ),
            strict=True,
        ):
            box.setObjectName(f"keep_{name}")
            box.setRange(0, 366)
            keep_form.addRow(label, box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.save_policy = buttons.addButton(
            self.tr("Save rotation"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.save_policy.setObjectName("savePolicy")
        self.save_policy.clicked.connect(self._save_policy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(keep_form)
        layout.addWidget(buttons)
        self._list()
        self.operations.query(self, backup_policy, self._show_policy)

    def _list(self) -> None:
        database = self.backups._database()
        if database is None:
            self.where.setText(self.tr("This database is open read-only: it is not backed up."))
            return
        self.where.setText(
            self.tr(
                "Backups of {name}, newest first. Restoring one backs up the database as "
                "it is first."
            ).format(name=database.name)
        )
        key = self.operations.store.passphrase
        self.operations.read(self, lambda _p: list_backups(database, key), self._show)

    def _show(self, found: list[BackupInfo]) -> None:
        self.found = found
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            cells = [
                when_text(info.taken),
                str(info.contacts),
                str(info.opportunities),
                str(info.activities),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def _show_policy(self, policy: KeepPolicy) -> None:
        for name, box in self.keep.items():
            box.setValue(getattr(policy, name))

    def _save_policy(self) -> None:
        policy = KeepPolicy(**{name: box.value() for name, box in self.keep.items()})

        def save(session: Session) -> None:
            save_backup_policy(session, policy)

        self.operations.mutate(self, save)

    def _selected(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def _restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._confirm(self.found[rows[0].row()].path)

    def _restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a file"),
            "",
            self.tr("SalesCoach databases (*.sqlite3 *.db)"),
        )
        if name:
            self._confirm(Path(name))

    def _confirm(self, chosen: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore"),
            self.tr("Replace your data with {name}?").format(name=chosen.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("restoreQuestion")
        box.setInformativeText(
            self.tr(
                "The database as it is now is backed up first, so this can be undone by "
                "restoring that backup."
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)

        def answered(_result: int) -> None:
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
                self.backups.restore(chosen)
                self.accept()

        box.finished.connect(answered)
        box.finished.connect(box.deleteLater)
        box.open()
