"""The coach's thresholds, in the rep's words: when is a customer neglected, a ratio weak."""

from dataclasses import asdict, replace

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.coach.settings import CoachSettings
from salescoach.store.preferences import save_coach_settings
from salescoach.ui.dialogs.save_dialog import SaveDialog, Work
from salescoach.ui.operations import Operations

#: Settings shown as percentages (stored as shares of 1).
PERCENT = {"basics_share", "ratio_drop"}


class CoachSettingsDialog(SaveDialog):
    def __init__(
        self, operations: Operations, settings: CoachSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(operations, parent)
        self.setWindowTitle(self.tr("Coach settings"))
        self.current = settings
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
        ]
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, label, suffix, low, high in rows:
            box = QSpinBox(self)
            box.setObjectName(key)
            box.setRange(low, high)
            box.setSuffix(suffix)
            box.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
            self.boxes[key] = box
            form.addRow(label, box)
        self._show(self.current)
        note = QLabel(self.tr("A tip you dismissed comes back when its signal gets worse."), self)
        note.setWordWrap(True)
        defaults = self.buttons.addButton(QDialogButtonBox.StandardButton.RestoreDefaults)
        defaults.clicked.connect(lambda: self._show(CoachSettings()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self.add_buttons(layout)

    def _show(self, settings: CoachSettings) -> None:
        values = asdict(settings)
        for key, box in self.boxes.items():
            box.setValue(round(values[key] * 100) if key in PERCENT else int(values[key]))

    def chosen(self) -> CoachSettings:
        values = {
            key: box.value() / 100 if key in PERCENT else box.value()
            for key, box in self.boxes.items()
        }
        return replace(self.current, **values)

    def work(self) -> Work | None:
        chosen = self.chosen()
        return lambda session: save_coach_settings(session, chosen)
