"""Text as a rep searches and sorts it: case and accents folded, so "lefevre" finds Lefèvre
and Élodie sorts among the E's."""

import re
import unicodedata

#: Joins the folded values of several fields in one search key; no typed word contains it.
SEPARATOR = "\x1f"


def fold(text: str) -> str:
    """Lower case without accents: "Città" -> "citta", "Lefèvre" -> "lefevre"."""
    if text.isascii():  # most of a rep's data: nothing to decompose
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


#: Line breaks as programs write them: Windows' two characters, an old Mac's, FileMaker's
#: vertical tab, a form feed, Unicode's own separators.
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\u2028\u2029]")
#: What no one types and no format but JSON keeps: the other control characters.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


#: Anything `printable` changes: nearly no text has one, and it is looked for once.
_ODD = re.compile("[\x00-\x08\x0b-\x1f\x7f\u2028\u2029]")


def printable(text: str) -> str:
    """Text every format and every reader can hold: each line break one "\n", the other
    control characters gone (a calendar or a vCard reader refuses them)."""
    if text.isprintable() or not _ODD.search(text):
        return text
    return _CONTROLS.sub("", _BREAKS.sub("\n", text))


def tidy(text: str) -> str:
    """Text as it is kept: printable, and trimmed."""
    return text.strip() if text.isprintable() else printable(text).strip()


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
