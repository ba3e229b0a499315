"""The window: it fits the screen it opens on, remembers its state as soon as it changes,
and says which database is open, demo data included."""

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from salescoach.store.models import Contact
from salescoach.ui.main_window import MainWindow
from salescoach.ui.transfer import demo_database
from tests.helpers import add_contact
from tests.ui.actions import click, menu_entry, press

FIT_SCRIPT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QScrollArea
    from salescoach.core.clock import Clock
    from salescoach.store import Store
    from salescoach.ui.app import make_application
    from salescoach.ui.main_window import MainWindow
    from salescoach.ui.operations import ChangeBus, Database, Operations

    app = make_application(sys.argv[3])
    store = Store.open(sys.argv[1], create=True)
    bus = ChangeBus()
    window = MainWindow(
        Operations(Database(store), bus), bus,
        QSettings(sys.argv[2], QSettings.Format.IniFormat), Clock(),
    )
    window.show()
    opened_on_today = window.current_page() is window.today  # a new install: the rep's day
    window.show_page(window.dashboard)
    for _ in range(20):
        app.processEvents()
    screen = app.primaryScreen().availableGeometry()

    def inside(widget):
        top_left = widget.mapToGlobal(widget.rect().topLeft())
        bottom_right = widget.mapToGlobal(widget.rect().bottomRight())
        return screen.contains(top_left) and screen.contains(bottom_right) and widget.isVisible()

    board_columns = [c for c in window.board.columns.values() if not c.isHidden()]
    sources_whole = (
        window.dashboard.sources.width() >= window.dashboard.sources.natural_width()
    )
    # from 1280 wide, the dashboard's controls are all in sight (the title goes above
    # them in a language that needs the room)
    viewport = window.dashboard.scroll_area.viewport()
    button = window.dashboard.report_button
    right = button.mapTo(viewport, button.rect().topRight()).x()
    header_whole = screen.width() < 1280 or (button.isVisible() and right < viewport.width())
    window.show_page(window.board)
    for _ in range(20):
        app.processEvents()
    order_inside = inside(window.board.columns[board_columns[-1].stage])
    window.show_page(window.today)
    for _ in range(20):
        app.processEvents()
    today = window.today
    today_fits = (
        inside(today.board.heading)
        and today.findChild(QScrollArea).horizontalScrollBar().maximum() == 0
    )
    print(json.dumps({
        "window": screen.contains(window.frameGeometry()),
        "status": inside(window.statusBar()),
        "search": inside(window.search),
        "order column": order_inside,
        "today without sideways scrolling": today_fits,
        "icons as sharp as the screen": window.devicePixelRatio() == float(sys.argv[4])
        and 32 * int(sys.argv[4]) in [s.width() for s in app.windowIcon().availableSizes()],
        "coach": window.dashboard.coach.width() >= 250,
        "sources whole": sources_whole,
        "dashboard controls in sight": header_whole,
        "a new install opens on Today": opened_on_today,
    }))
    """
)


@pytest.mark.parametrize("size", ["1366x768", "1280x720", "1024x600", "2732x1536@2"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_window_fits_the_screen_it_opens_on(tmp_path, size, language):
    """Every size a rep's laptop has, and a 200% screen (1366x768 logical, crisp icons)."""
    size, _, scale = size.partition("@")
    width, height = size.split("x")
    screen = {
        "screens": [
            {
                "name": "s",
                "x": 0,
                "y": 0,
                "width": int(width),
                "height": int(height),
                "logicalDpi": 96,
                "dpr": 1,
            }
        ]
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    env["QT_SCALE_FACTOR"] = scale or "1"  # 200%: the 2732x1536 screen is 1366x768 logical
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            FIT_SCRIPT,
            str(tmp_path / "db.sqlite3"),
            str(tmp_path / "settings.ini"),
            language,
            scale or "1",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen == dict.fromkeys(seen, True)


def test_the_state_is_saved_as_soon_as_it_changes(qtbot, window, settings):
    window.go(1)
    window.resize(1100, 700)
    qtbot.waitUntil(lambda: settings.value("window/geometry") is not None, timeout=3000)
    before = settings.value("window/coach")
    handle = window.dashboard.splitter.handle(1)
    start = handle.rect().center()
    qtbot.mousePress(handle, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(handle, start - QPoint(120, 0))
    qtbot.mouseRelease(handle, Qt.MouseButton.LeftButton, pos=start - QPoint(120, 0))

    def on_disk() -> QSettings:
        return QSettings(settings.fileName(), QSettings.Format.IniFormat)

    qtbot.waitUntil(lambda: on_disk().value("window/coach") not in (None, before), timeout=3000)
    assert on_disk().value("window/page") == "dashboard"


def test_the_coach_can_be_folded_away(window):
    splitter = window.dashboard.splitter
    assert splitter.isCollapsible(1) and not splitter.isCollapsible(0)
    splitter.setSizes([1000, 0])
    assert splitter.sizes()[1] == 0


def test_demo_data_never_mix_with_the_reps_own(qtbot, window, opened, store, now):
    with store.session() as session:
        add_contact(session, "My Own Customer")
    mine = store.file
    assert window.windowTitle() == f"{mine.name} — SalesCoach"
    menu_entry(window, "fileMenu", "demo").trigger()
    box = window.findChild(QMessageBox, "demoQuestion")
    assert box is not None and "never go among them" in box.text()
    with qtbot.waitSignal(window.operations.database.switched, timeout=20000):
        click(qtbot, next(b for b in box.buttons() if b.text() == "Open the demo database"))
    qtbot.waitUntil(lambda: window.operations.store.file == demo_database(), timeout=20000)
    qtbot.waitUntil(lambda: not window.operations.store.is_empty(), timeout=20000)
    assert window.windowTitle() == "demo.sqlite3 (demo data) — SalesCoach"
    assert window.demo_banner.isVisible()
    assert window.commands["home"].isEnabled() and not window.commands["demo"].isEnabled()
    with store.reader() as session:  # the rep's own file is as it was
        assert session.scalar(select(func.count()).select_from(Contact)) == 1
    with qtbot.waitSignal(window.operations.database.switched, timeout=20000):
        menu_entry(window, "fileMenu", "home").trigger()
    assert window.operations.store.file == mine
    assert not window.demo_banner.isVisible()
    assert window.windowTitle() == f"{mine.name} — SalesCoach"


def test_demo_data_fill_an_empty_database_when_asked(qtbot, window, store):
    menu_entry(window, "fileMenu", "demo").trigger()
    qtbot.waitUntil(lambda: not store.is_empty(), timeout=20000)
    assert window.operations.store is store
    assert window.findChild(QMessageBox, "demoQuestion") is None


def test_the_first_start_offers_a_separate_demo_database(qtbot, window, store, settings):
    window.demo.offer_if_empty(settings)
    box = window.findChild(QMessageBox, "firstStart")
    explore = next(b for b in box.buttons() if b.text() == "Explore with demo data")
    with qtbot.waitSignal(window.operations.database.switched, timeout=20000):
        click(qtbot, explore)
    assert window.operations.store.file == demo_database()
    assert store.is_empty()  # the rep's own database stays clean
    assert settings.value("firstStartDone", type=bool)


def test_the_first_start_question_is_asked_once(qtbot, window, settings):
    settings.setValue("firstStartDone", True)
    window.demo.offer_if_empty(settings)
    assert window.findChild(QMessageBox, "firstStart") is None


def test_a_new_window_reopens_where_the_last_one_was(qtbot, operations, bus, settings, clock):
    first = MainWindow(operations, bus, settings, clock)
    qtbot.addWidget(first)
    first.show()
    first.show_page(first.activities)
    first.resize(700, 500)
    size = first.size()
    first.close()
    second = MainWindow(operations, bus, settings, clock)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page() is second.activities
    assert second.size() == size
    second.garbage.release()
    first.garbage.release()


#: What `salescoach` says as it starts, each word with whether SQLAlchemy was in by then.
SAYING = textwrap.dedent(
    """
    import sys
    from datetime import date
    from salescoach.ui import app
    seen = []
    real = app._say
    def say(word, at=None):
        seen.append((word, "sqlalchemy" in sys.modules))
        real(word, at)
    app._say = say
    code = app.run_gui(sys.argv[1], "en", date.fromisoformat(sys.argv[2]))
    print(seen, code)
    """
)


def _start(db: Path, home: Path, day: str = "2026-11-25") -> str:
    """How `salescoach` on `db` went on `day`, step by step, in a new process as a rep
    starts it (its cache in `home`, no settings: it opens on Today), ending with its exit
    code."""
    shutil.rmtree(home / "config", ignore_errors=True)  # the last start ended on the dashboard
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SALESCOACH_EXIT_AFTER_PAINT": "1"}
    env["XDG_CONFIG_HOME"], env["XDG_CACHE_HOME"] = str(home / "config"), str(home / "cache")
    result = subprocess.run(
        [sys.executable, "-c", SAYING, str(db), day],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


#: A new install's start: the frame painted, the database opened, Today filled with the
#: figures it read, the rest of the window built, the dashboard asked for and filled.
READ_LIVE = (
    "[('painted', False), ('opened', True), ('filled', True), ('live', True), "
    "('ready', True), ('dashboard', True)] 0"
)


def test_the_frame_is_painted_before_the_database_stack_is_imported(tmp_path):
    """`salescoach` paints its window first, then imports SQLAlchemy, opens the database and
    fills the window in; the order is what the rep sees, so it is what is tested."""
    from salescoach.store import Store

    Store.open(tmp_path / "db.sqlite3", create=True).close()
    assert _start(tmp_path / "db.sqlite3", tmp_path) == READ_LIVE


def test_the_next_start_shows_the_today_kept_at_close_before_the_database_opens(tmp_path):
    """Closed, the window keeps the Today it would show, and the next working day's; the
    next start shows it before SQLAlchemy is even imported, then the figures read from the
    file, the same day or the next morning; a file changed elsewhere in between (a command,
    a sync) is read live, its kept Today not shown."""
    from salescoach.store import Store

    db = tmp_path / "db.sqlite3"
    Store.open(db, create=True).close()
    assert _start(db, tmp_path) == READ_LIVE
    kept_shown = (
        "[('painted', False), ('filled', False), ('opened', True), ('live', True), "
        "('ready', True), ('dashboard', True)] 0"
    )
    assert _start(db, tmp_path) == kept_shown
    with Store.open(db) as store:
        store.apply(lambda session: add_contact(session, "Marie Dupont"))
    assert _start(db, tmp_path) == READ_LIVE
    assert _start(db, tmp_path, "2026-11-26") == kept_shown  # Wednesday, then Thursday
    assert _start(db, tmp_path, "2026-11-28") == READ_LIVE  # a Saturday: none kept


PAGES = ["todayPage", "dashboard", "contactsPage", "boardPage", "activitiesPage", "followUpsPage"]


@pytest.mark.parametrize("kept", PAGES)
def test_the_page_it_opens_on_is_built_first_and_every_page_keeps_its_place(
    qtbot, operations, bus, settings, clock, kept
):
    """As `salescoach` starts: the frame is shown, then the page it opens on, filled; then
    the other pages, in their order for the sidebar and Ctrl+1…6."""
    settings.setValue("window/page", kept)
    window = MainWindow(None, None, settings, clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.completed, timeout=500):  # not the second it waits at most
        window.fill(operations, bus)
        if kept in ("todayPage", "dashboard"):  # alone at first, asking for its figures
            assert window.stack.count() == 1 and not window.attached
            assert window.stack.currentWidget().objectName() == kept
    assert window.current_page().objectName() == kept
    assert [page.objectName() for page in window.pages] == PAGES
    for number, page in enumerate(window.pages):
        press(qtbot, window, Qt.Key.Key_1 + number, Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page and window.nav.currentRow() == number
    operations.drain(5000)
    window.garbage.release()
