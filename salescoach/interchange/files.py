"""Import and export by file name: the entry points shared by the CLI and the GUI."""

import json
import os
import tempfile
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.interchange.column_names import guess_mapping, names_a_contact
from salescoach.interchange.contact_columns import Invalid
from salescoach.interchange.contact_import import import_contacts
from salescoach.interchange.demo import build_demo
from salescoach.interchange.demo_size import DemoSize
from salescoach.interchange.json_batch import import_json_batch
from salescoach.interchange.record_values import InvalidFile, read_bytes
from salescoach.interchange.salescoach_json import (
    ImportSummary,
    export_document,
    import_document,
    read_json,
)
from salescoach.interchange.spreadsheets import tables_of, write_csv, write_xlsx
from salescoach.interchange.tables import TABLE_SUFFIXES, Table, decoded, read_table
from salescoach.resources import texts
from salescoach.store import Store
from salescoach.store.database import has_contacts
from salescoach.store.session.changes import Applied

Progress = Callable[[float], None]
IMPORTABLE = (".json", ".vcf", *TABLE_SUFFIXES)
EXPORTABLE = (".json", ".csv", ".xlsx", ".ics", ".vcf")


def _suffix(path: Path, allowed: tuple[str, ...], verb: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise InvalidFile(f"file.cannot_{verb}", name=path.name, allowed=", ".join(allowed))
    return suffix


def import_file(
    store: Store,
    path: Path,
    progress: Progress | None = None,
    language: str = "en",
    now: datetime | None = None,
) -> Applied[ImportSummary]:
    """Import a file in one transaction, as a batch of the import history: all of it, or
    nothing. A spreadsheet or CSV export brings contacts in, its columns mapped from their
    names (`import_table`)."""
    suffix = _suffix(path, IMPORTABLE, "import")
    if suffix in TABLE_SUFFIXES:
        return import_table(store, path, language=language, now=now)
    if suffix == ".vcf":
        cards = read_any_table(path, language=language)
        return table_import(store, path.name, cards, list(cards.headers), language, now=now)
    raw = read_json(path)
    moment = now or datetime.now()
    return store.apply(lambda session: import_json_batch(session, raw, path.name, moment, progress))


def import_table(
    store: Store,
    path: Path,
    mapping: list[str] | None = None,
    sheet: str | None = None,
    language: str = "en",
    now: datetime | None = None,
) -> Applied[ImportSummary]:
    """Contacts from a spreadsheet or CSV export, by `mapping` (else guessed from the
    headers); a file whose columns give no name is refused before anything is written."""
    table = read_table(path, sheet)
    mapping = mapping or guess_mapping(table.headers)
    if not names_a_contact(mapping):
        raise InvalidFile("file.no_columns", name=path.name, headers=", ".join(table.headers))
    return table_import(store, path.name, table, mapping, language, now=now)


def read_any_table(path: Path, sheet: str | None = None, language: str = "en") -> Table:
    """A spreadsheet, CSV or vCard file as the table of contacts it holds."""
    if _suffix(path, (".vcf", *TABLE_SUFFIXES), "import") != ".vcf":
        return read_table(path, sheet)
    from salescoach.interchange.vcards import read_cards  # vobject: only for a vCard

    return read_cards(decoded(read_bytes(path)), path.name, language)


def table_import(
    store: Store,
    file: str,
    table: Table,
    mapping: list[str],
    language: str = "en",
    merge: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    now: datetime | None = None,
    expected_rows: int = 0,
) -> Applied[ImportSummary]:
    """The table's contacts (and activities) written in one transaction, a batch of the
    import history; `cancelled` stops it with nothing written."""

    def bring_in(session: Session) -> ImportSummary:
        plan = import_contacts(
            session, table, mapping, file, language, merge, now, progress, cancelled, expected_rows
        )
        return ImportSummary(
            plan.new,
            0,
            plan.activities,
            plan.merged,
            plan.unchanged,
            tuple(plan.invalid),
            fields_left_out=tuple(plan.left_out),
        )

    return store.apply(bring_in)


def export_file(
    store: Store,
    path: Path,
    table: str = "contacts",
    language: str = "en",
    now: datetime | None = None,
) -> None:
    """Write the export next to its destination first, so a full disk never leaves half a
    file: SalesCoach's JSON, one table as CSV (`table`), every table as an .xlsx workbook
    (its sheets named in `language`), or what is planned as an .ics calendar."""
    suffix = _suffix(path, EXPORTABLE, "export")
    refuse_database_files(store, path)
    with store.reader() as session:
        if suffix == ".ics":
            from salescoach.interchange.calendar import planned_calendar  # only for a calendar

            ics = planned_calendar(session, language, now or datetime.now())
            write_atomically(path, lambda stream: stream.write(ics))
            return
        if suffix == ".vcf":
            from salescoach.interchange.vcards import write_cards

            write_text_atomically(path, write_cards(session))
            return
        document = export_document(session)
    if suffix == ".json":
        write_text_atomically(path, json.dumps(document, ensure_ascii=False, indent=1))
    elif suffix == ".csv":
        write_atomically(
            path, lambda stream: write_csv(stream, tables_of(document)[table], language)
        )
    else:
        names = texts("reports", language)["sheets"]
        write_atomically(path, lambda stream: write_xlsx(stream, tables_of(document), names))


def write_invalid_rows(path: Path, headers: list[str], rows: list[Invalid], why: str) -> None:
    """The rows an import could not read, as a CSV to fix and import again: the file's own
    columns, then why each row was refused."""
    table = ([*headers, why], [[*row.cells, row.reason] for row in rows])
    write_atomically(path, lambda stream: write_csv(stream, table))


def refuse_database_files(store: Store, path: Path) -> None:
    """Never write an export over the open database or its journal, whatever the name: a
    symlink or a hard link to it is the same file."""
    database = store.file
    if database is None:
        return
    for own in (database, *(Path(f"{database}{end}") for end in ("-wal", "-shm", "-journal"))):
        try:
            same = path.exists() and own.exists() and path.samefile(own)
        except OSError:
            same = False
        if same:
            raise InvalidFile("file.is_the_database", path=path)


def write_text_atomically(path: Path, text: str) -> None:
    write_atomically(path, lambda stream: stream.write(text.encode("utf-8")))


def write_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write next to the destination, then swap: a full disk never leaves half a file. A
    symlink stays a link (its target is written) and a file keeps its permissions."""
    if path.is_symlink():
        path = path.resolve()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidFile("file.no_folder", folder=folder)
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else _default_mode()
        handle, temp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as stream:
                write(stream)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp, mode)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise InvalidFile("file.cannot_write", path=path, reason=error.strerror) from None


def _default_mode() -> int:
    """What a new file gets from the rep's umask (mkstemp's own 0600 would hide it)."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def load_demo(
    store: Store,
    seed: int = 1,
    size: DemoSize | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> Applied[ImportSummary]:
    """Fill an empty database with the demo year, through the ordinary importer."""
    document = build_demo(seed, size, today)

    def fill(session: Session) -> ImportSummary:
        if has_contacts(session):
            raise UserError("demo_needs_empty")
        return import_document(session, document, progress)

    return store.apply(fill)
