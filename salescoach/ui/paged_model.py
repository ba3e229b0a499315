"""A table model over a store list that never queries on the GUI thread.

A refresh asks a worker for the list's ordered ids (Anki's browser keeps such an id list);
the rows scrolled into view are then fetched by id, a page at a time, on a worker too.
Until a page arrives its cells are blank; when it does, only those rows repaint. Sorting and
searching run in SQL and replace the id list in one step, so the view never shows half of
an old answer.
"""

from array import array
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QPalette

from salescoach.store.queries.lists import ListQuery, ListSpec, Row, row_ids, rows_by_id
from salescoach.ui.operations import NewestOnly, Operations

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    display: Callable[[Any], str] = lambda value: "" if value is None else str(value)
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    sortable: bool = True
    #: A one-click action drawn as a link (Qt draws it: no Python painting per repaint).
    link: bool = False


def _link_font() -> QFont:
    font = QFont()
    font.setUnderline(True)
    return font


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 100
    CACHED_PAGES = 60

    #: Emitted when a new id list is in place, with its length.
    counted = Signal(int)

    def __init__(self, operations: Operations, spec: ListSpec, columns: list[Column]) -> None:
        super().__init__()
        self.operations = operations
        self.spec = spec
        self.columns = columns
        self._positions = {key: index for index, key in enumerate(spec.keys)}
        self._query = ListQuery()
        self._ids = array("q")
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()
        self._asked: set[int] = set()
        self._generation = 0
        self._newest = NewestOnly()
        #: True between a refresh being asked and its ids arriving.
        self.loading = False
        #: Optional override of any role for a row (colours, fonts, composed text).
        self.decorate: Callable[[Row, int], Any] | None = None
        self._link_font = _link_font()

    # -- the query ---------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery, refresh: bool = True) -> None:
        self._query = query
        if refresh:
            self.refresh()

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(replace(self._query, search=text))

    def refresh(self) -> None:
        """Ask for the ids again; the current rows stay on screen until they arrive."""
        self.loading = True
        spec, query = self.spec, self._query
        self.operations.query(
            self, lambda session: row_ids(session, spec, query), self._newest(self._reset)
        )

    def _reset(self, ids: "array[int]") -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._asked.clear()
        self._generation += 1
        self.endResetModel()
        self.loading = False
        self.counted.emit(len(ids))

    # -- rows --------------------------------------------------------------------------------
    def row(self, number: int) -> Row | None:
        """The row's values, or None while its page is being fetched (which this asks for)."""
        page = number // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            self._fetch(page)
            rows = self._pages.get(page)  # there at once when the pool runs jobs at once
            if rows is None:
                return None
        self._pages.move_to_end(page)
        offset = number % self.PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def _fetch(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        ids = list(self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE])
        generation, spec = self._generation, self.spec

        def arrived(rows: dict[int, Row]) -> None:
            if generation != self._generation:
                return  # an answer for a list that has since been replaced
            self._asked.discard(page)
            self._pages[page] = [rows.get(row_id) for row_id in ids]
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
            first = page * self.PAGE_SIZE
            self.dataChanged.emit(
                self.index(first, 0), self.index(first + len(ids) - 1, len(self.columns) - 1)
            )

        self.operations.query(self, lambda session: rows_by_id(session, spec, ids), arrived)

    def value(self, number: int, key: str) -> Any:
        row = self.row(number)
        return None if row is None else row[self._positions[key]]

    def row_id(self, number: int) -> int:
        return int(self._ids[number])

    def row_of(self, row_id: int) -> int | None:
        """Where `row_id` is in the list, loaded or not."""
        try:
            return self._ids.index(row_id)
        except ValueError:
            return None

    # -- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.row_id(index.row())
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        row = self.row(index.row())
        if row is None:
            return None
        if column.link and role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().brush(QPalette.ColorRole.Link)
        if column.link and role == Qt.ItemDataRole.FontRole:
            return self._link_font
        if self.decorate is not None:
            decoration = self.decorate(row, role)
            if decoration is not None:
                return decoration
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row[self._positions[column.key]])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sortable:
            return
        key = self.columns[column].key
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=key, descending=descending))
