"""Records to rows and back, driven by the records' field declarations.

A record's attributes are named after the model's columns (`referred_by_id`, `contact_id`),
so reading and writing is one loop; the few fields stored elsewhere (a contact's company
is an account) are named by the caller.
"""

from collections.abc import Iterable
from typing import Any, TypeVar

from salescoach.core.records import Kind, Record, specs
from salescoach.core.text import tidy

R = TypeVar("R", bound=Record)


def stored_value(kind: Kind, value: Any) -> Any:
    """How a record's value is kept: text trimmed with its line breaks as one character
    (a note pasted from Windows has two, an old Mac's another: every format keeps "\n"),
    codes upper-cased, times to the second."""
    if isinstance(value, str):
        value = tidy(value)
        return value.upper() if kind is Kind.CURRENCY else value
    if kind is Kind.WHEN and value is not None:
        return value.replace(microsecond=0)
    return value


def store_record(row: Any, record: Record, skip: Iterable[str] = ()) -> None:
    skipped = set(skip)
    for name, spec in specs(type(record)):
        if name not in skipped:
            setattr(row, name, stored_value(spec.kind, getattr(record, name)))


def load_record(record: type[R], row: Any, **elsewhere: Any) -> R:
    values = {name: getattr(row, name) for name, _spec in specs(record) if name not in elsewhere}
    return record(**values, **elsewhere)
