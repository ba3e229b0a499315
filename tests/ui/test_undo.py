"""Edit ▸ Undo and Redo, pressed as a rep does: by name, twenty steps and more, a deleted
contact back with everything and its uids."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from salescoach.core.domain import Stage
from salescoach.store.models import Activity, Contact, Opportunity
from tests.helpers import marie_with_history
from tests.ui.actions import (
    CTRL,
    SHIFT,
    answer,
    click,
    click_row,
    menu_entry,
    press,
    save_button,
    select_marie,
)

T0 = datetime(2026, 3, 2, 9)


def count(store, model) -> int:
    with store.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def uids(store, model) -> set[str]:
    with store.reader() as session:
        return set(session.scalars(select(model.uid)))


def test_undo_a_contact_delete_by_name_then_redo_it(qtbot, window, opened, store):
    marie_with_history(store)
    before = (uids(store, Contact), uids(store, Opportunity), uids(store, Activity))
    select_marie(qtbot, window)
    undo = menu_entry(window, "editMenu", "undo")
    assert not undo.isEnabled() and undo.text() == "&Undo"
    press(qtbot, window, Qt.Key.Key_Delete)
    answer(qtbot, opened.last, QMessageBox.StandardButton.Yes)
    assert count(store, Contact) == 1
    assert undo.isEnabled() and undo.text() == "&Undo delete contact Marie Dupont"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert (uids(store, Contact), uids(store, Opportunity), uids(store, Activity)) == before
    assert window.contacts.model.rowCount() == 2
    with store.reader() as session:
        paul = session.scalars(select(Contact).where(Contact.name == "Paul Referred")).one()
        assert paul.referred_by is not None  # the referral came back too
    redo = menu_entry(window, "editMenu", "redo")
    assert redo.text() == "&Redo delete contact Marie Dupont"
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert count(store, Contact) == 1


def test_twenty_steps_back(qtbot, window, opened, store):
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    for n in range(22):
        press(qtbot, window, Qt.Key.Key_N, CTRL)
        qtbot.keyClicks(opened.last.name, f"Contact {n:02d}")
        click(qtbot, save_button(opened.last))
    assert count(store, Contact) == 22
    for n in range(21, -1, -1):
        assert window.commands["undo"].text() == f"&Undo add contact Contact {n:02d}"
        press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert count(store, Contact) == 0
    assert window.contacts.model.rowCount() == 0


def test_undo_a_stage_move_and_an_edit(qtbot, window, opened, store):
    with store.session() as session:
        from tests.helpers import add_contact, add_opportunity

        add_opportunity(session, add_contact(session), (Stage.SUSPECT, T0), title="Four")
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    click_row(qtbot, window.board.columns[Stage.SUSPECT].list, 0)
    press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert window.commands["undo"].text() == "&Undo move opportunity to Prospect"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    with store.reader() as session:
        assert session.scalars(select(Opportunity.stage)).one() is Stage.SUSPECT
    assert window.board.columns[Stage.SUSPECT].model.rowCount() == 1


def test_an_import_clears_what_could_be_undone(qtbot, window, opened, store, tmp_path):
    from salescoach.ui.transfer import import_path

    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(opened.last.name, "Anna")
    click(qtbot, save_button(opened.last))
    assert window.commands["undo"].isEnabled()
    document = tmp_path / "in.json"
    document.write_text(
        '{"format": "salescoach", "version": 1, "contacts": [{"id": "c", "name": "B"}]}'
    )
    import_path(window.operations, window.clock, window, document)
    assert not window.commands["undo"].isEnabled()
