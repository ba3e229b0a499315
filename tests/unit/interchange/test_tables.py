"""Contacts from the files reps really have: every dialect is written here by the test."""

import codecs

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from salescoach.interchange.column_names import fold, guess_mapping
from salescoach.interchange.files import import_file
from salescoach.interchange.record_values import InvalidFile
from salescoach.interchange.tables import decoded, read_table
from salescoach.store.models import Account, Contact
from tests.helpers import add_contact

FRENCH = (
    "Prénom;Nom;Société;Courriel;Téléphone;Ville;Origine\n"
    "Françoise;Lefèvre;Boulangerie Éclair;f.lefevre@eclair.fr;01 23 45 67 89;Besançon;Salon\n"
    "Jérôme;Dupré;Garage Dupré;jerome@;02 11 22 33 44;Nîmes;Recommandation\n"
)


def contacts(store) -> dict[str, tuple[str, str, str, str, str]]:
    with store.reader() as session:
        rows = session.execute(
            select(
                Contact.name,
                Contact.email,
                Contact.phone,
                Contact.address,
                Contact.source,
                Account.name,
            ).outerjoin(Account, Account.id == Contact.account_id)
        )
        return {name: tuple(rest) for name, *rest in rows}


def test_windows_1252_with_semicolons_and_french_headers(tmp_path, store):
    path = tmp_path / "clients.csv"
    path.write_bytes(FRENCH.encode("cp1252"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("Windows-1252", ";")
    summary = import_file(store, path).result
    assert summary.contacts == 2  # the row with a broken e-mail comes in without it
    assert summary.invalid == ()
    [left] = summary.fields_left_out
    assert (left.line, left.column, left.value) == (3, "Courriel", "jerome@")
    assert left.reason == "'jerome@' is not a valid e-mail address."
    assert contacts(store)["Jérôme Dupré"][:2] == ("", "02 11 22 33 44")
    assert contacts(store)["Françoise Lefèvre"] == (
        "f.lefevre@eclair.fr",
        "01 23 45 67 89",
        "Besançon",
        "event",
        "Boulangerie Éclair",
    )


def test_utf8_with_excel_bom_and_commas(tmp_path, store):
    path = tmp_path / "export.csv"
    text = (
        "First Name,Last Name,Company,E-mail,Mobile,City\n"
        'Nicolò,Bianchi,"Caffè Roma, Srl",n@roma.it,333 123 4567,Città\n'
    )
    path.write_bytes(codecs.BOM_UTF8 + text.encode())
    assert read_table(path).encoding == "UTF-8 (BOM)"
    import_file(store, path)
    assert contacts(store)["Nicolò Bianchi"][4] == "Caffè Roma, Srl"
    assert contacts(store)["Nicolò Bianchi"][1] == "333 123 4567"  # the mobile, for want of a phone


def test_utf16_tab_separated_unicode_text(tmp_path, store):
    """What Excel's "Unicode text" gives: UTF-16 with its BOM, tabs between cells."""
    path = tmp_path / "unicode.txt"
    path.write_bytes("Nome\tCognome\tAzienda\nLucia\tFerrà\tOstù\n".encode("utf-16"))
    table = read_table(path)
    assert (table.encoding, table.delimiter) == ("UTF-16", "\t")
    import_file(store, path)
    assert contacts(store)["Lucia Ferrà"][4] == "Ostù"


def test_a_workbook_first_sheet_or_the_one_named(tmp_path, store):
    book = Workbook()
    book.active.title = "Notes"
    book.active.append(["nothing to see"])
    people = book.create_sheet("Clients")
    people.append(["Full Name", "Account Name", "Email", "Lead Source", "Title"])
    people.append(["Ada Lovelace", "Analytical Engines", "ada@engines.uk", "Web", "CTO"])
    path = tmp_path / "clients.xlsx"
    book.save(path)
    with pytest.raises(InvalidFile) as refused:
        import_file(store, path)  # the first sheet names nobody
    assert refused.value.key == "file.no_columns"
    assert contacts(store) == {}
    table = read_table(path, "Clients")
    assert guess_mapping(table.headers)[:3] == ["name", "company", "email"]
    with pytest.raises(InvalidFile):
        read_table(path, "Nope")


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (  # HubSpot
            ["First Name", "Last Name", "Email", "Phone Number", "Company Name", "City"],
            ["first_name", "last_name", "email", "phone", "company", "city"],
        ),
        (  # Salesforce
            ["First Name", "Last Name", "Account Name", "Mailing City", "Lead Source", "Mobile"],
            ["first_name", "last_name", "company", "city", "source", "mobile"],
        ),
        (  # Google Contacts
            [
                "Given Name",
                "Family Name",
                "E-mail 1 - Value",
                "Phone 1 - Value",
                "Organization 1 - Name",
            ],
            ["first_name", "last_name", "email", "phone", "company"],
        ),
        (  # Italian Excel
            ["Nome", "Cognome", "Azienda", "Telefono", "Città", "Colore preferito"],
            ["first_name", "last_name", "company", "phone", "city", "ignore"],
        ),
    ],
)
def test_the_usual_export_headers_are_recognised(headers, expected):
    assert guess_mapping(headers) == expected


