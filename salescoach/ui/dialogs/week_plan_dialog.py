"""Plan my week: the people the lessons point at, on the days and times the scheduler found.

Before anything is written the rep can untick an item, move it to another day and time, or
swap two items' slots (select both, then Swap); Save plans what is ticked in one write, so
one Ctrl+Z takes the whole week back.
"""

from datetime import datetime, time

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salescoach.core.week_plan import Capacity, PlanItem, WeekPlan, moved, week_days
from salescoach.reports.week import WeekWords
from salescoach.ui.dialogs.save_dialog import SaveDialog, Work
from salescoach.ui.labels import day_text, kind_label, language
from salescoach.ui.operations import Operations
from salescoach.usecases.planning import apply_items

#: The table's columns.
TICK, DAY, TIME, WHO, KIND, WHY = range(6)


class WeekPlanDialog(SaveDialog):
    """The week's plan, to adjust and apply."""

    preferred_size = (980, 560)

    def __init__(
        self,
        operations: Operations,
        plan: WeekPlan,
        week: Capacity,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(operations, parent)
        self.setObjectName("weekPlanDialog")
        self.setWindowTitle(self.tr("Plan my week"))
        self.plan = plan
        words = WeekWords(language())
        self.days = week_days(plan.first, week) or [plan.first]
        unknown = "?"
        targets = {k: unknown if v is None else v for k, v in plan.targets.items()}
        heading = QLabel(
            self.tr(
                "{first} to {last}. This week asks for {calls} calls, {appointments} "
                "appointments and {proposals} proposals."
            ).format(first=day_text(plan.first), last=day_text(plan.last), **targets),
            self,
        )
        heading.setWordWrap(True)
        self.table = QTableWidget(len(plan.items), 6, self)
        self.table.setObjectName("weekItems")
        self.table.setHorizontalHeaderLabels(
            [
                "",
                self.tr("Day"),
                self.tr("Time"),
                self.tr("Contact"),
                self.tr("Kind"),
                self.tr("Why"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        for row, item in enumerate(plan.items):
            self._fill(row, item, words)
        self.table.resizeColumnsToContents()
        self.count = QLabel(self)
        self.count.setObjectName("weekCount")
        self.swap_button = QPushButton(self.tr("S&wap day and time"), self)
        self.swap_button.setObjectName("weekSwap")
        self.swap_button.setToolTip(self.tr("Select two items to exchange their slots."))
        self.swap_button.clicked.connect(self.swap)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if not plan.items:
            layout.addWidget(QLabel(words.text("empty"), self))
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.count, 1)
        below.addWidget(self.swap_button)
        layout.addLayout(below)
        self.add_buttons(layout)
        self.table.itemChanged.connect(lambda _item: self._update())
        self.table.itemSelectionChanged.connect(self._update_swap)
        self._update()
        self._update_swap()

    def _fill(self, row: int, item: PlanItem, words: WeekWords) -> None:
        tick = QTableWidgetItem()
        tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        tick.setCheckState(Qt.CheckState.Checked)
        self.table.setItem(row, TICK, tick)
        day = QComboBox(self.table)
        for choice in self.days:
            day.addItem(day_text(choice))
        if item.at.date() in self.days:
            day.setCurrentIndex(self.days.index(item.at.date()))
        self.table.setCellWidget(row, DAY, day)
        at = QTimeEdit(QTime(item.at.hour, item.at.minute), self.table)
        at.setDisplayFormat("HH:mm")
        self.table.setCellWidget(row, TIME, at)
        for column, text in (
            (WHO, item.candidate.name),
            (KIND, kind_label(item.kind)),
            (WHY, words.reason(item.candidate)),
        ):
            cell = QTableWidgetItem(text)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            cell.setToolTip(f"{text}\n[{item.candidate.lesson}]")
            self.table.setItem(row, column, cell)

    def first_field(self) -> QWidget | None:
        """The list: the rep reads the week first, and Space unticks the selected item."""
        return self.table

    def _slot(self, row: int) -> tuple[QComboBox, QTimeEdit]:
        """The day and time editors of `row`."""
        day, at = self.table.cellWidget(row, DAY), self.table.cellWidget(row, TIME)
        assert isinstance(day, QComboBox) and isinstance(at, QTimeEdit)
        return day, at

    def kept(self) -> list[PlanItem]:
        """The ticked items, on the day and at the time the rep left them."""
        found = []
        for row, item in enumerate(self.plan.items):
            tick = self.table.item(row, TICK)
            if tick is None or tick.checkState() != Qt.CheckState.Checked:
                continue
            day, at = self._slot(row)
            chosen, on = at.time(), self.days[max(0, day.currentIndex())]
            found.append(moved(item, datetime.combine(on, time(chosen.hour(), chosen.minute()))))
        return found

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.table.selectionModel().selectedRows()})

    def _update_swap(self) -> None:
        self.swap_button.setEnabled(len(self._selected_rows()) == 2)

    def swap(self) -> None:
        """Exchange the day and time of the two selected items: the rep keeps both people
        and only trades their slots (Thursday's visit for Tuesday's, say)."""
        rows = self._selected_rows()
        if len(rows) != 2:
            return
        (first_day, first_at), (second_day, second_at) = (self._slot(row) for row in rows)
        day, at = first_day.currentIndex(), first_at.time()
        first_day.setCurrentIndex(second_day.currentIndex())
        first_at.setTime(second_at.time())
        second_day.setCurrentIndex(day)
        second_at.setTime(at)

    def _update(self) -> None:
        kept = len(self.kept())
        self.count.setText(self.tr("%n follow-up(s) will be planned.", "", kept))
        self.set_savable(kept > 0)

    def undo_label(self) -> str:
        return self.tr("plan the week")

    def work(self) -> Work | None:
        kept, first = self.kept(), self.plan.first

        def save(session: Session) -> int:
            return apply_items(session, first, kept).count

        return save
