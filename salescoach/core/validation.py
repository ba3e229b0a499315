"""Checks on what the rep types, shared by dialogs, importers and the store."""

import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
_PHONE = re.compile(r"^\+?[0-9 ().\-/]{5,}$")


def is_valid_email(text: str) -> bool:
    """An empty address is fine (not every contact gives one); a typed one must look real."""
    return not text or bool(_EMAIL.match(text.strip()))


def is_valid_phone(text: str) -> bool:
    """Digits with the usual separators, optionally a leading +; empty is fine."""
    return not text or bool(_PHONE.match(text.strip()))
