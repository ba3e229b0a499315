"""A page that shows one store list: a toolbar over a lazily filled, SQL-sorted table."""

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salescoach.ui.operations import Change, ChangeBus
from salescoach.ui.paged_model import Column, PagedTableModel


class ListPage(QWidget):
    """Refreshes itself when the bus announces a change of the data it shows."""

    count_changed = Signal(str)
    activated = Signal(int)  # row id, on double-click or Enter

    def __init__(
        self, model: PagedTableModel, bus: ChangeBus, shows: Change, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.shows = shows
        self.search_text = ""
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        model.columns = self.make_columns()
        self.table = QTableView(self)
        self.table.setModel(model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(self._activate)
        self._selection_actions: list[QAction] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._make_banner())
        layout.addWidget(self.table)
        model.counted.connect(lambda count: self.count_changed.emit(self.count_text(count)))
        model.modelReset.connect(self._update_actions)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        bus.changed.connect(self._on_change)

    def _make_banner(self) -> QWidget:
        """A strip that says the list is narrowed (by a coach tip) and undoes it."""
        self.banner = QFrame(self)
        self.banner.setObjectName("filterBanner")
        self.banner.setStyleSheet("#filterBanner { background: palette(alternate-base); }")
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        show_all = QPushButton(self.tr("Show all"), self.banner)
        show_all.setObjectName("showAll")
        show_all.clicked.connect(self.show_all)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(self.banner_label, 1)
        row.addWidget(show_all)
        self.banner.hide()
        return self.banner

    def show_only(self, filters: dict[str, Any], description: str) -> None:
        self.model.set_query(replace(self.model.query, filters=filters))
        self.banner_label.setText(description)
        self.banner.show()

    def show_all(self) -> None:
        self.model.set_query(replace(self.model.query, filters={}))
        self.banner.hide()

    def make_columns(self) -> list[Column]:
        """The columns this page shows; subclasses name them (translated)."""
        raise NotImplementedError

    def column_widths(self, *widths: int) -> None:
        for column, width in enumerate(widths):
            self.table.setColumnWidth(column, width)

    def add_action(
        self,
        text: str,
        slot: Callable[[], None],
        shortcut: QKeySequence | str = "",
        needs_selection: bool = True,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        if needs_selection:
            self._selection_actions.append(action)
            action.setEnabled(False)
        return action

    def count_text(self, count: int) -> str:
        return str(count)

    def set_search(self, text: str) -> None:
        self.search_text = text
        self.model.set_search(text)

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return None if row is None else self.model.row_id(row)

    def select_id(self, row_id: int) -> bool:
        row = self.model.row_of(row_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def refresh(self) -> None:
        self.model.refresh()

    def _on_change(self, change: Change) -> None:
        if change & self.shows:
            selected = self.selected_id()
            self.model.refresh()
            if selected is not None:
                self.select_id(selected)

    def _update_actions(self) -> None:
        has = self.selected_row() is not None
        for action in self._selection_actions:
            action.setEnabled(has)

    def _activate(self, index: QModelIndex) -> None:
        self.activated.emit(self.model.row_id(index.row()))

    def keyPressEvent(self, event):  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id() is not None:
            self.activated.emit(self.selected_id())
            return
        super().keyPressEvent(event)
