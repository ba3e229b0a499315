"""The dashboard's charts drawn with matplotlib, in words passed in by the caller.

The GUI renders them on a worker into an image, the PDF report will print them: one drawing
for both, with no Qt here. matplotlib is imported by the caller's `Figure`, never at start.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from salescoach.core.domain import ActivityKind
from salescoach.core.funnel import CHAIN_STEPS, RATIO_DEFINITIONS, FunnelCounts, Weekly, ratios_of

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """Colours of the page the chart sits on (the GUI takes them from its palette)."""

    face: str = "#ffffff"
    text: str = "#202020"
    muted: str = "#707070"
    series: tuple[str, ...] = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457")


@dataclass(frozen=True, slots=True)
class ChartWords:
    """What the charts say, in the rep's language."""

    counts: Mapping[str, str]  # suspects, prospects, ... -> label
    ratios: Mapping[str, str]  # qualification, ... -> label
    kinds: Mapping[ActivityKind, str]
    percent: Callable[[float | None], str]
    week: Callable[[date], str]  # a week's tick label, from its Monday
    empty: str  # said by a funnel with nothing in it


def draw_funnel(
    figure: "Figure", counts: FunnelCounts, style: ChartStyle, words: ChartWords
) -> None:
    """Centred bars, suspects on top, with the ratio of each step between its two bars."""
    values = counts.as_dict()
    names = list(values)
    axes = figure.add_subplot()
    axes.set_facecolor(style.face)
    rows = list(range(len(names)))[::-1]  # suspects on top
    axes.set_yticks(rows, labels=[words.counts[name] for name in names], color=style.text)
    axes.set_ylim(-0.6, len(names) - 0.4)
    axes.tick_params(left=False, bottom=False, labelbottom=False)
    for spine in axes.spines.values():
        spine.set_visible(False)
    widest = max(values.values())
    if not widest:  # a first-time rep: say so in the middle, over nothing else
        axes.set_xlim(0, 1)
        axes.text(
            0.5,
            0.5,
            words.empty,
            transform=axes.transAxes,
            ha="center",
            va="center",
            color=style.muted,
            wrap=True,
        )
        return
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
        middle = rows[names.index(numerator)] + 0.5  # between the two bars it compares
        axes.text(
            widest * 1.03,
            middle,
            f"{words.ratios[ratio]}\n{words.percent(ratios[ratio])}",
            ha="left",
            va="center",
            fontsize=7.5,
            linespacing=1.1,
            color=style.muted,
        )
    axes.set_xlim(0, widest * 1.6)  # room on the right for the ratios


#: Half a week's bar, in weeks.
HALF_BAR = 0.35


def draw_weekly(figure: "Figure", weekly: Weekly, style: ChartStyle, words: ChartWords) -> None:
    """Stacked bars of done calls, visits and meetings, one per week, oldest on the left.

    Each kind's bars are one shape and each week's name a plain text under its bar: as a
    bar and a tick apiece, matplotlib built a few dozen artists of its own, and the chart
    took half as long again to draw, on the way to every dashboard."""
    from matplotlib.collections import PolyCollection
    from matplotlib.ticker import MaxNLocator

    axes = figure.add_subplot()
    axes.set_facecolor(style.face)
    kinds = list(weekly[0][1]) if weekly else []
    bottoms = [0] * len(weekly)
    for colour, kind in zip(style.series, kinds, strict=False):
        tops = [low + counts[kind] for low, (_monday, counts) in zip(bottoms, weekly, strict=True)]
        bars = [
            [(n - HALF_BAR, low), (n + HALF_BAR, low), (n + HALF_BAR, top), (n - HALF_BAR, top)]
            for n, (low, top) in enumerate(zip(bottoms, tops, strict=True))
        ]
        axes.add_collection(
            PolyCollection(bars, facecolors=colour, edgecolors="none", label=words.kinds[kind])
        )
        bottoms = tops
    axes.autoscale_view(scaley=False)  # the weeks' side margins, as bars have them
    axes.set_xticks([])
    step = 2 if len(weekly) > 8 else 1
    under_the_axis = axes.get_xaxis_transform()  # x in weeks, y in the axes' height
    for n, (monday, _counts) in enumerate(weekly):
        # every other week when there are many: month names must not run together
        if (len(weekly) - 1 - n) % step == 0:
            axes.text(
                n,
                -0.04,
                words.week(monday),
                transform=under_the_axis,
                ha="center",
                va="top",
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
