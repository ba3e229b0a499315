"""Store operations that run off the GUI thread and announce what they changed.

A dialog that saves a call calls `operations.mutate(...)` with the kinds of data it
changes; when the write has committed, `ChangeBus.changed` is emitted and every page that
shows such data refreshes itself. No widget calls another widget's refresh method.
"""

from collections.abc import Callable
from contextlib import suppress
from enum import Flag, auto
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from salescoach.store import Store
from salescoach.ui.errors import show_failure

T = TypeVar("T")


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


class Change(Flag):
    NONE = 0
    CONTACTS = auto()
    OPPORTUNITIES = auto()
    ACTIVITIES = auto()
    SETTINGS = auto()
    ALL = CONTACTS | OPPORTUNITIES | ACTIVITIES | SETTINGS


class ChangeBus(QObject):
    """Broadcasts what kind of data a finished operation changed."""

    changed = Signal(object)  # Change


class _Signals(QObject):
    """Emitted from the worker thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(float)


class _Relay(QObject):
    """Lives on the GUI thread; its slots receive the worker's signals queued."""

    def __init__(
        self,
        owner: "Operations",
        on_finished: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_progress: Callable[[float], None] | None,
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
    def __init__(self, work: Callable[[Callable[[float], None]], Any], signals: _Signals) -> None:
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


class Operations(QObject):
    """Runs store work on a thread pool and routes results, errors and change notices."""

    busy_changed = Signal(bool)

    def __init__(self, store: Store, bus: ChangeBus, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.store = store
        self.bus = bus
        self.pool = pool or QThreadPool.globalInstance()
        self._running: dict[_Relay, bool] = {}  # job -> announced

    def mutate(
        self,
        parent: QWidget | None,
        work: Callable[[Session], T],
        changes: Change,
        on_done: Callable[[T], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run `work` in one transaction; on success call back, then broadcast `changes`."""

        def job(_progress: Callable[[float], None]) -> T:
            with self.store.session() as session:
                return work(session)

        self.run(parent, job, changes, on_done, on_failed=on_failed)

    def query(
        self, parent: QWidget | None, work: Callable[[Session], T], on_done: Callable[[T], None]
    ) -> None:
        """Read-only twin of `mutate`: nothing is committed and nothing is broadcast."""

        def job(_progress: Callable[[float], None]) -> T:
            with self.store.reader() as session:
                return work(session)

        self.run(parent, job, Change.NONE, on_done, announce=False)

    def run(
        self,
        parent: QWidget | None,
        work: Callable[[Callable[[float], None]], T],
        changes: Change = Change.NONE,
        on_done: Callable[[T], None] | None = None,
        on_progress: Callable[[float], None] | None = None,
        on_failed: Callable[[BaseException], None] | None = None,
        announce: bool = True,
    ) -> None:
        """The general form: `work(progress)` runs on the pool; the rest on the GUI thread.

        Announced jobs (writes, imports) drive `busy_changed`; quiet reads do not."""
        relay: _Relay

        def finished(result: T) -> None:
            self._forget(relay)
            if on_done is not None:
                on_done(result)
            if changes:
                self.bus.changed.emit(changes)

        def failed(error: BaseException) -> None:
            self._forget(relay)
            if on_failed is not None:
                on_failed(error)
            show_failure(parent, error)

        relay = _Relay(self, finished, failed, on_progress)
        self._running[relay] = announce
        if announce:
            self.busy_changed.emit(True)
        self.pool.start(_Job(work, relay.signals))

    def _forget(self, relay: _Relay) -> None:
        announced = self._running.pop(relay, False)
        relay.deleteLater()
        if announced and not any(self._running.values()):
            self.busy_changed.emit(False)
