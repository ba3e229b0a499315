"""Cyclic garbage is collected on the GUI thread, while no background job runs.

Left automatic, Python's collector runs in whichever thread happens to be allocating: a
worker drawing a chart could then free a widget from an old dialog, which Qt allows only on
the GUI thread, and crash. As Anki does, SalesCoach turns automatic collection off and
collects from a timer on the GUI thread, at a moment when the thread pool is idle.

The process starts with collection off (`salescoach.cli.run`): the collector's passes over
the start-up's imports and pages cost 40 ms before the first page was filled, for about
1,700 garbage objects among 150,000. So the first pass, once the window is up, walks
nothing: it sets aside (`gc.freeze`) what is alive by then, the app's lasting objects and
that little start-up garbage, which a walk would take 40 ms to find. Later collections are
full but walk only what came after; a cycle among the objects set aside is kept rather than
freed (never unsafe).
"""

import gc

from PySide6.QtCore import QObject, QTimer

from salescoach.ui.operations import Pool

INTERVAL_MS = 10_000
RETRY_MS = 500
#: The first collection (the one that sets the lasting objects aside) comes early, while
#: the rep is still looking at the first screen.
FIRST_MS = 2_000


class GarbageCollector(QObject):
    def __init__(self, *pools: Pool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pools = pools
        self.timer = QTimer(self, singleShot=True, interval=INTERVAL_MS)
        self.timer.timeout.connect(self.collect)
        gc.disable()
        self.timer.start(FIRST_MS)

    def collect(self) -> None:
        if any(pool.activeThreadCount() for pool in self.pools):
            self.timer.start(RETRY_MS)  # a job is running: soon, not now
            return
        if gc.get_freeze_count():
            gc.collect()
        else:
            gc.freeze()
        self.timer.start(INTERVAL_MS)

    def release(self) -> None:
        """Collect now and hand collection back to Python (at shutdown, in tests)."""
        self.timer.stop()
        for pool in self.pools:
            pool.waitForDone()
        gc.unfreeze()
        gc.collect()
        gc.enable()
