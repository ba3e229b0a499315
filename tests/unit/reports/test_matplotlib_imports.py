"""matplotlib imported without its self-documentation: the same charts, `set()` as before.

Each case runs in a fresh interpreter: the test process has matplotlib imported already."""

import os
import subprocess
import sys
import textwrap
import types

from salescoach.reports.matplotlib_imports import undocumented

#: Draws the dashboard's two charts into one PNG and says how `set()` behaves afterwards.
DRAW = textwrap.dedent(
    """
    import io, sys
    from datetime import date, timedelta
    if sys.argv[1] == "quick":
        from salescoach.reports import matplotlib_imports
        matplotlib_imports.load()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from salescoach.core.domain import ActivityKind
    from salescoach.core.funnel import FunnelCounts
    from salescoach.reports.charts import ChartStyle, draw_funnel, draw_weekly
    from tests.helpers import CHART_WORDS

    words = CHART_WORDS
    weekly = [
        (date(2026, 9, 7) + timedelta(weeks=n), {ActivityKind.CALL: n, ActivityKind.VISIT: 2})
        for n in range(12)
    ]
    picture = io.BytesIO()
    for draw, data in (
        (draw_funnel, FunnelCounts(120, 80, 40, 30, 12, 5)),
        (draw_weekly, weekly),
    ):
        figure = Figure(figsize=(4, 3), dpi=100)
        figure.set_layout_engine("constrained")
        draw(figure, data, ChartStyle(), words)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        picture.write(bytes(canvas.buffer_rgba()))
    line = Line2D([0, 1], [0, 1])
    line.set(color="red", linewidth=3)
    print(picture.getvalue().hex()[:64], len(picture.getvalue()), hash(picture.getvalue()))
    print(line.get_color(), line.get_linewidth())
    print(len(Line2D.set.__doc__ or ""))
    """
)


def drawn(how: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", DRAW, how],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONHASHSEED": "0", "MPLBACKEND": "Agg"},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def test_the_charts_are_the_same_pixels_and_set_works_as_before():
    plain, quick = drawn("plain"), drawn("quick")
    assert quick[0] == plain[0]  # both charts, pixel for pixel
    assert quick[1] == plain[1] == "red 3.0"
    assert int(plain[2]) > 1000 and int(quick[2]) == 0  # only the documentation is gone


def test_a_matplotlib_that_works_otherwise_is_left_as_it_is():
    def kwdoc(_artist: object) -> str:
        return "properties"

    class Artist:
        def set(self) -> None: ...  # no mark of a generated `set()`

        @classmethod
        def _update_set_signature_and_docstring(cls) -> None: ...

    other = types.SimpleNamespace(Artist=Artist, kwdoc=kwdoc)
    assert not undocumented(other)
    assert other.kwdoc is kwdoc
    assert not undocumented(types.SimpleNamespace())  # nothing of the kind at all
