"""File ▸ Protect with a passphrase, and the way back: the database and its backups are
converted in place on the write queue, then reopened with their key."""

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from salescoach.store import Store
from salescoach.store.safety import cipher
from salescoach.store.safety.protection import protect, unprotect
from salescoach.ui import last_today
from salescoach.ui.dialogs.base import Dialog
from salescoach.ui.operations import Operations

translate = QCoreApplication.translate


class PassphraseDialog(Dialog):
    """A new passphrase, typed twice; Save only when both agree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Protect with a passphrase"))
        warning = QLabel(
            self.tr(
                "Your database and its backups will be encrypted: without the passphrase "
                "nobody can read them, not even SalesCoach. Keep it somewhere safe: a "
                "forgotten passphrase cannot be recovered."
            ),
            self,
        )
        warning.setWordWrap(True)
        self.first = QLineEdit(self)
        self.second = QLineEdit(self)
        for edit, name in ((self.first, "passphrase"), (self.second, "again")):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setObjectName(name)
            edit.textChanged.connect(self._check)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        form.addRow(self.tr("&Once more"), self.second)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(warning)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        agreed = bool(self.first.text()) and self.first.text() == self.second.text()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(agreed)

    def passphrase(self) -> str:
        return self.first.text()


class Protection(QObject):
    announce = Signal(str)

    def __init__(self, operations: Operations, window: QWidget) -> None:
        super().__init__(window)
        self.operations = operations
        self.window = window

    def offered(self) -> bool:
        """Encryption is optional: offered where SQLCipher is installed, for a file."""
        store = self.operations.store
        return cipher.available() and store.file is not None and not store.read_only

    def protected(self) -> bool:
        return self.operations.store.passphrase is not None

    def ask_protect(self) -> PassphraseDialog:
        dialog = PassphraseDialog(self.window)
        dialog.accepted.connect(lambda: self._convert(dialog.passphrase()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def remove(self) -> None:
        self._convert(None)

    def _convert(self, new: str | None) -> None:
        store = self.operations.store
        database, old = store.file, store.passphrase
        if database is None:
            return

        def reopen() -> Store:
            store.close()  # converted in place: no connection may stay open
            if new is not None:
                last_today.forget(database)  # nothing of it stays in the clear
                protect(database, new)
            elif old is not None:
                unprotect(database, old)
            return Store.open(database, passphrase=new)

        message = (
            self.tr("Your data and its backups are now protected by the passphrase.")
            if new is not None
            else self.tr("The passphrase is removed from your data and its backups.")
        )
        self.operations.switch(self.window, reopen, lambda: self.announce.emit(message))


def ask_passphrase(parent: QWidget | None, name: str, wrong: bool) -> str | None:
    """The passphrase of an encrypted database, asked at start; None when the rep cancels."""
    prompt = (
        translate("Protection", "That passphrase does not open {name}. Try again:")
        if wrong
        else translate("Protection", "{name} is protected by a passphrase:")
    ).format(name=name)
    text, ok = QInputDialog.getText(
        parent, translate("Protection", "Passphrase"), prompt, QLineEdit.EchoMode.Password
    )
    return text if ok and text else None
