"""Where the main window sits: its last size and place if they still fit the screen,
otherwise the preferred size shrunk to the screen's available area."""

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: The size the window asks for; it never asks for more than the screen offers.
PREFERRED = (1280, 760)
#: Room for a window manager's title bar and borders, before they can be measured.
FRAME_ALLOWANCE = (16, 48)


def restore_geometry(window: QWidget, saved: QByteArray | None) -> None:
    if saved is None or not window.restoreGeometry(saved) or not fits(window):
        fit_screen(window)


def fits(window: QWidget) -> bool:
    screen = screen_of(window)
    return screen is None or screen.availableGeometry().contains(window.frameGeometry())


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen `widget` is on, else the primary one; None with no screen at all (Qt's
    stubs promise a screen, a headless session may have none)."""
    screen: QScreen | None = widget.screen()
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen


def fit_screen(window: QWidget) -> None:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*PREFERRED)
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar, borders
    if frame.isEmpty():  # not decorated yet: leave room for what the window manager adds
        frame = QSize(*FRAME_ALLOWANCE)
    width = min(PREFERRED[0], area.width() - frame.width())
    height = min(PREFERRED[1], area.height() - frame.height())
    window.resize(width, height)
    window.move(
        area.x() + (area.width() - width - frame.width()) // 2,
        area.y() + (area.height() - height - frame.height()) // 2,
    )
    if width < PREFERRED[0] or height < PREFERRED[1]:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def keep_on_screen(window: QWidget) -> None:
    """Once the window manager has framed the window: if the frame spills off the screen (a
    taller title bar than allowed for), take the whole screen instead."""
    if not fits(window) and not window.isMaximized():
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
