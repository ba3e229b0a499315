"""The dashboard, driven through its real widgets on a real database."""

import os
import subprocess
import sys
import textwrap
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtWidgets import QMessageBox

from salescoach.core.domain import ActivityKind, Source
from salescoach.store.session.changes import Change
from tests.helpers import add_contact, build_known_month
from tests.ui.actions import choose_contact, save_button


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 3, 31, 12)  # "This month" is then exactly the known month


def show_month(qtbot, dashboard) -> None:
    with qtbot.waitSignal(dashboard.refreshed, timeout=15000):
        dashboard.picker.choose("month")


def test_the_known_month_in_figures(qtbot, window, store):
    with store.session() as session:
        build_known_month(session)
    dashboard = window.dashboard
    assert window.current_page() is dashboard  # the home page
    show_month(qtbot, dashboard)

    tiles = dashboard.tiles
    shown = {name: tile.value.text() for name, tile in tiles.items()}
    assert shown == {
        "qualification": "150%",  # 3 prospects / 2 suspects: crosses the period start
        "appointment": "40%",
        "proposal": "50%",
        "closing": "100%",
        "overall": "50%",
    }
    assert tiles["appointment"].detail.text() == "2 appointments held / 5 appointments made"
    # February (the 31 days before) had qualification 1/2 and appointment 1/1.
    assert tiles["qualification"].change.text() == "▲ +100.0 pts vs previous 31 days"
    assert tiles["appointment"].change.text() == "▼ −60.0 pts vs previous 31 days"
    assert tiles["closing"].change.text() == "no comparison"  # no proposals in February

    sources = dashboard.sources
    rows = {sources.item(row, 0).text(): row for row in range(sources.rowCount())}
    cold = [sources.item(rows["Cold call"], column).text() for column in range(1, 9)]
    assert cold == ["1", "2", "3", "1", "0", "0", "200%", "0%"]
    assert sources.item(rows["Social network"], 7).text() == "—"
    assert window.count_label.text() == "01/03/2026 to 31/03/2026, compared with the 31 days before"


def test_the_planner_recomputes_as_the_target_changes(qtbot, window, store):
    with store.session() as session:
        build_known_month(session)
    show_month(qtbot, window.dashboard)
    planner = window.dashboard.planner

    def needed() -> dict[str, str]:
        return {name: label.text() for name, label in planner.needed.items()}

    # closing 100%, proposal 50%, appointment 40%, overall 50%; the default target is 5
    assert needed() == {
        "suspects": "10",
        "appointments_made": "25",
        "appointments_held": "10",
        "proposals": "5",
    }
    planner.target.selectAll()
    qtbot.keyClicks(planner.target.lineEdit(), "2")
    assert needed() == {
        "suspects": "4",
        "appointments_made": "10",
        "appointments_held": "4",
        "proposals": "2",
    }
    qtbot.keyClick(planner.target, Qt.Key.Key_Up)
    assert needed()["appointments_made"] == "15"  # 3 won / 50% / 40% = 15


def test_undefined_ratios_read_as_a_dash(qtbot, window):
    show_month(qtbot, window.dashboard)  # an empty database
    dashboard = window.dashboard
    assert {tile.value.text() for tile in dashboard.tiles.values()} == {"—"}
    assert {label.text() for label in dashboard.planner.needed.values()} == {"—"}


def test_logging_a_meeting_updates_the_dashboard(qtbot, window, opened, store):
    with store.session() as session:
        add_contact(session, "Giulia Rossi", source=Source.REFERRAL)
    dashboard = window.dashboard
    show_month(qtbot, dashboard)
    assert dashboard.tiles["appointment"].value.text() == "—"

    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    log = opened.last
    choose_contact(qtbot, log.contact, "Rossi")
    log.kind.setCurrentIndex(log.kind.findData(ActivityKind.MEETING))
    log.at.setDate(QDate(2026, 3, 20))
    with qtbot.waitSignal(dashboard.refreshed, timeout=15000):
        qtbot.mouseClick(save_button(log), Qt.MouseButton.LeftButton)

    assert dashboard.tiles["appointment"].value.text() == "100%"
    assert dashboard.tiles["appointment"].detail.text() == (
        "1 appointments held / 1 appointments made"
    )
    sources = dashboard.sources
    referral = next(r for r in range(6) if sources.item(r, 0).text() == "Referral")
    assert sources.item(referral, 4).text() == "1"


