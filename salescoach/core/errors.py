"""Error families: what the rep can fix themselves versus what is our bug.

A `UserError` names its message by a key and carries the values that fill it; the text is
read from resources/errors/<language>.toml, so the CLI and the GUI say it in the rep's
language while logs record only the key (never customer data). Any other exception is a bug
and goes to the crash path.
"""

import string
from enum import StrEnum
from typing import Any

from salescoach.resources import texts


class UserError(Exception):
    """A problem the rep (or their machine) can fix; `text()` is one clear sentence."""

    exit_code = 1

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def text(self, language: str = "en") -> str:
        return message(self.key, language, self.params)

    def __str__(self) -> str:
        return self.text()


class InvalidInput(UserError):
    """A value typed or imported by the rep does not make sense."""

    exit_code = 2


def message(key: str, language: str, params: dict[str, Any]) -> str:
    """The sentence for `key` in `language` (English where a translation is missing)."""
    template = _lookup(texts("errors", language), key) or _lookup(texts("errors", "en"), key)
    if template is None:
        return key  # a test makes sure every raised key has a text
    words = texts("errors", language).get("words", {})
    shown = {name: _shown(value, language, words) for name, value in params.items()}
    return template.format(**shown)


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _lookup(table: dict[str, Any], key: str) -> str | None:
    found: Any = table.get("messages", {})
    for part in key.split("."):
        if not isinstance(found, dict) or part not in found:
            return None
        found = found[part]
    return found if isinstance(found, str) else None


def _shown(value: Any, language: str, words: dict[str, str]) -> Any:
    """Nested errors and domain words (a stage, a source) read in the same language."""
    if isinstance(value, UserError):
        return value.text(language)
    if isinstance(value, StrEnum):
        return words.get(value.value, value.value)
    return value
