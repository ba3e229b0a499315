"""The look: Fusion everywhere, the system's palette or a dark or light one the rep picks,
and the few colours that carry meaning (overdue, an error, a warning) chosen for the palette
in use, so a dark desktop keeps them readable.
"""

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def apply_theme(app: QApplication, theme: str) -> None:
    """Fusion, with a dark or light palette when the rep chose one (else the system's)."""
    app.setStyle("Fusion")
    if theme == "dark":
        app.setPalette(dark_palette())
    else:  # Fusion's own: light, or dark where the desktop says so
        app.setPalette(app.style().standardPalette())


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
