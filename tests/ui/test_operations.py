"""Background operations on real thread pools: writes one at a time in the order asked,
the broadcast before the caller's callback, answers dropped for widgets that are gone, and
a caller's failure handler instead of the default dialog."""

import threading
import time

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from salescoach.core.errors import InvalidInput
from salescoach.core.records import ContactFields
from salescoach.store.records.contacts import save_contact
from salescoach.store.session.changes import Change
from salescoach.ui.operations import ChangeBus, Database, Operations, one_at_a_time


@pytest.fixture
def threaded(store, qtbot):
    operations = Operations(Database(store), ChangeBus(), QThreadPool(), one_at_a_time())
    yield operations
    operations.drain(5000)


def test_writes_commit_one_at_a_time_in_the_order_asked(qtbot, threaded):
    done: list[int] = []
    for number, pause in enumerate((0.15, 0.0, 0.05, 0.0)):

        def work(session, number=number, pause=pause):
            time.sleep(pause)
            return save_contact(session, ContactFields(f"Contact {number}"))

        threaded.mutate(None, work, lambda _id, number=number: done.append(number))
    qtbot.waitUntil(lambda: len(done) == 4, timeout=10000)
    assert done == [0, 1, 2, 3]


def test_pages_hear_of_a_change_before_the_caller_is_called_back(qtbot, threaded):
    heard: list[str] = []
    threaded.bus.changed.connect(lambda change: heard.append(f"broadcast {change.name}"))
    threaded.mutate(
        None,
        lambda session: save_contact(session, ContactFields("Marie")),
        lambda _id: heard.append("callback"),
    )
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=5000)
    assert heard == [f"broadcast {Change.CONTACTS.name}", "callback"]


def test_an_answer_for_a_widget_that_is_gone_is_dropped(qtbot, threaded):
    asked = QWidget()
    answers: list[object] = []

    def slow(_session):
        time.sleep(0.2)
        return 42

    threaded.query(asked, slow, answers.append)
    asked.deleteLater()
    QApplication.processEvents()
    qtbot.waitUntil(threaded.idle, timeout=5000)  # the answer came back...
    QApplication.processEvents()  # ... and was delivered, to no one
    assert answers == []
    threaded.mutate(asked, lambda session: save_contact(session, ContactFields("Saved")))
    qtbot.waitUntil(lambda: not threaded.store.is_empty(), timeout=5000)  # written all the same


def test_a_failure_handler_replaces_the_default_dialog(qtbot, threaded):
    parent = QWidget()
    qtbot.addWidget(parent)
    failures: list[BaseException] = []

    def refused(_session):
        raise InvalidInput("contact_gone")

    threaded.mutate(parent, refused, on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert str(failures[0]) == "That contact no longer exists."
    assert parent.findChild(QMessageBox, "problemBox") is None
    threaded.mutate(parent, refused)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "problemBox") is not None, timeout=5000)


def test_busy_is_said_while_writes_run(qtbot, threaded):
    states: list[bool] = []
    threaded.busy_changed.connect(states.append)
    threaded.mutate(None, lambda session: time.sleep(0.05))
    threaded.mutate(None, lambda session: time.sleep(0.05))
    qtbot.waitUntil(lambda: states[-1:] == [False], timeout=5000)
    assert states == [True, False]


def test_a_chart_waiting_for_matplotlib_holds_up_no_query(qtbot, threaded):
    """Charts are drawn on a thread of their own: one waiting (for matplotlib's import, on
    a worker) leaves every reader's thread to the page's queries."""
    threaded.reads.setMaxThreadCount(1)
    importing = threading.Event()
    drawn: list[str] = []
    threaded.draw(None, lambda _progress: importing.wait(10), lambda _ok: drawn.append("import"))
    threaded.draw(None, lambda _progress: "chart", drawn.append)
    answered: list[int] = []
    threaded.query(None, lambda _session: 42, answered.append)
    qtbot.waitUntil(lambda: answered == [42], timeout=5000)
    assert drawn == [] and not threaded.idle()  # the drawing still waits, and is counted
    importing.set()
    qtbot.waitUntil(lambda: drawn == ["import", "chart"], timeout=5000)  # one at a time
    qtbot.waitUntil(threaded.idle, timeout=5000)
