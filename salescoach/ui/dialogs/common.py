"""Pieces shared by the editing dialogs."""

from collections.abc import Callable
from datetime import datetime
from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLabel, QPlainTextEdit, QWidget

from salescoach.core.records import FIRST_YEAR, LAST_YEAR
from salescoach.ui.dates import WALL_CLOCK, py_datetime, qdatetime
from salescoach.ui.labels import datetime_format
from salescoach.ui.theme import error_text, note_text

E = TypeVar("E", bound=StrEnum)


def enum_combo(members: list[E], label: Callable[[E], str], parent: QWidget) -> QComboBox:
    """A combo box listing enum members by their translated label, the member as data."""
    combo = QComboBox(parent)
    for member in members:
        combo.addItem(label(member), member)
    return combo


def current(combo: QComboBox, enum: type[E]) -> E:
    """The selected member: Qt hands StrEnum data back as plain strings."""
    return enum(combo.currentData())


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def when_edit(moment: datetime, parent: QWidget) -> QDateTimeEdit:
    """A date and time field in the app's one format, with a calendar, within the years the
    store keeps."""
    edit = QDateTimeEdit(parent)
    edit.setTimeZone(WALL_CLOCK)  # first: a value in another zone would be converted
    edit.setDateTimeRange(
        qdatetime(datetime(FIRST_YEAR, 1, 1)), qdatetime(datetime(LAST_YEAR, 12, 31, 23, 59))
    )
    edit.setDateTime(qdatetime(moment))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(datetime_format())
    return edit


def moment_of(edit: QDateTimeEdit) -> datetime:
    return py_datetime(edit.dateTime()).replace(second=0, microsecond=0)


def text_box(parent: QWidget, height: int = 64) -> QPlainTextEdit:
    """Several lines of text in a form; Tab moves on, as in every other field."""
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def error_label(parent: QWidget) -> QLabel:
    """A red line under a field, hidden while the field is fine."""
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setStyleSheet(f"color: {error_text().name()};")
    label.setWordWrap(True)
    label.hide()
    return label


def note_label(parent: QWidget) -> QLabel:
    """A line that warns without refusing (a follow-up planned in the past)."""
    label = QLabel(parent)
    label.setObjectName("fieldNote")
    label.setStyleSheet(f"color: {note_text().name()};")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))
