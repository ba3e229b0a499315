"""Garbage is collected on the GUI thread, never while a background job runs."""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QRunnable, QThreadPool

from salescoach.ui.garbage import RETRY_MS, GarbageCollector


class Blocked(QRunnable):
    def __init__(self, gate: threading.Event) -> None:
        super().__init__()
        self.gate = gate

    def run(self) -> None:
        self.gate.wait(10)


@contextmanager
def generations_walked() -> Iterator[list[int]]:
    """The generation of each collection that starts meanwhile."""
    walked: list[int] = []

    def record(phase: str, info: dict) -> None:
        if phase == "start":
            walked.append(info["generation"])

    gc.callbacks.append(record)
    try:
        yield walked
    finally:
        gc.callbacks.remove(record)


def test_collection_waits_for_an_idle_pool_and_runs_on_this_thread(qtbot):
    collections: list[str] = []

    def record(phase: str, _info: dict) -> None:
        if phase == "start":
            collections.append(threading.current_thread().name)

    pool, gate = QThreadPool(), threading.Event()
    collector = GarbageCollector(pool)
    gc.callbacks.append(record)
    try:
        assert not gc.isenabled()
        collector.collect()  # the first pass: the lasting objects set aside, nothing walked
        assert collections == []
        pool.start(Blocked(gate))
        qtbot.waitUntil(lambda: pool.activeThreadCount() == 1)
        collector.collect()
        assert collections == []
        assert collector.timer.interval() == RETRY_MS and collector.timer.isActive()
        gate.set()
        qtbot.waitUntil(lambda: collections != [], timeout=5000)
        assert set(collections) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(record)
        collector.release()
    assert gc.isenabled()


def test_the_first_collection_sets_the_lasting_objects_aside_and_later_cycles_still_go(qtbot):
    import weakref

    class Node:
        pass

    collector = GarbageCollector(QThreadPool())
    try:
        with generations_walked() as walked:
            collector.timer.timeout.emit()  # the timer's first pass
            assert walked == []  # nothing walked: the start-up's objects are many, garbage few
            assert gc.get_freeze_count() > 0  # what was alive then is never walked again
            cycle = Node()
            cycle.me = cycle  # type: ignore[attr-defined]
            gone = weakref.ref(cycle)
            del cycle
            assert gone() is not None  # automatic collection stays off
            collector.timer.timeout.emit()
            assert gone() is None  # a later cycle is still collected, on this thread
            assert walked == [2]  # a full collection, over what came after
    finally:
        collector.release()
    assert gc.get_freeze_count() == 0 and gc.isenabled()


def test_the_window_collects_while_no_chart_is_being_drawn(qtbot, threaded_window):
    """A chart drawn on its own thread is a job like the others: no collection meanwhile."""
    operations, collector = threaded_window.operations, threaded_window.garbage
    qtbot.waitUntil(operations.idle, timeout=15000)
    gate = threading.Event()
    operations.draw(None, lambda _progress: gate.wait(10), lambda _done: None)
    qtbot.waitUntil(lambda: not operations.idle(), timeout=5000)
    with generations_walked() as walked:
        collector.collect()
        assert walked == [] and collector.timer.interval() == RETRY_MS
        gate.set()
        qtbot.waitUntil(operations.idle, timeout=5000)