def test_duplicates_merge_their_empty_fields_and_never_double(tmp_path, store):
    with store.session() as session:
        add_contact(session, "Hélène Martin", company="Atelier Sud", email="")
    path = tmp_path / "again.csv"
    path.write_text(
        "Name,Company,Email,Phone\n"
        "helene martin,ATELIER SUD,h@sud.fr,\n"  # same name and company, accents and case folded
        "Paul Roux,,p@roux.fr,01 42 00 00 01\n"
        "Paul R.,,P@ROUX.FR,06 12 34 56 78\n",  # same e-mail: the same contact
        encoding="utf-8",
    )
    summary = import_file(store, path).result
    assert (summary.contacts, summary.merged, summary.unchanged) == (1, 1, 1)
    found = contacts(store)
    assert found["Hélène Martin"][0] == "h@sud.fr"
    assert found["Paul Roux"][1] == "01 42 00 00 01"  # the first phone typed stays
    assert summary.invalid == ()
    again = import_file(store, path).result
    assert (again.contacts, again.merged, again.unchanged) == (0, 0, 3)
    assert contacts(store) == found


@pytest.mark.parametrize(
    ("name", "data", "key"),
    [
        ("empty.csv", b"", "file.empty_file"),
        ("blank.csv", b"\n\n  \n", "file.empty_file"),
        ("binary.csv", bytes(range(256)) * 4, "file.not_a_table"),
        ("columns.csv", b"colour,size\nred,3\n", "file.no_columns"),
        ("corrupt.xlsx", b"PK\x03\x04 not really a workbook", "file.bad_workbook"),
        ("protected.xlsx", bytes.fromhex("d0cf11e0a1b11ae1") + b"\x00" * 512, "file.bad_workbook"),
        ("contacts.pdf", b"%PDF-1.4", "file.cannot_import"),
    ],
)
def test_bad_files_are_one_sentence_and_write_nothing(tmp_path, store, name, data, key):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InvalidFile) as refused:
        import_file(store, path)
    assert refused.value.key == key
    assert "\n" not in refused.value.text("fr")
    assert contacts(store) == {}


def test_a_truncated_workbook_is_refused(tmp_path, store):
    book = Workbook()
    book.active.append(["Name"])
    book.active.append(["Ada"])
    whole = tmp_path / "whole.xlsx"
    book.save(whole)
    cut = tmp_path / "cut.xlsx"
    cut.write_bytes(whole.read_bytes()[:-200])
    with pytest.raises(InvalidFile):
        import_file(store, cut)


TYPED = st.characters(codec="cp1252", exclude_characters="\x00")


