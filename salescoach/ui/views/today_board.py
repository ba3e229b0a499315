"""What the Today page shows, drawn from its figures alone: the day's three lists, the
coach's top tip and the week against its targets.

It needs Qt and the core, not the store: at start, the last Today the rep saw is shown with
it while the database opens (`ui/last_today.py`), and the Today page shows its live figures
with it once they are read.
"""

from datetime import date

from PySide6.QtCore import QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.agenda import AgendaItem
from salescoach.core.coach.tips import Action
from salescoach.core.domain import APPOINTMENT_KINDS
from salescoach.core.targets import WEEKLY
from salescoach.core.today import TodayFigures
from salescoach.ui.dates import qdate
from salescoach.ui.labels import day_text, kind_status_label, when_text
from salescoach.ui.theme import alarm_text
from salescoach.ui.widgets.tip_card import TipCard

#: How many rows past those in view a list measures to size its columns.
ROWS_MEASURED = 50


class AgendaList(QTreeWidget):
    """One of the day's lists: when, what, with whom, for which deal."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Contact"),
                self.tr("Company"),
                self.tr("Deal"),
            ]
        )
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the columns fit the rows in view and the next ones, not every row: a rep with 200
        # overdue follow-ups waited 30 ms for Today while Qt measured each of them
        header.setResizeContentsPrecision(ROWS_MEASURED)
        self.items: list[AgendaItem] = []

    def show_items(self, items: list[AgendaItem], with_day: bool, overdue: bool = False) -> None:
        selected = self.current()
        self.clear()
        self.items = items
        alarm = QBrush(alarm_text()) if overdue else None
        for item in items:
            when = when_text(item.at) if with_day else item.at.strftime("%H:%M")
            kind = kind_status_label(item.kind, item.status)
            row = QTreeWidgetItem([when, kind, item.contact, item.company, item.deal])
            if alarm is not None:
                row.setForeground(0, alarm)
            self.addTopLevelItem(row)
            if selected is not None and item.id == selected.id:
                self.setCurrentItem(row)
        rows = max(1, len(items))
        height = (
            self.header().sizeHint().height()
            + rows * self.sizeHintForRow(0)
            + 2 * self.frameWidth()
        )
        self.setFixedHeight(
            min(height + 4, 320) if items else self.header().sizeHint().height() + 8
        )

    def current(self) -> AgendaItem | None:
        item = self.currentItem()
        row = self.indexOfTopLevelItem(item) if item is not None else -1
        return self.items[row] if 0 <= row < len(self.items) else None


class TodayBoard(QWidget):
    """The Today page's face: `show_figures` fills it; the signals say what the rep did on
    it, for the page to carry out."""

    #: A line was opened (Enter, a double-click): its AgendaItem.
    opened = Signal(object)
    #: Another line became the current one, or none is.
    focus_changed = Signal()
    #: A coach tip's one-click action: (Action, {contact id: name}, tip title, lesson).
    tip_action = Signal(object, object, str, str)
    #: The rep set the tip aside: (Tip, until when or None).
    tip_set_aside = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("todayBoard")
        self.figures: TodayFigures | None = None
        self.focused: AgendaList | None = None
        self.heading = QLabel(self)
        self.heading.setObjectName("pageTitle")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.lists: dict[str, AgendaList] = {}
        self.titles: dict[str, QLabel] = {}
        self.empty: dict[str, QLabel] = {}
        self.tip_box = QVBoxLayout()
        self.tip_card: TipCard | None = None
        self.no_tip = QLabel(self.tr("No tip today: your figures say nothing worrying."), self)
        self.no_tip.setWordWrap(True)
        self.bars: dict[str, QProgressBar] = {}
        self.week_title = self._section_title("weekTitle")

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._content())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def current(self) -> AgendaItem | None:
        """The line the rep is on, in whichever list."""
        return self.focused.current() if self.focused is not None else None

    # -- building ------------------------------------------------------------------------
    def _section_title(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet("font-weight: bold;")
        return label

    def _content(self) -> QWidget:
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        #: On the week's last working day, beside the day's title where the rep sees it
        #: without scrolling: Work ▸ Review my week, with a word why
        self.review_note = QLabel(
            self.tr("The week's last working day: time to look back."), content
        )
        self.review_note.setObjectName("reviewNote")
        self.review_note.setWordWrap(True)  # a long language wraps rather than widen the page
        self.review_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.review_button = QPushButton(self.tr("Review my week…"), content)
        self.review_button.setObjectName("reviewWeek")
        top.addWidget(self.review_note, 1)
        top.addWidget(self.review_button)
        self.review_note.hide()
        self.review_button.hide()
        column.addLayout(top)
        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        for key in ("overdue", "today", "appointments"):
            self.titles[key] = self._section_title(f"{key}Title")
            self.lists[key] = agenda = AgendaList(f"{key}List", content)
            agenda.itemActivated.connect(lambda _item, _col, a=agenda: self._open(a))
            agenda.currentItemChanged.connect(lambda *_a, a=agenda: self._focus(a))
            self.empty[key] = QLabel(self.tr("Nothing."), content)
            self.empty[key].setObjectName(f"{key}Empty")
            left.addWidget(self.titles[key])
            left.addWidget(agenda)
            left.addWidget(self.empty[key])
        left.addStretch(1)
        right = QVBoxLayout()
        coach = self._section_title("tipTitle")
        coach.setText(self.tr("The coach's top tip"))
        right.addWidget(coach)
        right.addLayout(self.tip_box)
        self.tip_box.addWidget(self.no_tip)
        right.addSpacing(12)
        right.addWidget(self.week_title)
        grid = QGridLayout()
        for row, (name, text) in enumerate(
            (
                ("calls", self.tr("Calls")),
                ("appointments", self.tr("Appointments")),
                ("proposals", self.tr("Proposals")),
            )
        ):
            bar = QProgressBar(content)
            bar.setObjectName(f"week_{name}")
            bar.setTextVisible(True)
            self.bars[name] = bar
            grid.addWidget(QLabel(text, content), row, 0)
            grid.addWidget(bar, row, 1)
        grid.setColumnStretch(1, 1)
        right.addLayout(grid)
        self.week_note = QLabel(content)
        self.week_note.setObjectName("weekNote")
        self.week_note.setWordWrap(True)
        right.addWidget(self.week_note)
        #: The week's one focus: the weakest link of the rep's chain and an exercise for it
        self.focus = QLabel(content)
        self.focus.setObjectName("weekFocus")
        self.focus.setWordWrap(True)
        self.focus.setStyleSheet("font-weight: bold;")
        right.addWidget(self.focus)
        #: Work ▸ Plan my week, where the rep looks at the week (the window connects it)
        self.plan_button = QPushButton(self.tr("Plan my week…"), content)
        self.plan_button.setObjectName("planWeek")
        right.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.plan_button.hide()  # with the week's figures, once the window has wired it
        right.addStretch(1)
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        column.addLayout(body, 1)
        return content

    # -- showing -------------------------------------------------------------------------
    def show_figures(self, figures: TodayFigures, today: date) -> None:
        """Fill the board; `today` is the day the tip's card counts from."""
        self.figures = figures
        agenda = figures.agenda
        # meetings and visits have their own list: the others are calls, e-mails...
        others = [item for item in agenda.today if item.kind not in APPOINTMENT_KINDS]
        self.heading.setText(
            self.tr("Today, {day}").format(
                day=QLocale().toString(qdate(agenda.day), QLocale.FormatType.LongFormat)
            )
        )
        for key, items, with_day, title in (
            ("overdue", agenda.overdue, True, self.tr("Overdue (%n)", "", len(agenda.overdue))),
            ("today", others, False, self.tr("Other follow-ups today (%n)", "", len(others))),
            (
                "appointments",
                agenda.appointments,
                False,
                self.tr("Meetings and visits today (%n)", "", len(agenda.appointments)),
            ),
        ):
            self.titles[key].setText(title)
            self.lists[key].show_items(items, with_day, overdue=key == "overdue")
            self.lists[key].setVisible(bool(items))
            self.empty[key].setVisible(not items)
        self._show_tip(figures, today)
        self._show_week(figures)

    def count_text(self) -> str:
        """What the status bar says of the day shown ("" before it is)."""
        if self.figures is None:
            return ""
        agenda = self.figures.agenda
        return (
            self.tr("%n overdue", "", len(agenda.overdue))
            + " · "
            + self.tr("%n due today", "", len(agenda.today))
        )

    def _show_tip(self, figures: TodayFigures, today: date) -> None:
        if self.tip_card is not None:
            self.tip_card.deleteLater()
            self.tip_card = None
        self.no_tip.setVisible(figures.top_tip is None)
        if figures.top_tip is None:
            return
        shown, names = figures.top_tip, figures.names
        card = TipCard(shown, today, self)
        card.action_chosen.connect(
            lambda action: self._act(action, shown.title, shown.tip.lesson, names)
        )
        card.set_aside.connect(lambda until, tip=shown.tip: self.tip_set_aside.emit(tip, until))
        self.tip_box.addWidget(card)
        self.tip_card = card

    def _act(self, action: Action, title: str, lesson: str, names: dict[int, str]) -> None:
        concerned = {id: names[id] for id in action.contacts if id in names}
        self.tip_action.emit(action, concerned, title, lesson)

    def _show_week(self, figures: TodayFigures) -> None:
        self.plan_button.show()
        self.focus.setText(figures.focus)
        self.focus.setVisible(bool(figures.focus))
        self.review_note.setVisible(figures.review_due)
        self.review_button.setVisible(figures.review_due)
        week = figures.agenda.week
        self.week_title.setText(
            self.tr("This week, {first} to {last}").format(
                first=day_text(week.first), last=day_text(week.last)
            )
        )
        goal = week.goal.as_dict()
        unknown = []
        for name in WEEKLY:
            bar, done, target = self.bars[name], week.done[name], goal[name]
            if target is None:
                bar.setRange(0, max(done, 1))
                bar.setValue(done)
                shown = self.tr("{done} (no target yet)").format(done=done)
                unknown.append(name)
            else:
                bar.setRange(0, max(target, 1))
                bar.setValue(min(done, max(target, 1)))
                shown = self.tr("{done} of {target}").format(done=done, target=target)
            if planned := week.planned.get(name):  # what the week's plan adds
                shown = self.tr("{shown}, {planned} more planned").format(
                    shown=shown, planned=planned
                )
            bar.setFormat(shown)
        self.week_note.setText(
            self.tr(
                "Targets come from the planner: your monthly goal at your own ratios. "
                "Set them in Settings."
            )
            if not unknown
            else self.tr(
                "Some targets need more history: log your calls, meetings and proposals so "
                "the planner can measure your ratios, or set them in Settings."
            )
        )

    # -- the rep's moves ------------------------------------------------------------------
    def _focus(self, agenda: AgendaList) -> None:
        self.focused = agenda
        for other in self.lists.values():
            if other is not agenda:
                other.clearSelection()
                other.setCurrentIndex(QModelIndex())
        self.focus_changed.emit()

    def _open(self, agenda: AgendaList) -> None:
        if (item := agenda.current()) is not None:
            self.opened.emit(item)
