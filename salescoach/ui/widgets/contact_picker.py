"""A line edit that finds a contact by typing part of a name or company.

Suggestions come from a worker as the rep types (accents and case ignored). A name typed in
full without picking it still counts: the save resolves it in the database, or says that
the name must be picked.
"""

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QWidget
from sqlalchemy.orm import Session

from salescoach.store.records.contacts import contact_named, find_contacts
from salescoach.ui.dialogs.common import show_error
from salescoach.ui.operations import NewestOnly, Operations

_ID = Qt.ItemDataRole.UserRole


class ContactPicker(QLineEdit):
    contact_changed = Signal(object)  # int | None

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self._contact_id: int | None = None
        self._newest = NewestOnly()
        self.setPlaceholderText(self.tr("Type a name or company…"))
        self.setClearButtonEnabled(True)
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # the QModelIndex overload of `activated`; PySide6's stubs know only the str one
        completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        self.setCompleter(completer)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._search)
        self.textEdited.connect(self._typed)

    def contact_id(self) -> int | None:
        return self._contact_id

    def typed(self) -> str:
        """What the rep typed, when they did not pick a suggestion."""
        return "" if self._contact_id is not None else self.text().strip()

    def resolver(self) -> "Resolver":
        """How the save finds the contact: the one picked, or the one named in full."""
        return Resolver(self._contact_id, self.typed())

    def required(self, error: QLabel) -> "Resolver | None":
        """The resolver of a field that must name someone; None, said in `error`, if empty."""
        resolve = self.resolver()
        missing = resolve.contact_id is None and not resolve.typed
        show_error(error, self.tr("Choose a contact from the suggestions.") if missing else "")
        return None if missing else resolve

    def set_contact(self, contact_id: int | None, label: str = "") -> None:
        self._select(contact_id, label)

    def _typed(self, _text: str) -> None:
        if self._contact_id is not None:
            self._select(None, "")
        self._search_timer.start()

    def _search(self) -> None:
        text = self.text()
        if not text.strip():
            self._matches.clear()
            return
        self.operations.query(
            self,
            lambda session: find_contacts(session, text, limit=30),
            self._newest(self._show_matches),
        )

    def _show_matches(self, matches: list[tuple[int, str]]) -> None:
        self._matches.clear()
        for contact_id, label in matches:
            item = QStandardItem(label)
            item.setData(contact_id, _ID)
            self._matches.appendRow(item)
        if matches and self.hasFocus():
            self.completer().complete()

    def _chosen(self, index: QModelIndex) -> None:
        self._select(index.data(_ID), index.data())

    def _select(self, contact_id: int | None, label: str) -> None:
        changed = contact_id != self._contact_id
        self._contact_id = contact_id
        if contact_id is not None:
            self.setText(label)
        if changed:
            self.contact_changed.emit(contact_id)


class Resolver:
    """Plain data for the worker: the picked id, or the name to look up."""

    def __init__(self, contact_id: int | None, typed: str) -> None:
        self.contact_id = contact_id
        self.typed = typed

    def __call__(self, session: Session) -> int | None:
        if self.contact_id is not None or not self.typed:
            return self.contact_id
        return contact_named(session, self.typed)
