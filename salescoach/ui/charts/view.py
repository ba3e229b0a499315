"""A chart panel: a title, a 'Save as PNG' button and a matplotlib canvas built on demand.

matplotlib takes most of a second to import, so the window never waits for it: the first
chart shown asks the loader, which imports the Qt backend on the thread pool, and every
chart builds its canvas once that is done. Until then a chart shows a short placeholder.
"""

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
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

from salescoach.ui.errors import show_problem
from salescoach.ui.operations import Operations

if TYPE_CHECKING:
    from matplotlib.figure import Figure

T = TypeVar("T")

BACKEND = "matplotlib.backends.backend_qtagg"


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


class MatplotlibLoader(QObject):
    """Imports the matplotlib Qt backend once, off the GUI thread."""

    ready = Signal()

    def __init__(self, operations: Operations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.backend: ModuleType | None = None
        self._requested = False

    def request(self) -> None:
        if self._requested:
            return
        self._requested = True
        self.operations.run(
            None,
            lambda _progress: importlib.import_module(BACKEND),
            on_done=self._loaded,
            announce=False,
        )

    def _loaded(self, backend: ModuleType) -> None:
        self.backend = backend
        self.ready.emit()


Draw = Callable[["Figure", T, ChartStyle], None]


class ChartView(QFrame, Generic[T]):
    """Shows `draw(figure, data, style)` for the latest data it was given."""

    def __init__(
        self,
        title: str,
        file_name: str,
        draw: Draw[T],
        loader: MatplotlibLoader,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.file_name = file_name
        self.draw = draw
        self.loader = loader
        self.data: T | None = None
        self.canvas: Any = None
        self.title = QLabel(f"<b>{title}</b>", self)
        self.save_button = QToolButton(self)
        self.save_button.setObjectName("saveChart")
        self.save_button.setText(self.tr("Save as PNG…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.ask_save)
        self.placeholder = QLabel(self.tr("Loading chart…"), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMinimumHeight(230)
        self.setMaximumHeight(320)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.save_button)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(8, 6, 8, 6)
        self.body.addLayout(header)
        self.body.addWidget(self.placeholder, 1)
        loader.ready.connect(self._build_canvas)

    def set_data(self, data: T) -> None:
        self.data = data
        self._redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.request()

    def _build_canvas(self) -> None:
        if self.canvas is not None or self.loader.backend is None:
            return
        self.canvas = self.loader.backend.FigureCanvasQTAgg()
        self.canvas.setParent(self)
        self.canvas.setMinimumSize(240, 230)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.body.replaceWidget(self.placeholder, self.canvas)
        self.placeholder.deleteLater()
        self._redraw()

    def _redraw(self) -> None:
        if self.canvas is None or self.data is None:
            return
        style = ChartStyle.of(self)
        figure = self.canvas.figure
        figure.clear()
        figure.set_facecolor(style.face)
        figure.set_layout_engine("constrained")  # room for labels in any language
        self.draw(figure, self.data, style)
        self.canvas.draw_idle()
        self.save_button.setEnabled(True)

    def ask_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), self.file_name, self.tr("PNG images (*.png)")
        )
        if name:
            self.save_png(Path(name))

    def save_png(self, path: Path) -> None:
        if path.suffix.lower() != ".png":
            path = path.with_suffix(".png")
        try:
            self.canvas.figure.savefig(path, dpi=150, format="png")
        except OSError as error:
            show_problem(
                self,
                self.tr("The chart could not be saved to {path}: {reason}.").format(
                    path=path, reason=error.strerror or error
                ),
            )