def test_a_custom_period_keeps_its_ends_in_order(qtbot, window):
    picker = window.dashboard.picker
    picker.choose("custom")
    assert picker.first.isEnabled() and picker.last.isEnabled()
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=15000):
        picker.first.setDate(QDate(2026, 1, 10))
    picker.last.setDate(QDate(2026, 1, 5))  # before the start: the start follows
    assert (picker.period().first, picker.period().last) == (date(2026, 1, 5), date(2026, 1, 5))
    picker.choose("year")
    assert not picker.first.isEnabled()
    assert (picker.period().first, picker.period().last) == (date(2026, 1, 1), date(2026, 3, 31))


def test_the_detail_and_what_worked_are_read_once_the_tips_are_in(
    qtbot, threaded_window, monkeypatch
):
    """After the tiles, the tips come first: the split by source, the weekly work and What
    worked would share the cores with them, so they are read once the tips are in (on the
    thread pool, where they would otherwise start together)."""
    from salescoach.ui.views import coach_panel, dashboard_page

    happened: list[str] = []

    def tips(*args, _read=coach_panel.coach_view, **kwargs):
        found = _read(*args, **kwargs)
        happened.append("tips read")
        return found

    monkeypatch.setattr(coach_panel, "coach_view", tips)

    def started(label: str, read):
        def reading(*args, **kwargs):
            happened.append(label)
            return read(*args, **kwargs)

        return reading

    for name, label in (("funnel_detail", "detail"), ("outcomes_and_window", "what worked")):
        monkeypatch.setattr(dashboard_page, name, started(label, getattr(dashboard_page, name)))
    dashboard, context = threaded_window.dashboard, threaded_window.context
    qtbot.waitUntil(context.operations.idle, timeout=15000)  # what the opening read is in
    happened.clear()
    with qtbot.waitSignal(dashboard.refreshed, timeout=15000):
        context.bus.announce(Change.ACTIVITIES)  # a save: the tips are read again
    dashboard.scroll_area.ensureWidgetVisible(dashboard.what_worked)  # read once seen
    qtbot.waitUntil(lambda: len(happened) == 3, timeout=15000)
    assert happened[0] == "tips read" and sorted(happened[1:]) == ["detail", "what worked"]


def test_the_funnel_is_drawn_once_the_tips_are_in(qtbot, threaded_window, monkeypatch):
    """After a save, the tiles and the tips come first: the funnel's picture would share
    the cores with the tips, so it is drawn once they are in, as the detail is read."""
    import time

    from salescoach.core.domain import Stage
    from salescoach.ui.charts import view
    from salescoach.ui.views import coach_panel
    from tests.helpers import add_opportunity

    happened: list[str] = []

    def tips(*args, _read=coach_panel.coach_view):
        found = _read(*args)
        time.sleep(0.3)  # a long history's tips
        happened.append("tips read")
        return found

    def render(job, ratio, _render=view.render):
        if job.draw.__name__ == "draw_funnel":
            happened.append("funnel drawn")
        return _render(job, ratio)

    context, funnel = threaded_window.context, threaded_window.dashboard.funnel_chart
    # what the opening read and drew is in
    qtbot.waitUntil(lambda: funnel.words is not None and context.operations.idle(), timeout=20000)
    monkeypatch.setattr(coach_panel, "coach_view", tips)
    monkeypatch.setattr(view, "render", render)

    def new_file(session) -> None:
        contact = add_contact(session, "Someone New")
        add_opportunity(session, contact, (Stage.SUSPECT, datetime(2026, 3, 30, 10)))

    context.operations.mutate(None, new_file)  # one more suspect: a new funnel to draw
    qtbot.waitUntil(lambda: "funnel drawn" in happened, timeout=15000)
    assert happened == ["tips read", "funnel drawn"]


def test_what_worked_is_read_once_the_rep_scrolls_to_it(qtbot, window, store, monkeypatch):
    """Below the figures, What worked is out of sight when the page opens: it is read when
    the rep scrolls down to it, and again after a save only once it is seen again."""
    from salescoach.ui.views import dashboard_page

    read: list[object] = []

    def outcomes(session, period, _read=dashboard_page.outcomes_and_window):
        read.append(period)
        return _read(session, period)

    monkeypatch.setattr(dashboard_page, "outcomes_and_window", outcomes)
    dashboard = window.dashboard
    area = dashboard.scroll_area
    window.resize(1024, 600)
    area.verticalScrollBar().setValue(0)
    show_month(qtbot, dashboard)
    qtbot.waitUntil(window.context.operations.idle)
    assert dashboard.what_worked.visibleRegion().isEmpty() and read == []
    area.verticalScrollBar().triggerAction(area.verticalScrollBar().SliderAction.SliderToMaximum)
    qtbot.waitUntil(lambda: len(read) == 1)
    assert dashboard.what_worked.body.text()  # "nothing acted on yet", in words
    area.verticalScrollBar().triggerAction(area.verticalScrollBar().SliderAction.SliderToMinimum)
    with qtbot.waitSignal(dashboard.refreshed, timeout=15000):
        window.context.bus.announce(Change.ACTIVITIES)  # a save
    assert len(read) == 1  # out of sight: not read again
    area.verticalScrollBar().triggerAction(area.verticalScrollBar().SliderAction.SliderToMaximum)
    qtbot.waitUntil(lambda: len(read) == 2)


