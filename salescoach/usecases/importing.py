"""Bringing a file in, and taking an import back: one transaction each, one result each."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from salescoach.interchange.files import import_file, import_table, table_import
from salescoach.interchange.salescoach_json import ImportSummary
from salescoach.interchange.tables import Table
from salescoach.reports.results import import_lines, undone_text
from salescoach.store import Store
from salescoach.store.records.imports import Undone, last_import, undo_import
from salescoach.store.session.changes import Applied

Progress = Callable[[float], None]
#: How many unreadable rows or left-out values a one-line summary names (the rest are
#: counted); the command line names them all.
SHOWN_IN_A_LINE = 5


@dataclass(frozen=True, slots=True)
class Imported:
    """What an import brought in from `file`."""

    file: str
    summary: ImportSummary

    def lines(self, language: str, shown: int | None = None) -> list[str]:
        """What it did, then the rows skipped and the values left out (the first `shown`
        of each, or all), each with its line and why."""
        return import_lines(self.summary, self.file, language, shown)

    def text(self, language: str) -> str:
        """The same on one line, for a status bar."""
        return " ".join(self.lines(language, SHOWN_IN_A_LINE))


def import_path(
    store: Store,
    path: Path,
    *,
    language: str,
    now: datetime,
    sheet: str | None = None,
    progress: Progress | None = None,
) -> Applied[Imported]:
    """A SalesCoach file, a spreadsheet or CSV export (`sheet` of a workbook) or vCards,
    in one transaction: all of it, or nothing."""
    if sheet is not None:
        applied = import_table(store, path, sheet=sheet, language=language, now=now)
    else:
        applied = import_file(store, path, progress, language, now)
    return Applied(Imported(path.name, applied.result), applied.changes)


def import_mapped(
    store: Store,
    file: str,
    table: Table,
    mapping: list[str],
    *,
    language: str,
    now: datetime,
    merge: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    expected_rows: int = 0,
) -> Applied[Imported]:
    """A table read beforehand, by the columns the rep chose (the import wizard)."""
    applied = table_import(
        store,
        file,
        table,
        mapping,
        language,
        merge,
        progress,
        cancelled,
        expected_rows=expected_rows,
        now=now,
    )
    return Applied(Imported(file, applied.result), applied.changes)


@dataclass(frozen=True, slots=True)
class ImportUndone:
    undone: Undone

    def text(self, language: str, when: str) -> str:
        """`when`: the import's moment as the front end writes moments."""
        return undone_text(self.undone, when, language)


def undo_an_import(store: Store, batch: int | None, now: datetime) -> Applied[ImportUndone]:
    """Take back import `batch` (the last one not undone yet if None): what it added goes,
    what it changed comes back unless changed since."""

    def undo(session: Session) -> ImportUndone:
        chosen = last_import(session) if batch is None else batch
        return ImportUndone(undo_import(session, chosen, now))

    return store.apply(undo)
