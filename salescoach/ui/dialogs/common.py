"""Pieces shared by the editing dialogs."""

from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

E = TypeVar("E", bound=StrEnum)


def enum_combo(members: list[E], label: "type[object] | object", parent: QWidget) -> QComboBox:
    """A combo box listing enum members by their translated label, the member as data."""
    combo = QComboBox(parent)
    for member in members:
        combo.addItem(label(member), member)  # type: ignore[operator]
    return combo


def current(combo: QComboBox, enum: type[E]) -> E:
    """The selected member: Qt hands StrEnum data back as plain strings."""
    return enum(combo.currentData())


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def save_cancel(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """The dialog's Save and Cancel buttons; Save runs `on_save`, which closes when done."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def error_label(parent: QWidget) -> QLabel:
    """A red line under a field, hidden while the field is fine."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
