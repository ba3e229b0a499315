"""A chart panel whose picture is drawn by matplotlib on the thread pool.

matplotlib takes most of a second to import and tens of milliseconds to lay out and render
a figure. Neither happens on the GUI thread: a worker imports it on first use, draws the
figure with the Agg renderer at the panel's size and pixel ratio, and hands back a QImage;
the GUI thread only shows the picture. Until the first picture arrives the panel says so.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPalette, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.errors import UserError
from salescoach.ui.operations import NewestOnly, Operations

if TYPE_CHECKING:
    from matplotlib.figure import Figure

T = TypeVar("T")
translate = QCoreApplication.translate

#: Agg rendering and matplotlib's font cache are shared: one figure is drawn at a time.
_RENDER_LOCK = threading.Lock()
SAVE_DPI = 150


@dataclass(frozen=True, slots=True)
class ChartStyle:
    """Colours taken from the Qt palette so charts sit in the window, not on top of it."""

    face: str
    text: str
    muted: str
    series: tuple[str, ...] = ("#1565c0", "#ef6c00", "#2e7d32", "#6a1b9a", "#00838f", "#ad1457")

    @classmethod
    def of(cls, widget: QWidget) -> "ChartStyle":
        palette = widget.palette()
        return cls(
            face=palette.color(QPalette.ColorRole.Base).name(),
            text=palette.color(QPalette.ColorRole.Text).name(),
            muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
        )


Draw = Callable[["Figure", T, ChartStyle], None]


def _figure(draw: Draw[T], data: T, style: ChartStyle, size: QSize, dpi: float) -> "Figure":
    from matplotlib.figure import Figure  # here, on a worker: never at start-up

    figure = Figure(figsize=(size.width() / 100, size.height() / 100), dpi=dpi)
    figure.set_facecolor(style.face)
    figure.set_layout_engine("constrained")  # room for labels in any language
    draw(figure, data, style)
    return figure


def render(
    draw: Draw[T], data: T, style: ChartStyle, size: QSize, ratio: float
) -> tuple[QImage, tuple[str, ...]]:
    """Runs on a worker: the figure as an image for a `size` panel on a `ratio` screen, and
    the words on it (for screen readers and tests).

    Only plain data leaves the worker: the figure is dismantled here, under the lock, so
    matplotlib objects are never freed on another thread while one is being drawn."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with _RENDER_LOCK:
        figure = _figure(draw, data, style, size, 100 * ratio)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        width, height = canvas.get_width_height(physical=True)
        image = QImage(
            bytes(canvas.buffer_rgba()), width, height, QImage.Format.Format_RGBA8888
        ).copy()
        words = tuple(text.get_text() for axes in figure.axes for text in axes.texts)
        figure.clear()
    image.setDevicePixelRatio(ratio)
    return image, words


def save(draw: Draw[T], data: T, style: ChartStyle, size: QSize, path: Path) -> Path:
    """Runs on a worker: the chart as a PNG file at print resolution."""
    with _RENDER_LOCK:
        figure = _figure(draw, data, style, size, 100)
        try:
            figure.savefig(path, dpi=SAVE_DPI, format="png")
        except OSError as error:
            raise UserError(
                translate("ChartView", "The chart could not be saved to {path}: {reason}.").format(
                    path=path, reason=error.strerror or error
                )
            ) from None
        finally:
            figure.clear()
    return path


class _Picture(QLabel):
    """The chart's image; says when its size changed, so the chart is drawn to fit."""

    resized = Signal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()


class ChartView(QFrame, Generic[T]):
    """Shows `draw(figure, data, style)` for the latest data it was given."""

    #: Emitted on the GUI thread when a new picture is on screen.
    drawn = Signal()
    saved = Signal(Path)

    def __init__(
        self,
        title: str,
        file_name: str,
        draw: Draw[T],
        operations: Operations,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.file_name = file_name
        self.draw = draw
        self.operations = operations
        self.data: T | None = None
        self.words: tuple[str, ...] | None = None  # the texts of the picture on screen
        self._image: QImage | None = None
        self._newest = NewestOnly()
        self._pending = False
        self.title = QLabel(title, self)
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_button = QToolButton(self)
        self.save_button.setObjectName("saveChart")
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.ask_save)
        self.picture = _Picture(self.tr("Loading chart…"), self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumWidth(240)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumHeight(270)  # word-wrapped titles make layouts forget the picture's
        self.setMaximumHeight(320)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button)
        body = QVBoxLayout(self)
        body.setContentsMargins(8, 6, 8, 6)
        body.addLayout(header)
        body.addWidget(self.picture, 1)
        self._resize_timer = QTimer(self, singleShot=True, interval=150)
        self._resize_timer.timeout.connect(self._render)
        self.picture.resized.connect(self._resized)

    def set_data(self, data: T) -> None:
        self.data = data
        self._render()

    def _render(self) -> None:
        if self.data is None:
            return
        if not self.isVisible():
            self._pending = True  # drawn when shown, at the size it is shown at
            return
        self._pending = False
        job = (self.draw, self.data, ChartStyle.of(self), self.picture.size())
        ratio = self.devicePixelRatioF()
        self.operations.run(
            self,
            lambda _progress: render(*job, ratio),
            on_done=self._newest(lambda result: self._show(*result)),
            announce=False,
        )

    def _show(self, image: QImage, words: tuple[str, ...]) -> None:
        self._image, self.words = image, words
        self.picture.setAccessibleDescription(" ".join(words))
        self.picture.setPixmap(QPixmap.fromImage(image))
        self.save_button.setEnabled(True)
        self.drawn.emit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            self._render()

    def _resized(self) -> None:
        if self._image is not None:  # stretch the old picture until the new one is ready
            self.picture.setPixmap(
                QPixmap.fromImage(self._image).scaled(
                    self.picture.size() * self.devicePixelRatioF(),
                    Qt.AspectRatioMode.IgnoreAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self._resize_timer.start()

    def ask_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), self.file_name, self.tr("PNG images (*.png)")
        )
        if name:
            self.save_png(Path(name))

    def save_png(self, path: Path) -> None:
        if self.data is None:
            return
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        job = (self.draw, self.data, ChartStyle.of(self), self.picture.size(), path)
        self.operations.run(self, lambda _progress: save(*job), on_done=self.saved.emit)
