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
import io
import zipfile
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, Any

from salescoach.interchange.column_names import header_row
from salescoach.interchange.record_values import InvalidFile, read_opened
from salescoach.interchange.spreadsheets import restored, workbook_value

#: The files read as tables: text exports and Excel workbooks.
TABLE_SUFFIXES = (".csv", ".tsv", ".txt", ".xlsx")
DELIMITERS = ",;\t"
SAMPLE = 64 * 1024
MB = 1 << 20
#: How many of a file's first rows may come before the one that names the columns.
HEADER_ROWS = 10
#: The longest cell read (csv's own limit is 128 KB): longer is a sign of a broken file,
#: shorter but past its field's length is left out of the contact, and said.
CELL_LIMIT = 4 << 20
csv.field_size_limit(CELL_LIMIT)
#: A workbook unpacked: a hundred thousand contacts take a few tens of MB.
MAX_UNPACKED = 200 * MB
MAX_RATIO = 1000
#: The encodings of the exports of Windows, older Macs and DOS programs, likeliest first.
LEGACY = ("cp1252", "mac_roman", "cp850")
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
    #: a text file mostly in `encoding` with a few lines in another: which, and where
    other_encoding: str = ""
    other_lines: tuple[int, ...] = ()

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

    read: Callable[[], Generator[Row]]
    #: the header row's line: it and what comes before it (a preamble) are not rows
    header_line: int = 1

    def __iter__(self) -> Iterator[Row]:
        rows = self.read()
        try:
            for row in rows:
                if row[0] > self.header_line:
                    yield row
        finally:
            rows.close()


def read_table(path: Path, sheet: str | None = None) -> Table:
    """The table in a .csv/.tsv/.txt file or an .xlsx workbook (its first sheet, or `sheet`)."""
    if path.suffix.lower() == ".xlsx":
        return _workbook(path, sheet)
    return _text(path)


