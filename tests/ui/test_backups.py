"""Backups from the window: daily, on request, listed with what they hold, restored."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from salescoach.store.safety.backup import list_backups
from salescoach.ui.backups import BackupsDialog
from tests.helpers import add_contact
from tests.ui.actions import CTRL, answer, click, click_row, menu_entry, press


def test_back_up_now_from_the_file_menu(qtbot, window, store):
    with store.session() as session:
        add_contact(session)
    menu_entry(window, "fileMenu", "backUp").trigger()
    (made,) = list_backups(store.file)
    assert made.contacts == 1
    assert window.statusBar().currentMessage() == f"Backed up to {made.path}."


def test_the_first_start_of_the_day_backs_up_once(qtbot, window, store):
    window.backups.daily()
    window.backups.daily()
    assert len(list_backups(store.file)) == 1


def test_restore_a_backup_from_the_list(qtbot, window, store):
    with store.session() as session:
        add_contact(session, "Kept in the backup")
    window.backups.now()
    with store.session() as session:
        add_contact(session, "Added later")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    assert window.contacts.model.rowCount() == 2
    menu_entry(window, "fileMenu", "backups").trigger()
    dialog = window.findChild(BackupsDialog, "backupsDialog")
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "1"
    click_row(qtbot, dialog.table, 0)
    click(qtbot, dialog.restore_button)
    question = dialog.findChild(QMessageBox, "restoreQuestion")
    assert question.defaultButton() is question.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(window.operations.database.switched, timeout=10000):
        answer(qtbot, question, QMessageBox.StandardButton.Yes)
    assert window.operations.store is not store
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    assert window.contacts.model.index(0, 0).data() == "Kept in the backup"
    (newest, *_older) = list_backups(store.file)
    assert newest.contacts == 2  # the database as it was, backed up first
    window.operations.store.close()


def test_the_rotation_is_the_reps_choice(qtbot, window, store):
    from salescoach.store.preferences import backup_policy

    dialog = window.backups.dialog()
    assert dialog.keep["daily"].value() == 7
    dialog.keep["daily"].setValue(3)
    click(qtbot, dialog.save_policy)
    with store.reader() as session:
        assert backup_policy(session).daily == 3
