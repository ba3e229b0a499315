"""Text as a rep searches and sorts it: case and accents folded, so "lefevre" finds Lefèvre
and Élodie sorts among the E's."""

import unicodedata

#: Joins the folded values of several fields in one search key; no typed word contains it.
SEPARATOR = "\x1f"


def fold(text: str) -> str:
    """Lower case without accents: "Città" -> "citta", "Lefèvre" -> "lefevre"."""
    if text.isascii():  # most of a rep's data: nothing to decompose
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def tidy(text: str) -> str:
    """Text as it is kept: trimmed, each line break one "\n" (a note pasted from Windows
    has "\r\n", an old Mac's "\r": every format gives "\n" back)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def sort_key(text: str) -> str:
    """A name as it sorts and matches: accents, case and runs of spaces set aside, so
    "Élodie" sorts among the E's and "ÉTUDES  öko" names the same company as "Études Öko".
    (For French, Italian and English this is the language's own order at its first level.)"""
    return " ".join(fold(text).split())


def search_key(*values: str) -> str:
    """The folded values of a row's searchable fields, in one column the store can LIKE."""
    return SEPARATOR.join(fold(value) for value in values if value)


def search_words(text: str) -> list[str]:
    """What the rep typed, as folded words; every word must match somewhere."""
    return fold(text).split()
