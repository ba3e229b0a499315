"""The funnel as centred bars, one per count, with the ratio of each step beside it."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from salescoach.core.funnel import CHAIN_STEPS, RATIO_DEFINITIONS, FunnelCounts, ratios_of
from salescoach.ui.charts.view import ChartStyle
from salescoach.ui.labels import count_label, percent_text, ratio_label

if TYPE_CHECKING:
    from matplotlib.figure import Figure

translate = QCoreApplication.translate


def draw_funnel(figure: "Figure", counts: FunnelCounts, style: ChartStyle) -> None:
    values = counts.as_dict()
    names = list(values)
    axes = figure.add_subplot()
    axes.set_facecolor(style.face)
    widest = max(values.values()) or 1
    rows = list(range(len(names)))[::-1]  # suspects on top
    axes.barh(
        rows,
        [values[name] or widest * 0.004 for name in names],  # a hairline shows a zero
        left=[(widest - values[name]) / 2 for name in names],
        height=0.72,
        color=style.series[0],
    )
    for row, name in zip(rows, names, strict=True):
        inside = values[name] > widest * 0.18
        axes.text(
            widest / 2 if inside else (widest + values[name]) / 2 + widest * 0.02,
            row,
            str(values[name]),
            ha="center" if inside else "left",
            va="center",
            color="white" if inside else style.text,
            fontweight="bold",
        )
    ratios = ratios_of(counts).as_dict()
    for ratio, numerator, _denominator in RATIO_DEFINITIONS:
        if ratio not in CHAIN_STEPS:
            continue
        row = rows[names.index(numerator)] + 0.5  # between the two bars it compares
        axes.text(
            widest * 1.03,
            row,
            f"{ratio_label(ratio)}\n{percent_text(ratios[ratio])}",
            ha="left",
            va="center",
            fontsize=7.5,
            linespacing=1.1,
            color=style.muted,
        )
    axes.set_yticks(rows, labels=[count_label(name) for name in names], color=style.text)
    axes.set_xlim(0, widest * 1.6)  # room on the right for the ratios
    axes.set_ylim(-0.6, len(names) - 0.4)
    axes.tick_params(left=False, bottom=False, labelbottom=False)
    for spine in axes.spines.values():
        spine.set_visible(False)
    if not any(values.values()):
        axes.text(
            widest / 2,
            (len(names) - 1) / 2,
            translate("Charts", "Nothing in this period yet"),
            ha="center",
            va="center",
            color=style.muted,
        )
