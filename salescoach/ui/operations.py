"""Store work that runs off the GUI thread and announces what it changed.

A dialog that saves a call hands `operations.mutate` a function of a session. The write runs
on the write queue (one at a time, in the order asked); the store reports which kinds of
data it changed; the bus broadcasts them so every page showing such data refreshes itself;
then the caller's callback runs (it can select the saved row in the refreshed list). Reads
run on a pool of their own. A result is dropped when the widget that asked is gone, and a
caller's failure handler replaces the default error dialog (Anki's operations).
"""

from collections.abc import Callable
from contextlib import suppress
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy.orm import Session

from salescoach.store import Store
from salescoach.store.session.changes import UNKNOWN, Applied, Change, Touched
from salescoach.ui.errors import show_failure

T = TypeVar("T")
Progress = Callable[[float], None]


class Pool(Protocol):
    """What operations need of a thread pool (tests hand in one that runs jobs at once)."""

    def start(self, runnable: QRunnable) -> None: ...

    def activeThreadCount(self) -> int: ...

    def waitForDone(self, msecs: int = -1) -> bool: ...


class NewestOnly:
    """Wraps answer callbacks so that only the most recently asked one runs.

    A page that asks again before the previous answer arrived (the rep changed the period,
    a save came in) must not be overwritten by the older, stale answer."""

    def __init__(self) -> None:
        self._asked = 0

    def __call__(self, callback: Callable[..., None]) -> Callable[..., None]:
        self._asked += 1
        ticket = self._asked

        def answer(*args: Any) -> None:
            if ticket == self._asked:
                callback(*args)

        return answer


class ChangeBus(QObject):
    """Broadcasts what kind of data a finished write changed."""

    changed = Signal(object)  # Change
    #: The same news with the rows written where known (Change, Touched), for the lists:
    #: they put a saved row in place instead of reading every id again.
    written = Signal(object, object)

    def __init__(self) -> None:
        super().__init__()
        #: How many writes were announced: an answer read before the last one may be stale.
        self.announced = 0

    def announce(self, change: Change, touched: Touched = UNKNOWN) -> None:
        self.announced += 1
        self.written.emit(change, touched)
        self.changed.emit(change)


