"""Reading a spreadsheet or a CSV export as rows of text, each with its line in the file.

Reps bring exports from Excel, their phone's address book or another CRM: CSV in UTF-8
(with or without Excel's BOM), Windows-1252 or UTF-16 ("Unicode text"), separated by commas,
semicolons (French and Italian Excel) or tabs; or an .xlsx workbook. What the file is made
of is worked out here, so the mapping of its columns never sees bytes. The rows are read
from the file again at each pass rather than kept, so a file of a hundred thousand rows
costs no more memory than one of ten.
"""

import codecs
import csv
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any

from salescoach.interchange.column_names import header_row
from salescoach.interchange.fields import InvalidFile, read_opened
from salescoach.interchange.spreadsheets import restored

#: The files read as tables: text exports and Excel workbooks.
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
DELIMITERS = ",;\t"
SAMPLE = 64 * 1024
MB = 1 << 20
#: How many of a file's first rows may come before the one that names the columns.
HEADER_ROWS = 10
Row = tuple[int, list[str]]


@dataclass(frozen=True, slots=True)
class Table:
    """A file's header row and the rows under it, with how it was read."""

    headers: list[str]
    #: (the row's line in the file, counting from 1, its cells); may be iterated again
    rows: Iterable[Row]
    #: CSV: the encoding and delimiter detected; a workbook: the sheet read
    encoding: str = ""
    delimiter: str = ""
    sheet: str = ""
    #: a workbook's sheets, to choose another
    sheets: tuple[str, ...] = ()
    #: what the reading itself left out (a vCard's unreadable line), said with the import
    left_out: tuple[Any, ...] = ()

    def head(self, count: int) -> list[Row]:
        """The first `count` rows, without reading the rest of the file."""
        rows = iter(self.rows)
        try:
            return list(islice(rows, count))
        finally:
            close = getattr(rows, "close", None)
            if close is not None:
                close()


@dataclass(frozen=True, slots=True)
class Reread:
    """The rows under the header, read from the file anew at each iteration."""

    read: Callable[[], Iterator[Row]]
    #: the header row's line: it and what comes before it (a preamble) are not rows
    header_line: int = 1

    def __iter__(self) -> Iterator[Row]:
        rows = self.read()
        try:
            for row in rows:
                if row[0] > self.header_line:
                    yield row
        finally:
            rows.close()  # type: ignore[attr-defined]


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table in a .csv/.tsv/.txt file or an .xlsx workbook (its first sheet, or `sheet`)."""
    if path.suffix.lower() == ".xlsx":
        return _workbook(path, sheet)
    return _text(path)


def _text(path: Path) -> Table:
    head = read_opened(path, lambda file: file.read(SAMPLE))
    if not head.strip():
        raise InvalidFile("file.empty_file", name=path.name)
    encoding = read_opened(path, lambda file: _encoding(head, iter(partial(file.read, MB), b"")))
    if b"\x00" in head and not encoding.startswith("utf-16"):
        raise InvalidFile("file.not_a_table", name=path.name)
    try:
        sample = head.decode(encoding, errors="ignore" if len(head) == SAMPLE else "strict")
    except UnicodeDecodeError:
        raise InvalidFile("file.not_a_table", name=path.name) from None
    delimiter = _delimiter(sample.lstrip("\ufeff"))

    def read() -> Iterator[Row]:
        try:
            with path.open(encoding=encoding, newline="") as file:
                reader = csv.reader(file, delimiter=delimiter)
                start = 1
                for cells in reader:
                    if any(cell.strip() for cell in cells):
                        if any("\x00" in cell for cell in cells):
                            raise InvalidFile("file.not_a_table", name=path.name)
                        yield start, [restored(cell.strip()) for cell in cells]
                    start = reader.line_num + 1
        except (csv.Error, UnicodeDecodeError):
            raise InvalidFile("file.not_a_table", name=path.name) from None
        except OSError as error:
            raise InvalidFile("file.unreadable", path=path, reason=error.strerror) from None

    return _headed(path, read, encoding=_encoding_name(encoding), delimiter=delimiter)


def detect_encoding(data: bytes) -> str:
    """UTF-8 (Excel's BOM or not), UTF-16 (with its BOM, or by its zero bytes) or, when the
    bytes are not UTF-8, Windows-1252 (Excel's "CSV" on a French or Italian Windows)."""
    return _encoding(data[:SAMPLE], [data])


def _encoding(head: bytes, chunks: Iterable[bytes]) -> str:
    """The encoding from the file's first bytes, and for UTF-8 all of them in `chunks`."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if len(head) > 1 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return "utf-16-le"
    if len(head) > 1 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return "utf-16-be"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in chunks:
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
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
    """The delimiter csv's sniffer finds among `DELIMITERS` in whole lines of the sample,
    else the commonest of them in the first line."""
    lines = sample.splitlines()
    whole = "\n".join(lines[:-1] if len(lines) > 1 else lines)
    try:
        return csv.Sniffer().sniff(whole, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = lines[0] if lines else ""
        return max(DELIMITERS, key=first.count)


def _workbook(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook  # only when a workbook is read

    if not read_opened(path, lambda file: file.read(1)):
        raise InvalidFile("file.empty_file", name=path.name)

    def opened() -> Any:
        try:
            return load_workbook(path, read_only=True, data_only=True)
        except (zipfile.BadZipFile, KeyError, OSError, ValueError):
            # a password-protected workbook is not a zip at all: it is refused here too
            raise InvalidFile("file.bad_workbook", name=path.name) from None

    book = opened()
    try:
        names = book.sheetnames
        if sheet is not None and sheet not in names:
            raise InvalidFile("file.no_sheet", name=path.name, sheet=sheet, sheets=", ".join(names))
        title = sheet if sheet is not None else book.worksheets[0].title
    finally:
        book.close()

    def read() -> Iterator[Row]:
        book = opened()
        try:
            rows = book[title].iter_rows(values_only=True)
            for line, values in enumerate(rows, start=1):
                if any(value not in (None, "") for value in values):
                    yield line, [_cell(value) for value in values]
        except (zipfile.BadZipFile, KeyError, ValueError):
            raise InvalidFile("file.bad_workbook", name=path.name) from None
        finally:
            book.close()

    return _headed(path, read, sheet=title, sheets=tuple(names))


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


def _headed(path: Path, read: Callable[[], Iterator[Row]], **how: Any) -> Table:
    """The table whose header row, read now, names the columns: the first non-empty row,
    or the first of the next few to name details we know (an export may open with a note)."""
    rows = read()
    try:
        first = list(islice(rows, HEADER_ROWS))
    finally:
        rows.close()  # type: ignore[attr-defined]
    if not first:
        raise InvalidFile("file.empty_file", name=path.name)
    line, headers = first[header_row([cells for _line, cells in first])]
    return Table(headers, Reread(read, line), **how)
