"""The command line speaks the rep's language in everything it says: what a command did, its
counts in the right form, and argparse's own complaints."""

import json
import string

import pytest

from salescoach.reports.results import count
from salescoach.resources import LANGUAGES, texts
from tests.running import run

DOCUMENT = {
    "format": "salescoach",
    "version": 1,
    "contacts": [{"id": "c1", "name": "Marie Dupont"}],
    "activities": [
        {"id": "a1", "contact": "c1", "kind": "call", "status": "done", "at": "2026-11-02"}
    ],
}


@pytest.mark.parametrize(
    ("lang", "imported", "exported"),
    [
        ("en", "Imported 1 contact, 0 opportunities and 1 activity from", "Exported to"),
        ("fr", "Importé depuis one.json : 1 contact, 0 affaire et 1 action.", "Exporté dans"),
        ("it", "Importati da one.json: 1 contatto, 0 trattative e 1 attività.", "Esportato in"),
    ],
)
def test_what_a_command_did_is_said_in_the_reps_language(tmp_path, lang, imported, exported):
    db, file = tmp_path / "db.sqlite3", tmp_path / "one.json"
    file.write_text(json.dumps(DOCUMENT))
    result = run("--lang", lang, "--create", "import", str(file), db=db)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(imported)
    out = run("--lang", lang, "export", str(tmp_path / "back.json"), db=db)
    assert out.stdout.startswith(exported)


def test_the_environment_s_language_is_the_default(tmp_path):
    file = tmp_path / "one.json"
    file.write_text(json.dumps(DOCUMENT))
    result = run("--create", "import", str(file), db=tmp_path / "db.sqlite3", LANG="it_IT.UTF-8")
    assert result.stdout.startswith("Importati da")


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["--lang", "fr", "funnel", "--frm", "2026-01-01"], "arguments inconnus : --frm"),
        (["--lang", "it", "--today", "2026-13-01", "tips"], "«2026-13-01» non è una data"),
        (["--lang", "fr", "plan", "--target", "-3"], "n'est pas un nombre entier de 0 à"),
        (["--lang", "it", "export"], "questi argomenti sono obbligatori: file"),
        (["--lang=fr", "tips", "--jsn"], "(voir « salescoach --help »)"),
    ],
)
def test_argparse_complains_in_the_reps_language(tmp_path, arguments, said):
    result = run(*arguments, db=tmp_path / "db.sqlite3")
    assert result.returncode == 2
    assert said in result.stderr
    assert "usage" not in result.stderr


def test_team_plan_refuses_a_negative_or_absurd_target_as_plan_does(tmp_path):
    for target in ("-5", "99999999999"):
        result = run("team", "plan", "--target", target, db=tmp_path / "db.sqlite3")
        assert result.returncode == 2
        assert "is not a whole number from 0 to 1,000,000" in result.stderr


@pytest.mark.parametrize(
    ("lang", "number", "said"),
    [
        ("en", 0, "0 rows"),
        ("en", 1, "1 row"),
        ("fr", 0, "0 ligne"),
        ("fr", 1, "1 ligne"),
        ("fr", 2, "2 lignes"),
        ("it", 1, "1 riga"),
        ("it", 0, "0 righe"),
    ],
)
def test_counts_take_the_form_their_number_asks(lang, number, said):
    assert count(lang, "row", number) == said


@pytest.mark.parametrize("lang", LANGUAGES)
def test_days_ago_says_today_and_yesterday(lang):
    words = {"en": ("today", "yesterday"), "fr": ("aujourd'hui", "hier"), "it": ("oggi", "ieri")}
    assert (count(lang, "days_ago", 0), count(lang, "days_ago", 1)) == words[lang]


def _sentences(table, prefix=""):
    for key, value in table.items():
        if isinstance(value, dict):
            yield from _sentences(value, f"{prefix}{key}.")
        elif key != "language":
            yield f"{prefix}{key}", value


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("lang", ["fr", "it"])
def test_every_sentence_is_translated_with_the_same_placeholders(lang):
    english = dict(_sentences(texts("results", "en")))
    other = dict(_sentences(texts("results", lang)))
    missing = {key for key in english if key not in other}
    assert missing == set()
    differing = {
        key
        for key, text in english.items()
        if not key.startswith("argparse.") or "{" in text
        if _fields(text) != _fields(other[key])
    }
    assert differing == set()
