"""Every export a rep can ask for, chosen by the file's extension: the data formats of
`interchange.files`, and the period's report as a PDF."""

from datetime import date, datetime
from pathlib import Path

from salescoach.core.funnel import Period
from salescoach.interchange.fields import InvalidFile
from salescoach.interchange.files import EXPORTABLE, export_file, refuse_database_files
from salescoach.reports.funnel_tables import resolve_period
from salescoach.reports.period_report import write_report
from salescoach.store import Store

#: Every extension `export` writes.
EXPORTS = (*EXPORTABLE, ".pdf")


def export(
    store: Store,
    path: Path,
    today: date,
    language: str = "en",
    table: str = "contacts",
    period: Period | None = None,
) -> None:
    """Write `path` in the format its extension names; a PDF is the report on `period` (by
    default the 90 days ending `today`)."""
    suffix = path.suffix.lower()
    if suffix not in EXPORTS:
        raise InvalidFile("file.cannot_export", name=path.name, allowed=", ".join(EXPORTS))
    if suffix != ".pdf":
        now = datetime.combine(today, datetime.now().time())
        export_file(store, path, table, language, now)
        return
    refuse_database_files(store, path)
    with store.reader() as session:
        write_report(session, path, period or resolve_period(None, None, today), today, language)