def test_the_header_follows_the_room_the_coach_leaves(qtbot, window):
    """The title sits beside the period and view controls when they fit, above them when
    they do not: the room is the scroll area's, which the Coach panel's edge moves without
    the page changing size (a rep dragging it, the state restored at start, cards wider in
    another language)."""
    from PySide6.QtWidgets import QBoxLayout

    dashboard = window.dashboard
    window.resize(1366, 700)
    window.show_page(dashboard)
    splitter, header = dashboard.splitter, dashboard.header
    total = sum(splitter.sizes())
    splitter.setSizes([total - 300, 300])
    qtbot.waitUntil(lambda: header.direction() == QBoxLayout.Direction.LeftToRight)
    splitter.setSizes([total - 750, 750])  # the Coach widened: no room for one row
    qtbot.waitUntil(lambda: header.direction() == QBoxLayout.Direction.TopToBottom)
    splitter.setSizes([total - 300, 300])
    qtbot.waitUntil(lambda: header.direction() == QBoxLayout.Direction.LeftToRight)


def test_charts_draw_and_save_as_png(qtbot, window, store, tmp_path):
    with store.session() as session:
        build_known_month(session)
    dashboard = window.dashboard
    show_month(qtbot, dashboard)
    chart = dashboard.funnel_chart

    def texts() -> list[str]:
        return list(chart.words or ())

    # the picture of the empty start may still be on screen: wait for the month's
    qtbot.waitUntil(lambda: "Qualification\n150%" in texts(), timeout=20000)
    assert "Closing\n100%" in texts()
    assert chart.save_button.isEnabled()
    assert not chart.picture.pixmap().isNull()
    with qtbot.waitSignal(chart.saved, timeout=10000):
        chart.save_png(tmp_path / "funnel")
    assert (tmp_path / "funnel.png").read_bytes().startswith(b"\x89PNG")
    assert window.statusBar().currentMessage() == f"Chart saved to {tmp_path / 'funnel.png'}."


def test_a_chart_that_cannot_be_saved_says_why(qtbot, window, store, tmp_path):
    with store.session() as session:
        build_known_month(session)
    chart = window.dashboard.funnel_chart
    show_month(qtbot, window.dashboard)
    qtbot.waitUntil(chart.save_button.isEnabled, timeout=20000)
    chart.save_png(tmp_path / "no-such-folder" / "funnel.png")
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problemBox") is not None, timeout=15000)
    box = window.findChild(QMessageBox, "problemBox")
    assert box.text().startswith("The chart could not be saved to")
    assert "No such file or directory" in box.text()


def test_a_chart_is_drawn_again_only_at_a_new_size(qtbot, window, store, monkeypatch):
    """A page whose layout moves for an instant and comes back (figures arriving) does not
    have its charts drawn again at the size they already have: each drawing is tens of
    milliseconds that the rest of the page waits for."""
    from salescoach.ui.charts import view

    with store.session() as session:
        build_known_month(session)
    window.resize(1400, 700)  # room for the charts to widen with the window
    show_month(qtbot, window.dashboard)
    charts = (window.dashboard.funnel_chart, window.dashboard.weekly_chart)

    def settled() -> bool:
        return all(c.words is not None and not c.resize_pause.isActive() for c in charts)

    qtbot.waitUntil(settled, timeout=20000)  # the drawings the opening asked for are in
    chart = charts[0]
    drawn: list[QSize] = []

    def render(job, ratio, _render=view.render):
        drawn.append(job.size)
        return _render(job, ratio)

    monkeypatch.setattr(view, "render", render)
    size = chart.picture.size()
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: chart.picture.width() > size.width())
    window.resize(1400, 700)
    qtbot.waitUntil(lambda: chart.picture.size() == size)
    qtbot.waitUntil(settled)  # past the pause a resize waits for before drawing
    assert drawn == []
    window.resize(1600, 700)
    qtbot.waitUntil(lambda: len(drawn) == 2, timeout=5000)  # both charts, wider
    assert chart.picture.size() in drawn


