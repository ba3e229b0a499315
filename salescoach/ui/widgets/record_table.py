"""A read-only table of records, one chosen at a time: backups, imports, sync conflicts."""

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QWidget


def record_table(parent: QWidget, name: str, headers: list[str], stretch: int) -> QTableWidget:
    """Whole rows selected one at a time, nothing edited in place, column `stretch` taking
    the width left."""
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table
