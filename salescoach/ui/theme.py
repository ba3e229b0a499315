"""The look: Fusion everywhere, the system's palette or a dark or light one the rep picks,
and the few colours that carry meaning (overdue, an error, a warning) chosen for the palette
in use, so a dark desktop keeps them readable.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion, with a dark or light palette when the rep chose one (else the system's)."""
    app.setStyle(OutlinedIndicators())
    if theme == "dark":
        app.setPalette(dark_palette())
    else:  # Fusion's own: light, or dark where the desktop says so
        app.setPalette(app.style().standardPalette())


class OutlinedIndicators(QProxyStyle):
    """Fusion, with check boxes and radio buttons that show: Fusion draws their edge a shade
    darker than the window, faint on a light window (1.7:1) and no edge at all on a dark
    one; here it gets the 3:1 a control's parts need."""

    _DRAWN = (
        QStyle.PrimitiveElement.PE_IndicatorCheckBox,
        QStyle.PrimitiveElement.PE_IndicatorRadioButton,
    )

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in self._DRAWN:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(indicator_edge(), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if element is QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(option.rect.toRectF().adjusted(1.5, 1.5, -1.5, -1.5))
        else:
            painter.drawRect(option.rect.toRectF().adjusted(0.5, 0.5, -1.5, -1.5))
        painter.restore()


def indicator_edge() -> QColor:
    """The edge of a check box or radio button: seen against the window and a list."""
    return _pick("#75787d", "#9a9ea4")


def dark_palette() -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "#2b2d30"),
        (roles.WindowText, "#e8e8e8"),
        (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#26282b"),
        (roles.ToolTipBase, "#2b2d30"),
        (roles.ToolTipText, "#e8e8e8"),
        (roles.PlaceholderText, "#a0a4a8"),
        (roles.Text, "#e8e8e8"),
        (roles.Button, "#36383c"),
        (roles.ButtonText, "#e8e8e8"),
        (roles.BrightText, "#ff6e6e"),
        (roles.Light, "#4a4d52"),
        (roles.Midlight, "#3d4044"),
        (roles.Mid, "#2f3134"),
        (roles.Dark, "#1a1b1d"),
        (roles.Shadow, "#000000"),
        (roles.Highlight, "#3574c6"),
        (roles.HighlightedText, "#ffffff"),
        (roles.Link, "#8ab4f8"),
        (roles.LinkVisited, "#c58af9"),
    ):
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(disabled, role, QColor("#7c7f84"))
    return palette


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(light: str, dark: str) -> QColor:
    return QColor(dark if is_dark() else light)


def alarm_text() -> QColor:
    """Red text on the window or a list: overdue dates."""
    return _pick("#b71c1c", "#ff8a80")


def error_text() -> QColor:
    return _pick("#b3261e", "#ff8a80")


def note_text() -> QColor:
    return _pick("#7a4f00", "#ffd180")


def change_colour(change: float) -> str:
    """Up green, down red, flat grey, readable on the palette (the arrow says it too)."""
    if change > 0:
        return _pick("#1b5e20", "#81c784").name()
    if change < 0:
        return alarm_text().name()
    return _pick("#616161", "#a0a4a8").name()


def overdue_background() -> QColor:
    """The background of an overdue row, under the palette's own text colour."""
    return _pick("#fde2e1", "#4e2323")


def banner_colours() -> tuple[QColor, QColor]:
    """Background and text of a warning strip (demo data)."""
    return (_pick("#fff3cd", "#4a3b00"), _pick("#5c4400", "#ffe58a"))


def contrast(first: QColor, second: QColor) -> float:
    """WCAG's contrast ratio, from 1 (none) to 21 (black on white)."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
