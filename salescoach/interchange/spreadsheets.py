"""Contacts, opportunities and activities as a spreadsheet: CSV for any tool, .xlsx for Excel.

The tables are the JSON export's records, flattened: one row per record, one column per
field, references given both as ids and as names a reader recognises. CSV is written in
UTF-8 with a BOM, which is how Excel knows to show accents. A cell that a spreadsheet would
take for a formula (`=`, `+`, `-`, `@`, a tab or a carriage return first) is written with an
apostrophe in front, so opening an export never runs what a contact's notes happened to say.
"""

import csv
import io
from collections.abc import Iterable
from typing import Any, BinaryIO

TABLES = ("contacts", "opportunities", "activities")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

Table = tuple[list[str], list[list[Any]]]


def neutralised(value: Any) -> Any:
    """`value`, made inert as a spreadsheet cell."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restored(text: str) -> str:
    """A cell read back from a spreadsheet, without the apostrophe `neutralised` put there."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


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


def write_csv(stream: BinaryIO, table: Table) -> None:
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    writer = csv.writer(text)
    headers, rows = table
    writer.writerow(headers)
    writer.writerows(_inert(rows))
    text.flush()
    text.detach()


def write_xlsx(stream: BinaryIO, tables: dict[str, Table], sheet_names: dict[str, str]) -> None:
    from openpyxl import Workbook  # only when a workbook is written

    book = Workbook(write_only=True)
    for table, (headers, rows) in tables.items():
        sheet = book.create_sheet(sheet_names.get(table, table))
        sheet.freeze_panes = "A2"
        sheet.append(headers)
        for row in _inert(rows):
            sheet.append(row)
    book.save(stream)


def _inert(rows: Iterable[list[Any]]) -> Iterable[list[Any]]:
    for row in rows:
        yield [neutralised(value) for value in row]
