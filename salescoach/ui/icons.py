"""The app's icon, and the tray's with the overdue count on it."""

from functools import cache

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter

from salescoach.resources import resource

SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    for size in SIZES:
        icon.addFile(str(resource("icons", f"salescoach-{size}.png")))
    return icon


def badged_icon(count: int) -> QIcon:
    """The icon with a red badge carrying `count` (99+ beyond), or plain for none."""
    if count <= 0:
        return app_icon()
    icon = QIcon()
    text = str(count) if count < 100 else "99+"
    for size in (16, 24, 32, 48, 64):
        pixmap = app_icon().pixmap(size, size)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        badge = QRect(size // 3, 0, size - size // 3, size * 3 // 5)
        painter.setBrush(QColor("#c62828"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(7, badge.height() * 3 // 4 if len(text) < 3 else badge.height() // 2))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
