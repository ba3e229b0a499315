"""A table model over a store list that never queries on the GUI thread.

A refresh asks a worker for the list's ordered ids (Anki's browser keeps such an id list);
the rows scrolled into view are then fetched by id, a page at a time, on a worker too.
Until a page arrives its cells are blank; when it does, only those rows repaint. Sorting and
searching run in SQL and replace the id list in one step, so the view never shows half of
an old answer. A save moves only the rows it wrote: the worker finds their new places, and
the view hears them as moves, so the selection and the scroll stay where the rep left them.
"""

from array import array
from collections import OrderedDict
from collections.abc import Callable, Mapping
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

from salescoach.store.queries.lists import (
    ListQuery,
    ListSpec,
    Placed,
    Row,
    placed,
    row_ids,
    rows_by_id,
    sorted_by,
)
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
        #: Rows fetched, by id (None: gone since the ids were read), the least used first.
        self._rows: OrderedDict[int, Row | None] = OrderedDict()
        self._asked: set[int] = set()
        #: Bumped when the id list is replaced (answers for the old one are dropped) ...
        self._generation = 0
        #: ... or when rows move in it (a page asked before lands by id, repainting all).
        self._shape = 0
        self._newest = NewestOnly()
        self._placing = False
        self._to_place: set[int] = set()
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
        self._rows.clear()
        self._asked.clear()
        self._generation += 1
        self._to_place.clear()
        self.endResetModel()
        self.loading = False
        self.counted.emit(len(ids))

    def place(self, written: set[int] | frozenset[int]) -> None:
        """Rows of this list's table were written (saved, added, deleted): move just those
        to where the order now puts them, without reading the other ids again."""
        if self.loading:
            self.refresh()  # the answer on its way may predate the write: ask after it
            return
        self._to_place |= written
        if self._placing:
            return  # placed after the rows on their way, from the list they leave
        self._placing = True
        batch, self._to_place = frozenset(self._to_place), set()
        # the worker copies the ids: only `_placed` changes them in place, and no other
        # placing runs before this one's answer
        ids, generation, spec, query = self._ids, self._generation, self.spec, self._query

        def failed(_error: BaseException) -> None:
            self._placing = False
            self.refresh()  # values the order cannot compare: read the list again

        self.operations.query(
            self,
            lambda session: placed(session, spec, query, array("q", ids), batch),
            lambda answer: self._placed(answer, generation),
            failed,
        )

    def _placed(self, answer: Placed | None, generation: int) -> None:
        self._placing = False
        if generation != self._generation:
            return  # the list was read again meanwhile, after the write
        if answer is None:
            self.refresh()  # a write of many rows: read the list again
            return
        root = QModelIndex()
        for step in answer.steps:
            if step.before is not None and step.after is not None and step.before != step.after:
                destination = step.after + 1 if step.after > step.before else step.after
                self.beginMoveRows(root, step.before, step.before, root, destination)
                del self._ids[step.before]
                self._ids.insert(step.after, step.row_id)
                self.endMoveRows()
            elif step.before is None and step.after is not None:
                self.beginInsertRows(root, step.after, step.after)
                self._ids.insert(step.after, step.row_id)
                self.endInsertRows()
            elif step.before is not None and step.after is None:
                self.beginRemoveRows(root, step.before, step.before)
                del self._ids[step.before]
                self.endRemoveRows()
        self._shape += 1
        for row_id in {step.row_id for step in answer.steps} | set(answer.rows):
            self._rows.pop(row_id, None)
        self._keep(answer.rows)
        for step in answer.steps:
            if step.after is not None:
                self._repaint(step.after, step.after)
        self.counted.emit(len(self._ids))
        if self._to_place:
            self.place(set())

    # -- rows --------------------------------------------------------------------------------
    def row(self, number: int) -> Row | None:
        """The row's values, or None while its page is being fetched (which this asks for)."""
        row_id = self._ids[number]
        if row_id not in self._rows:
            self._fetch(number // self.PAGE_SIZE)
            if row_id not in self._rows:  # there at once when the pool runs jobs at once
                return None
        self._rows.move_to_end(row_id)
        return self._rows[row_id]

    def _keep(self, rows: Mapping[int, Row | None]) -> None:
        self._rows.update(rows)
        while len(self._rows) > self.CACHED_PAGES * self.PAGE_SIZE:
            self._rows.popitem(last=False)

    def _repaint(self, first: int, last: int) -> None:
        self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def _fetch(self, page: int) -> None:
        if page in self._asked:
            return
        self._asked.add(page)
        first = page * self.PAGE_SIZE
        ids = list(self._ids[first : first + self.PAGE_SIZE])
        generation, shape, spec = self._generation, self._shape, self.spec

        def arrived(rows: dict[int, Row]) -> None:
            if generation != self._generation:
                return  # an answer for a list that has since been replaced
            self._asked.discard(page)
            self._keep({row_id: rows.get(row_id) for row_id in ids})
            if shape == self._shape:
                self._repaint(first, min(first + len(ids), len(self._ids)) - 1)
            else:  # rows moved meanwhile: these may be anywhere now
                self._repaint(0, len(self._ids) - 1)

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
        if (key, descending) == sorted_by(self.spec, self._query):
            return  # QTableView.sortByColumn asks twice; a million ids are read once
        self.set_query(replace(self._query, sort=key, descending=descending))
