"""Import, export and demo loading from the GUI: off the GUI thread, with a progress dialog."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from salescoach.interchange.files import export_file, import_file, load_demo
from salescoach.interchange.salescoach_json import ImportSummary
from salescoach.ui.operations import Change, Operations

translate = QCoreApplication.translate


def _progress_dialog(parent: QWidget | None, label: str) -> QProgressDialog:
    dialog = QProgressDialog(label, "", 0, 100, parent)
    dialog.setObjectName("progressDialog")
    dialog.setCancelButton(None)  # an import is one transaction: it cannot stop half-way
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setValue(0)
    return dialog


def run_with_progress(
    operations: Operations,
    parent: QWidget | None,
    label: str,
    work: Callable[[Callable[[float], None]], ImportSummary | None],
    changes: Change,
    on_done: Callable[[ImportSummary | None], None] | None = None,
) -> None:
    dialog = _progress_dialog(parent, label)

    def finished(result: ImportSummary | None) -> None:
        dialog.close()
        if on_done is not None:
            on_done(result)

    operations.run(
        parent,
        work,
        changes,
        finished,
        on_progress=lambda fraction: dialog.setValue(int(fraction * 100)),
        on_failed=lambda _error: dialog.close(),
    )


def summary_text(summary: ImportSummary) -> str:
    return translate(
        "Transfer",
        "{contacts} contacts, {opportunities} opportunities and {activities} activities imported.",
    ).format(
        contacts=summary.contacts,
        opportunities=summary.opportunities,
        activities=summary.activities,
    )


def load_demo_data(
    operations: Operations,
    parent: QWidget | None,
    on_done: Callable[[ImportSummary | None], None] | None = None,
) -> None:
    store = operations.store
    run_with_progress(
        operations,
        parent,
        translate("Transfer", "Creating demo data…"),
        lambda progress: load_demo(store, progress=progress),
        Change.ALL,
        on_done,
    )


def ask_import(
    operations: Operations, parent: QWidget, on_done: Callable[[str], None] | None = None
) -> None:
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Transfer", "Import"),
        "",
        translate("Transfer", "SalesCoach files (*.json)"),
    )
    if name:
        import_path(operations, parent, Path(name), on_done)


def import_path(
    operations: Operations,
    parent: QWidget | None,
    path: Path,
    on_done: Callable[[str], None] | None = None,
) -> None:
    store = operations.store

    def done(summary: ImportSummary | None) -> None:
        if summary is not None and on_done is not None:
            on_done(summary_text(summary))

    run_with_progress(
        operations,
        parent,
        translate("Transfer", "Importing {name}…").format(name=path.name),
        lambda progress: import_file(store, path, progress),
        Change.ALL,
        done,
    )


def ask_export(
    operations: Operations, parent: QWidget, on_done: Callable[[str], None] | None = None
) -> None:
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("Transfer", "Export"),
        "salescoach.json",
        translate("Transfer", "SalesCoach files (*.json)"),
    )
    if not name:
        return
    path = Path(name)
    if not path.suffix:
        path = path.with_suffix(".json")
    store = operations.store

    def work(_progress: Callable[[float], None]) -> None:
        export_file(store, path)

    def done(_result: None) -> None:
        if on_done is not None:
            on_done(translate("Transfer", "Exported to {path}.").format(path=path))

    operations.run(parent, work, Change.NONE, done)
