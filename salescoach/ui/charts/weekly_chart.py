"""Personal calls, visits and meetings done each week: the back-to-basics work."""

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale

from salescoach.core.domain import ActivityKind
from salescoach.ui.charts.view import ChartStyle
from salescoach.ui.labels import kind_label

if TYPE_CHECKING:
    from matplotlib.figure import Figure

Weekly = list[tuple[date, dict[ActivityKind, int]]]


def draw_weekly(figure: "Figure", weekly: Weekly, style: ChartStyle) -> None:
    from matplotlib.ticker import MaxNLocator

    axes = figure.add_subplot()
    axes.set_facecolor(style.face)
    kinds = list(weekly[0][1]) if weekly else []
    positions = range(len(weekly))
    bottoms = [0] * len(weekly)
    for colour, kind in zip(style.series, kinds, strict=False):
        heights = [counts[kind] for _monday, counts in weekly]
        axes.bar(
            positions, heights, bottom=bottoms, width=0.7, color=colour, label=kind_label(kind)
        )
        bottoms = [low + high for low, high in zip(bottoms, heights, strict=True)]
    locale = QLocale()
    step = 2 if len(weekly) > 8 else 1
    axes.set_xticks(
        list(positions),
        labels=[
            # every other week when there are many: month names must not run together
            locale.toString(monday, "d\nMMM") if (len(weekly) - 1 - n) % step == 0 else ""
            for n, (monday, _counts) in enumerate(weekly)
        ],
        fontsize=8,
        color=style.text,
    )
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.tick_params(colors=style.text, labelsize=8)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        axes.spines[side].set_color(style.muted)
    if kinds:
        legend = axes.legend(loc="upper left", fontsize=8, frameon=False, ncols=len(kinds))
        for text in legend.get_texts():
            text.set_color(style.text)
    axes.set_ylim(0, max(max(bottoms, default=0) * 1.25, 1))
