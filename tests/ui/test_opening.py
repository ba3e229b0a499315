"""A database the window cannot open as it is: one sentence, on stderr too, and the choices
that make sense for it."""

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from salescoach.core.clock import Clock
from salescoach.core.rotation import KeepPolicy
from salescoach.store import Store
from salescoach.store.safety.backup import backup_folder, list_backups, take_backup
from salescoach.ui.opening import open_database
from tests.helpers import add_contact

CLOCK = Clock.pinned(None)


def answering(choice: str, seen: list[list[str]]) -> None:
    """Click `choice` on the question about to open, noting the choices it offered."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append([b.objectName() for b in box.findChildren(QPushButton)])
        box.findChild(QPushButton, f"choice_{choice}").click()

    QTimer.singleShot(0, click)


def test_a_mistyped_path_is_created_only_when_the_rep_says_so(qtbot, tmp_path, capsys):
    path = tmp_path / "typo.sqlite3"
    seen: list[list[str]] = []
    answering("quit", seen)
    assert open_database(str(path), False, CLOCK) is None
    assert not path.exists()
    assert seen == [["choice_create", "choice_other", "choice_quit"]]
    assert "There is no database at" in capsys.readouterr().err
    answering("create", seen)
    store = open_database(str(path), False, CLOCK)
    assert store is not None and path.exists()
    store.close()


def test_the_default_database_is_created_on_first_start(qtbot, tmp_path):
    store = open_database(str(tmp_path / "first.sqlite3"), True, CLOCK)
    assert store is not None and store.is_empty()
    store.close()


def test_a_text_file_offers_another_file_or_quit(qtbot, tmp_path, capsys, monkeypatch):
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("my notes")
    good = tmp_path / "good.sqlite3"
    Store.open(good, create=True).close()
    monkeypatch.setattr(
        "salescoach.ui.opening.QFileDialog.getOpenFileName", lambda *a, **k: (str(good), "")
    )
    seen: list[list[str]] = []
    answering("other", seen)
    store = open_database(str(junk), False, CLOCK)
    assert store is not None and store.file == good
    assert seen == [["choice_other", "choice_quit"]]
    assert capsys.readouterr().err == "salescoach: That file is not a SalesCoach database.\n"
    assert junk.read_text() == "my notes"
    store.close()


def damage(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for page in range(2, min(8, len(data) // 4096)):
        data[page * 4096 : page * 4096 + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_restored_from_its_latest_backup(qtbot, tmp_path):
    path = tmp_path / "mine.sqlite3"
    with Store.open(path, create=True) as store, store.session() as session:
        for n in range(40):
            add_contact(session, f"Customer {n}", notes="n" * 500)
    take_backup(path, CLOCK.now(), KeepPolicy())
    damage(path)
    seen: list[list[str]] = []
    answering("restore", seen)
    store = open_database(str(path), False, CLOCK)
    assert seen[0][:2] == ["choice_restore", "choice_read_only"]
    assert store is not None and not store.read_only
    assert store.integrity_problems() == []
    with store.reader() as session:
        from sqlalchemy import func, select

        from salescoach.store.models import Contact

        assert session.scalar(select(func.count()).select_from(Contact)) == 40
    store.close()
    assert list(backup_folder(path).glob("mine-damaged-*.sqlite3"))  # set aside, not lost
    assert list_backups(path)


@pytest.mark.parametrize("choice", ["read_only"])
def test_a_damaged_database_can_be_looked_at_read_only(qtbot, tmp_path, choice):
    path = tmp_path / "mine.sqlite3"
    with Store.open(path, create=True) as store, store.session() as session:
        for n in range(40):
            add_contact(session, f"Customer {n}", notes="n" * 500)
    damage(path)
    before = path.read_bytes()
    seen: list[list[str]] = []
    answering(choice, seen)
    store = open_database(str(path), False, CLOCK)
    assert store is not None and store.read_only
    store.close()
    assert path.read_bytes() == before


def answering_in_turn(choices: list[str], seen: list[list[str]]) -> QTimer:
    """Click each choice on the next question about opening, one question each, until the
    timer returned is stopped."""
    answered: list[QMessageBox] = []
    timer = QTimer(interval=20)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != "openProblem":
            return
        if box in answered or len(answered) == len(choices):
            return
        answered.append(box)
        seen.append([b.objectName() for b in box.findChildren(QPushButton)])
        box.findChild(QPushButton, f"choice_{choices[len(answered) - 1]}").click()

    timer.timeout.connect(click)
    timer.start()
    return timer


def test_a_failed_restore_at_start_does_what_the_rep_answers(qtbot, tmp_path):
    path = tmp_path / "mine.sqlite3"
    with Store.open(path, create=True) as store, store.session() as session:
        for n in range(40):
            add_contact(session, f"Customer {n}", notes="n" * 500)
    made = take_backup(path, CLOCK.now(), KeepPolicy())
    damage(path)
    damage(made)
    seen: list[list[str]] = []
    answering = answering_in_turn(["restore", "quit", "quit"], seen)  # the last: if asked again
    try:
        assert open_database(str(path), False, CLOCK) is None
    finally:
        answering.stop()
    assert len(seen) == 2 and seen[1] == ["choice_other", "choice_quit"]
