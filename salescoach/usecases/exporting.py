"""Every export a rep can ask for, from the command line or File ▸ Export: the data formats
of `interchange.files` and the period's report as a PDF, chosen by the file's extension.

`FORMATS` is the one list both front ends offer: the command line's help names its
extensions, the window's save dialog its labels.
"""

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from salescoach.core.funnel import Period
from salescoach.interchange.files import EXPORTABLE, export_file, refuse_database_files
from salescoach.interchange.record_values import InvalidFile
from salescoach.reports.funnel_tables import resolve_period
from salescoach.reports.period_report import write_report
from salescoach.reports.results import say
from salescoach.store import Store

#: Every extension `export` writes.
EXPORTS = (*EXPORTABLE, ".pdf")
#: The tables a CSV file can hold.
TABLES = ("contacts", "opportunities", "activities")


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One choice of File ▸ Export: a kind of file, and for a CSV the table it holds."""

    suffix: str
    table: str = "contacts"

    @property
    def key(self) -> str:
        return self.suffix[1:] if self.suffix != ".csv" else f"csv_{self.table}"

    def label(self, language: str) -> str:
        """What the save dialog calls it, with its pattern: "Calendar (*.ics)"."""
        return f"{say(language, f'export.{self.key}')} (*{self.suffix})"


FORMATS = (
    ExportFormat(".json"),
    ExportFormat(".xlsx"),
    *(ExportFormat(".csv", table) for table in TABLES),
    ExportFormat(".ics"),
    ExportFormat(".vcf"),
    ExportFormat(".pdf"),
)


@dataclass(frozen=True, slots=True)
class Exported:
    path: Path

    def text(self, language: str) -> str:
        return say(language, "done.exported", path=self.path)


def export(
    store: Store,
    path: Path,
    now: datetime,
    language: str = "en",
    table: str = "contacts",
    period: Period | None = None,
) -> Exported:
    """Write `path` in the format its extension names; a PDF is the report on `period` (by
    default the 90 days ending on `now`'s day)."""
    suffix = path.suffix.lower()
    if suffix not in EXPORTS:
        raise InvalidFile("file.cannot_export", name=path.name, allowed=", ".join(EXPORTS))
    if suffix != ".pdf":
        export_file(store, path, table, language, now)
        return Exported(path)
    refuse_database_files(store, path)
    today = now.date()
    with store.reader() as session:
        write_report(session, path, period or resolve_period(None, None, today), today, language)
    return Exported(path)
