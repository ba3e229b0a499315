"""Reading typed values out of imported records, naming the path of anything wrong.

Every importer reports a bad value the same way, `activities[3].at: not a date`, so the
rep can find it in the file.
"""

import uuid
from collections.abc import Mapping
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TypeVar

from salescoach.core.errors import InvalidInput

E = TypeVar("E", bound=StrEnum)


class InvalidFile(InvalidInput):
    """The file cannot be imported; nothing was written."""


class Record:
    """One object of an imported file, with its path for error messages."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, Mapping):
            raise InvalidFile(f"{path}: not an object")
        self.data = data
        self.path = path

    def fail(self, key: str, problem: str) -> InvalidFile:
        return InvalidFile(f"{self.path}.{key}: {problem}")

    def raw(self, key: str, required: bool = False) -> Any:
        if key not in self.data:
            if required:
                raise self.fail(key, "missing")
            return None
        return self.data[key]

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self.raw(key, required)
        if value is None:
            if required:
                raise self.fail(key, "missing")
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(key, "not text")
        text = str(value).strip()
        if required and not text:
            raise self.fail(key, "empty")
        return text

    def ref(self, key: str, required: bool = False) -> str | None:
        """An id reference (text or number), None when absent or null."""
        value = self.raw(key, required)
        if value is None or value == "":
            if required:
                raise self.fail(key, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.fail(key, "not an id")
        return str(value)

    def number(self, key: str, default: float = 0.0) -> float:
        value = self.raw(key)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            raise self.fail(key, "not a number")
        try:
            number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError):
            raise self.fail(key, "not a number") from None
        if number != number or number in (float("inf"), float("-inf")):
            raise self.fail(key, "not a number")
        if number < 0:
            raise self.fail(key, "cannot be negative")
        return number

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.raw(key)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        raise self.fail(key, "not true or false")

    def when(self, key: str, required: bool = False) -> datetime | None:
        value = self.raw(key, required)
        if value is None or value == "":
            if required:
                raise self.fail(key, "missing")
            return None
        parsed = parse_when(value)
        if parsed is None:
            raise self.fail(key, "not a date")
        return parsed

    def choice(self, key: str, enum: type[E], default: E | None = None) -> E:
        value = self.raw(key, required=default is None)
        if value is None or value == "":
            if default is None:
                raise self.fail(key, "missing")
            return default
        try:
            return enum(str(value).strip().lower())
        except ValueError:
            allowed = ", ".join(member.value for member in enum)
            raise self.fail(key, f"'{value}' is not one of {allowed}") from None


_TRUE = {"true", "yes", "1", "y", "oui", "si", "sì"}
_FALSE = {"false", "no", "0", "n", "non"}


def parse_when(value: Any) -> datetime | None:
    """An ISO 8601 date or date-time as naive local time; a date alone is 00:00."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), datetime.min.time())
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed


def format_when(value: datetime) -> str:
    """The inverse of `parse_when`, as short as the value allows."""
    return value.isoformat(timespec="minutes" if not value.second else "seconds")


def uid_for(file_id: str) -> str:
    """Keep an id that is already a UUID (so re-imports merge); give others a fresh one."""
    try:
        return str(uuid.UUID(file_id))
    except ValueError:
        return str(uuid.uuid4())
