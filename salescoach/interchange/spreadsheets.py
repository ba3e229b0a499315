"""Contacts, opportunities and activities as a spreadsheet: CSV for any tool, .xlsx for Excel.

The tables are the JSON export's records, flattened: one row per record, one column per
field, references given both as ids and as names a reader recognises. CSV is written in
UTF-8 with a BOM, which is how Excel knows to show accents, separated as the rep's Excel
separates (a comma in English, a semicolon in French and Italian), a cell holding a
separator, a quote or a line break quoted.

Opening an export never runs what a contact's notes happened to say: a cell a spreadsheet
would take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) gets an
apostrophe in front, and in CSV so does such a start after any separator (an Excel reading
with another separator than the writer's would begin a cell there). Each apostrophe is
taken back on import, so what goes out comes back as typed. A character a workbook cannot
hold (a control character) is written as Excel's own `_xHHHH_` escape, and read back.
"""

import csv
import io
import re
from typing import Any, BinaryIO

TABLES = ("contacts", "opportunities", "activities")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: The separator each language's Excel reads a CSV file with.
CSV_DELIMITERS = {"en": ",", "fr": ";", "it": ";"}

_AT_START = re.compile(r"^('*)(?=[=+\-@\t\r])")
_INSIDE = re.compile(r"([,;\t] *)('*)(?=[=+\-@])")
_BACK_AT_START = re.compile(r"^'('*)(?=[=+\-@\t\r])")
_BACK_INSIDE = re.compile(r"([,;\t] *)'('*)(?=[=+\-@])")
#: What the XML of a workbook cannot hold, and Excel's escape (which must escape itself).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]")  # \r too: XML reads it as \n
_ESCAPE_LIKE = re.compile(r"_(x[0-9A-Fa-f]{4}_)")
_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")

Table = tuple[list[str], list[list[Any]]]


def neutralised(value: Any, inside: bool = False) -> Any:
    """`value`, made inert as a spreadsheet cell: an apostrophe more before a formula's
    start at the cell's start, and with `inside` after each separator too."""
    if not isinstance(value, str):
        return value
    text = _AT_START.sub(r"\1'", value, count=1)
    return _INSIDE.sub(r"\1\2'", text) if inside else text


def restored(text: str, inside: bool = False) -> str:
    """A cell read back from a spreadsheet, without the apostrophes `neutralised` added."""
    if "'" not in text:  # nearly every cell: nothing was added
        return text
    if inside:
        text = _BACK_INSIDE.sub(r"\1\2", text)
    return _BACK_AT_START.sub(r"\1", text, count=1)


def workbook_text(value: Any) -> Any:
    """A value as a workbook cell can hold it: made inert, control characters escaped."""
    value = neutralised(value)
    if not isinstance(value, str):
        return value
    value = _ESCAPE_LIKE.sub(r"_x005F_\1", value)
    return _ILLEGAL.sub(lambda found: f"_x{ord(found.group()):04X}_", value)


def workbook_value(text: str) -> str:
    """A workbook cell's text as typed: Excel's escapes and the apostrophe taken back."""
    if "_x" in text:
        text = _ESCAPED.sub(lambda found: chr(int(found.group(1), 16)), text)
    return restored(text)


def tables_of(document: dict[str, Any]) -> dict[str, Table]:
    """The JSON export's records as tables, each reference followed by the name it stands
    for (the contact's name, the opportunity's title)."""
    names = {c["id"]: c["name"] for c in document["contacts"]}
    titles = {o["id"]: o["title"] for o in document["opportunities"]}
    named = {"contact": names, "referred_by": names, "opportunity": titles}
    result: dict[str, Table] = {}
    for table in TABLES:
        records = document[table]
        keys = [k for k in records[0] if k != "stages"] if records else []
        headers: list[str] = []
        for key in keys:
            headers.append(key)
            if key in named:
                headers.append(f"{key}_name")
        rows = []
        for record in records:
            row: list[Any] = []
            for key in keys:
                value = record.get(key)
                row.append("" if value is None else value)
                if key in named:
                    row.append(named[key].get(value, ""))
            rows.append(row)
        result[table] = (headers, rows)
    return result


def write_csv(stream: BinaryIO, table: Table, language: str = "en") -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    writer = csv.writer(text, delimiter=CSV_DELIMITERS.get(language, ","))
    headers, rows = table
    writer.writerow(headers)
    writer.writerows([neutralised(value, inside=True) for value in row] for row in rows)
    text.flush()
    text.detach()


def write_xlsx(stream: BinaryIO, tables: dict[str, Table], sheet_names: dict[str, str]) -> None:
    from openpyxl import Workbook  # only when a workbook is written

    book = Workbook(write_only=True)
    for table, (headers, rows) in tables.items():
        sheet = book.create_sheet(sheet_names.get(table, table))
        sheet.freeze_panes = "A2"
        sheet.append(headers)
        for row in rows:
            sheet.append([workbook_text(value) for value in row])
    book.save(stream)