def test_the_window_appears_before_matplotlib_is_imported(tmp_path):
    script = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QSettings
        from salescoach.core.clock import Clock
        from salescoach.store import Store
        from salescoach.ui.app import make_application
        from salescoach.ui.main_window import MainWindow
        from salescoach.ui.operations import ChangeBus, Database, Operations

        app = make_application("en")
        store = Store.open({str(tmp_path / "db.sqlite")!r}, create=True)
        bus = ChangeBus()
        operations = Operations(Database(store), bus)
        window = MainWindow(operations, bus, QSettings(), Clock())
        window.show()
        window.repaint()
        print("shown without matplotlib:", "matplotlib" not in sys.modules)
        window.show_page(window.dashboard)  # a new install opens on Today
        chart = window.dashboard.funnel_chart
        import time
        deadline = time.monotonic() + 30
        while chart.words is None and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        print("chart built:", chart.words is not None)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.stdout.split("\n")[:2] == [
        "shown without matplotlib: True",
        "chart built: True",
    ], result.stderr


def test_the_charts_library_is_warmed_up_on_a_worker(tmp_path):
    """Once the window is complete (`salescoach.ui.app`), matplotlib is imported on the
    thread pool while the rep reads the first page: never on the GUI thread."""
    script = textwrap.dedent(
        f"""
        import sys, threading, time
        from salescoach.store import Store
        from salescoach.ui.app import make_application
        from salescoach.ui.charts.view import warm_up
        from salescoach.ui.operations import ChangeBus, Database, Operations

        class Watch:
            threads = {{}}
            def find_spec(self, name, path=None, target=None):
                if name.startswith("matplotlib"):
                    self.threads.setdefault(name, threading.current_thread().name)
        sys.meta_path.insert(0, Watch())
        app = make_application("en")
        store = Store.open({str(tmp_path / "db.sqlite")!r}, create=True)
        operations = Operations(Database(store), ChangeBus())
        warm_up(operations)
        deadline = time.monotonic() + 30
        while not operations.idle() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.01)
        wanted = ("matplotlib.figure", "matplotlib.backends.backend_agg")
        print("imported:", all(name in sys.modules for name in wanted))
        print("on the GUI thread:", sorted(set(Watch.threads.values()) & {{"MainThread"}}))
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.stdout.split("\n")[:2] == ["imported: True", "on the GUI thread: []"], (
        result.stderr
    )


def test_a_warm_up_that_fails_says_nothing_before_the_rep_asks(qtbot, operations, monkeypatch):
    """A broken matplotlib is told by the first chart drawn, not by a box at start-up."""
    from salescoach.ui import operations as operations_module
    from salescoach.ui.charts import view

    def broken() -> None:
        raise ImportError("matplotlib")

    shown: list[BaseException] = []
    monkeypatch.setattr(operations_module, "show_failure", lambda _on, error: shown.append(error))
    monkeypatch.setattr(view, "_import_matplotlib", broken)
    view.warm_up(operations)
    qtbot.waitUntil(operations.idle)
    assert shown == []
    operations.draw(None, lambda _progress: broken(), lambda _none: None)  # as a chart would
    qtbot.waitUntil(lambda: len(shown) == 1)


def test_the_cohort_view_follows_the_same_files(qtbot, window, store):
    with store.session() as session:
        build_known_month(session)
    dashboard = window.dashboard
    show_month(qtbot, dashboard)
    assert dashboard.tiles["qualification"].value.text() == "150%"
    assert dashboard.view_caption.text().startswith("Flow view")
    assert "can pass 100%" in dashboard.tiles["qualification"].toolTip()
    choice = dashboard.view_choice
    choice.setFocus()
    with qtbot.waitSignal(dashboard.refreshed, timeout=15000):
        qtbot.keyClick(choice, Qt.Key.Key_Down)  # Flow -> Cohort, as a rep picks it
    assert choice.currentData() == "cohort"
    assert dashboard.view_caption.text().startswith("Cohort view")
    assert "can pass 100%" not in dashboard.tiles["qualification"].toolTip()
    with store.reader() as session:
        from salescoach.core.funnel import Period, ratios_of
        from salescoach.store.queries.funnel import cohort_counts

        expected = ratios_of(
            cohort_counts(session, Period(date(2026, 3, 1), date(2026, 3, 31)), date(2026, 3, 31))
        )
    shown = dashboard.headline.ratios
    assert shown == expected
    assert all(value is None or value <= 1 for value in shown.as_dict().values())
