"""Texts kept in resource files: the same keys and placeholders in every language."""

import string

import pytest

from salescoach.resources import LANGUAGES, texts


def shape(value: object, path: str = "") -> dict[str, set[str]]:
    """Every text's path and its {placeholders}."""
    if isinstance(value, dict):
        found: dict[str, set[str]] = {}
        for key, inner in value.items():
            if key != "language":
                found |= shape(inner, f"{path}.{key}")
        return found
    return {path: {name for _, name, _, _ in string.Formatter().parse(str(value)) if name}}


@pytest.mark.parametrize("folder", ["reports", "tips", "week"])
@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_every_language_has_every_text_with_the_same_placeholders(folder, language):
    english = shape(texts(folder, "en"))
    other = shape(texts(folder, language))
    assert set(other) == set(english)
    assert {path: other[path] for path in english} == english
