"""The base of every dialog of ours: it opens inside the screen, at the size the rep last gave
it, with the keyboard in the first field the rep has to fill.

Decided once, here, because each way of getting it wrong loses what the rep types: a dialog
taller than a 1024x600 screen hides its Save button; one that opens with the focus on a
button turns the first Space the rep types into a click (an empty call saved, the rest of
the letters sent to the window behind).
"""

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from salescoach.ui.machine_settings import dialog_size_key
from salescoach.ui.window_geometry import FRAME_ALLOWANCE, screen_of


class Dialog(QDialog):
    #: The size asked for until the rep gives the dialog one (None: what its layout needs).
    preferred_size: tuple[int, int] | None = None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._placed = False

    def first_field(self) -> QWidget | None:
        """Where the rep types first: the first empty text field, else the first text field,
        else (None) the first widget of the focus chain, as Qt chooses."""
        fields = text_fields(self)
        empty = [f for f in fields if not field_text(f)]
        chosen = empty or fields
        return chosen[0] if chosen else None

    def room(self) -> QSize:
        """The most the dialog may take: its screen's free area, less the window frame."""
        screen = screen_of(self.parentWidget() or self)
        area = screen.availableGeometry().size() if screen is not None else QSize(1024, 600)
        return area - QSize(*FRAME_ALLOWANCE)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._placed and not event.spontaneous():
            self._placed = True
            room_for_overhangs(self)
            self._fit()
            field = self.first_field()
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
        super().showEvent(event)  # centres the dialog on its parent, at its new size

    def done(self, result: int) -> None:
        settings = settings_of(self)
        if settings is not None and self._placed:
            settings.setValue(self._size_key(), self.size())
        super().done(result)

    def _fit(self) -> None:
        room = self.room()
        settings = settings_of(self)
        saved = settings.value(self._size_key()) if settings is not None else None
        if isinstance(saved, QSize) and saved.isValid():
            wanted = saved
        elif self.preferred_size is not None:
            wanted = QSize(*self.preferred_size)
        else:
            wanted = self.size()
        self.setMinimumSize(self.minimumSize().boundedTo(room))
        self.resize(wanted.expandedTo(self.minimumSizeHint()).boundedTo(room))

    def _size_key(self) -> str:
        return dialog_size_key(self.objectName() or type(self).__name__)


def room_for_overhangs(dialog: QWidget) -> None:
    """A label is as wide as its text's advance, but a last glyph may reach a pixel beyond
    it ("Telefono" drawn "Telefonc"): give every one-line label that pixel and one more."""
    for label in dialog.findChildren(QLabel):
        if not label.wordWrap():
            margins = label.contentsMargins()
            label.setContentsMargins(
                margins.left(), margins.top(), max(margins.right(), 2), margins.bottom()
            )


def text_fields(dialog: QWidget) -> list[QWidget]:
    """The dialog's text fields the rep can type into, in Tab order (the line edit inside a
    combo box or a date field is part of that field, not one of its own)."""
    found: list[QWidget] = []
    widget = dialog.nextInFocusChain()
    while widget is not dialog and widget is not None:
        if (
            isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit)
            and not isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)
            and widget.isVisibleTo(dialog)
            and widget.isEnabled()
            and not widget.isReadOnly()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def field_text(field: QWidget) -> str:
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QPlainTextEdit | QTextEdit):
        return field.toPlainText()
    return ""


def settings_of(widget: QWidget) -> QSettings | None:
    """The settings of the window a dialog belongs to (each window keeps its own)."""
    owner = widget.parentWidget()
    while owner is not None:
        settings = getattr(owner, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        owner = owner.parentWidget()
    return None
