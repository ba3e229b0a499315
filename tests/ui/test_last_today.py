"""The Today kept at close and shown at the next start while the database opens: shown only
for the very file, day and language it was kept for, the file unchanged since, and read
back without letting the cache run anything."""

import os
import pickle
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QProgressBar, QTreeWidget

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.today import TodayFigures
from salescoach.reports.today import figures_ahead
from salescoach.store import Store
from salescoach.ui import last_today
from salescoach.ui.machine_settings import WINDOW_PAGE
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import Database, Operations
from salescoach.ui.views.today_board import TodayBoard
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.ui.conftest import ImmediatePool

NOW = datetime(2026, 11, 25, 10, 30)  # a Wednesday morning
DAY = NOW.date()


@pytest.fixture
def now() -> datetime:
    return NOW


def _busy_day(session) -> None:
    """Overdue calls (one on a deal), a visit this afternoon, calls done for months: every
    part of Today has something to show, the coach a tip (promises not kept)."""
    marie = add_contact(session, "Marie Dupont")
    deal = add_opportunity(
        session, marie, (Stage.SUSPECT, NOW - timedelta(days=40)), title="Four à pain"
    )
    add_activity(
        session, marie, ActivityKind.CALL, ActivityStatus.PLANNED, NOW - timedelta(days=2), deal
    )
    for number in range(1, 6):
        late = add_contact(session, f"Client {number}")
        add_activity(
            session, late, ActivityKind.CALL, ActivityStatus.PLANNED, NOW - timedelta(days=number)
        )
    luca = add_contact(session, "Luca Bianchi", company="Albergo Bianchi")
    add_activity(session, luca, ActivityKind.VISIT, ActivityStatus.PLANNED, NOW.replace(hour=15))
    for months in range(3, 9):
        add_activity(
            session,
            luca,
            ActivityKind.CALL,
            ActivityStatus.DONE,
            NOW - timedelta(days=30 * months),
        )


@pytest.fixture
def ahead(db_path: Path) -> dict[date, TodayFigures]:
    """The busy day's Today and the next working day's, kept as the window keeps them: once
    the file is closed."""
    with Store.open(db_path) as store:
        store.apply(_busy_day)
        with store.reader() as session:
            figures = figures_ahead(session, DAY, "en")
    last_today.keep(db_path, figures, "en")
    return figures


@pytest.fixture
def kept(ahead) -> TodayFigures:
    return ahead[DAY]


def test_the_today_kept_is_found_as_it_was_for_the_same_file_day_and_language(db_path, ahead):
    kept = ahead[DAY]
    assert kept.agenda.overdue and kept.agenda.appointments and kept.top_tip is not None
    assert last_today.kept(db_path, DAY, "en") == kept
    assert last_today.kept(db_path, DAY, "fr") is None  # the tip is in English


def test_the_next_morning_finds_its_own_today_kept_the_evening_before(db_path, ahead):
    """Closed on Wednesday, the window kept Thursday's Today too: the same overdue calls
    plus the visit it missed, from the same file."""
    thursday = DAY + timedelta(days=1)
    assert set(ahead) == {DAY, thursday}
    assert last_today.kept(db_path, thursday, "en") == ahead[thursday]
    assert len(ahead[thursday].agenda.overdue) == len(ahead[DAY].agenda.overdue) + 1
    assert last_today.kept(db_path, DAY + timedelta(days=2), "en") is None  # not kept
    other = db_path.with_name("other.sqlite3")
    other.write_bytes(db_path.read_bytes())
    assert last_today.kept(other, DAY, "en") is None


def test_a_file_written_since_is_read_live(db_path, kept):
    with Store.open(db_path) as store:
        store.apply(lambda session: add_contact(session, "Anna Rossi"))
    assert last_today.kept(db_path, DAY, "en") is None


def test_a_file_open_elsewhere_with_unfolded_changes_is_read_live(db_path, kept):
    """Another program holds changes in the write-ahead log, not yet in the file."""
    store = Store.open(db_path)
    try:
        store.apply(lambda session: add_contact(session, "Anna Rossi"))
        assert db_path.with_name(db_path.name + "-wal").exists()
        assert last_today.kept(db_path, DAY, "en") is None
    finally:
        store.close()


def test_forgotten_it_is_gone(db_path, kept):
    last_today.forget(db_path)
    assert last_today.kept(db_path, DAY, "en") is None


def test_a_cache_file_that_would_run_something_is_not_run(db_path, kept, tmp_path):
    """Only the core's classes, dates and times are read back: a crafted file that asks for
    any other callable is refused before it is called."""
    marker = tmp_path / "ran"

    class Crafted:
        def __reduce__(self):
            return (Path.touch, (marker,))

    (place,) = Path(os.environ["XDG_CACHE_HOME"]).rglob("*.pickle")
    state = pickle.loads(place.read_bytes())
    crafted = (*state[:5], Crafted())
    place.write_bytes(pickle.dumps(crafted))
    assert last_today.kept(db_path, DAY, "en") is None
    assert not marker.exists()


def _texts(board: TodayBoard) -> list[str]:
    """What the rep reads on the board: labels, bars, every line of the lists."""
    texts = [label.text() for label in board.findChildren(QLabel) if label.isVisibleTo(board)]
    texts += [bar.text() for bar in board.findChildren(QProgressBar)]
    for agenda in board.findChildren(QTreeWidget):
        for row in range(agenda.topLevelItemCount()):
            item = agenda.topLevelItem(row)
            texts += [item.text(column) for column in range(item.columnCount())]
    return texts


def test_the_kept_today_reads_as_the_live_page_that_takes_its_place(
    qtbot, db_path, kept, bus, settings, clock
):
    """Shown in place of "Opening your database…", the kept Today says what the page says
    once it has read the file, and is gone once the page is there."""
    settings.setValue(WINDOW_PAGE, "todayPage")
    window = MainWindow(None, None, settings, clock)
    qtbot.addWidget(window)
    window.show()
    window.show_last_today(kept)
    shown = window.stack.currentWidget()
    assert isinstance(shown, TodayBoard)
    before = _texts(shown)
    assert any("Marie Dupont" in text for text in before)
    assert window.count_label.text() == "6 overdue · 1 due today"
    store = Store.open(db_path)
    operations = Operations(Database(store), bus, ImmediatePool(), ImmediatePool(), ImmediatePool())
    try:
        with qtbot.waitSignal(window.completed, timeout=5000):
            window.fill(operations, bus)
        assert window.current_page() is window.today
        assert _texts(window.today.board) == before
        assert window.findChildren(TodayBoard) == [window.today.board]
    finally:
        operations.drain(5000)
        window.garbage.release()
        store.close()


def test_figures_kept_by_another_shape_of_the_app_are_not_read(db_path, kept, monkeypatch):
    """The kept format names every class the figures are made of, down to each field: an
    app whose classes changed since reads live rather than mistake one field for another."""
    shape = "\n".join(last_today._shape(TodayFigures, set()))
    for part in ("AgendaItem(id: <class 'int'>", "Action(kind:", "WeekGoal(calls:"):
        assert part in shape
    monkeypatch.setattr(last_today, "FORMAT", "an older app")
    assert last_today.kept(db_path, DAY, "en") is None