@settings(max_examples=100, deadline=None)
@given(
    text=st.text(alphabet=TYPED, min_size=1),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_any_text_comes_back_in_any_unicode_encoding(text, encoding):
    """Whatever a rep typed (accents, symbols), the detected encoding gives it back."""
    assert decoded(text.encode(encoding)) == text


NAMES = st.lists(
    st.sampled_from(
        [
            "Françoise",
            "Lefèvre",
            "Hélène",
            "Jérôme",
            "Dupré",
            "Nîmes",
            "Boulangerie Éclair",
            "Société Générale",
            "à rappeler",
            "Città",
            "Forlì",
            "Nicolò",
            "perché",
            "più tardi",
            "Müller",
            "Ortiz Peña",
            "Paul",
            "Marie",
        ]
    ),
    min_size=12,
    max_size=40,
).map(";".join)


@settings(max_examples=100, deadline=None)
@given(text=NAMES, codec=st.sampled_from(["cp1252", "mac_roman", "cp850"]))
def test_names_of_a_legacy_export_come_back(text, codec):
    """Names and notes exported by Windows, an older Mac or a DOS program: a dozen cells or
    more, as a file holds (three accented letters alone could be in any of them)."""
    data = text.encode(codec)
    assume(not _is_utf8(data) and len({c for c in text if ord(c) > 127}) >= 4)
    assert decoded(data) == text


@settings(max_examples=50, deadline=None)
@given(good=st.lists(NAMES, min_size=1, max_size=20), bad=st.lists(NAMES, min_size=1, max_size=3))
def test_a_utf8_file_with_a_few_windows_lines_is_read_line_by_line(good, bad):
    """A UTF-8 export a Windows program appended to: each line read by what it is."""
    lines = [(text, "utf-8") for text in good] + [(text, "cp1252") for text in bad]
    data = b"".join(f"{text}\n".encode(codec) for text, codec in lines)
    assume(any(ord(c) > 127 for c in "".join(good)))  # a sign of UTF-8
    assume(not any(_is_utf8(f"{text}\n".encode("cp1252")) for text in bad))
    assert decoded(data).splitlines() == [text for text, _codec in lines]


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def test_folding_ignores_case_accents_and_punctuation():
    assert fold("  E-mail 1 - Value ") == "e mail 1 value"
    assert fold("Société") == fold("SOCIETE") == "societe"


def test_a_file_broken_past_its_first_chunks_writes_nothing(tmp_path, store, monkeypatch):
    """Rows are read as they are written: a fault far down the file still leaves the
    database as it was."""
    monkeypatch.setattr("salescoach.interchange.contact_import.CHUNK", 100)
    body = "".join(f"Person {n}\tp{n}@example.com\n" for n in range(3000))
    path = tmp_path / "cut.txt"
    path.write_bytes(("Name\tEmail\n" + body).encode("utf-16") + b"\x00")  # half a character
    table = read_table(path)
    assert table.head(2)[1] == (3, ["Person 1", "p1@example.com"])
    with pytest.raises(InvalidFile):
        import_file(store, path)
    assert contacts(store) == {}


def test_five_thousand_utf8_names_and_one_windows_line_are_all_stored_right(tmp_path, store):
    lines = ["Name;Company"] + [f"Zoé {n};Société {n}" for n in range(5000)]
    data = "\n".join(lines).encode("utf-8") + "\nJérôme Dupré;Garage à Nîmes\n".encode("cp1252")
    path = tmp_path / "mixed.csv"
    path.write_bytes(data)
    table = read_table(path)
    assert (table.encoding, table.other_encoding, table.other_lines) == (
        "UTF-8",
        "Windows-1252",
        (5002,),
    )
    import_file(store, path)
    with store.reader() as session:
        names = set(session.scalars(select(Contact.name)))
    assert len(names) == 5001 and "Zoé 4999" in names and "Jérôme Dupré" in names
    assert not any("Ã" in name for name in names)


def test_a_cell_past_csv_s_own_limit_is_left_out_and_a_nul_names_its_row(tmp_path, store):
    path = tmp_path / "odd.csv"
    path.write_text(
        f"Name,Notes\nLong Notes,{'n' * 200_000}\nNul\x00Row,hello\nFine,ok\n",
        encoding="utf-8",
    )
    summary = import_file(store, path).result
    assert summary.contacts == 2
    [nul] = summary.invalid
    assert nul.line == 3 and "NUL" in nul.reason
    [long] = summary.fields_left_out
    assert (long.line, long.column) == (2, "Notes") and "longer than 20000" in long.reason


def test_a_zip_bomb_workbook_is_refused_before_it_is_read(tmp_path, store):
    from tests.hostile import bomb

    path = bomb(tmp_path)
    assert path.stat().st_size < 2 << 20
    with pytest.raises(InvalidFile) as refused:
        import_file(store, path)
    assert refused.value.key == "file.workbook_too_big"


@pytest.mark.parametrize("kind", ["pipe", "device"])
def test_a_pipe_or_a_device_is_refused_not_read_forever(tmp_path, store, kind):
    import os

    if kind == "pipe":
        path = tmp_path / "contacts.csv"
        os.mkfifo(path)
    else:
        path = tmp_path / "zero.csv"
        path.symlink_to("/dev/zero")
    with pytest.raises(InvalidFile) as refused:
        import_file(store, path)
    assert refused.value.key == "file.not_a_file"
