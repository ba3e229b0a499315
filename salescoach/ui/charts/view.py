"""A chart panel whose picture is drawn by matplotlib on the thread pool.

matplotlib takes most of a second to import and tens of milliseconds to lay out and render
a figure. Neither happens on the GUI thread: the drawing queue (`Operations.draw`, one
thread) imports it on first use, draws the figure with the Agg renderer at the panel's size
and pixel ratio, and hands back a QImage; the GUI thread only shows the picture. Until the
first picture arrives the panel says so.
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt, QTimer, Signal
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

from salescoach.core.domain import ActivityKind
from salescoach.core.errors import UserError
from salescoach.core.funnel import RATIO_DEFINITIONS, FunnelCounts
from salescoach.reports import matplotlib_imports
from salescoach.reports.charts import ChartStyle, ChartWords
from salescoach.ui.dates import qdate
from salescoach.ui.errors import show_failure
from salescoach.ui.labels import count_label, kind_label, percent_text, ratio_label
from salescoach.ui.operations import NewestOnly, Operations

if TYPE_CHECKING:
    from matplotlib.figure import Figure

T = TypeVar("T")
translate = QCoreApplication.translate

#: Agg rendering and matplotlib's font cache are shared: one figure is drawn at a time.
_RENDER_LOCK = threading.Lock()
SAVE_DPI = 150


def chart_style(widget: QWidget) -> ChartStyle:
    """The page's colours, so charts sit in the window rather than on top of it."""
    palette = widget.palette()
    return ChartStyle(
        face=palette.color(QPalette.ColorRole.Base).name(),
        text=palette.color(QPalette.ColorRole.Text).name(),
        muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
    )


def chart_words() -> ChartWords:
    """The charts' words in the UI's language, read on the GUI thread."""
    locale = QLocale()
    return ChartWords(
        counts={name: count_label(name) for name in FunnelCounts().as_dict()},
        ratios={name: ratio_label(name) for name, _n, _d in RATIO_DEFINITIONS},
        kinds={kind: kind_label(kind) for kind in ActivityKind},
        percent=percent_text,
        week=lambda monday: locale.toString(qdate(monday), "d\nMMM"),
        empty=translate("Charts", "Nothing in this period yet"),
    )


Draw = Callable[["Figure", T, ChartStyle, ChartWords], None]


@dataclass(frozen=True)
class Job(Generic[T]):
    """Everything a worker needs to draw a chart: plain data, read on the GUI thread."""

    draw: Draw[T]
    data: T
    style: ChartStyle
    words: ChartWords
    size: QSize


def warm_up(operations: Operations) -> None:
    """Import matplotlib on the drawing thread now, while the rep reads the page the window
    opened on, rather than when the first chart is asked for: numpy and matplotlib take
    about 0.25 s (and 55 MB), most of what the dashboard would otherwise make the rep wait.
    Should the import fail, nothing is said now: the first chart drawn says it, when the
    rep asks."""
    operations.draw(
        None, lambda _progress: _import_matplotlib(), lambda _none: None, lambda _error: None
    )


def _import_matplotlib() -> None:
    matplotlib_imports.load()  # what `render` uses


def _figure(job: Job[T], dpi: float) -> "Figure":
    matplotlib_imports.load()  # here, on a worker: never at start-up
    from matplotlib.figure import Figure

    figure = Figure(figsize=(job.size.width() / 100, job.size.height() / 100), dpi=dpi)
    figure.set_facecolor(job.style.face)
    figure.set_layout_engine("constrained")  # room for labels in any language
    job.draw(figure, job.data, job.style, job.words)
    return figure


def render(job: Job[T], ratio: float) -> tuple[QImage, tuple[str, ...]]:
    """Runs on a worker: the figure as an image for a `size` panel on a `ratio` screen, and
    the words on it (for screen readers and tests).

    Only plain data leaves the worker: the figure is dismantled here, under the lock, so
    matplotlib objects are never freed on another thread while one is being drawn."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    with _RENDER_LOCK:
        figure = _figure(job, 100 * ratio)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()  # type: ignore[no-untyped-call]  # matplotlib's Agg canvas is unannotated
        width, height = canvas.get_width_height(physical=True)
        image = QImage(
            bytes(canvas.buffer_rgba()),  # type: ignore[no-untyped-call]  # as draw() above
            width,
            height,
            QImage.Format.Format_RGBA8888,
        ).copy()
        words = tuple(text.get_text() for axes in figure.axes for text in axes.texts)
        figure.clear()
    image.setDevicePixelRatio(ratio)
    return image, words


def save(job: Job[T], path: Path) -> Path:
    """Runs on a worker: the chart as a PNG file at print resolution."""
    with _RENDER_LOCK:
        figure = _figure(job, 100)
        try:
            figure.savefig(path, dpi=SAVE_DPI, format="png")
        except OSError as error:
            raise UserError("chart_not_saved", path=path, reason=error.strerror or error) from None
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
        #: What the newest picture asked for was drawn from: (data, style, size, ratio).
        self._asked: tuple[object, ...] | None = None
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
        #: After a resize, the pause before the chart is drawn at its new size.
        self.resize_pause = QTimer(self, singleShot=True, interval=150)
        self.resize_pause.timeout.connect(self._render)
        self.picture.resized.connect(self._resized)

    def set_data(self, data: T) -> None:
        """Draw `data` once the layout its arrival moved has settled: drawn at once, the
        chart would be drawn at a size the page held for an instant, then again."""
        self.data = data
        QTimer.singleShot(0, self, self._render)

    def _render(self) -> None:
        if self.data is None:
            return
        if not self.isVisible():
            self._pending = True  # drawn when shown, at the size it is shown at
            return
        self._pending = False
        job, ratio = self._job(), self.devicePixelRatioF()
        asked = (job.data, job.style, job.size, ratio)
        if asked == self._asked:  # the layout moved and came back: that picture is coming
            return
        self._asked = asked

        def failed(error: BaseException) -> None:
            self._asked = None  # asked again, it is drawn again
            show_failure(self, error)

        self.operations.draw(
            self,
            lambda _progress: render(job, ratio),
            self._newest(lambda result: self._show(*result)),
            failed,
        )

    def _job(self) -> Job[T]:
        assert self.data is not None
        return Job(self.draw, self.data, chart_style(self), chart_words(), self.picture.size())

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
        self.resize_pause.start()

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
        job = self._job()
        self.operations.draw(self, lambda _progress: save(job, path), self.saved.emit)
