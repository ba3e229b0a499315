"""A sheet (the contact card, a visit briefing) on screen, with Print and Save as PDF.

The text is the same HTML whatever the theme: its quiet colour comes from the palette, so a
dark palette keeps it readable. Printing goes through Qt's print dialog; the PDF is drawn on
a worker by the same code as `salescoach briefing`, so both look alike.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QFileDialog, QTextBrowser, QWidget

from salescoach.reports.sheets import Sheet, sheet_html, write_pdf
from salescoach.ui.operations import Operations


class SheetView(QTextBrowser):
    #: A link in the sheet was followed ("contact:12").
    link_followed = Signal(str)
    #: The PDF is written (its path).
    saved = Signal(Path)

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.operations = operations
        self.sheet: Sheet | None = None
        self.setOpenLinks(False)
        self.anchorClicked.connect(lambda url: self.link_followed.emit(url.toString()))
        self.setPlaceholderText(self.tr("Loading…"))

    def show_sheet(self, sheet: Sheet) -> None:
        self.sheet = sheet
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        position = self.verticalScrollBar().value()
        self.setHtml(sheet_html(sheet, quiet))
        self.verticalScrollBar().setValue(position)

    def print_sheet(self) -> None:
        """Qt's own print dialog (a PDF printer is one of its choices)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: self.document().print_(printer))
        dialog.finished.connect(dialog.deleteLater)
        QDialog.open(dialog)  # window-modal, not blocking (QPrintDialog's own asks a slot)

    def ask_save(self, suggested: str) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if name:
            self.save_pdf(Path(name))

    def save_pdf(self, path: Path, then: Callable[[Path], None] | None = None) -> None:
        if self.sheet is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        sheet = self.sheet

        def written(_none: None) -> None:
            self.saved.emit(path)
            if then is not None:
                then(path)

        self.operations.read(self, lambda _progress: write_pdf(sheet, path), written)
