"""The charts' drawing, without Qt: words passed in, nothing drawn over anything else."""

from datetime import date

from matplotlib.figure import Figure

from salescoach.core.domain import ActivityKind
from salescoach.core.funnel import FunnelCounts
from salescoach.reports.charts import ChartStyle, draw_funnel, draw_weekly
from tests.helpers import CHART_WORDS

WORDS = CHART_WORDS


def texts(figure: Figure) -> list[str]:
    return [text.get_text() for axes in figure.axes for text in axes.texts]


def test_an_empty_funnel_says_so_alone_in_the_middle():
    figure = Figure()
    draw_funnel(figure, FunnelCounts(), ChartStyle(), WORDS)
    (axes,) = figure.axes
    assert texts(figure) == ["Nothing in this period yet"]
    (message,) = axes.texts
    assert message.get_transform() is axes.transAxes and message.get_position() == (0.5, 0.5)
    assert not axes.patches  # no bars, no hairlines under the words
    labels = [label.get_text() for label in axes.get_yticklabels()]
    assert labels == [
        "Suspects",
        "Prospects",
        "Appointments_Made",
        "Appointments_Held",
        "Proposals",
        "Won",
    ]


def test_a_funnel_shows_its_counts_and_each_steps_ratio():
    figure = Figure()
    draw_funnel(figure, FunnelCounts(10, 5, 4, 3, 2, 1), ChartStyle(), WORDS)
    shown = texts(figure)
    assert {"10", "5", "4", "3", "2", "1"} <= set(shown)
    assert {"Q\n50%", "A\n75%", "P\n67%", "C\n50%"} <= set(shown)


def test_weekly_bars_are_labelled_in_the_words_given():
    figure = Figure()
    weekly = [(date(2026, 11, 16), {ActivityKind.CALL: 3, ActivityKind.VISIT: 1})]
    draw_weekly(figure, weekly, ChartStyle(), WORDS)
    (axes,) = figure.axes
    assert [t.get_text() for t in axes.get_legend().get_texts()] == ["call", "visit"]
    assert texts(figure) == ["16 Nov"]  # under its bar


def test_weekly_bars_stack_each_kind_on_the_one_before():
    figure = Figure()
    weekly = [
        (date(2026, 11, 9), {ActivityKind.CALL: 3, ActivityKind.VISIT: 1}),
        (date(2026, 11, 16), {ActivityKind.CALL: 0, ActivityKind.VISIT: 2}),
    ]
    draw_weekly(figure, weekly, ChartStyle(), WORDS)
    (axes,) = figure.axes
    spans = [
        [(path.vertices[:, 1].min(), path.vertices[:, 1].max()) for path in kind.get_paths()]
        for kind in axes.collections
    ]
    assert spans == [[(0, 3), (0, 0)], [(3, 4), (0, 2)]]  # calls, then visits on top
    assert axes.get_ylim() == (0, 5)  # a quarter more than the tallest week: the legend's room