def _text(path: Path) -> Table:
    head = read_opened(path, lambda file: file.read(SAMPLE))
    if not head.strip():
        raise InvalidFile("file.empty_file", name=path.name)
    encoding = read_opened(path, lambda file: _encoding(head, file))
    if head.count(b"\x00") > max(2, len(head) // 100) and not encoding.codec.startswith("utf-16"):
        raise InvalidFile("file.not_a_table", name=path.name)  # a binary file
    try:
        sample = head.decode(
            encoding.codec, errors="ignore" if len(head) == SAMPLE or encoding.other else "strict"
        )
    except UnicodeDecodeError:
        raise InvalidFile("file.not_a_table", name=path.name) from None
    delimiter = _delimiter(sample.lstrip("\ufeff"))

    def read() -> Generator[Row]:
        try:
            with _lines(path, encoding) as lines:
                reader = csv.reader(lines, delimiter=delimiter)
                start = 1
                for cells in reader:
                    if any(cell.strip() for cell in cells):
                        yield start, [restored(cell.strip(), inside=True) for cell in cells]
                    start = reader.line_num + 1
        except csv.Error:
            raise InvalidFile(
                "file.cell_too_big", name=path.name, line=start, limit=CELL_LIMIT
            ) from None
        except UnicodeDecodeError:
            raise InvalidFile("file.not_a_table", name=path.name) from None
        except OSError as error:
            raise InvalidFile("file.unreadable", path=path, reason=error.strerror) from None

    return _headed(
        path,
        read,
        encoding=_encoding_name(encoding.codec),
        delimiter=delimiter,
        other_encoding=_encoding_name(encoding.other) if encoding.other else "",
        other_lines=encoding.lines,
    )


@dataclass(frozen=True, slots=True)
class Encoding:
    """How a text file's bytes are text: one codec, or UTF-8 with a few lines in another
    (a UTF-8 export a Windows program appended to): each line is then read by what it is,
    so no name is ever stored as "ZoÃ©"."""

    codec: str
    #: the codec of the lines that are not UTF-8, when the file mixes them
    other: str = ""
    #: the first few of those lines (the wizard says which)
    lines: tuple[int, ...] = ()


@contextmanager
def _lines(path: Path, encoding: Encoding) -> Iterator[Iterator[str]]:
    """The file's lines as text, ends kept, as csv wants them."""
    if encoding.codec.startswith("utf-16"):
        with path.open(encoding=encoding.codec, newline="") as file:
            yield file
        return
    with path.open("rb") as file:
        yield _decoded(file, encoding, path.name)


def _decoded(file: IO[bytes], encoding: Encoding, name: str) -> Iterator[str]:
    for number, line in enumerate(file, 1):
        codec = "utf-8" if encoding.codec == "utf-8-sig" and number > 1 else encoding.codec
        try:
            yield line.decode(codec)  # a BOM is the file's first bytes, not each line's
        except UnicodeDecodeError:
            if not encoding.other:
                raise InvalidFile("file.unreadable_line", name=name, line=number) from None
            try:
                yield line.decode(encoding.other)
            except UnicodeDecodeError:
                raise InvalidFile("file.unreadable_line", name=name, line=number) from None


def detect_encoding(data: bytes) -> str:
    """UTF-8 (Excel's BOM or not), UTF-16 (with its BOM, or by its zero bytes), or the
    legacy encoding the bytes are in (Windows-1252, Mac Roman, DOS's 850)."""
    return _encoding(data[:SAMPLE], io.BytesIO(data)).codec


def _encoding(head: bytes, file: IO[bytes]) -> Encoding:
    """The encoding of the whole file, from its first bytes (a BOM, UTF-16's zeros), then
    every byte of it: all UTF-8, no UTF-8 at all (a legacy codec, by charset-normalizer), or
    a mix of the two."""
    if head.startswith(codecs.BOM_UTF8):
        return Encoding("utf-8-sig")
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return Encoding("utf-16")
    if len(head) > 1 and head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
        return Encoding("utf-16-le")
    if len(head) > 1 and head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
        return Encoding("utf-16-be")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in iter(partial(file.read, MB), b""):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        file.seek(0)
        return _mixed_or_legacy(file)
    return Encoding("utf-8")


def _mixed_or_legacy(file: IO[bytes]) -> Encoding:
    """A file that is not all UTF-8, looked at line by line."""
    utf8_seen, others, sample = False, [], bytearray()
    for number, line in enumerate(file, 1):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            utf8_seen = True
        except UnicodeDecodeError:
            others.append(number)
            if len(sample) < SAMPLE:
                sample += line
    legacy = _legacy(bytes(sample))
    if utf8_seen:
        return Encoding("utf-8", legacy, tuple(others[:5]))
    return Encoding(legacy)


def _legacy(data: bytes) -> str:
    """Which single-byte encoding of a Windows, Mac or DOS export `data` is in: of the
    readings charset-normalizer finds plausible, the one whose letters are the likeliest in
    European names and notes (on a short sample every reading looks as good to it)."""
    from charset_normalizer import from_bytes  # only for a file that is not UTF-8

    found = [m for m in from_bytes(data, cp_isolation=list(LEGACY)) if m.encoding in LEGACY]
    if not found:
        return LEGACY[0]
    return max(
        found, key=lambda m: (_likely(data, m.encoding) - m.chaos, -LEGACY.index(m.encoding))
    ).encoding


#: How often each letter or sign beyond ASCII comes up in French, Italian, Spanish and
#: German names and notes (roughly: é is by far the commonest).
LIKELY = {
    **dict.fromkeys("é", 10.0),
    **dict.fromkeys("èà", 4.0),
    **dict.fromkeys("çêòùì’", 2.0),
    **dict.fromkeys("ôîâûëïüöäñóáúíÉÈÀÇ€", 1.0),
    **dict.fromkeys("œæßÊÔÎÂÛËÏÜÖÄÑÓÁÚÍŒÆ«»°‘“”–—…·", 0.5),
}


def _likely(data: bytes, codec: str) -> float:
    beyond = [c for c in data.decode(codec, errors="replace") if ord(c) > 127]
    return sum(LIKELY.get(c, 0.0) for c in beyond) / len(beyond) if beyond else 0.0


def decoded(data: bytes) -> str:
    """Text in whichever encoding `detect_encoding` finds, line by line for a mixed file."""
    encoding = _encoding(data[:SAMPLE], io.BytesIO(data))
    if encoding.codec.startswith("utf-16"):
        return data.decode(encoding.codec)
    return "".join(_decoded(io.BytesIO(data), encoding, ""))


def _encoding_name(encoding: str) -> str:
    return {
        "utf-8-sig": "UTF-8 (BOM)",
        "utf-8": "UTF-8",
        "cp1252": "Windows-1252",
        "mac_roman": "Mac Roman",
        "cp850": "DOS (850)",
    }.get(encoding, "UTF-16")


def _delimiter(sample: str) -> str:
    """The one of `DELIMITERS` that reads the sample's rows as a table: the most rows as wide
    as the first (the header), else as wide as most rows (a preamble first), then the most
    cells; a comma when none does. (csv's sniffer guesses from character counts, which a
    cell full of separators misleads.)"""
    whole = sample[: max(sample.rfind("\n"), 0)] or sample  # the last line may be cut short

    def reading(delimiter: str) -> tuple[bool, int, int]:
        try:
            rows = csv.reader(io.StringIO(whole), delimiter=delimiter)
            lengths = [len(row) for row in rows if any(cell.strip() for cell in row)]
        except csv.Error:
            return False, 0, 0
        if lengths and lengths[0] > 1:
            return True, lengths.count(lengths[0]), lengths[0]
        counted = Counter(n for n in lengths if n > 1)
        if not counted:
            return False, 0, 0
        width, many = counted.most_common(1)[0]
        return False, many, width

    best = max(DELIMITERS, key=lambda d: (*reading(d), -DELIMITERS.index(d)))
    return best if reading(best)[1] else ","


def _workbook(path: Path, sheet: str | None) -> Table:
    from openpyxl import load_workbook  # only when a workbook is read

    if not read_opened(path, lambda file: file.read(1)):
        raise InvalidFile("file.empty_file", name=path.name)
    _refuse_bombs(path)

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

    def read() -> Generator[Row]:
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


def _refuse_bombs(path: Path) -> None:
    """A workbook is a zip of XML: refused before it is read when what it would unpack is
    far more than a sheet of contacts (a "zip bomb" takes gigabytes of memory)."""
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InvalidFile("file.bad_workbook", name=path.name) from None
    packed = max(path.stat().st_size, 1)
    if unpacked > MAX_UNPACKED or (unpacked > 10 * MB and unpacked > MAX_RATIO * packed):
        raise InvalidFile("file.workbook_too_big", name=path.name, limit=MAX_UNPACKED // MB)


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
    return workbook_value(str(value).strip())


def _headed(path: Path, read: Callable[[], Generator[Row]], **how: Any) -> Table:
    """The table whose header row, read now, names the columns: the first non-empty row,
    or the first of the next few to name details we know (an export may open with a note)."""
    rows = read()
    try:
        first = list(islice(rows, HEADER_ROWS))
    finally:
        rows.close()
    if not first:
        raise InvalidFile("file.empty_file", name=path.name)
    line, headers = first[header_row([cells for _line, cells in first])]
    return Table(headers, Reread(read, line), **how)
