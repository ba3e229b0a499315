"""A table model over a store list that fetches only the pages in view.

`rowCount` comes from one COUNT query; rows are fetched 200 at a time as they scroll into
view and kept in a small cache, so a list of 100k activities costs a few pages of memory.
Sorting and filtering are done in SQL by changing the `ListQuery`.
"""

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

from salescoach.store import Store
from salescoach.store.lists import ListQuery, ListSpec, Row, count_rows, fetch_rows

ID_ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    display: Callable[[Any], str] = lambda value: "" if value is None else str(value)
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    sortable: bool = True


class PagedTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    CACHED_PAGES = 40

    #: Emitted after every refresh with the new total.
    counted = Signal(int)

    def __init__(self, store: Store, spec: ListSpec, columns: list[Column]) -> None:
        super().__init__()
        self.store = store
        self.spec = spec
        self.columns = columns
        self._positions = {key: index for index, key in enumerate(spec.keys)}
        self._query = ListQuery()
        self._count = 0
        self._pages: OrderedDict[int, list[Row]] = OrderedDict()
        #: Optional override of any role for a row (colours, fonts, composed text).
        self.decorate: Callable[[Row, int], Any] | None = None

    # -- the query ---------------------------------------------------------------------------
    @property
    def query(self) -> ListQuery:
        return self._query

    def set_query(self, query: ListQuery) -> None:
        self._query = query
        self.refresh()

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(replace(self._query, search=text))

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        with self.store.reader() as session:
            self._count = count_rows(session, self.spec, self._query)
        self.endResetModel()
        self.counted.emit(self._count)

    # -- rows --------------------------------------------------------------------------------
    def row(self, number: int) -> Row:
        page = number // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            with self.store.reader() as session:
                rows = fetch_rows(
                    session, self.spec, self._query, page * self.PAGE_SIZE, self.PAGE_SIZE
                )
            self._pages[page] = rows
            while len(self._pages) > self.CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = number % self.PAGE_SIZE
        return rows[offset] if offset < len(rows) else (None,) * len(self._positions)

    def value(self, number: int, key: str) -> Any:
        return self.row(number)[self._positions[key]]

    def row_id(self, number: int) -> int:
        return int(self.value(number, "id"))

    def row_of(self, row_id: int) -> int | None:
        """The row showing `row_id` among the pages already fetched, if any."""
        position = self._positions["id"]
        for page, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row[position] == row_id:
                    return page * self.PAGE_SIZE + offset
        return None

    # -- Qt's model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if self.decorate is not None:
            decoration = self.decorate(self.row(index.row()), role)
            if decoration is not None:
                return decoration
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(self.value(index.row(), column.key))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        if role == ID_ROLE:
            return self.row_id(index.row())
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
