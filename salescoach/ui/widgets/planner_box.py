"""The funnel read backwards: type a target, see the work it takes at your own ratios."""

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from salescoach.core.funnel import Ratios
from salescoach.core.planner import plan_for
from salescoach.ui.labels import count_label


class PlannerBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Planner"), parent)
        self.setObjectName("planner")
        self.setMaximumWidth(240)
        self.ratios = Ratios()
        self.target = QSpinBox(self)
        self.target.setObjectName("plannerTarget")
        self.target.setRange(1, 10_000)
        self.target.setValue(5)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("New customers &to win:"), self.target)
        hint = QLabel(self.tr("At this period's ratios you need:"), self)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.needed: dict[str, QLabel] = {}
        for name in ("suspects", "appointments_made", "appointments_held", "proposals"):
            value = QLabel("—", self)
            value.setObjectName(f"needed_{name}")
            font = value.font()
            font.setBold(True)
            value.setFont(font)
            self.needed[name] = value
            form.addRow(count_label(name), value)
        self.target.valueChanged.connect(self._update)

    def set_ratios(self, ratios: Ratios) -> None:
        self.ratios = ratios
        self._update()

    def _update(self) -> None:
        plan = plan_for(self.target.value(), self.ratios)
        for name, amount in plan.needed().items():
            label = self.needed[name]
            label.setText("—" if amount is None else QLocale().toString(amount))
            label.setToolTip(
                self.tr("Undefined: a ratio on the way is zero or has no data in this period.")
                if amount is None
                else ""
            )
