"""Import, export and demo data from the GUI: off the GUI thread, with a progress dialog.

Demo data never mix with the rep's own: they go into an empty database, or into a demo
database of their own that the window names as such, with the way back one click away.
The importers and exporters are imported when first used, not with the window.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from salescoach.core.clock import Clock
from salescoach.store import Store
from salescoach.store.database import has_contacts
from salescoach.store.location import data_dir
from salescoach.store.safety.protection import readable
from salescoach.store.session.changes import Applied
from salescoach.ui.errors import language, show_failure
from salescoach.ui.machine_settings import FIRST_START_DONE
from salescoach.ui.operations import Operations, Progress
from salescoach.ui.protection import ask_passphrase
from salescoach.ui.theme import banner_colours

if TYPE_CHECKING:
    from salescoach.usecases.exporting import Exported

translate = QCoreApplication.translate
DEMO_FILE = "demo.sqlite3"
T = TypeVar("T")


def demo_database() -> Path:
    return data_dir() / DEMO_FILE


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
    work: Callable[[Progress], Applied[T]],
    on_done: Callable[[T], None] | None = None,
) -> None:
    dialog = _progress_dialog(parent, label)

    def finished(result: T) -> None:
        dialog.close()
        if on_done is not None:
            on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        show_failure(parent, error)

    operations.write(
        parent,
        work,
        finished,
        on_progress=lambda fraction: dialog.setValue(int(fraction * 100)),
        on_failed=failed,
    )


def ask_import(
    operations: Operations,
    clock: Clock,
    parent: QWidget,
    on_done: Callable[[str], None] | None = None,
) -> None:
    from salescoach.interchange.files import IMPORTABLE

    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Transfer", "Import"),
        "",
        translate("Transfer", "SalesCoach files, spreadsheets and CSV exports ({patterns})").format(
            patterns=" ".join(f"*{suffix}" for suffix in IMPORTABLE)
        ),
    )
    if name:
        open_import(operations, clock, parent, Path(name), on_done)


def open_import(
    operations: Operations,
    clock: Clock,
    parent: QWidget,
    path: Path,
    on_done: Callable[[str], None] | None = None,
) -> None:
    """A SalesCoach file is imported at once; a spreadsheet, CSV or vCard file opens the
    import wizard, to see and adjust everything before it is written. `on_done` gets what
    the import did, in one line."""
    if path.suffix.lower() == ".json":
        import_path(operations, clock, parent, path, on_done)
        return
    from salescoach.ui.dialogs.import_wizard import ImportWizard

    wizard = ImportWizard(operations, clock, path, parent)

    def accepted() -> None:
        if on_done is not None and wizard.imported is not None:
            on_done(wizard.imported.text(language()))

    wizard.accepted.connect(accepted)
    wizard.finished.connect(wizard.deleteLater)
    wizard.open()


def import_path(
    operations: Operations,
    clock: Clock,
    parent: QWidget | None,
    path: Path,
    on_done: Callable[[str], None] | None = None,
) -> None:
    from salescoach.usecases import importing

    store, words, now = operations.store, language(), clock.now()
    run_with_progress(
        operations,
        parent,
        translate("Transfer", "Importing {name}…").format(name=path.name),
        lambda progress: importing.import_path(
            store, path, language=words, now=now, progress=progress
        ),
        lambda imported: on_done(imported.text(words)) if on_done else None,
    )


def ask_export(
    operations: Operations,
    clock: Clock,
    parent: QWidget,
    on_done: Callable[[str], None] | None = None,
) -> None:
    """Every format the command line writes, each table's CSV included, and the report of
    the last 90 days as a PDF."""
    from salescoach.usecases.exporting import FORMATS

    words = language()
    kinds = {kind.label(words): kind for kind in FORMATS}
    name, chosen = QFileDialog.getSaveFileName(
        parent, translate("Transfer", "Export"), "salescoach.json", ";;".join(kinds)
    )
    if name:
        kind = kinds.get(chosen, FORMATS[0])
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(kind.suffix)
        export_path(operations, clock, parent, path, kind.table, on_done)


def export_path(
    operations: Operations,
    clock: Clock,
    parent: QWidget | None,
    path: Path,
    table: str = "contacts",
    on_done: Callable[[str], None] | None = None,
) -> None:
    from salescoach.usecases.exporting import export

    if not path.suffix:
        path = path.with_suffix(".json")
    store, words, now = operations.store, language(), clock.now()

    def done(exported: "Exported") -> None:
        if on_done is not None:
            on_done(exported.text(words))

    operations.read(parent, lambda _progress: export(store, path, now, words, table), done)


class DemoData(QObject):
    """Loading demo data, and moving between the rep's database and the demo one."""

    #: A status-bar message.
    announce = Signal(str)

    def __init__(
        self, operations: Operations, clock: Clock, home: Path | None, window: QWidget
    ) -> None:
        super().__init__(window)
        self.operations = operations
        self.clock = clock
        self.home = home  # the rep's own database: where "Back to your database" goes
        self.window = window
        #: The home database's passphrase, kept while the demo is shown, to go back to it.
        self.home_passphrase = operations.store.passphrase if self._at_home() else None

    def _at_home(self) -> bool:
        return self.home is not None and self.operations.store.file == self.home

    def showing_demo(self) -> bool:
        return self.operations.store.file == demo_database() != self.home

    def banner(self, parent: QWidget) -> QFrame:
        """The strip the window shows above its pages while the demo is open (hidden)."""
        strip = QFrame(parent)
        strip.setObjectName("demoBanner")
        background, text = banner_colours()
        strip.setStyleSheet(
            f"#demoBanner {{ background: {background.name()}; }}"
            f" #demoBanner QLabel {{ color: {text.name()}; }}"
        )
        words = QLabel(self.tr("You are looking at demo data, not your own."), strip)
        back = QPushButton(self.tr("Back to your database"), strip)
        back.setObjectName("backHome")
        back.clicked.connect(self.back_home)
        row = QHBoxLayout(strip)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(words, 1)
        row.addWidget(back)
        strip.hide()
        return strip

    def offer_if_empty(self, settings: QSettings) -> None:
        """First start on an empty database: show around with demo data, or start clean."""
        if settings.value(FIRST_START_DONE, False, type=bool):
            return
        self.operations.query(
            self.window, has_contacts, lambda full: None if full else self.offer(settings)
        )

    def offer(self, settings: QSettings) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Welcome to SalesCoach"),
            self.tr(
                "Your database is empty. Would you like to explore SalesCoach "
                "with a year of demo data first? File ▸ Back to your database brings you "
                "back to a clean start whenever you are ready."
            ),
            parent=self.window,
        )
        box.setObjectName("firstStart")
        demo = box.addButton(self.tr("Explore with demo data"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(demo)

        def answered() -> None:
            settings.setValue(FIRST_START_DONE, True)
            if box.clickedButton() is demo:
                self.open_demo()

        box.finished.connect(answered)
        box.open()
        return box

    def load(self) -> None:
        """Demo data into this database if it is empty; otherwise offer the demo file."""
        self.operations.query(self.window, has_contacts, self._loaded_or_asked)

    def _loaded_or_asked(self, full: bool) -> None:
        if not full:
            self._fill()
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Demo data"),
            self.tr("Your database holds your own contacts; demo data never go among them."),
            QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("demoQuestion")
        box.setInformativeText(
            self.tr(
                "Open a separate demo database instead? Your own data stay as they are, and "
                "File ▸ Back to your database brings you back."
            )
        )
        open_demo = box.addButton(
            self.tr("Open the demo database"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(open_demo)
        box.finished.connect(
            lambda _r: self.open_demo() if box.clickedButton() is open_demo else None
        )
        box.finished.connect(box.deleteLater)
        box.open()

    def _fill(self) -> None:
        from salescoach.interchange.files import load_demo

        store, today = self.operations.store, self.clock.today()
        run_with_progress(
            self.operations,
            self.window,
            translate("Transfer", "Creating demo data…"),
            lambda progress: load_demo(store, today=today, progress=progress),
            lambda _summary: self.announce.emit(self.tr("Demo data loaded.")),
        )

    def open_demo(self) -> None:
        """Switch to the demo database, filling it on first use."""
        path = demo_database()
        if self._at_home():
            self.home_passphrase = self.operations.store.passphrase

        def opened() -> None:
            self.announce.emit(self.tr("You are looking at demo data."))
            self.operations.query(
                self.window, has_contacts, lambda full: None if full else self._fill()
            )

        self.operations.switch(self.window, lambda: Store.open(path, create=True), opened)

    def back_home(self) -> None:
        """Reopen the rep's own database, with its passphrase when it has one (asked if
        SalesCoach started on another file and never had it)."""
        if self.home is None:
            return
        home, key = self.home, self.home_passphrase
        if key is None and home.exists() and not readable(home):
            key = ask_passphrase(self.window, home.name, wrong=False)
            if key is None:
                return
        self.home_passphrase = key
        self.operations.switch(
            self.window,
            lambda: Store.open(home, passphrase=key),
            lambda: self.announce.emit(self.tr("Back to your database.")),
        )
