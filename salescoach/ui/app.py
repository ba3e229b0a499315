"""Starting the GUI: the application object, translations, the store, the main window."""

import os
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from salescoach.core.clock import Clock
from salescoach.store.location import DB_ENV, default_database
from salescoach.ui.errors import install_excepthook
from salescoach.ui.icons import app_icon
from salescoach.ui.machine_settings import LANGUAGE, THEME
from salescoach.ui.machine_settings import upgrade as upgrade_settings
from salescoach.ui.main_window import MainWindow
from salescoach.ui.painted import OnPaint
from salescoach.ui.single_instance import SingleInstance
from salescoach.ui.theme import apply_theme
from salescoach.ui.translations import install_translations

if TYPE_CHECKING:
    from salescoach.core.today import TodayFigures
    from salescoach.store import Store
    from salescoach.ui.operations import Operations
    from salescoach.ui.shell import Shell


def make_application(language: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SalesCoach")
    app.setOrganizationName("SalesCoach")
    app.setApplicationDisplayName("SalesCoach")
    app.setDesktopFileName("salescoach")  # the .desktop entry: icon and name in the dock
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # one look on every desktop; the palette follows the theme
    install_translations(app, language)
    return app


#: Set, the GUI says "painted" on stdout when its window is first painted, "filled" once the
#: first page is painted with its figures (those kept at the last close, `last_today`, or
#: else those read), "opened" once the database stack is imported and the database open
#: (what the stack costs before any page of ours), "live" once the first page is painted
#: with the figures it read, "ready" once the other pages are in, then (when that page was
#: not the dashboard) shows the dashboard, as many milliseconds after "ready" as the
#: variable's value says (1: at once), and says
#: "dashboard" once its figures and charts are in, and quits: how the packaging smoke test
#: and the start-up benchmark know the window really appeared and what each step costs.
#: Each word is followed by the resident memory at that moment, in MB, and the moment
#: itself (seconds since the epoch): a step noticed late is still timed when it happened.
EXIT_AFTER_PAINT = "SALESCOACH_EXIT_AFTER_PAINT"


def _say(word: str, at: float | None = None) -> None:
    print(word, f"{_resident_mb():.1f}", f"{time.time() if at is None else at:.4f}", flush=True)


def _resident_mb() -> float:
    """This process's resident memory now (Linux), else its peak, else 0 (Windows)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    try:
        import resource  # Unix only
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak / 1e3


def _when_idle(operations: "Operations", then: Callable[[float], None]) -> None:
    """Once the workers have had nothing to do for 100 ms, call `then` with the moment they
    fell quiet (within the 10 ms the check takes to notice)."""
    quiet_since: list[float] = []

    def check() -> None:
        if not operations.idle():
            quiet_since.clear()
        elif not quiet_since:
            quiet_since.append(time.time())
        elif time.time() - quiet_since[0] >= 0.1:
            timer.stop()
            then(quiet_since[0])

    timer = QTimer(interval=10)
    timer.timeout.connect(check)
    timer.start()


def _chosen(key: str, default: str) -> str:
    """A choice made in Settings (the language, the theme), read before the window exists."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SalesCoach")
    app.setOrganizationName("SalesCoach")
    return str(QSettings().value(key, default))


def _report_steps(
    app: QApplication,
    window: MainWindow,
    operations: "Operations",
    delay_ms: int,
    shown_last_today: bool,
) -> None:
    """Say "live" once the first page is painted with the figures it read (Today says when;
    on another page, once the workers are quiet), and "filled" then too unless the Today
    kept from the last close said it already; then ask for the dashboard `delay_ms` after
    the window is complete, say "dashboard" once its figures and charts are in, and quit
    (see `EXIT_AFTER_PAINT`)."""
    from salescoach.ui.views.today_page import TodayPage

    once = Qt.ConnectionType.SingleShotConnection

    def filled(at: float | None = None) -> None:
        if not shown_last_today:
            _say("filled", at)
        _say("live", at)
        if window.attached:
            ask_dashboard_soon()
        else:
            window.completed.connect(ask_dashboard_soon, once)

    def ask_dashboard_soon() -> None:
        QTimer.singleShot(delay_ms, ask_dashboard)

    def ask_dashboard() -> None:
        if window.current_page() is window.dashboard:
            app.quit()
            return
        window.show_page(window.dashboard)  # then what asking for it costs
        _when_idle(operations, dashboard)

    def dashboard(at: float) -> None:
        _say("dashboard", at)
        app.quit()

    first = window.findChild(TodayPage)
    if first is not None and not window.attached:  # opening on Today, which says when
        first.refreshed.connect(lambda: OnPaint(window, filled), once)
    else:
        _when_idle(operations, filled)


