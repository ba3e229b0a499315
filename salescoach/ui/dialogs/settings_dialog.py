"""Settings, in one dialog: what this machine keeps (language, the page to open on,
reminders, the theme) in QSettings, and the rep's own choices (the dashboard's period, the monthly
goal and weekly targets, the coach's thresholds) in the database, so the command line
reads them too. Saving writes the database part in one transaction; a new language or
theme rebuilds the window at once.
"""

from dataclasses import asdict, dataclass, replace
from datetime import time
from typing import Any

from PySide6.QtCore import QLocale, QSettings, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from salescoach.core.coach.settings import CoachSettings
from salescoach.core.targets import WEEKLY, Targets
from salescoach.core.week_plan import Capacity
from salescoach.store.preferences import (
    PERIODS,
    coach_settings,
    default_period,
    save_coach_settings,
    save_default_period,
    save_targets,
    save_working_week,
    targets,
    working_week,
)
from salescoach.ui.dialogs.save_dialog import SaveDialog, Work
from salescoach.ui.machine_settings import LANGUAGE, START_PAGE, THEME, whole
from salescoach.ui.machine_settings import REMINDERS_LEAD as LEAD
from salescoach.ui.machine_settings import REMINDERS_ON as ENABLED
from salescoach.ui.operations import Operations

#: Settings shown as percentages (stored as shares of 1).
PERCENT = {"basics_share", "ratio_drop"}
LEADS = (0, 5, 15, 30, 60)


@dataclass(frozen=True, slots=True)
class RepChoices:
    """The settings kept in the database, read together before the dialog opens."""

    coach: CoachSettings
    targets: Targets
    period: str
    week: Capacity


def rep_choices(session: Session) -> RepChoices:
    return RepChoices(
        coach_settings(session), targets(session), default_period(session), working_week(session)
    )


