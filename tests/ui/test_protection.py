"""Protecting the database with a passphrase from the window, and opening it again."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from salescoach.core.clock import Clock
from salescoach.store import Store
from salescoach.store.safety import cipher
from salescoach.store.safety.protection import protect
from salescoach.ui import last_today
from salescoach.ui.opening import open_database
from salescoach.ui.protection import PassphraseDialog
from tests.helpers import add_contact
from tests.ui.actions import click, menu_entry

pytestmark = pytest.mark.skipif(not cipher.available(), reason="sqlcipher3 is not installed")


def test_protect_then_remove_the_passphrase_from_the_file_menu(qtbot, window, opened, store):
    with store.session() as session:
        add_contact(session, "Marie Dupont")
    path = store.file
    protect_entry = menu_entry(window, "fileMenu", "protect")
    assert protect_entry.isEnabled()
    assert not menu_entry(window, "fileMenu", "unprotect").isEnabled()
    protect_entry.trigger()
    dialog = window.findChild(PassphraseDialog, "passphraseDialog")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.first, "horse battery")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.second, "horse battery")
    with qtbot.waitSignal(window.operations.database.switched, timeout=10000):
        click(qtbot, ok)
    assert window.operations.store.passphrase == "horse battery"
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert not window.operations.store.is_empty()
    assert menu_entry(window, "fileMenu", "unprotect").isEnabled()
    with qtbot.waitSignal(window.operations.database.switched, timeout=10000):
        menu_entry(window, "fileMenu", "unprotect").trigger()
    assert window.operations.store.passphrase is None
    assert path.read_bytes().startswith(b"SQLite format 3")
    window.operations.store.close()


def test_the_window_asks_for_the_passphrase_at_start(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "mine.sqlite3"
    with Store.open(path, create=True) as store, store.session() as session:
        add_contact(session)
    protect(path, "right")
    answers = iter([("wrong", True), ("right", True)])
    prompts: list[str] = []

    def typed(_parent, _title, prompt, _mode):
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("salescoach.ui.protection.QInputDialog.getText", typed)
    opened = open_database(str(path), False, Clock())
    assert opened is not None and opened.passphrase == "right"
    assert prompts == [
        "mine.sqlite3 is protected by a passphrase:",
        "That passphrase does not open mine.sqlite3. Try again:",
    ]
    opened.close()


def _protect(qtbot, window, passphrase: str) -> None:
    """File ▸ Protect, the passphrase typed twice, OK; back once the file is converted."""
    menu_entry(window, "fileMenu", "protect").trigger()
    dialog = window.findChild(PassphraseDialog, "passphraseDialog")
    qtbot.keyClicks(dialog.first, passphrase)
    qtbot.keyClicks(dialog.second, passphrase)
    with qtbot.waitSignal(window.operations.database.switched, timeout=10000):
        click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def test_back_to_a_protected_database_from_the_demo(qtbot, window, store):
    with store.session() as session:
        add_contact(session, "My Own Customer")
    path = store.file
    _protect(qtbot, window, "horse battery")
    menu_entry(window, "fileMenu", "demo").trigger()
    box = window.findChild(QMessageBox, "demoQuestion")
    with qtbot.waitSignal(window.operations.database.switched, timeout=20000):
        click(qtbot, next(b for b in box.buttons() if b.text() == "Open the demo database"))
    assert window.operations.store.file != path
    with qtbot.waitSignal(window.operations.database.switched, timeout=20000):
        menu_entry(window, "fileMenu", "home").trigger()
    assert window.operations.store.file == path
    assert window.operations.store.passphrase == "horse battery"
    assert not window.demo_banner.isVisible()
    window.operations.store.close()


def test_protecting_the_file_drops_the_today_kept_in_the_clear(qtbot, window, store, clock):
    """The Today kept for the next start names contacts: once the file is encrypted, no copy
    of it stays readable in the cache, and closing keeps none."""
    from salescoach.reports.today import today_view
    from salescoach.ui.app import _close

    with store.session() as session:
        add_contact(session, "Marie Dupont")
    with store.reader() as session:
        figures = today_view(session, clock.today(), "en").figures
    path = store.file
    last_today.keep(path, {clock.today(): figures}, "en")
    cache = list(Path(os.environ["XDG_CACHE_HOME"]).rglob("*.pickle"))
    assert len(cache) == 1
    _protect(qtbot, window, "horse battery")
    assert not cache[0].exists()
    _close(window.operations.store, clock)  # as the window closes
    assert list(Path(os.environ["XDG_CACHE_HOME"]).rglob("*.pickle")) == []
