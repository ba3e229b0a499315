"""Text as a rep searches it: case and accents folded, so "lefevre" finds Lefèvre."""

import unicodedata

#: Joins the folded values of several fields in one search key; no typed word contains it.
SEPARATOR = "\x1f"


def fold(text: str) -> str:
    """Lower case without accents: "Città" -> "citta", "Lefèvre" -> "lefevre"."""
    if text.isascii():  # most of a rep's data: nothing to decompose
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_key(*values: str) -> str:
    """The folded values of a row's searchable fields, in one column the store can LIKE."""
    return SEPARATOR.join(fold(value) for value in values if value)


def search_words(text: str) -> list[str]:
    """What the rep typed, as folded words; every word must match somewhere."""
    return fold(text).split()