def _combo(parent: QWidget, name: str, items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    for text, data in items:
        combo.addItem(text, data)
    return combo


def _select(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(max(0, combo.findData(data)))


class SettingsDialog(SaveDialog):
    #: The rep chose another language or theme: the window is rebuilt in it.
    look_changed = Signal()
    #: Reminders were turned on or off, or given another head start.
    reminders_changed = Signal()

    def __init__(
        self,
        operations: Operations,
        settings: QSettings,
        choices: RepChoices,
        parent: QWidget | None = None,
        tab: str = "general",
    ) -> None:
        super().__init__(operations, parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.choices = choices
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        for widget, name, title in (
            (self._general(), "general", self.tr("General")),
            (self._targets(), "targets", self.tr("Targets")),
            (self._reminders(), "reminders", self.tr("Reminders")),
            (self._coach(), "coach", self.tr("Coach")),
        ):
            widget.setObjectName(name)
            self.tabs.addTab(widget, title)
        if (chosen := self.tabs.findChild(QWidget, tab)) is not None:
            self.tabs.setCurrentWidget(chosen)
        defaults = self.buttons.addButton(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self._show_coach(CoachSettings()))
        defaults.setToolTip(self.tr("The coach's thresholds as SalesCoach sets them"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.add_buttons(layout)

    # -- tabs ----------------------------------------------------------------------------
    def _general(self) -> QWidget:
        page = QWidget(self)
        self.language = _combo(
            page,
            "language",
            [
                (self.tr("As the system"), ""),
                ("English", "en"),
                ("Français", "fr"),
                ("Italiano", "it"),
            ],
        )
        _select(self.language, self.settings.value(LANGUAGE, ""))
        self.theme = _combo(
            page,
            "theme",
            [
                (self.tr("As the system"), "system"),
                (self.tr("Light"), "light"),
                (self.tr("Dark"), "dark"),
            ],
        )
        _select(self.theme, self.settings.value(THEME, "system"))
        self.start_page = _combo(
            page,
            "startPage",
            [
                (self.tr("The page I last used"), "last"),
                (self.tr("Today"), "today"),
                (self.tr("The dashboard"), "dashboard"),
            ],
        )
        _select(self.start_page, self.settings.value(START_PAGE, "last"))
        names = {
            "month": self.tr("This month"),
            "90days": self.tr("Last 90 days"),
            "year": self.tr("This year"),
        }
        self.period = _combo(page, "defaultPeriod", [(names[p], p) for p in PERIODS])
        _select(self.period, self.choices.period)
        form = QFormLayout(page)
        form.addRow(self.tr("&Language"), self.language)
        form.addRow(self.tr("&Appearance"), self.theme)
        form.addRow(self.tr("&Open on"), self.start_page)
        form.addRow(self.tr("The dashboard &shows"), self.period)
        return page

    def _targets(self) -> QWidget:
        page = QWidget(self)
        chosen = self.choices.targets
        self.monthly = QSpinBox(page)
        self.monthly.setObjectName("monthlyWins")
        self.monthly.setRange(1, 10_000)
        self.monthly.setValue(chosen.monthly_wins)
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("New &customers a month"), self.monthly)
        note = QLabel(
            self.tr(
                "Weekly targets follow from this goal at your own ratios (the planner). "
                "Set one by hand to override it."
            ),
            page,
        )
        note.setWordWrap(True)
        form.addRow(note)
        self.weekly: dict[str, QSpinBox] = {}
        for name, label in zip(
            WEEKLY,
            (self.tr("Calls a week"), self.tr("Appointments a week"), self.tr("Proposals a week")),
            strict=True,
        ):
            box = QSpinBox(page)
            box.setObjectName(f"weekly_{name}")
            box.setRange(0, 10_000)
            box.setSpecialValueText(self.tr("From the planner"))
            box.setValue(getattr(chosen, name) or 0)
            self.weekly[name] = box
            form.addRow(label, box)
        self._working_week(page, form)
        return page

    def _working_week(self, page: QWidget, form: QFormLayout) -> None:
        """The days and hours Plan my week fills, and what a day holds."""
        week = self.choices.week
        days = QWidget(page)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.working_days: list[QCheckBox] = []
        for number in range(7):  # Qt counts Monday as 1
            name = QLocale().dayName(number + 1, QLocale.FormatType.ShortFormat)
            box = QCheckBox(name, days)
            box.setObjectName(f"workingDay{number}")
            box.setChecked(number in week.working_days)
            self.working_days.append(box)
            row.addWidget(box)
        hours = QWidget(page)
        span = QHBoxLayout(hours)
        span.setContentsMargins(0, 0, 0, 0)
        self.day_starts = QTimeEdit(QTime(week.start.hour, week.start.minute), hours)
        self.day_ends = QTimeEdit(QTime(week.end.hour, week.end.minute), hours)
        for edit, name in ((self.day_starts, "dayStarts"), (self.day_ends, "dayEnds")):
            edit.setObjectName(name)
            edit.setDisplayFormat("HH:mm")
        span.addWidget(self.day_starts)
        span.addWidget(QLabel("–", hours))
        span.addWidget(self.day_ends)
        span.addStretch(1)
        self.calls_a_day = QSpinBox(page)
        self.calls_a_day.setObjectName("callsADay")
        self.calls_a_day.setRange(0, 100)
        self.calls_a_day.setValue(week.calls_per_day)
        self.visits_a_day = QSpinBox(page)
        self.visits_a_day.setObjectName("visitsADay")
        self.visits_a_day.setRange(0, 100)
        self.visits_a_day.setValue(week.visits_per_day)
        form.addRow(self.tr("Working days"), days)
        form.addRow(self.tr("Working hours"), hours)
        form.addRow(self.tr("Calls a day, at most"), self.calls_a_day)
        form.addRow(self.tr("Visits a day, at most"), self.visits_a_day)

    def _reminders(self) -> QWidget:
        page = QWidget(self)
        self.reminders_on = QCheckBox(self.tr("&Remind me of follow-ups as they fall due"), page)
        self.reminders_on.setObjectName("remindersOn")
        self.reminders_on.setChecked(bool(self.settings.value(ENABLED, True, type=bool)))
        self.lead = _combo(
            page,
            "lead",
            [
                (self.tr("At the time they are due"), 0),
                *((self.tr("%n minute(s) before", "", m), m) for m in LEADS[1:]),
            ],
        )
        _select(self.lead, whole(self.settings, LEAD, 0))
        self.reminders_on.toggled.connect(self.lead.setEnabled)
        self.lead.setEnabled(self.reminders_on.isChecked())
        note = QLabel(
            self.tr(
                "While reminders are on, closing the window keeps SalesCoach in the tray "
                "where the desktop has one."
            ),
            page,
        )
        note.setWordWrap(True)
        form = QFormLayout(page)
        form.addRow(self.reminders_on)
        form.addRow(self.tr("&When"), self.lead)
        form.addRow(note)
        return page

    def _coach(self) -> QWidget:
        page = QWidget(self)
        days, percent = self.tr(" days"), self.tr(" %")
        rows = [
            ("customer_silence_days", self.tr("A customer feels neglected after"), days, 7, 365),
            (
                "referrer_silence_days",
                self.tr("Thank people who refer others within"),
                days,
                7,
                365,
            ),
            (
                "untouched_late_days",
                self.tr("A deal in approach or negotiation waits at most"),
                days,
                3,
                90,
            ),
            ("won_silence_days", self.tr("Check in after a won deal within"), days, 7, 365),
            (
                "basics_share",
                self.tr("Calls and visits are low below this share of your usual week"),
                percent,
                10,
                90,
            ),
            ("ratio_drop", self.tr("A ratio is weak when it falls by"), percent, 5, 80),
            ("min_ratio_base", self.tr("Judge a ratio on at least (items)"), "", 2, 100),
            ("period_days", self.tr("Compare periods of"), days, 14, 365),
            (
                "outcome_days",
                self.tr("What worked counts what follows a follow-up within"),
                days,
                7,
                120,
            ),
        ]
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, label, suffix, low, high in rows:
            box = QSpinBox(page)
            box.setObjectName(key)
            box.setRange(low, high)
            box.setSuffix(suffix)
            box.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
            self.boxes[key] = box
            form.addRow(label, box)
        note = QLabel(self.tr("A tip you dismissed comes back when its signal gets worse."), page)
        note.setWordWrap(True)
        form.addRow(note)
        self._show_coach(self.choices.coach)
        return page

    def _show_coach(self, settings: CoachSettings) -> None:
        values = asdict(settings)
        for key, box in self.boxes.items():
            box.setValue(round(values[key] * 100) if key in PERCENT else int(values[key]))

    # -- saving --------------------------------------------------------------------------
    def chosen(self) -> RepChoices:
        values: dict[str, Any] = {
            key: box.value() / 100 if key in PERCENT else box.value()
            for key, box in self.boxes.items()
        }
        coach = replace(self.choices.coach, **values)
        weekly = {name: box.value() or None for name, box in self.weekly.items()}
        starts, ends = self.day_starts.time(), self.day_ends.time()
        week = replace(
            self.choices.week,
            working_days=tuple(n for n, box in enumerate(self.working_days) if box.isChecked())
            or self.choices.week.working_days,
            start=time(starts.hour(), starts.minute()),
            end=time(ends.hour(), ends.minute()),
            calls_per_day=self.calls_a_day.value(),
            visits_per_day=self.visits_a_day.value(),
        )
        return RepChoices(
            coach, Targets(self.monthly.value(), **weekly), str(self.period.currentData()), week
        )

    def work(self) -> Work | None:
        chosen = self.chosen()

        def save(session: Session) -> None:
            save_coach_settings(session, chosen.coach)
            save_targets(session, chosen.targets)
            save_default_period(session, chosen.period)
            save_working_week(session, chosen.week)

        return save

    def accept(self) -> None:
        """Saved: the machine's settings take effect too."""
        look = (str(self.language.currentData()), str(self.theme.currentData()))
        changed_look = look != (
            self.settings.value(LANGUAGE, ""),
            self.settings.value(THEME, "system"),
        )
        before = (
            self.settings.value(ENABLED, True, type=bool),
            self.settings.value(LEAD, 0, type=int),
        )
        self.settings.setValue(LANGUAGE, look[0])
        self.settings.setValue(THEME, look[1])
        self.settings.setValue(START_PAGE, self.start_page.currentData())
        self.settings.setValue(ENABLED, self.reminders_on.isChecked())
        self.settings.setValue(LEAD, int(self.lead.currentData()))
        self.settings.sync()
        super().accept()
        if before != (self.reminders_on.isChecked(), int(self.lead.currentData())):
            self.reminders_changed.emit()
        if changed_look:
            self.look_changed.emit()
