"""Reading typed values out of imported records, naming the path of anything wrong.

Every importer reports a bad value the same way, `activities[3].at: not a date`, so the
rep can find it in the file. `Record.value` reads any declared field (see
`core.records`), so a format's reader is a loop over the declarations.
"""

import math
import stat
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import IO, Any, TypeVar

from salescoach.core.errors import InvalidInput
from salescoach.core.records import (
    FIRST_YEAR,
    LAST_YEAR,
    Kind,
    Spec,
    file_key,
    in_years,
    problem_with,
)

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")


class InvalidFile(InvalidInput):
    """The file cannot be imported; nothing was written."""


class Record:
    """One object of an imported file, with its path for error messages."""

    def __init__(self, data: Any, path: str) -> None:
        if not isinstance(data, Mapping):
            raise InvalidFile("file.not_an_object", path=path)
        self.data = data
        self.path = path

    def fail(self, key: str, problem: str, **params: Any) -> InvalidFile:
        return InvalidFile(f"file.{problem}", path=f"{self.path}.{key}", **params)

    def raw(self, key: str, required: bool = False) -> Any:
        if key not in self.data:
            if required:
                raise self.fail(key, "missing")
            return None
        return self.data[key]

    def value(self, name: str, spec: Spec, default: Any = None) -> Any:
        """The declared field `name`, read from its key in the file and checked."""
        key = file_key(name, spec)
        if spec.kind is Kind.CHOICE:
            assert spec.choices is not None
            return self.choice(key, spec.choices, None if spec.required else default)
        if spec.kind is Kind.FLAG:
            return self.flag(key, bool(default))
        if spec.kind is Kind.MONEY:
            return self.number(key, default or 0.0)
        if spec.kind is Kind.WHEN:
            return self.when(key, spec.required)
        if spec.kind is Kind.REF:
            return self.ref(key, spec.required)
        text = self.text(key, spec.required, default or "")
        if spec.kind is Kind.CURRENCY:
            text = text.upper()
        problem = problem_with(text, spec)
        if problem is not None:
            code, params = problem
            raise self.fail(key, code, **params)
        return text

    def text(self, key: str, required: bool = False, default: str = "") -> str:
        value = self.raw(key, required)
        if value is None:
            if required:
                raise self.fail(key, "missing")
            return default
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            raise self.fail(key, "not_text")
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(key, "not_text")
        text = str(value).strip()
        if required and not text:
            raise self.fail(key, "empty")
        if not _encodable(text):
            raise self.fail(key, "not_text")
        return text

    def ref(self, key: str, required: bool = False) -> str | None:
        """An id reference (text or number), None when absent or null."""
        value = self.raw(key, required)
        if value is None or value == "":
            if required:
                raise self.fail(key, "missing")
            return None
        if isinstance(value, bool) or not isinstance(value, str | int):
            raise self.fail(key, "not_an_id")
        text = str(value) if not isinstance(value, int) or abs(value) < 10**18 else ""
        if not text or len(text) > 200 or not _encodable(text):
            raise self.fail(key, "not_an_id")
        return text

    def number(self, key: str, default: float = 0.0) -> float:
        value = self.raw(key)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            raise self.fail(key, "not_a_number")
        try:
            number = float(str(value).replace(",", ".")) if isinstance(value, str) else float(value)
        except (TypeError, ValueError, OverflowError):
            raise self.fail(key, "not_a_number") from None
        if not math.isfinite(number):
            raise self.fail(key, "not_a_number")
        if number < 0:
            raise self.fail(key, "negative")
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
        raise self.fail(key, "not_a_flag")

    def when(self, key: str, required: bool = False) -> datetime | None:
        value = self.raw(key, required)
        if value is None or value == "":
            if required:
                raise self.fail(key, "missing")
            return None
        parsed = parse_when(value)
        if parsed is None:
            raise self.fail(key, "not_a_date")
        if not in_years(parsed):
            raise self.fail(key, "date_out_of_years", first=FIRST_YEAR, last=LAST_YEAR)
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
            raise self.fail(key, "not_one_of", value=value, allowed=allowed) from None


def _encodable(text: str) -> bool:
    """Text a database can keep: no lone surrogate (a broken escape in the file)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


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
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone().replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None
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


#: The largest file read whole into memory (a SalesCoach file): a year of a busy rep's
#: work is a few tens of MB.
MAX_WHOLE = 512 << 20


def read_bytes(path: Path) -> bytes:
    """A file's bytes, every way it can be unreadable turned into one sentence."""
    if _size(path) > MAX_WHOLE:
        raise InvalidFile("file.too_big", name=path.name, limit=MAX_WHOLE >> 20)
    data: bytes = read_opened(path, lambda file: file.read())
    return data


def read_opened(path: Path, use: Callable[[IO[bytes]], T]) -> T:
    """What `use` makes of the file opened for reading, every way it can be unreadable
    turned into one sentence. Only a plain file is opened: a pipe would wait for a writer
    and a device (/dev/zero) never ends."""
    _size(path)
    try:
        with path.open("rb") as file:
            return use(file)
    except FileNotFoundError:
        raise InvalidFile("file.no_such_file", path=path) from None
    except IsADirectoryError:
        raise InvalidFile("file.is_a_folder", path=path) from None
    except OSError as error:
        raise InvalidFile("file.unreadable", path=path, reason=error.strerror) from None


def _size(path: Path) -> int:
    """The size of the plain file at `path`; anything else refused in one sentence."""
    try:
        found = path.stat()
    except FileNotFoundError:
        raise InvalidFile("file.no_such_file", path=path) from None
    except OSError as error:
        raise InvalidFile("file.unreadable", path=path, reason=error.strerror) from None
    if stat.S_ISDIR(found.st_mode):
        raise InvalidFile("file.is_a_folder", path=path)
    if not stat.S_ISREG(found.st_mode):
        raise InvalidFile("file.not_a_file", path=path)
    return found.st_size
