"""A line edit that finds a contact by typing part of a name or company."""

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from salescoach.store import Store
from salescoach.store.contacts import contact_label, find_contacts

_ID = Qt.ItemDataRole.UserRole


class ContactPicker(QLineEdit):
    """Suggestions come from the database as the rep types; only a chosen one counts."""

    contact_changed = Signal(object)  # int | None

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._contact_id: int | None = None
        self._label = ""
        self.setPlaceholderText(self.tr("Type a name or company…"))
        self.setClearButtonEnabled(True)
        self._matches = QStandardItemModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.activated[QModelIndex].connect(self._chosen)
        self.setCompleter(completer)
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self._search)
        self.textEdited.connect(self._typed)

    def contact_id(self) -> int | None:
        return self._contact_id

    def set_contact(self, contact_id: int | None) -> None:
        label = ""
        if contact_id is not None:
            with self.store.reader() as session:
                label = contact_label(session, contact_id)
        self._select(contact_id, label)

    def _typed(self, _text: str) -> None:
        if self._contact_id is not None:
            self._select(None, "")
        self._search_timer.start()

    def _search(self) -> None:
        with self.store.reader() as session:
            matches = find_contacts(session, self.text(), limit=30)
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
        self._contact_id, self._label = contact_id, label
        if contact_id is not None:
            self.setText(label)
        if changed:
            self.contact_changed.emit(contact_id)
