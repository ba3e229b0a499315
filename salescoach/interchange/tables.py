"""Reading a spreadsheet or a CSV export as rows of text, each with its line in the file.

Reps bring exports from Excel, their phone's address book or another CRM: CSV in UTF-8
(with or without Excel's BOM), Windows-1252 or UTF-16 ("Unicode text"), separated by commas,
semicolons (French and Italian Excel) or tabs; or an .xlsx workbook. What the file is made
of is worked out here, so the mapping of its columns never sees bytes.
"""

import codecs
import csv
import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from salescoach.interchange.fields import InvalidFile, read_bytes
from salescoach.interchange.spreadsheets import restored

#: The files read as tables: text exports and Excel workbooks.
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
DELIMITERS = ",;\t"
SAMPLE = 64 * 1024


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header row and the rows under it, with how it was read."""

    headers: list[str]
    #: (the row's line in the file, counting from 1, its cells)
    rows: list[tuple[int, list[str]]]
    #: CSV: the encoding and delimiter detected; a workbook: the sheet read
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    #: a workbook's sheets, to choose another
    sheets: tuple[str, ...] = ()


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table in a .csv/.tsv/.txt file or an .xlsx workbook (its first sheet, or `sheet`)."""
    if path.suffix.lower() == ".xlsx":
        return _workbook(path, sheet)
    return _text(path)


def _text(path: Path) -> Table:
    data = _bytes(path)
    encoding = detect_encoding(data)
    try:
        text = decoded(data)
    except UnicodeDecodeError:
        raise InvalidFile("file.not_a_table", name=path.name) from None
    if "\x00" in text or not text.strip():
        raise InvalidFile("file.not_a_table" if text.strip() else "file.empty_file", name=path.name)
    delimiter = _delimiter(text[:SAMPLE])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                rows.append((start, [restored(cell.strip()) for cell in cells]))
            start = reader.line_num + 1
    except csv.Error:
        raise InvalidFile("file.not_a_table", name=path.name) from None
    return _headed(path, rows, encoding=_encoding_name(encoding), delimiter=delimiter)


def _bytes(path: Path) -> bytes:
    data = read_bytes(path)
    if not data.strip():
        raise InvalidFile("file.empty_file", name=path.name)
    return data


def detect_encoding(data: bytes) -> str:
    """UTF-8 (Excel's BOM or not), UTF-16 (with its BOM, or by its zero bytes) or, when the
    bytes are not UTF-8, Windows-1252 (Excel's "CSV" on a French or Italian Windows)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = data[:SAMPLE]
    if len(head) > 1 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return "utf-16-le"
    if len(head) > 1 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return "utf-16-be"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "cp1252"
    return "utf-8"


def decoded(data: bytes) -> str:
    """Text in whichever encoding `detect_encoding` finds (UnicodeDecodeError if none)."""
    return data.decode(detect_encoding(data))


def _encoding_name(encoding: str) -> str:
    return {
        "utf-8-sig": "UTF-8 (BOM)",
        "utf-8": "UTF-8",
        "cp1252": "Windows-1252",
    }.get(encoding, "UTF-16")


def _delimiter(sample: str) -> str:
    """The delimiter csv's sniffer finds among `DELIMITERS`, else the commonest of them in
    the first line."""
    try:
        return csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = sample.splitlines()[0] if sample else ""
        return max(DELIMITERS, key=first.count)


def _workbook(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook  # only when a workbook is read

    _bytes(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        # a password-protected workbook is not a zip at all: it is refused here too
        raise InvalidFile("file.bad_workbook", name=path.name) from None
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise InvalidFile("file.no_sheet", name=path.name, sheet=sheet, sheets=", ".join(names))
        chosen = book[sheet] if sheet is not None else book.worksheets[0]
        rows = [
            (line, [_cell(value) for value in values])
            for line, values in enumerate(chosen.iter_rows(values_only=True), start=1)
            if any(value not in (None, "") for value in values)
        ]
        return _headed(path, rows, sheet=chosen.title, sheets=tuple(names))
    finally:
        book.close()


def _cell(value: object) -> str:
    """A workbook cell as the text a CSV export would hold (dates as ISO days)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return (
            value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return restored(str(value).strip())


def _headed(path: Path, rows: list[tuple[int, list[str]]], **how: Any) -> Table:
    if not rows:
        raise InvalidFile("file.empty_file", name=path.name)
    (_, headers), body = rows[0], rows[1:]
    return Table(headers, body, **how)