def _last_today(location: str, settings: QSettings, clock: Clock) -> "TodayFigures | None":
    """The Today kept at the last close, when the window opens on Today and the database
    has not changed since (`last_today`)."""
    from salescoach.ui.window_pages import start_name

    if "://" in location or start_name(settings) != "todayPage":
        return None
    from salescoach.ui import last_today
    from salescoach.ui.labels import language

    return last_today.kept(Path(location), clock.today(), language())


def _close(store: "Store", clock: Clock) -> None:
    """Close the database, keeping the Today the rep may see first at the next start, today
    or on their next working day (none for an encrypted database)."""
    from salescoach.ui import last_today
    from salescoach.ui.labels import language

    file, ahead, words = store.file, None, language()
    if file is not None and store.passphrase is None:
        ahead = _read_ahead(store, clock.today(), words)
    store.close()
    if file is None:
        return
    if ahead is None:
        last_today.forget(file)
    else:
        last_today.keep(file, ahead, words)


def _read_ahead(store: "Store", day: date, language: str) -> "dict[date, TodayFigures] | None":
    """Today's figures as the page reads them, for `day` and the next working day; None if
    they cannot be read now."""
    from salescoach.reports.today import figures_ahead

    try:
        with store.reader() as session:
            return figures_ahead(session, day, language)
    except Exception:  # closing goes on; the next start reads live
        return None


@dataclass
class _Running:
    """What the second step of start-up opened, for the clean-up after the event loop."""

    shell: "Shell | None" = None
    operations: "Operations | None" = None


def run_gui(db: str | None, language: str | None, today: date | None = None) -> int:
    """Show the window's frame at once, then open the database and fill it in."""
    app = make_application(language or _chosen(LANGUAGE, "") or None)
    apply_theme(app, _chosen(THEME, "system"))
    install_excepthook()
    signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl+C in the terminal quits
    clock = Clock.pinned(today)
    location = db or default_database()
    instance = SingleInstance(location)
    if "://" not in location and not instance.claim():
        from salescoach.reports.results import say
        from salescoach.ui.labels import language as ui_language

        print(f"salescoach: {say(ui_language(), 'done.already_open')}", file=sys.stderr)
        return 0  # the running window was asked to come forward
    is_default = db is None and not os.environ.get(DB_ENV)  # the rep's own data folder
    settings = QSettings()
    upgrade_settings(settings)
    window = MainWindow(None, None, settings, clock)
    running = _Running()
    reporting = bool(os.environ.get(EXIT_AFTER_PAINT))
    delay = os.environ.get(EXIT_AFTER_PAINT, "")
    dashboard_delay_ms = int(delay) if delay.isdigit() else 1

    def open_and_fill() -> None:
        if reporting:
            _say("painted")
        figures = _last_today(location, settings, clock)
        if figures is None:
            open_database_and_fill(False)
            return
        window.show_last_today(figures)  # the rep reads their day while the stack loads

        def shown() -> None:
            if reporting:
                _say("filled")
            open_database_and_fill(True)

        OnPaint(window, shown)

    def open_database_and_fill(shown_last_today: bool) -> None:
        from salescoach.ui.opening import open_database
        from salescoach.ui.operations import ChangeBus, Database, Operations
        from salescoach.ui.shell import Shell

        store = open_database(location, is_default, clock)
        if store is None:
            app.exit(3)
            return
        if reporting:
            _say("opened")
        store.clock = clock  # what it writes is stamped by the app's one clock
        bus = ChangeBus()
        running.operations = operations = Operations(Database(store), bus)

        def completed() -> None:
            """The window's collaborators are in (after its first page is filled)."""
            from salescoach.ui.charts.view import warm_up

            window.demo.offer_if_empty(settings)
            window.backups.daily()
            app.setQuitOnLastWindowClosed(window.reminders.tray is None)  # the tray keeps it
            window.reminders.start()
            warm_up(operations)
            if reporting:
                _say("ready")

        window.completed.connect(completed)
        running.shell = Shell(app, operations, bus, settings, clock, store.file, window)
        instance.activation_requested.connect(running.shell.come_forward)
        if reporting:
            _report_steps(app, window, operations, dashboard_delay_ms, shown_last_today)

    OnPaint(window, open_and_fill)
    window.show()
    code = app.exec()
    if running.operations is not None and running.shell is not None:
        running.operations.drain(30_000)  # let a save in progress commit before closing
        if running.shell.window.attached:
            running.shell.window.garbage.release()
        _close(running.operations.store, clock)
    window.deleteLater()  # with its dialogs, while the application they need is still there
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    instance.release()
    return code
