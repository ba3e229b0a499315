"""Cyclic garbage is collected on the GUI thread, while no background job runs.

Left automatic, Python's collector runs in whichever thread happens to be allocating: a
worker drawing a chart could then free a widget from an old dialog, which Qt allows only on
the GUI thread, and crash. As Anki does, SalesCoach turns automatic collection off and
collects from a timer on the GUI thread, at a moment when the thread pool is idle.
"""

import gc

from PySide6.QtCore import QObject, QTimer

from salescoach.ui.operations import Pool

INTERVAL_MS = 10_000
RETRY_MS = 500


class GarbageCollector(QObject):
    def __init__(self, *pools: Pool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pools = pools
        self.timer = QTimer(self, singleShot=True, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        gc.disable()
        self.timer.start()

    def collect(self) -> None:
        if any(pool.activeThreadCount() for pool in self.pools):
            self.timer.start(RETRY_MS)  # a job is running: soon, not now
            return
        gc.collect()
        self.timer.start(INTERVAL_MS)

    def release(self) -> None:
        """Collect now and hand collection back to Python (at shutdown, in tests)."""
        self.timer.stop()
        for pool in self.pools:
            pool.waitForDone()
        gc.collect()
        gc.enable()
