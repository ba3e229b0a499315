"""Every delete asks first, says what goes with it, and defaults to No: Del then Enter never
wipes anything."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.models import Activity, Contact, Opportunity
from tests.helpers import add_activity, add_contact, add_opportunity, marie_with_history
from tests.ui.actions import CTRL, answer, click_row, menu_entry, press, select_marie

T0 = datetime(2026, 3, 2, 9)


def count(store, model) -> int:
    with store.reader() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_del_then_enter_keeps_the_contact(qtbot, window, opened, store):
    marie_with_history(store)
    select_marie(qtbot, window)
    press(qtbot, window.contacts.table, Qt.Key.Key_Delete)
    box = opened.last
    assert isinstance(box, QMessageBox)
    assert box.text() == "Delete Marie Dupont?"
    assert box.informativeText() == (
        "This also deletes their 1 opportunity and 2 activities. 1 contact they referred "
        "will no longer show who referred them."
    )
    press(qtbot, box, Qt.Key.Key_Return)
    assert count(store, Contact) == 2
    assert count(store, Activity) == 2


def test_yes_deletes_the_contact_with_what_goes_with_them(qtbot, window, opened, store):
    marie_with_history(store)
    select_marie(qtbot, window)
    press(qtbot, window, Qt.Key.Key_Delete)
    answer(qtbot, opened.last, QMessageBox.StandardButton.Yes)
    assert (count(store, Contact), count(store, Opportunity), count(store, Activity)) == (1, 0, 0)
    assert window.contacts.model.rowCount() == 1
    assert window.contacts.model.index(0, 0).data() == "Paul Referred"
    assert window.contacts.model.index(0, 7).data() in (None, "")  # no referrer any more


def test_delete_a_deal_from_the_board(qtbot, window, opened, store):
    with store.session() as session:
        contact = add_contact(session)
        add_opportunity(session, contact, (Stage.NEGOTIATION, T0), title="Four")
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    click_row(qtbot, window.board.columns[Stage.NEGOTIATION].list, 0)
    press(qtbot, window, Qt.Key.Key_Delete)
    box = opened.last
    assert box.text() == "Delete the opportunity 'Four'?"
    answer(qtbot, box, QMessageBox.StandardButton.Yes)
    assert count(store, Opportunity) == 0
    assert window.board.columns[Stage.NEGOTIATION].model.rowCount() == 0


def test_delete_an_activity_and_a_follow_up(qtbot, window, opened, store, now):
    with store.session() as session:
        contact = add_contact(session)
        add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, T0)
        add_activity(session, contact, ActivityKind.CALL, ActivityStatus.PLANNED, now)
    press(qtbot, window, Qt.Key.Key_5, CTRL)
    click_row(qtbot, window.activities.table, 1)
    press(qtbot, window, Qt.Key.Key_Delete)
    answer(qtbot, opened.last, QMessageBox.StandardButton.Yes)
    assert count(store, Activity) == 1
    press(qtbot, window, Qt.Key.Key_6, CTRL)
    click_row(qtbot, window.follow_ups.table, 0, column=4)
    press(qtbot, window, Qt.Key.Key_Delete)
    answer(qtbot, opened.last, QMessageBox.StandardButton.No)
    assert count(store, Activity) == 1
    press(qtbot, window, Qt.Key.Key_Delete)
    answer(qtbot, opened.last, QMessageBox.StandardButton.Yes)
    assert count(store, Activity) == 0
    assert window.follow_ups.model.rowCount() == 0


def test_erase_a_contact_for_good_from_the_edit_menu(qtbot, window, opened, store):
    marie_with_history(store)
    select_marie(qtbot, window)
    erase = menu_entry(window, "editMenu", "erase")
    assert erase.isEnabled()
    erase.trigger()
    box = opened.last
    assert box.text() == "Erase Marie Dupont for good?"
    assert "not even with Undo" in box.informativeText()
    press(qtbot, box, Qt.Key.Key_Return)  # No by default
    assert count(store, Contact) == 2
    erase.trigger()
    answer(qtbot, opened.last, QMessageBox.StandardButton.Yes)
    assert (count(store, Contact), count(store, Activity)) == (1, 0)
    assert b"Marie Dupont" not in store.file.read_bytes()
