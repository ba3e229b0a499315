"""A page that shows one store list: a toolbar over a lazily filled, SQL-sorted table.

The page refreshes itself when the bus announces a change of the data it shows (later, when
next shown, if it is hidden), keeps the selected row selected across refreshes, and
selects a row asked for while its list is still loading once the list arrives.
"""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from salescoach.store.queries.lists import ListSpec
from salescoach.store.session.changes import Change, Touched
from salescoach.ui.context import AppContext
from salescoach.ui.machine_settings import columns_key
from salescoach.ui.paged_model import Column, PagedTableModel
from salescoach.ui.selection import NOTHING, Selection, Subject


class ListPage(QWidget):
    count_changed = Signal(str)
    selection_changed = Signal()
    activated = Signal(int)  # row id, on double-click or Enter

    #: What a row of this list is.
    subject = Subject.NONE

    def __init__(
        self,
        context: AppContext,
        spec: ListSpec,
        shows: Change,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.model = PagedTableModel(context.operations, spec, [])
        self.shows = shows
        self._stale = True  # filled when first shown
        self._wanted: int | None = None  # a row to select once the list has loaded
        self._searched = False  # the list is loading a new search: show its first match
        self._open_first = False  # Enter was pressed in the search box before it answered
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.model.columns = self.make_columns()
        self.table = QTableView(self)
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.activated.connect(self._activate)
        self._menu_actions: list[QAction | None] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self._make_banner())
        layout.addWidget(self.table)
        self.model.counted.connect(self._counted)
        self.model.modelAboutToBeReset.connect(self._remember)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_: self.selection_changed.emit()
        )
        context.bus.written.connect(self._on_write)

    # -- the Page protocol ---------------------------------------------------------------
    def title(self) -> str:
        raise NotImplementedError

    def make_columns(self) -> list[Column]:
        """The columns this page shows; subclasses name them (translated)."""
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        return str(count)

    def searchable(self) -> bool:
        return True

    def search_text(self) -> str:
        return self.model.query.search

    def set_search(self, text: str) -> None:
        if text != self.model.query.search:
            self._searched = bool(text.strip())
            self.model.set_search(text)

    def focus_results(self) -> None:
        if self.selected_row() is None and self.model.rowCount():
            self._select_row(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_selected(self) -> None:
        if self.model.loading:
            self._open_first = True
            return
        self.focus_results()
        if (row_id := self.selected_id()) is not None:
            self.activated.emit(row_id)

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()

    def selection(self) -> Selection:
        """The selected row's ids; subclasses add the people and deals it involves."""
        row = self.selected_row()
        return NOTHING if row is None else self.row_selection(row)

    def row_selection(self, row: int) -> Selection:
        raise NotImplementedError

    def edit_selected(self) -> None:
        if (row_id := self.selected_id()) is not None:
            self.activated.emit(row_id)

    def delete_selected(self) -> None:
        raise NotImplementedError

    def select(self, subject: Subject, row_id: int) -> None:
        """Select this row if the page lists such rows (now, or once the list has loaded)."""
        if subject is self.subject:
            self.select_id(row_id)

    # -- actions -------------------------------------------------------------------------
    def set_actions(
        self, actions: list[QAction | None], menu_only: list[QAction | None] | None = None
    ) -> None:
        """The window's commands this page offers in its toolbar and right-click menu
        (None: a separator), and those offered in the menu only (rare, weighty ones). They
        are the window's own actions, so a button does exactly what its shortcut does."""
        self._menu_actions = [*actions, *(menu_only or [])]
        for action in actions:
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)
        if index.isValid():
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("contextMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for action in self._menu_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))

    # -- filters -------------------------------------------------------------------------
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

    # -- rows ----------------------------------------------------------------------------
    def column_widths(self, *widths: int) -> None:
        """Each column as wide as asked, and never narrower than its header in the rep's
        language ("Esigenze del cliente" is longer than "Customer's needs")."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = widths[column] if column < len(widths) else header.defaultSectionSize()
            self.table.setColumnWidth(column, max(width, metrics.horizontalAdvance(title) + 28))

    def remember_columns(self, settings: QSettings) -> None:
        """Column widths, order and sort as the rep left them, kept between runs."""
        key = columns_key(self.objectName())
        header = self.table.horizontalHeader()
        saved = settings.value(key)
        if saved is not None:
            header.restoreState(saved)
        timer = QTimer(self, singleShot=True, interval=400)
        timer.timeout.connect(lambda: settings.setValue(key, header.saveState()))
        header.sectionResized.connect(lambda *_: timer.start())
        header.sectionMoved.connect(lambda *_: timer.start())
        header.sortIndicatorChanged.connect(lambda *_: timer.start())

    def selected_row(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return None if row is None else self.model.row_id(row)

    def select_id(self, row_id: int) -> bool:
        if self.model.loading:
            self._wanted = row_id
            return False
        row = self.model.row_of(row_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtTop)

    def _remember(self) -> None:
        """Before the list is replaced: keep the selection, unless another row is wanted
        or a new search is arriving (it opens on its first match)."""
        if self._wanted is None and not self._searched:
            self._wanted = self.selected_id()

    def _counted(self, count: int) -> None:
        wanted, self._wanted = self._wanted, None
        searched, self._searched = self._searched, False
        if wanted is not None:
            self.select_id(wanted)
        elif searched and count:
            self._select_row(0)  # the first match, in the list's order (newest first...)
        self.selection_changed.emit()
        self.count_changed.emit(self.count_text(count))
        if self._open_first:
            self._open_first = False
            self.open_selected()

    def _on_write(self, change: Change, touched: Touched) -> None:
        if not change & self.shows:
            return
        rows = touched.only(self.model.spec.table, self.shows)
        if not self.isVisible():
            self._stale = True  # refreshed when shown: hidden lists cost nothing
        elif rows is not None and not self._stale:
            self.model.place(rows)  # a save: move its rows, not a million ids
        else:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _activate(self, index: QModelIndex) -> None:
        self.activated.emit(self.model.row_id(index.row()))
