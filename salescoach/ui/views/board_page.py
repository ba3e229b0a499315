"""The opportunity board: a column per SPANCO stage with its count and value.

The columns share the page's width (Lost too, when shown), each card reads title, contact
and value on lines of their own, and the selected deal stays selected when it moves on, so
Ctrl+→ pressed again advances the same deal.
"""

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.domain import FUNNEL, Stage
from salescoach.core.stages import StageStep
from salescoach.store.queries.lists import OPPORTUNITIES, ListQuery, Row, StageTotal, board_totals
from salescoach.store.records.opportunities import stage_history
from salescoach.store.session.changes import Change
from salescoach.ui.context import AppContext
from salescoach.ui.labels import money_text, stage_label, totals_text, when_text
from salescoach.ui.operations import NewestOnly, Operations
from salescoach.ui.paged_model import Column, PagedTableModel
from salescoach.ui.selection import NOTHING, Selection, Subject

_KEYS = OPPORTUNITIES.keys
SHOWS = Change.OPPORTUNITIES | Change.CONTACTS
COLUMN_MIN_WIDTH = 118


class StageColumn(QFrame):
    """One stage: a header with count and value over a lazy list of its opportunities."""

    selected = Signal(object)  # this column

    def __init__(self, operations: Operations, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stage_{stage.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.title = QLabel(f"<b>{stage_label(stage)}</b>", self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.model = PagedTableModel(operations, OPPORTUNITIES, [Column("title", "")])
        self.model.decorate = self._text
        self.model.set_query(ListQuery(filters={"stage": stage}), refresh=False)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.selected.emit(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)

    @staticmethod
    def _text(row: Row, role: int) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = dict(zip(_KEYS, row, strict=True))
        money = money_text(values["value"], values["currency"])
        return f"{values['title']}\n{values['contact']}\n{money}"

    def show_total(self, total: StageTotal) -> None:
        self.summary.setText(
            self.tr("%n opportunity(ies)", "", total.count) + "\n" + totals_text(total.values)
        )

    def selected_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None

    def select_id(self, opportunity_id: int) -> bool:
        row = self.model.row_of(opportunity_id)
        parent = self.parentWidget()
        if row is None or parent is None or not self.isVisibleTo(parent):
            return False
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)
        return True


class BoardPage(QWidget):
    NAME = "boardPage"  # kept in the settings to reopen on this page
    count_changed = Signal(str)
    selection_changed = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.operations = operations = context.operations
        self.launcher = context.launcher
        bus = context.bus
        self._search = ""
        self._stale = True
        self._wanted: int | None = None
        self._newest_totals, self._newest_history = NewestOnly(), NewestOnly()
        self.columns = {stage: StageColumn(operations, stage, self) for stage in Stage}
        self.current: StageColumn | None = None

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        #: The page's own switch; the window's View menu offers the same action.
        self.show_lost = QAction(self.tr("Show &lost opportunities"), self)
        self.show_lost.setObjectName("showLost")
        self.show_lost.setCheckable(True)
        self.show_lost.toggled.connect(self.columns[Stage.LOST].setVisible)

        strip = QWidget(self)
        row = QHBoxLayout(strip)
        row.setContentsMargins(6, 6, 6, 6)
        row.setSpacing(4)
        for column in self.columns.values():
            column.selected.connect(self._column_selected)
            column.list.activated.connect(self._activated)
            column.model.counted.connect(self._column_loaded)
            row.addWidget(column, 1)
        self.columns[Stage.LOST].hide()
        scroll = QScrollArea(self)  # only below the width every column needs (about 900 px)
        scroll.setWidget(strip)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.history = QLabel(self)
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setContentsMargins(8, 4, 8, 8)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.history)
        bus.changed.connect(self._on_change)

    def set_actions(self, actions: list[QAction | None]) -> None:
        """The window's commands for deals, then the page's own Show lost switch."""
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.show_lost)
        for column in self.columns.values():
            column.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            for action in actions:
                if action is not None:
                    column.list.addAction(action)

    # -- the Page protocol ---------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Opportunities")

    def searchable(self) -> bool:
        return True

    def search_text(self) -> str:
        return self._search

    def set_search(self, text: str) -> None:
        self._search = text
        for column in self.columns.values():
            column.model.set_query(replace(column.model.query, search=text), refresh=False)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self._wanted is None:
            self._wanted = self.selected_id()
        search = self._search
        self.operations.query(
            self, lambda session: board_totals(session, search), self._newest_totals(self._totals)
        )
        for column in self.columns.values():
            column.model.refresh()

    def selection(self) -> Selection:
        opportunity_id = self.selected_id()
        if opportunity_id is None or self.current is None:
            return NOTHING
        row = self.current.model.row_of(opportunity_id)
        contact_id = self.current.model.value(row, "contact_id") if row is not None else None
        return Selection(
            Subject.OPPORTUNITY,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            stage=self.current.stage,
        )

    def edit_selected(self) -> None:
        if (opportunity_id := self.selected_id()) is not None:
            self.launcher.edit_opportunity(opportunity_id)

    def focus_results(self) -> None:
        """The selected deal, else the first deal of the first column that has one."""
        if self.current is None:
            filled = (c for c in self.columns.values() if c.isVisible() and c.model.rowCount())
            column = next(filled, None)
            if column is None:
                return
            column.list.setCurrentIndex(column.model.index(0, 0))
        if self.current is not None:
            self.current.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_selected(self) -> None:
        self.focus_results()
        self.edit_selected()

    def delete_selected(self) -> None:
        if (opportunity_id := self.selected_id()) is not None:
            self.launcher.delete_opportunity(opportunity_id)

    def select(self, subject: Subject, row_id: int) -> None:
        if subject is not Subject.OPPORTUNITY:
            return
        if any(column.model.loading for column in self.columns.values()):
            self._wanted = row_id
        else:
            self._select_now(row_id)

    # -- state ---------------------------------------------------------------------------
    def _totals(self, totals: dict[Stage, StageTotal]) -> None:
        for stage, column in self.columns.items():
            column.show_total(totals[stage])
        open_count = sum(totals[s].count for s in FUNNEL)
        self.count_changed.emit(self.tr("%n opportunity(ies) in the funnel", "", open_count))

    def _column_loaded(self) -> None:
        if any(column.model.loading for column in self.columns.values()):
            return
        wanted, self._wanted = self._wanted, None
        if wanted is None or not self._select_now(wanted):
            self._set_current(None)

    def _select_now(self, opportunity_id: int) -> bool:
        return any(column.select_id(opportunity_id) for column in self.columns.values())

    def _on_change(self, change: Change) -> None:
        if change & SHOWS:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _column_selected(self, column: StageColumn) -> None:
        if column.selected_id() is None:
            if column is self.current:
                self._set_current(None)
            return
        for other in self.columns.values():
            if other is not column:
                other.list.selectionModel().clearSelection()
        self._set_current(column)

    def _set_current(self, column: StageColumn | None) -> None:
        self.current = column
        self.selection_changed.emit()
        opportunity_id = self.selected_id()
        if opportunity_id is None:
            self.history.setText("")
            return
        self.operations.query(
            self,
            lambda session: stage_history(session, opportunity_id),
            self._newest_history(self._show_history),
        )

    def _show_history(self, steps: list[StageStep]) -> None:
        trail = " → ".join(f"{stage_label(s.stage)} ({when_text(s.at)})" for s in steps)
        self.history.setText(self.tr("History: {trail}").format(trail=trail))

    def selected_id(self) -> int | None:
        return self.current.selected_id() if self.current else None

    def _activated(self, _index: QModelIndex) -> None:
        self.edit_selected()
