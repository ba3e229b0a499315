"""Lists at a million activities: how long the window freezes while the rep opens the list,
drags to its end, sorts it, searches it and saves an activity.

A timer ticks on the GUI thread every 2 ms; the longest gap between two ticks is the longest
the window could not answer the rep (a stall). The floor is the same timer on an idle window
in the same run. The work itself runs on workers, so its wall time is printed beside the
stall: how long the rep waits for the answer, with the window alive meanwhile.
"""

import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.data import TODAY
from salescoach.core.clock import Clock
from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.records import ActivityFields
from salescoach.store import Store
from salescoach.store.records.activities import save_activity
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import ChangeBus, Database, Operations, write_queue

TARGET_MS = 50
TICK_MS = 2


class Heartbeat:
    """The longest gap between two ticks of a GUI-thread timer since `reset`."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer(interval=TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0
        self.clock.start()
        self.timer.start()

    def reset(self) -> None:
        self.clock.restart()
        self.longest = 0

    def _tick(self) -> None:
        self.longest = max(self.longest, self.clock.restart())


def _until(done: Callable[[], bool], timeout_s: float = 120) -> float:
    """Run the event loop until `done()`; the wall time it took."""
    started = time.perf_counter()
    loop = QEventLoop()
    while not done() and time.perf_counter() - started < timeout_s:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
    return time.perf_counter() - started


def run(path: Path) -> int:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    store = Store.open(path)
    bus = ChangeBus()
    operations = Operations(Database(store), bus, QThreadPool(), write_queue())
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "bench.ini"), QSettings.Format.IniFormat)
    window = MainWindow(operations, bus, settings, Clock.pinned(TODAY))
    window.resize(1280, 760)
    window.show()
    heart = Heartbeat()
    _until(lambda: False, 0.5)
    heart.reset()
    _until(lambda: False, 1.0)
    floor = heart.longest

    model, table = window.activities.model, window.activities.table

    def shown(row: int) -> Callable[[], bool]:
        return lambda: not model.loading and model.row(row) is not None

    def last_row_shown() -> bool:
        return not model.loading and model.rowCount() > 0 and shown(model.rowCount() - 1)()

    def measure(name: str, act: Callable[[], None], done: Callable[[], bool]) -> int:
        heart.reset()
        act()
        wall = _until(done)
        print(
            f"  {name:<28} window frozen at most {heart.longest:4d} ms "
            f"(idle floor {floor} ms, target {TARGET_MS} ms) | answer after {wall * 1000:6.0f} ms"
        )
        return int(heart.longest > TARGET_MS)

    def save_one() -> None:
        fields = ActivityFields(
            ActivityKind.CALL, ActivityStatus.DONE, datetime(2026, 11, 23, 9), contact_id=1
        )
        operations.mutate(None, lambda session: save_activity(session, fields))

    counted: list[int] = []
    model.counted.connect(counted.append)
    print(f"lists on {path.name}:")
    missed = measure(
        "open Activities", lambda: window.show_page(window.activities), lambda: bool(counted)
    )
    missed += measure("drag to the end", table.scrollToBottom, last_row_shown)
    counted.clear()
    missed += measure(
        "sort by company",
        lambda: table.sortByColumn(3, Qt.SortOrder.AscendingOrder),
        lambda: bool(counted),
    )
    counted.clear()
    window.search.setText("contact 1234")
    missed += measure("search", window._apply_search, lambda: bool(counted))
    counted.clear()
    window.search.setText("")
    window._apply_search()
    _until(lambda: bool(counted))
    counted.clear()
    missed += measure("save an activity", save_one, lambda: bool(counted))
    operations.drain()
    window.garbage.release()
    window.close()
    store.close()
    return missed
