"""The funnel split by where contacts came from: which channels deserve the rep's time."""

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from salescoach.core.domain import Source
from salescoach.core.funnel import FunnelCounts, ratios_of
from salescoach.ui.labels import count_label, percent_text, ratio_label, source_label


class SourceTable(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(Source), 9, parent)
        self.setObjectName("sourceTable")
        headers = [
            (self.tr("Source"), ""),
            (self.tr("Suspects"), count_label("suspects")),
            (self.tr("Prospects"), count_label("prospects")),
            (self.tr("Made"), count_label("appointments_made")),
            (self.tr("Held"), count_label("appointments_held")),
            (self.tr("Proposals"), count_label("proposals")),
            (self.tr("Won"), count_label("won")),
            (self.tr("Qualif."), ratio_label("qualification")),
            (self.tr("Overall"), ratio_label("overall")),
        ]
        for column, (text, tip) in enumerate(headers):
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.setHorizontalHeaderItem(column, item)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        # every name and figure whole, in any language (the dashboard makes room for the
        # natural width); the names take what is left, and only a window too narrow for
        # them all scrolls sideways
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.verticalHeader().setDefaultSectionSize(24)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll_bar = self.horizontalScrollBar().sizeHint().height()
        self.setFixedHeight(
            24 * len(Source) + self.horizontalHeader().sizeHint().height() + 4 + scroll_bar
        )

    def natural_width(self) -> int:
        """The width that shows every column whole."""
        header = self.horizontalHeader()
        widths = (
            max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(self.columnCount())
        )
        return sum(widths) + 2 * self.frameWidth()

    def show_sources(self, by_source: dict[Source, FunnelCounts]) -> None:
        locale = QLocale()
        for row, (source, counts) in enumerate(by_source.items()):
            ratios = ratios_of(counts)
            cells = [
                source_label(source),
                *(locale.toString(value) for value in counts.as_dict().values()),
                percent_text(ratios.qualification),
                percent_text(ratios.overall),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.setItem(row, column, item)
