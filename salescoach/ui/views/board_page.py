"""The opportunity board: a column per SPANCO stage with its count and value."""

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QMessageBox,
    QScrollArea,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.domain import FUNNEL, ActivityStatus, Stage
from salescoach.core.stages import next_stage
from salescoach.store import Store
from salescoach.store.lists import OPPORTUNITIES, ListQuery, Row, board_totals
from salescoach.store.opportunities import move_opportunity, stage_history
from salescoach.ui.dialogs.activity_dialog import preset_for
from salescoach.ui.labels import money_text, stage_label, totals_text, when_text
from salescoach.ui.launcher import Launcher
from salescoach.ui.operations import Change, ChangeBus, Operations
from salescoach.ui.paged_model import Column, PagedTableModel

_KEYS = OPPORTUNITIES.keys


class StageColumn(QFrame):
    """One stage: a header with count and value over a lazy list of its opportunities."""

    selected = Signal(object)  # this column

    def __init__(self, store: Store, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stage_{stage.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(170)
        self.title = QLabel(f"<b>{stage_label(stage)}</b>", self)
        self.summary = QLabel(self)
        self.summary.setObjectName("summary")
        self.model = PagedTableModel(store, OPPORTUNITIES, [Column("title", "")])
        self.model.decorate = self._text
        self.model.set_query(ListQuery(filters={"stage": stage}))
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self.selected.emit(self))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)

    @staticmethod
    def _text(row: Row, role: int) -> str | None:
        if role != Qt.ItemDataRole.DisplayRole or row[0] is None:
            return None
        values = dict(zip(_KEYS, row, strict=True))
        money = money_text(values["value"], values["currency"])
        return f"{values['title']}\n{values['contact']} · {money}"

    def set_search(self, text: str) -> None:
        self.model.set_query(replace(self.model.query, search=text))

    def selected_id(self) -> int | None:
        rows = self.list.selectionModel().selectedRows()
        return self.model.row_id(rows[0].row()) if rows else None


