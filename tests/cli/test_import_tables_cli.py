"""`salescoach import` with a rep's CSV export, and taking it back."""

from tests.running import run


def test_a_csv_export_comes_in_then_goes_again(tmp_path):
    db = tmp_path / "db.sqlite3"
    export = tmp_path / "clients.csv"
    export.write_bytes(
        "Prénom;Nom;Courriel\nFrançoise;Lefèvre;f@eclair.fr\nJérôme;Dupré;jerome@\n".encode(
            "cp1252"
        )
    )
    first = run("--create", "import", str(export), db=db)
    assert first.returncode == 0, first.stderr
    assert first.stdout.splitlines()[0].startswith("Imported 2 new contacts from clients.csv;")
    assert "line 3, column 'Courriel': 'jerome@' is not a valid e-mail address." in first.stdout
    again = run("import", str(export), db=db)
    assert "Imported 0 new contacts" in again.stdout and "2 rows already there" in again.stdout
    second = run("import", "--undo-last", db=db)  # the second import, which added nothing
    assert "0 contacts, 0 opportunities and 0 activities removed" in second.stdout
    first_back = run("import", "--undo-last", db=db)
    assert first_back.returncode == 0
    assert "Undid the import of clients.csv" in first_back.stdout
    assert "2 contacts, 0 opportunities" in first_back.stdout


def test_a_file_with_no_name_column_is_refused_and_writes_nothing(tmp_path):
    db = tmp_path / "db.sqlite3"
    run("--create", "check", db=db)
    export = tmp_path / "colours.csv"
    export.write_text("Colour,Size\nred,3\n", encoding="utf-8")
    result = run("--lang", "fr", "import", str(export), db=db)
    assert result.returncode == 2
    assert result.stderr.startswith("salescoach: Aucune colonne de colours.csv")
    nothing = run("import", "--undo-last", db=db)
    assert nothing.returncode == 1 and "no import to undo" in nothing.stderr
