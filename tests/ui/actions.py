"""Driving the window as a rep does: keys on the window, clicks on buttons and menu entries."""

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QMenu,
    QMessageBox,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, widget, key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press in an active window, as the rep types it (a closed dialog hands the
    focus back to the window first)."""
    qtbot.waitUntil(widget.window().isActiveWindow)
    qtbot.keyClick(widget, key, modifiers)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def click_row(qtbot, view: QAbstractItemView, row: int, column: int = 0) -> None:
    rect = view.visualRect(view.model().index(row, column))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def menu_entry(window, menu_name: str, action_name: str):
    """The entry of a menu bar menu, as the rep sees it there."""
    menu = window.menuBar().findChild(QMenu, menu_name)
    return next(a for a in menu.actions() if a.objectName() == action_name)


def answer(qtbot, box: QMessageBox, button: QMessageBox.StandardButton) -> None:
    click(qtbot, box.button(button))


def choose_contact(qtbot, picker, text):
    """Type into the picker and take the first suggestion, as a rep does."""
    qtbot.waitUntil(picker.window().isActiveWindow)
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: picker.completer().completionModel().rowCount() > 0)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(picker.completer().completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.contact_id() is not None)


def right_click(widget, position: QPoint) -> None:
    """The context-menu event a right-click sends (QTest's clicks do not make one)."""
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, position, widget.mapToGlobal(position)
    )
    QApplication.sendEvent(widget, event)


def right_click_row(view: QAbstractItemView, row: int) -> None:
    right_click(view.viewport(), view.visualRect(view.model().index(row, 0)).center())


def type_where_focused(qtbot, dialog, keys: str | Qt.Key) -> None:
    """Type as a rep does once a dialog is up: into whatever holds the keyboard."""
    qtbot.waitUntil(dialog.isActiveWindow)
    focused = QApplication.focusWidget()
    if isinstance(keys, str):
        qtbot.keyClicks(focused, keys)
    else:
        qtbot.keyClick(focused, keys)


def select_marie(qtbot, window) -> None:
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    click_row(qtbot, window.contacts.table, 0)
    assert window.contacts.model.index(0, 0).data() == "Marie Dupont"


def settled(qtbot, window) -> None:
    """Every job the window started has answered and its answer is on screen: what a test
    waits for before saying that something did not happen."""
    qtbot.waitUntil(window.operations.idle, timeout=10000)
    QApplication.processEvents()
