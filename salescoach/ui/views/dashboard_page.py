"""The home page: the rep's ratios, how they moved, the funnel, the weekly work, the
planner, and the coach's tips beside them.

The figures come from two store calls run on the thread pool: the headline first (the ratio
tiles and the planner, a few index reads), then, once the tips are in, the funnel's picture
and the detail (the split by source and the weekly work). What worked, below them, is read
once the rep can see it. The GUI thread only fills widgets. A refresh asked while the page
is hidden waits until it is shown. The Coach sits in a splitter: the rep can widen it or
fold it away.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.funnel import (
    RATIO_DEFINITIONS,
    FunnelCounts,
    FunnelDetail,
    FunnelHeadline,
    Weekly,
)
from salescoach.reports.charts import draw_funnel, draw_weekly
from salescoach.store.preferences import default_period
from salescoach.store.queries.funnel import funnel_detail, funnel_headline
from salescoach.store.queries.outcomes import outcomes_and_window
from salescoach.store.session.changes import Change
from salescoach.ui.charts.view import ChartView
from salescoach.ui.context import AppContext
from salescoach.ui.errors import language
from salescoach.ui.labels import count_label, day_text, ratio_label, ratio_meaning
from salescoach.ui.operations import NewestOnly
from salescoach.ui.selection import NOTHING, Selection, Subject
from salescoach.ui.views.coach_panel import CoachPanel
from salescoach.ui.views.page import Unsearchable
from salescoach.ui.widgets.period_picker import PeriodPicker
from salescoach.ui.widgets.planner_box import PlannerBox
from salescoach.ui.widgets.ratio_tile import RatioTile
from salescoach.ui.widgets.source_table import SourceTable
from salescoach.ui.widgets.what_worked import WhatWorked

SHOWS = Change.CONTACTS | Change.OPPORTUNITIES | Change.ACTIVITIES


#: How long what follows the tips (the detail, What worked, the funnel's picture) waits
#: for them at most.
DETAIL_DEADLINE_MS = 1000


class DashboardPage(Unsearchable, QWidget):
    NAME = "dashboard"  # kept in the settings to reopen on this page
    count_changed = Signal(str)
    selection_changed = Signal()  # never: nothing to select here
    announce = Signal(str)  # a short message for the status bar
    #: Emitted on the GUI thread each time new figures are on screen: the ratio tiles first
    #: (`headline_shown`), then everything (`refreshed`).
    headline_shown = Signal()
    refreshed = Signal()

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.NAME)
        self.operations = operations = context.operations
        bus, clock = context.bus, context.clock
        self.headline: FunnelHeadline | None = None
        self._newest_headline, self._newest_detail = NewestOnly(), NewestOnly()
        self._newest_outcomes = NewestOnly()
        self._awaited: set[str] = set()
        self._pending_rest: Callable[[], None] | None = None
        #: What worked's read of the current figures, once due (the tips are in); asked
        #: once the rep can see it too (`_outcomes_seen`).
        self._read_outcomes: Callable[[], None] | None = None
        self._outcomes_seen = False
        #: The funnel's counts waiting for the tips before they are drawn.
        self._funnel_due: FunnelCounts | None = None
        self._stale = True
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.coach = CoachPanel(operations, clock, context.coach, self)
        self.coach.refreshed.connect(self._ask_rest)
        self._rest_deadline = QTimer(self, singleShot=True, interval=DETAIL_DEADLINE_MS)
        self._rest_deadline.timeout.connect(self._ask_rest)

        self.clock = clock
        self.picker = PeriodPicker(clock.today, self)
        self.view_choice = QComboBox(self)
        self.view_choice.setObjectName("funnelView")
        self.view_choice.addItem(self.tr("Flow"), "flow")
        self.view_choice.addItem(self.tr("Cohort"), "cohort")
        self.view_choice.setToolTip(
            self.tr(
                "Flow: everything that happened in the period. Cohort: the files that became "
                "suspects in the period, followed up to today."
            )
        )
        self.view_caption = QLabel(self)
        self.view_caption.setObjectName("viewCaption")
        self.view_caption.setWordWrap(True)
        self.view_caption.setStyleSheet("color: palette(placeholder-text);")
        self.tiles = {
            name: RatioTile(name, ratio_label(name), ratio_meaning(name))
            for name, _numerator, _denominator in RATIO_DEFINITIONS
        }
        self.funnel_chart: ChartView[FunnelCounts] = ChartView(
            self.tr("Funnel"), "funnel.png", draw_funnel, operations
        )
        self.weekly_chart: ChartView[Weekly] = ChartView(
            self.tr("Calls, visits and meetings done per week"),
            "weekly-activity.png",
            draw_weekly,
            operations,
        )
        for chart in (self.funnel_chart, self.weekly_chart):
            chart.saved.connect(
                lambda path: self.announce.emit(self.tr("Chart saved to {path}.").format(path=path))
            )
        self.report_button = QPushButton(self.tr("&Report (PDF)…"), self)
        self.report_button.setObjectName("reportButton")
        self.report_button.setToolTip(
            self.tr(
                "Save this period's report as a PDF: the funnel against the period before, "
                "the plan for your monthly goal, the coach's tips and the charts."
            )
        )
        self.report_button.clicked.connect(self.ask_report)
        self.sources = SourceTable()
        self.planner = PlannerBox()
        self.scroll_area.setWidget(self._layout())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("dashboardSplitter")
        self.splitter.addWidget(self.scroll_area)
        self.splitter.addWidget(self.coach)
        self.splitter.setStretchFactor(0, 1)
        self.scroll_area.viewport().installEventFilter(self)  # follows the splitter too
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([920, 370])
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.splitter)

        self.picker.changed.connect(self.refresh)
        self.view_choice.currentIndexChanged.connect(lambda _i: self.refresh())
        bus.changed.connect(self._on_change)
        self._default = "90days"  # the picker's own, until the rep's choice is read
        self._read_default_period()

    def _read_default_period(self) -> None:
        """Open on the period the rep chose in Settings; follow it when they change it, but
        leave a period picked by hand alone otherwise."""
        self.operations.query(self, default_period, self._default_read)

    def _default_read(self, key: str) -> None:
        if key != self._default:
            self._default = key
            self.picker.choose(key)

    def _layout(self) -> QWidget:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(12)
        # the title beside the controls, or above them where a language makes the row too
        # wide for the page (`_fit_header`)
        self.header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.page_title = QLabel(self.tr("Your funnel"), content)
        self.page_title.setObjectName("pageTitle")
        font = self.page_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.page_title.setFont(font)
        self.header.addWidget(self.page_title)
        self.header_controls = controls = QHBoxLayout()
        controls.addStretch(1)
        controls.addWidget(self.picker)
        view_label = QLabel(self.tr("&View:"), content)
        view_label.setBuddy(self.view_choice)
        controls.addWidget(view_label)
        controls.addWidget(self.view_choice)
        controls.addWidget(self.report_button)
        self.header.addLayout(controls, 1)
        column.addLayout(self.header)
        column.addWidget(self.view_caption)

        tiles = QHBoxLayout()
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        column.addLayout(tiles)

        charts = QHBoxLayout()
        charts.addWidget(self.funnel_chart, 1)
        charts.addWidget(self.weekly_chart, 1)
        column.addLayout(charts, 1)

        self.bottom = QGridLayout()
        by_source = QLabel(self.tr("By source"), content)
        by_source.setStyleSheet("font-weight: bold;")
        self.bottom.addWidget(by_source, 0, 0)
        self.bottom.addWidget(self.sources, 1, 0)
        self.bottom.setColumnStretch(0, 1)
        self._place_planner(beside=True)
        column.addLayout(self.bottom)
        self.what_worked = WhatWorked(content)
        self.what_worked.seen.connect(self._outcomes_on_screen)
        column.addWidget(self.what_worked)
        return content

    def _place_planner(self, beside: bool) -> None:
        """The planner beside the by-source table when both fit whole, else below it: the
        table's names and figures are never cut, in any language."""
        self.bottom.removeWidget(self.planner)
        if beside:
            self.bottom.addWidget(self.planner, 0, 1, 2, 1)
        else:
            self.bottom.addWidget(self.planner, 2, 0)
        self._planner_beside = beside

    def _fit_bottom(self) -> None:
        room = self.scroll_area.viewport().width() - 32  # the content's side margins
        needed = self.sources.natural_width() + self.planner.sizeHint().width() + 12
        beside = needed <= room
        if beside != self._planner_beside:
            self._place_planner(beside)

    def _fit_header(self) -> None:
        room = self.scroll_area.viewport().width() - 32  # the content's side margins
        row = QBoxLayout.Direction.LeftToRight
        if self.header.direction() == row:
            needed = self.header.minimumSize().width()
        else:  # what the row would need: the title, the controls and the spacing
            needed = (
                self.page_title.minimumSizeHint().width()
                + self.header_controls.minimumSize().width()
                + self.header.spacing()
            )
        wanted = row if needed <= room else QBoxLayout.Direction.TopToBottom
        if wanted != self.header.direction():
            self.header.setDirection(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The header and the bottom row fit the scroll area's width, which changes without
        the page's (the Coach panel widened for its cards, a scroll bar come or gone)."""
        if watched is self.scroll_area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_header()
            self._fit_bottom()
        return super().eventFilter(watched, event)

    # -- the Page protocol ---------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Dashboard")

    def selection(self) -> Selection:
        return NOTHING

    def edit_selected(self) -> None:
        pass

    def delete_selected(self) -> None:
        pass

    def select(self, subject: Subject, row_id: int) -> None:
        pass

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Ask for fresh figures and tips; only the newest answers are shown."""
        self._stale = False
        period = self.picker.period()
        cohort_until = max(self.clock.today(), period.last) if self.cohort() else None
        words = language()
        self._awaited = {"headline", "detail"}
        self._funnel_due = self._read_outcomes = None
        self._outcomes_seen = False
        self.what_worked.wait()

        def rest() -> None:
            self.operations.query(
                self,
                lambda session: funnel_detail(session, period, cohort_until=cohort_until),
                self._newest_detail(self._show_detail),
            )
            self._read_outcomes = lambda: self.operations.query(
                self,
                lambda session: outcomes_and_window(session, period),
                self._newest_outcomes(
                    lambda found: self.what_worked.show_outcomes(found[0], found[1], words)
                ),
            )
            self._ask_outcomes()

        # the detail, What worked and the funnel's picture once the tips are in: they would
        # share the same cores, and the tiles and tips are what the rep reads first (asked
        # anyway if the tips never come); set before any answer can come
        self._pending_rest = rest
        self._rest_deadline.start()  # this refresh's: an older one's would come too soon
        self.operations.query(
            self,
            lambda session: funnel_headline(session, period, cohort_until),
            self._newest_headline(self._show_headline),
        )
        self.coach.refresh()

    def _ask_rest(self) -> None:
        self._rest_deadline.stop()
        asked, self._pending_rest = self._pending_rest, None
        if asked is not None:
            asked()
        self._draw_funnel()

    def _draw_funnel(self) -> None:
        """The funnel's picture of the newest headline, once the tips are in."""
        if self._pending_rest is None and self._funnel_due is not None:
            counts, self._funnel_due = self._funnel_due, None
            self.funnel_chart.set_data(counts)

    def _outcomes_on_screen(self) -> None:
        self._outcomes_seen = True
        self._ask_outcomes()

    def _ask_outcomes(self) -> None:
        """What worked is read once it is due (after the tips, as the detail) and the rep
        can see it: scrolled to, or on a page tall enough to show it at once."""
        if self._read_outcomes is not None and self._outcomes_seen:
            read, self._read_outcomes = self._read_outcomes, None
            read()

    def ask_report(self) -> None:
        """Save the period's report as a PDF, drawn on a worker."""
        from salescoach.usecases.exporting import export

        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save report"),
            f"salescoach-{self.picker.period().last.isoformat()}.pdf",
            self.tr("PDF documents (*.pdf)"),
        )
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".pdf")
        store, now, words, period = (
            self.operations.store,
            self.clock.now(),
            language(),
            self.picker.period(),
        )
        self.operations.read(
            self,
            lambda _progress: export(store, path, now, words, period=period),
            lambda exported: self.announce.emit(exported.text(words)),
        )

    def _on_change(self, change: Change) -> None:
        if not change & (SHOWS | Change.SETTINGS):
            return
        if not self.isVisible():
            self._stale = True
        elif change & SHOWS:
            self.refresh()
        else:  # a tip set aside, a threshold changed: only the coach reads those
            self.coach.refresh()
        if change & Change.SETTINGS:
            self._read_default_period()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def cohort(self) -> bool:
        return bool(self.view_choice.currentData() == "cohort")

    def _show_headline(self, headline: FunnelHeadline) -> None:
        self.headline = headline
        self._say_view()
        period = headline.period
        values = headline.counts.as_dict()
        ratios = headline.ratios.as_dict()
        changes = headline.changes
        compared_with = self.tr("vs previous %n day(s)", "", period.days)
        for name, numerator, denominator in RATIO_DEFINITIONS:
            detail = self.tr("{numerator} / {denominator}").format(
                numerator=f"{values[numerator]} {count_label(numerator).lower()}",
                denominator=f"{values[denominator]} {count_label(denominator).lower()}",
            )
            self.tiles[name].show_ratio(ratios[name], detail, changes[name], compared_with)
        self._funnel_due = headline.counts
        self._draw_funnel()
        self.planner.set_ratios(headline.ratios)
        self.count_changed.emit(self.period_text())
        self.headline_shown.emit()
        self._arrived("headline")

    def _show_detail(self, detail: FunnelDetail) -> None:
        self.weekly_chart.set_data(detail.weekly)
        self.sources.show_sources(detail.by_source)
        self._fit_bottom()
        self._arrived("detail")

    def _arrived(self, part: str) -> None:
        self._awaited.discard(part)
        if not self._awaited:
            self.refreshed.emit()

    def _say_view(self) -> None:
        """Which view is on, and why a flow ratio may pass 100%."""
        if self.cohort():
            self.view_caption.setText(
                self.tr(
                    "Cohort view: the files that became suspects in the period, followed up "
                    "to {day}; every ratio follows the same files."
                ).format(day=day_text(max(self.clock.today(), self.picker.period().last)))
            )
            beyond = ""
        else:
            self.view_caption.setText(
                self.tr(
                    "Flow view: everything that happened in the period. A ratio can pass 100%: "
                    "its two counts need not be the same files (this period's prospects may "
                    "have been suspects before it)."
                )
            )
            beyond = "\n\n" + self.tr(
                "In the flow view this ratio can pass 100%: switch to the cohort view to "
                "follow the same files through the funnel."
            )
        for name, tile in self.tiles.items():
            tile.setToolTip(ratio_meaning(name) + beyond)
        self.sources.setToolTip(beyond.strip())

    def period_text(self) -> str:
        if self.headline is None:
            return ""
        period = self.headline.period
        return self.tr(
            "{first} to {last}, compared with the %n day(s) before", "", period.days
        ).format(first=day_text(period.first), last=day_text(period.last))

    def show_ratio(self, name: str) -> None:
        """Bring a ratio's tile into view and mark it (a tip's 'show me' action)."""
        tile = self.tiles[name]
        self.scroll_area.ensureWidgetVisible(tile)
        for other in self.tiles.values():
            other.highlight(other is tile)
        tile.setFocus(Qt.FocusReason.OtherFocusReason)
