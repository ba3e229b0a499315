"""Choosing the period the dashboard measures: this month, the last 90 days, this year, or
any two dates."""

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from salescoach.core.funnel import Period
from salescoach.ui.dates import py_date, qdate

PRESETS: dict[str, Callable[[date], Period]] = {
    "month": Period.month_to_date,
    "90days": Period.ending,
    "year": Period.year_to_date,
}
CUSTOM = "custom"


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, clock: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.choice = QComboBox(self)
        self.choice.setObjectName("periodChoice")
        for text, key in (
            (self.tr("This month"), "month"),
            (self.tr("Last 90 days"), "90days"),
            (self.tr("This year"), "year"),
            (self.tr("Custom…"), CUSTOM),
        ):
            self.choice.addItem(text, key)
        self.first = self._date_edit("periodFirst")
        self.last = self._date_edit("periodLast")
        self.dash = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Period:"), self)
        label.setBuddy(self.choice)
        for widget in (label, self.choice, self.first, self.dash, self.last):
            layout.addWidget(widget)
        self.choice.setCurrentIndex(1)
        self._show_dates()
        self.choice.currentIndexChanged.connect(self._chosen)
        self.first.dateChanged.connect(lambda _d: self._dates_edited(self.first))
        self.last.dateChanged.connect(lambda _d: self._dates_edited(self.last))

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        return edit

    def period(self) -> Period:
        key = self.choice.currentData()
        if key == CUSTOM:
            return Period(py_date(self.first.date()), py_date(self.last.date()))
        return PRESETS[key](self.clock())

    def choose(self, key: str) -> None:
        self.choice.setCurrentIndex(self.choice.findData(key))

    def _chosen(self) -> None:
        self._show_dates()
        self.changed.emit()

    def _show_dates(self) -> None:
        """Preset periods show their dates read-only; Custom makes them editable."""
        custom = self.choice.currentData() == CUSTOM
        if not custom:
            period = self.period()
            for edit, day in ((self.first, period.first), (self.last, period.last)):
                edit.blockSignals(True)
                edit.setDate(qdate(day))
                edit.blockSignals(False)
        for edit in (self.first, self.last):
            edit.setEnabled(custom)

    def _dates_edited(self, edited: QDateEdit) -> None:
        """Keep the period the right way round: moving one end past the other drags it along."""
        other = self.last if edited is self.first else self.first
        first, last = self.first.date(), self.last.date()
        if first > last:
            other.blockSignals(True)
            other.setDate(edited.date())
            other.blockSignals(False)
        self.changed.emit()