class BoardPage(QWidget):
    count_changed = Signal(str)

    def __init__(
        self,
        operations: Operations,
        bus: ChangeBus,
        launcher: Launcher,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.operations = operations
        self.store = operations.store
        self.launcher = launcher
        self.search_text = ""
        self.columns = {stage: StageColumn(self.store, stage, self) for stage in Stage}
        self.current: StageColumn | None = None

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._action(
            self.tr("New opportunity"),
            lambda: launcher.new_opportunity(),
            "newOpp",
            needs_selection=False,
        )
        self.advance_action = self._action(
            self.tr("Advance to next stage"), self.advance, "advance", "Ctrl+Right"
        )
        self.move_menu = QMenu(self.tr("Move to"), self)
        for stage in FUNNEL:
            self.move_menu.addAction(stage_label(stage), lambda s=stage: self.move_to(s))
        move_button = QToolButton(self)
        move_button.setText(self.tr("Move to…"))
        move_button.setMenu(self.move_menu)
        move_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.move_button = self.toolbar.addWidget(move_button)
        self.lost_action = self._action(self.tr("Mark lost"), self.mark_lost, "markLost")
        self.toolbar.addSeparator()
        self._action(self.tr("Edit"), self.edit, "editOpp")
        self._action(self.tr("Log activity"), self.log_activity, "logForOpp")
        self._action(self.tr("Delete"), self.delete, "deleteOpp")
        self.show_lost = QCheckBox(self.tr("Show lost"), self)
        self.show_lost.toggled.connect(self.columns[Stage.LOST].setVisible)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.show_lost)

        strip = QWidget(self)
        row = QHBoxLayout(strip)
        row.setContentsMargins(6, 6, 6, 6)
        for column in self.columns.values():
            column.selected.connect(self._column_selected)
            column.list.doubleClicked.connect(lambda _i: self.edit())
            row.addWidget(column)
        self.columns[Stage.LOST].hide()
        scroll = QScrollArea(self)
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

    def _action(
        self, text: str, slot: object, name: str, shortcut: str = "", needs_selection: bool = True
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(slot)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toolbar.addAction(action)
        self.addAction(action)
        action.setProperty("needsSelection", needs_selection)
        return action

    # -- state ---------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.store.reader() as session:
            totals = board_totals(session, self.search_text)
        for stage, column in self.columns.items():
            total = totals[stage]
            column.summary.setText(
                self.tr("%n opportunity(ies)", "", total.count) + "\n" + totals_text(total.values)
            )
            column.model.refresh()
        open_count = sum(totals[s].count for s in FUNNEL)
        self.count_changed.emit(self.tr("%n opportunity(ies) in the funnel", "", open_count))
        self.current = None
        self._update_actions()

    def set_search(self, text: str) -> None:
        self.search_text = text
        for column in self.columns.values():
            column.set_search(text)
        self.refresh()

    def _on_change(self, change: Change) -> None:
        if change & (Change.OPPORTUNITIES | Change.CONTACTS):
            self.refresh()

    def _column_selected(self, column: StageColumn) -> None:
        if column.selected_id() is None:
            return
        self.current = column
        for other in self.columns.values():
            if other is not column:
                other.list.selectionModel().clearSelection()
        self._update_actions()

    def selected_id(self) -> int | None:
        return self.current.selected_id() if self.current else None

    def select(self, opportunity_id: int) -> bool:
        for column in self.columns.values():
            row = column.model.row_of(opportunity_id)
            if row is not None and column.isVisible():
                column.list.setCurrentIndex(column.model.index(row, 0))
                return True
        return False

    def _update_actions(self) -> None:
        opp_id = self.selected_id()
        stage = self.current.stage if self.current and opp_id else None
        for action in self.actions():
            if action.property("needsSelection"):
                action.setEnabled(opp_id is not None)
        self.advance_action.setEnabled(stage is not None and next_stage(stage) is not None)
        self.lost_action.setEnabled(stage is not None and stage is not Stage.LOST)
        self.move_button.setEnabled(stage is not None and stage is not Stage.LOST)
        self.history.setText(self._history_text(opp_id) if opp_id else "")

    def _history_text(self, opportunity_id: int) -> str:
        with self.store.reader() as session:
            steps = stage_history(session, opportunity_id)
        trail = " → ".join(f"{stage_label(s.stage)} ({when_text(s.at)})" for s in steps)
        return self.tr("History: {trail}").format(trail=trail)

    # -- actions -------------------------------------------------------------------------
    def advance(self) -> None:
        if self.current and (stage := next_stage(self.current.stage)) is not None:
            self.move_to(stage)

    def move_to(self, stage: Stage) -> None:
        opp_id = self.selected_id()
        if opp_id is None:
            return
        self.operations.mutate(
            self,
            lambda session: move_opportunity(session, opp_id, stage),
            Change.OPPORTUNITIES | Change.CONTACTS,
            lambda _none: self.select(opp_id),
        )

    def mark_lost(self) -> None:
        if self.selected_id() is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Mark lost"),
            self.tr("Mark this opportunity as lost? A lost opportunity cannot move again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.move_to(Stage.LOST)

    def edit(self) -> None:
        if (opp_id := self.selected_id()) is not None:
            self.launcher.edit_opportunity(opp_id)

    def delete(self) -> None:
        if self.current and (opp_id := self.selected_id()) is not None:
            row = self.current.model.row_of(opp_id)
            title = self.current.model.value(row, "title") if row is not None else ""
            self.launcher.delete_opportunity(opp_id, title)

    def log_activity(self) -> None:
        if self.current and (opp_id := self.selected_id()) is not None:
            row = self.current.model.row_of(opp_id)
            if row is not None:
                contact_id = self.current.model.value(row, "contact_id")
                self.launcher.log_activity(preset_for(contact_id, ActivityStatus.DONE, opp_id))
