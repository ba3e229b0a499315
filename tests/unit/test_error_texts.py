"""Every problem the code can raise has its sentence, in every language, with the same
placeholders: a French rep never reads a key or an English fallback."""

import re
from pathlib import Path

import pytest

import salescoach
from salescoach.core.errors import _lookup, placeholders
from salescoach.resources import LANGUAGES, texts

SOURCES = Path(salescoach.__file__).parent
RAISED = re.compile(
    r"(?:UserError|InvalidInput|InvalidFile|DatabaseProblem|NewerDatabase|InvalidPeriod)"
    r"\(\s*\"([a-z_.]+)\""
)
FAILED = re.compile(r"fail\([^,()]+, \"([a-z_]+)\"")
CHECKS = re.compile(r"return \"([a-z_]+)\", \{")
BY_CODE = re.compile(r"sqlite3\.SQLITE_\w+: \"([a-z_]+)\"")


def raised_keys() -> set[str]:
    keys: set[str] = set()
    for path in SOURCES.rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        keys |= set(RAISED.findall(code)) | set(BY_CODE.findall(code))
        keys |= {f"file.{key}" for key in FAILED.findall(code)}
        keys |= {key for key in CHECKS.findall(code) if key != "required"}
        keys |= {f"file.{key}" for key in CHECKS.findall(code) if key != "required"}
    keys |= {"file.not_a_date", "file.unknown_contact", "file.unknown_opportunity"}
    keys |= {"file.cannot_import", "file.cannot_export"}
    keys |= {"required.contact.name", "required.opportunity.title"}
    return keys


def test_the_scan_finds_the_keys_it_should():
    assert {"contact_gone", "file.bad_step", "db_damaged", "too_long"} <= raised_keys()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_raised_key_has_a_sentence(language):
    table = texts("errors", language)
    missing = sorted(key for key in raised_keys() if _lookup(table, key) is None)
    assert missing == []


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_keep_the_placeholders(language):
    english, other = texts("errors", "en"), texts("errors", language)

    def walk(table: dict, prefix: str = "") -> dict[str, str]:
        found: dict[str, str] = {}
        for key, value in table.items():
            if isinstance(value, dict):
                found |= walk(value, f"{prefix}{key}.")
            else:
                found[f"{prefix}{key}"] = value
        return found

    ours, theirs = walk(english["messages"]), walk(other["messages"])
    assert set(ours) == set(theirs)
    for key, sentence in ours.items():
        assert placeholders(sentence) == placeholders(theirs[key]), key