class Database(QObject):
    """The one owner of the open database: operations ask it for the store each time, so
    another file can be opened (a demo, a restore) without restarting the app."""

    switched = Signal()

    def __init__(self, store: Store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store

    def replace(self, store: Store) -> Store:
        """Work on `store` from now on, with the clock the app gave the old one."""
        store.clock = self.store.clock
        old, self.store = self.store, store
        self.switched.emit()
        return old


class _Signals(QObject):
    """Emitted from the worker thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)


class _Relay(QObject):
    """Lives on the GUI thread; its slots receive the worker's signals queued."""

    def __init__(
        self,
        owner: QObject,
        on_finished: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Progress | None,
    ) -> None:
        super().__init__(owner)
        self._on_finished = on_finished
        self._on_failed = on_failed
        self._on_progress = on_progress
        self.signals = _Signals()
        self.signals.finished.connect(self.finish)
        self.signals.failed.connect(self.fail)
        self.signals.progressed.connect(self.progress)

    @Slot(object)
    def finish(self, result: object) -> None:
        self._on_finished(result)

    @Slot(object)
    def fail(self, error: BaseException) -> None:
        self._on_failed(error)

    @Slot(float)
    def progress(self, fraction: float) -> None:
        if self._on_progress is not None:
            self._on_progress(fraction)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(self.signals.progressed.emit)
        except BaseException as error:  # handed to the GUI thread, which decides
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        with suppress(RuntimeError):  # the application quit while this job ran: nobody to tell
            signal.emit(value)


def alive(widget: QObject | None) -> bool:
    return widget is not None and shiboken6.isValid(widget)


def still_asked(parent: QObject | None) -> bool:
    """Whether an answer still has someone to go to: no widget asked, or it still exists."""
    return parent is None or shiboken6.isValid(parent)


def one_at_a_time() -> QThreadPool:
    """One thread: its jobs run one at a time, in the order they were asked (the writes
    commit so; the charts are drawn so, on a queue of their own)."""
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    pool.setExpiryTimeout(-1)
    return pool


class Operations(QObject):
    """Runs store work off the GUI thread and routes results, errors and change notices."""

    busy_changed = Signal(bool)
    #: A write changed the rep's data: (what to call it in Undo, or None; its journal, or
    #: None when it cannot be taken back). The undo stack listens.
    wrote = Signal(object, object)

    def __init__(
        self,
        database: Database,
        bus: ChangeBus,
        reads: Pool | None = None,
        writes: Pool | None = None,
        draws: Pool | None = None,
    ) -> None:
        super().__init__()
        self.database = database
        self.bus = bus
        self.reads: Pool = reads or QThreadPool.globalInstance()
        self.writes: Pool = writes or one_at_a_time()
        self.draws: Pool = draws or one_at_a_time()
        self._writing = 0

    @property
    def store(self) -> Store:
        return self.database.store

    @property
    def pools(self) -> tuple[Pool, ...]:
        """Every thread pool its jobs run on: the readers, the write queue, the drawing one."""
        return self.reads, self.writes, self.draws

    def idle(self) -> bool:
        return not any(pool.activeThreadCount() for pool in self.pools)

    def drain(self, msecs: int = -1) -> None:
        """Wait for every queued job (at shutdown, before another database is opened)."""
        self.writes.waitForDone(msecs)
        self.reads.waitForDone(msecs)
        self.draws.waitForDone(msecs)

    # -- writes ----------------------------------------------------------------------------
    def mutate(
        self,
        parent: QObject | None,
        work: Callable[[Session], T],
        on_done: Callable[[T], object] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        undo: str | None = None,
    ) -> None:
        """Run `work` in one transaction; broadcast what it changed, then call back. With an
        `undo` label the write can be taken back (Edit ▸ Undo names it so)."""
        store = self.database.store  # the database open when asked, not when run
        journal = undo is not None
        self.write(
            parent,
            lambda _progress: store.apply(work, journal=journal),
            on_done,
            on_failed=on_failed,
            label=undo,
        )

    def write(
        self,
        parent: QObject | None,
        work: Callable[[Progress], Applied[T]],
        on_done: Callable[[T], object] | None = None,
        on_progress: Progress | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        label: str | None = None,
        history: bool = True,
    ) -> None:
        """The general form of a write (imports, demo data): `work(progress)` runs on the
        write queue and returns its result with the changes the store reported. A write
        that changes data is announced to the undo stack, unless it is the stack's own
        (`history` False)."""

        def finished(applied: Applied[T]) -> None:
            if history and applied.changes & ~Change.SETTINGS:
                self.wrote.emit(label, applied.journal)
            if applied.changes:
                self.bus.announce(applied.changes, applied.touched)
            if on_done is not None and still_asked(parent):
                on_done(applied.result)

        self._writing += 1
        if self._writing == 1:
            self.busy_changed.emit(True)
        self._start(self.writes, parent, work, finished, on_progress, on_failed, self._written)

    def _written(self) -> None:
        self._writing -= 1
        if not self._writing:
            self.busy_changed.emit(False)

    def switch(
        self,
        parent: QObject | None,
        open_store: Callable[[], Store],
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Open another database (on the write queue, after the writes asked before it),
        close the old one and refresh every page. A read still running on the old one ends
        on its own connection, and its answer loses to the newer ones the refresh asks for."""

        def opened(store: Store) -> None:
            self.database.replace(store).close()
            self.bus.announce(Change.ALL)
            if on_done is not None:
                on_done()

        self._writing += 1
        if self._writing == 1:
            self.busy_changed.emit(True)
        self._start(
            self.writes, parent, lambda _progress: open_store(), opened, None, None, self._written
        )

    # -- reads -----------------------------------------------------------------------------
    def query(
        self,
        parent: QObject | None,
        work: Callable[[Session], T],
        on_done: Callable[[T], object],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Read-only twin of `mutate`: nothing is committed and nothing is broadcast."""
        store = self.database.store

        def job(_progress: Progress) -> T:
            with store.reader() as session:
                return work(session)

        self.read(parent, job, on_done, on_failed)

    def read(
        self,
        parent: QObject | None,
        work: Callable[[Progress], T],
        on_done: Callable[[T], object],
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        """Background work on the read pool that changes none of the rep's data: a query, a
        backup or an export written to another file, the team's figures read from the server
        (a chart's picture goes to `draw`). Whatever changes the database (a sync included)
        goes through `write`, on the write queue, so the pages and Undo hear of it."""
        self._ask(self.reads, parent, work, on_done, on_failed, on_progress)

    def draw(
        self,
        parent: QObject | None,
        work: Callable[[Progress], T],
        on_done: Callable[[T], object],
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Work with matplotlib (its import, a chart's picture) on a thread of its own, one
        job at a time: its renderer draws one figure at a time anyway, and a chart waiting
        for matplotlib's import would otherwise hold one of the two readers' threads while
        the page's queries wait for it."""
        self._ask(self.draws, parent, work, on_done, on_failed)

    # -- plumbing --------------------------------------------------------------------------
    def _ask(
        self,
        pool: Pool,
        parent: QObject | None,
        work: Callable[[Progress], T],
        on_done: Callable[[T], object],
        on_failed: Callable[[BaseException], None] | None = None,
        on_progress: Progress | None = None,
    ) -> None:
        """Work that writes nothing, answered while `parent` still exists."""

        def finished(result: T) -> None:
            if still_asked(parent):
                on_done(result)

        self._start(pool, parent, work, finished, on_progress, on_failed, None)

    def _start(
        self,
        pool: Pool,
        parent: QObject | None,
        work: Callable[[Progress], Any],
        finished: Callable[[Any], None],
        on_progress: Progress | None,
        on_failed: Callable[[BaseException], None] | None,
        settled: Callable[[], None] | None,
    ) -> None:
        relay: _Relay

        def done(result: Any) -> None:
            self._settle(relay, settled)
            finished(result)

        def failed(error: BaseException) -> None:
            self._settle(relay, settled)
            if on_failed is not None and still_asked(parent):
                on_failed(error)
            else:
                shown_on = parent if alive(parent) and isinstance(parent, QWidget) else None
                show_failure(shown_on or QApplication.activeWindow(), error)

        def progressed(fraction: float) -> None:
            if on_progress is not None and still_asked(parent):
                on_progress(fraction)

        relay = _Relay(self, done, failed, progressed)
        pool.start(_Job(work, relay.signals))

    @staticmethod
    def _settle(relay: _Relay, settled: Callable[[], None] | None) -> None:
        relay.deleteLater()
        if settled is not None:
            settled()
