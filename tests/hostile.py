"""A hostile corpus, written by code: the files a rep's phone, Excel, CRM or a bad day hand
SalesCoach, each with what must happen to it. Nothing here is a committed blob; the biggest
file is made on the fly and deleted with the test's folder."""

import csv
import io
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook


@dataclass(frozen=True)
class Hostile:
    """A file to import: how it is made, and whether it is taken (some of it at least) or
    refused in one sentence."""

    name: str
    make: Callable[[Path], Path]
    taken: bool


def _written(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _table(rows: list[list[str]], delimiter: str = ",") -> str:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    return out.getvalue()


def _mixed(folder: Path) -> Path:
    path = folder / "mixed.csv"
    good = "".join(f"Zoé {n};Société {n}\n" for n in range(300)).encode("utf-8")
    path.write_bytes(b"Name;Company\n" + good + "Jérôme;Garage à Nîmes\n".encode("cp1252"))
    return path


def _workbook(name: str, rows: list[list[object]]) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        book = Workbook()
        for row in rows:
            book.active.append(row)
        path = folder / name
        book.save(path)
        return path

    return make


def bomb(folder: Path) -> Path:
    """A workbook whose sheet unpacks to 220 MB of blanks, from a file of a few hundred KB."""
    whole = _workbook("whole.xlsx", [["Name"], ["Ada"]])(folder)
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for member in source.infolist():
            data = source.read(member)
            if member.filename != "xl/worksheets/sheet1.xml":
                out.writestr(member, data)
                continue
            head, tail = data.split(b"</sheetData>")
            with out.open(member.filename, "w") as sheet:
                sheet.write(head + b"</sheetData>")
                for _ in range(220):
                    sheet.write(b" " * (1 << 20))
                sheet.write(tail)
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "contacts.csv"
    os.mkfifo(path)
    return path


def _device(folder: Path) -> Path:
    path = folder / "zero.csv"
    path.symlink_to("/dev/zero")
    return path


def _folder(folder: Path) -> Path:
    path = folder / "a folder.csv"
    path.mkdir()
    return path


def _json(name: str, document: object) -> Callable[[Path], Path]:
    return _written(name, json.dumps(document).encode())


def _salescoach(**activity: str) -> dict[str, object]:
    return {
        "format": "salescoach",
        "version": 1,
        "contacts": [{"id": "c1", "name": "Marie"}],
        "activities": [
            {"id": "a1", "contact": "c1", "kind": "call", "status": "done", "at": "2026-11-02"}
            | activity
        ],
    }


VCARD_4 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Marco Rossi\r\nORG:Farmacia Città\r\n"
    "TEL;VALUE=uri;TYPE=work:tel:+39-06-555-0102\r\nEMAIL:marco@\r\n"
    "NOTE:Vuole un preventivo\\, presto\r\nquesta riga è rotta\r\nEND:VCARD\r\n"
)
PHOTO = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Bell\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\r\n"
    " !!!not base64!!!\r\nTEL:+44 20 7946 0000\r\nEND:VCARD\r\n"
)

CORPUS = [
    Hostile("utf-8 with one Windows line", _mixed, True),
    Hostile(
        "utf-16 with its BOM",
        _written("utf16.csv", "Name\tCompany\nÉlodie\tÉclair\n".encode("utf-16")),
        True,
    ),
    Hostile(
        "utf-16 without a BOM",
        _written("utf16le.csv", "Name,Company\nÉlodie,Éclair\n".encode("utf-16-le")),
        True,
    ),
    Hostile(
        "French Excel in Windows-1252",
        _written(
            "clients.csv",
            "Prénom;Nom;Société;Courriel\nJérôme;Dupré;Garage;jerome@\n".encode("cp1252"),
        ),
        True,
    ),
    Hostile(
        "an old Mac's export",
        _written(
            "mac.csv",
            (
                "Name;Company\n" + "".join(f"Françoise {n};Éclair à Nîmes\n" for n in range(20))
            ).encode("mac_roman"),
        ),
        True,
    ),
    Hostile(
        "a cell of 200,000 characters",
        _written("long.csv", _table([["Name", "Notes"], ["Long", "n" * 200_000]]).encode()),
        True,
    ),
    Hostile(
        "a NUL in a row",
        _written("nul.csv", b"Name,Email\nNul\x00Row,a@b.fr\nFine,ok@b.fr\n"),
        True,
    ),
    Hostile(
        "formulas after a separator",
        _written(
            "formula.csv",
            _table([["Name", "Notes"], ["Eve", "x;=cmd|' /C calc'!A0;"], ["Mal", "=1+1"]]).encode(),
        ),
        True,
    ),
    Hostile(
        "LinkedIn's connections with their preamble",
        _written(
            "Connections.csv",
            (
                b'Notes:\n"When exporting your connection data, some e-mail addresses, '
                b'may be missing."\n\n'
                b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                b"Anna,Bell,https://www.linkedin.com/in/anna,,Bell & Co,CEO,04 Dec 2026\n"
            ),
        ),
        True,
    ),
    Hostile(
        "activities at the ends of the calendar",
        _written(
            "calls.csv",
            b"Name,Date,Type\nA,9999-12-31,call\nB,0001-01-01,call\nC,2026-11-02,call\n",
        ),
        True,
    ),
    Hostile("a vCard 4.0 with a broken line", _written("phone.vcf", VCARD_4.encode()), True),
    Hostile("a vCard with a broken photo", _written("photo.vcf", PHOTO.encode()), True),
    Hostile(
        "a vCard cut short",
        _written("cut.vcf", VCARD_4.encode()[: len(VCARD_4) // 2]),
        False,
    ),
    Hostile(
        "a workbook with escaped control characters",
        _workbook("ctrl.xlsx", [["Name", "Notes"], ["Zoé", "a_x000B_b_x0001_"]]),
        True,
    ),
    Hostile("a zip bomb of a workbook", bomb, False),
    Hostile("a workbook that is not one", _written("fake.xlsx", b"PK\x03\x04 not a zip"), False),
    Hostile("binary junk", _written("junk.csv", bytes(range(256)) * 64), False),
    Hostile("an empty file", _written("empty.csv", b""), False),
    Hostile("a pipe", _fifo, False),
    Hostile("a device", _device, False),
    Hostile("a folder", _folder, False),
    Hostile("a SalesCoach file dated 9999", _json("far.json", _salescoach(at="9999-12-31")), False),
    Hostile(
        "a SalesCoach file dated 0001", _json("near.json", _salescoach(at="0001-01-01")), False
    ),
    Hostile(
        "a SalesCoach file with a NUL in a note",
        _json("nul.json", _salescoach(notes="before\x00after")),
        False,
    ),
]
