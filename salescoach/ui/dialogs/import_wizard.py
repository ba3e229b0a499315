"""Importing contacts from a spreadsheet, CSV or vCard file, seeing everything first.

The file is read on a worker; the rep then sees how it was read (encoding, separator or
sheet), what each column is taken for (each one can be changed, or ignored), the first rows
as they will be stored, and, before anything is written, how many contacts are new, already
there (filled in or skipped, as the rep chooses) and which rows cannot be read, with their
line and why; those rows can be saved as a CSV to fix and import again. The import itself
runs on the write queue with a progress bar; Cancel leaves the database as it was.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from salescoach.core.clock import Clock
from salescoach.interchange.activity_columns import read_activity_rows
from salescoach.interchange.column_names import (
    IGNORE,
    TARGETS,
    guess_mapping,
    lists_activities,
    names_a_contact,
)
from salescoach.interchange.contact_columns import read_rows
from salescoach.interchange.contact_import import Cancelled, ContactPlan, plan_contacts
from salescoach.interchange.files import read_any_table, write_invalid_rows
from salescoach.interchange.tables import Table
from salescoach.reports.results import plan_text
from salescoach.store.session.changes import Applied
from salescoach.ui.dialogs.base import Dialog
from salescoach.ui.errors import language, show_failure
from salescoach.ui.labels import kind_label, source_label, status_label, when_text
from salescoach.ui.operations import NewestOnly, Operations, Progress
from salescoach.usecases.importing import Imported, import_mapped

translate = QCoreApplication.translate
PREVIEW_ROWS = 20


def target_label(target: str) -> str:
    return {
        "first_name": translate("ImportWizard", "First name"),
        "middle_name": translate("ImportWizard", "Middle name"),
        "last_name": translate("ImportWizard", "Last name"),
        "name": translate("ImportWizard", "Full name"),
        "company": translate("ImportWizard", "Company"),
        "email": translate("ImportWizard", "E-mail"),
        "email2": translate("ImportWizard", "Other e-mail (kept in the notes)"),
        "phone": translate("ImportWizard", "Phone"),
        "mobile": translate("ImportWizard", "Mobile"),
        "phone2": translate("ImportWizard", "Other phone (kept in the notes)"),
        "city": translate("ImportWizard", "City"),
        "address": translate("ImportWizard", "Address"),
        "postcode": translate("ImportWizard", "Postcode"),
        "source": translate("ImportWizard", "Lead source"),
        "role": translate("ImportWizard", "Role"),
        "customer": translate("ImportWizard", "Customer (yes, or a CRM's lifecycle stage)"),
        "web": translate("ImportWizard", "Web or profile address (kept in the notes)"),
        "connected": translate("ImportWizard", "Connected on (a social network)"),
        "notes": translate("ImportWizard", "Notes"),
        "date": translate("ImportWizard", "Activity date"),
        "kind": translate("ImportWizard", "Activity kind"),
        "status": translate("ImportWizard", "Activity status"),
        "outcome": translate("ImportWizard", "Outcome"),
        "needs": translate("ImportWizard", "Needs heard"),
        IGNORE: translate("ImportWizard", "(ignore)"),
    }[target]


class ImportWizard(Dialog):
    """One file's import, from reading it to the contacts written."""

    preferred_size = (900, 640)

    def __init__(
        self, operations: Operations, clock: Clock, path: Path, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import {name}").format(name=path.name))
        self.operations, self.path = operations, path
        self.table: Table | None = None
        self.plan: ContactPlan | None = None
        #: What the import did, once done.
        self.imported: Imported | None = None
        self.clock = clock
        self._newest = NewestOnly()
        self._cancel = False
        self.how = QLabel(self.tr("Reading {name}…").format(name=path.name), self)
        self.how.setObjectName("howRead")
        self.sheet = QComboBox(self)
        self.sheet.setObjectName("sheetChoice")
        self.columns = QTableWidget(0, 3, self)
        self.columns.setObjectName("columnsTable")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First value"), self.tr("Taken as")]
        )
        self.columns.verticalHeader().hide()
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview = QTableWidget(0, 7, self)
        self.preview.setObjectName("previewTable")
        self.preview.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Company"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Address"),
                self.tr("Source"),
            ]
        )
        self.preview.verticalHeader().hide()
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.horizontalHeader().setStretchLastSection(True)
        self.merge = QRadioButton(self.tr("Fill in their &empty details"), self)
        self.merge.setObjectName("mergeDuplicates")
        self.skip = QRadioButton(self.tr("&Leave them as they are"), self)
        self.skip.setObjectName("skipDuplicates")
        self.merge.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.merge, self.skip):
            group.addButton(button)
        group.buttonToggled.connect(self._merge_chosen)
        duplicates = QGroupBox(
            self.tr("Contacts already there (same e-mail, or same name and company)"), self
        )
        duplicates_layout = QHBoxLayout(duplicates)
        duplicates_layout.addWidget(self.merge)
        duplicates_layout.addWidget(self.skip)
        duplicates_layout.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.invalid = QListWidget(self)
        self.invalid.setObjectName("invalidRows")
        self.invalid.setMaximumHeight(90)
        self.save_invalid = QPushButton(self.tr("&Save these rows as CSV…"), self)
        self.save_invalid.setObjectName("saveInvalid")
        self.save_invalid.setEnabled(False)
        self.save_invalid.clicked.connect(self._save_invalid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importNow")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._replan)

        top = QFormLayout()
        top.addRow(self.tr("File:"), QLabel(str(path), self))
        top.addRow(self.tr("Read as:"), self.how)
        top.addRow(self.tr("S&heet:"), self.sheet)
        top.setRowVisible(self.sheet, False)  # a workbook's only
        self.form = top
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(QLabel(self.tr("What each column is taken for:"), self))
        layout.addWidget(self.columns, 2)
        layout.addWidget(QLabel(self.tr("The first rows, as they will be stored:"), self))
        layout.addWidget(self.preview, 2)
        layout.addWidget(duplicates)
        layout.addWidget(self.summary)
        invalid_row = QHBoxLayout()
        invalid_row.addWidget(self.invalid, 1)
        invalid_row.addWidget(self.save_invalid, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(invalid_row)
        layout.addWidget(self.buttons)
        self._read(None)

    # -- reading -------------------------------------------------------------------------
    def _read(self, sheet: str | None) -> None:
        path, words = self.path, language()
        self.operations.read(
            self,
            lambda _progress: read_any_table(path, sheet, words),
            self._loaded,
            on_failed=self._unreadable,
        )

    def _unreadable(self, error: BaseException) -> None:
        show_failure(self.parentWidget(), error)
        self.reject()

    def _loaded(self, table: Table) -> None:
        self.table = table
        if table.sheets:
            self.how.setText(self.tr("Excel workbook, sheet '{sheet}'").format(sheet=table.sheet))
            if self.sheet.count() == 0:
                self.sheet.addItems(list(table.sheets))
                self.sheet.currentTextChanged.connect(self._read)
            self.form.setRowVisible(self.sheet, True)
        elif table.encoding:
            separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
            encoding = table.encoding
            if table.other_lines:
                encoding = self.tr("{encoding}, with line {lines} in {other}").format(
                    encoding=encoding,
                    lines=", ".join(map(str, table.other_lines)),
                    other=table.other_encoding,
                )
            self.how.setText(
                self.tr("{encoding} text, columns separated by {separator}").format(
                    encoding=encoding, separator=separator.get(table.delimiter, table.delimiter)
                )
            )
        else:
            self.how.setText(self.tr("vCard address book"))
        guessed = guess_mapping(table.headers)
        head = table.head(1)
        first = head[0][1] if head else []
        self.columns.setRowCount(len(table.headers))
        for row, header in enumerate(table.headers):
            self.columns.setItem(row, 0, QTableWidgetItem(header))
            sample = first[row] if row < len(first) else ""
            self.columns.setItem(row, 1, QTableWidgetItem(sample))
            choice = QComboBox(self.columns)
            choice.setObjectName(f"target{row}")
            for target in TARGETS:
                choice.addItem(target_label(target), target)
            choice.setCurrentIndex(TARGETS.index(guessed[row]))
            choice.currentIndexChanged.connect(lambda _i: self._timer.start())
            self.columns.setCellWidget(row, 2, choice)
        self.columns.resizeColumnToContents(0)
        self._replan()

    def mapping(self) -> list[str]:
        """What each column of the file becomes, as chosen in the table's third column."""
        choices = [self.columns.cellWidget(row, 2) for row in range(self.columns.rowCount())]
        return [str(box.currentData()) for box in choices if isinstance(box, QComboBox)]

    def _merge_chosen(self, _button: object, on: bool) -> None:
        if on:
            self._replan()

    # -- what it would do ------------------------------------------------------------------
    def _replan(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        self._show_preview(table, mapping)
        if not names_a_contact(mapping):
            self.summary.setText(
                self.tr(
                    "Take a column as the full name, or columns as the first and last name: "
                    "a contact needs a name."
                )
            )
            self.import_button.setEnabled(False)
            return
        words, merge = language(), self.merge.isChecked()
        self.import_button.setEnabled(False)
        self.operations.query(
            self,
            lambda session: plan_contacts(session, table, mapping, words, merge),
            self._newest(self._planned),
        )

    def _show_preview(self, table: Table, mapping: list[str]) -> None:
        rows = table.head(PREVIEW_ROWS)
        shown: list[tuple[int, list[str]]]
        if lists_activities(mapping):
            found, bad = read_activity_rows(rows, mapping, self.clock.now(), language())
            shown = [
                (
                    line,
                    [
                        f.name,
                        f.company,
                        f.email,
                        when_text(a.at),
                        kind_label(a.kind),
                        status_label(a.status),
                    ],
                )
                for line, (f, a, _dropped) in found
            ]
            headers = [self.tr("When"), self.tr("Kind"), self.tr("Status")]
        else:
            good, bad = read_rows(rows, mapping, language())
            shown = [
                (
                    line,
                    [f.name, f.company, f.email, f.phone, f.address, source_label(f.source)],
                )
                for line, (f, _dropped) in good
            ]
            headers = [self.tr("Phone"), self.tr("Address"), self.tr("Source")]
        self.preview.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Company"), self.tr("E-mail"), *headers]
        )
        shown += [
            (row.line, [self.tr("(cannot be read: {why})").format(why=row.reason)]) for row in bad
        ]
        shown.sort()
        self.preview.setRowCount(len(shown))
        for row, (line, cells) in enumerate(shown):
            self.preview.setItem(row, 0, QTableWidgetItem(str(line)))
            for column, text in enumerate(cells, start=1):
                self.preview.setItem(row, column, QTableWidgetItem(text))
        self.preview.resizeColumnsToContents()

    def _planned(self, plan: ContactPlan) -> None:
        self.plan = plan
        self.summary.setText(plan_text(plan, language()))
        self.invalid.clear()
        self.invalid.addItems(
            [
                self.tr("line {line}: {reason}").format(line=r.line, reason=r.reason)
                for r in plan.invalid
            ]
            + [
                self.tr("line {line}, column '{column}', left out: {reason}").format(
                    line=left.line, column=left.column, reason=left.reason
                )
                for left in plan.left_out
            ]
        )
        self.save_invalid.setEnabled(bool(plan.invalid))
        self.import_button.setEnabled(plan.adds_anything())

    def _save_invalid(self) -> None:
        if self.plan is None or self.table is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the rows to fix"),
            str(self.path.with_name(f"{self.path.stem}-to-fix.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            return
        headers, rows = self.table.headers, list(self.plan.invalid)
        why = self.tr("Why it was not imported")
        target = Path(name)
        self.operations.read(
            self,
            lambda _progress: write_invalid_rows(target, headers, rows, why),
            lambda _done: self.summary.setText(
                self.tr("The rows to fix are in {path}.").format(path=target)
            ),
        )

    # -- importing --------------------------------------------------------------------------
    def _import(self) -> None:
        table = self.table
        if table is None:
            return
        mapping, words, merge = self.mapping(), language(), self.merge.isChecked()
        store, name = self.operations.store, self.path.name
        progress = QProgressDialog(self.tr("Importing {name}…").format(name=name), "", 0, 100, self)
        progress.setObjectName("importProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        cancel = QPushButton(self.tr("Cancel: change nothing"), progress)
        cancel.setObjectName("cancelImport")
        progress.setCancelButton(cancel)
        progress.canceled.connect(self._cancelled)
        self._cancel = False
        self.import_button.setEnabled(False)

        expected = self.plan.rows if self.plan is not None else 0
        now = self.clock.now()

        def work(report: Progress) -> Applied[Imported]:
            return import_mapped(
                store,
                name,
                table,
                mapping,
                language=words,
                now=now,
                merge=merge,
                progress=report,
                cancelled=lambda: self._cancel,
                expected_rows=expected,
            )

        def done(imported: Imported) -> None:
            progress.close()
            self.imported = imported
            self.accept()

        def failed(error: BaseException) -> None:
            progress.close()
            if isinstance(error, Cancelled):
                self.summary.setText(self.tr("Import cancelled: nothing was changed."))
                self.import_button.setEnabled(True)
                return
            show_failure(self, error)
            self.import_button.setEnabled(True)

        self.operations.write(
            self,
            work,
            done,
            on_progress=lambda fraction: progress.setValue(int(fraction * 100)),
            on_failed=failed,
        )

    def _cancelled(self) -> None:
        self._cancel = True
