"""The records passed between the UI, the importers and the store, and the one declaration of
each entity's fields.

Each field carries a `Spec`: what kind of value it holds, whether it is required, its
length limit, whether search looks into it, and its name in files. The checks below, the
store's reads and writes, the JSON format and the list columns all read these
declarations, so a field is added in one place.
"""

from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime
from enum import StrEnum
from typing import Any, ClassVar

from salescoach.core.domain import ActivityKind, ActivityStatus, Source
from salescoach.core.errors import InvalidInput
from salescoach.core.text import tidy
from salescoach.core.validation import is_valid_email, is_valid_phone


class Kind(StrEnum):
    TEXT = "text"  # one line
    LONG_TEXT = "long_text"  # notes, needs: several lines
    EMAIL = "email"
    PHONE = "phone"
    CHOICE = "choice"  # one of an enum's values
    FLAG = "flag"
    MONEY = "money"  # zero or more
    CURRENCY = "currency"  # three letters
    WHEN = "when"  # a date and time
    REF = "ref"  # another record, by id in the store and by file id or uid in files


@dataclass(frozen=True, slots=True)
class Spec:
    kind: Kind
    required: bool = False
    limit: int | None = None  # characters
    choices: type[StrEnum] | None = None
    target: str | None = None  # REF: the entity referred to
    key: str | None = None  # the name in files, when it is not the attribute's
    searchable: bool = False


#: Generous limits that no real value reaches and no pasted novel passes.
NAME, LINE, LONG = 200, 254, 20_000
#: The years a rep's work is dated in: a day before or after is a slip of the keyboard (or
#: of an export), and at the ends of the calendar a week's length no longer adds up.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def in_years(moment: datetime) -> bool:
    return FIRST_YEAR <= moment.year <= LAST_YEAR


def spec(kind: Kind, default: Any = MISSING, **details: Any) -> Any:
    """A dataclass field declared with its `Spec`."""
    return field(default=default, metadata={"spec": Spec(kind, **details)})


#: Read for every row of an import: worked out once per record type.
_SPECS: dict[type, tuple[tuple[str, Spec], ...]] = {}


def specs(record: type) -> tuple[tuple[str, Spec], ...]:
    """(attribute, spec) of every declared field of a record type, in order."""
    found = _SPECS.get(record)
    if found is None:
        fields_of = fields(record)
        found = _SPECS[record] = tuple(
            (f.name, f.metadata["spec"]) for f in fields_of if "spec" in f.metadata
        )
    return found


def file_key(name: str, field_spec: Spec) -> str:
    return field_spec.key or name


@dataclass(frozen=True, slots=True)
class ContactFields:
    ENTITY: ClassVar[str] = "contact"

    name: str = spec(Kind.TEXT, required=True, limit=NAME, searchable=True)
    company: str = spec(Kind.TEXT, "", limit=NAME, searchable=True)  # stored as an account
    email: str = spec(Kind.EMAIL, "", limit=LINE, searchable=True)
    phone: str = spec(Kind.PHONE, "", limit=50)
    role: str = spec(Kind.TEXT, "", limit=100, searchable=True)
    address: str = spec(Kind.LONG_TEXT, "", limit=500)  # where a visit takes place
    source: Source = spec(Kind.CHOICE, Source.OTHER, choices=Source)
    is_customer: bool = spec(Kind.FLAG, False)
    referred_by_id: int | None = spec(Kind.REF, None, target="contact", key="referred_by")
    notes: str = spec(Kind.LONG_TEXT, "", limit=LONG)

    def check(self) -> None:
        check_fields(self)


@dataclass(frozen=True, slots=True)
class OpportunityFields:
    ENTITY: ClassVar[str] = "opportunity"

    contact_id: int = spec(Kind.REF, required=True, target="contact", key="contact")
    title: str = spec(Kind.TEXT, required=True, limit=NAME, searchable=True)
    value: float = spec(Kind.MONEY, 0.0)
    currency: str = spec(Kind.CURRENCY, "EUR")

    def check(self) -> None:
        check_fields(self)


@dataclass(frozen=True, slots=True)
class ActivityFields:
    ENTITY: ClassVar[str] = "activity"

    kind: ActivityKind = spec(Kind.CHOICE, required=True, choices=ActivityKind)
    status: ActivityStatus = spec(Kind.CHOICE, required=True, choices=ActivityStatus)
    at: datetime = spec(Kind.WHEN, required=True)
    contact_id: int = spec(Kind.REF, required=True, target="contact", key="contact")
    opportunity_id: int | None = spec(Kind.REF, None, target="opportunity", key="opportunity")
    outcome: str = spec(Kind.TEXT, "", limit=LONG, searchable=True)
    notes: str = spec(Kind.LONG_TEXT, "", limit=LONG, searchable=True)
    needs: str = spec(Kind.LONG_TEXT, "", limit=LONG, searchable=True)
    #: The coach's lesson a follow-up was planned for (a tip, the week's plan), so what
    #: acting on a lesson did can be measured; "" for the rep's own.
    lesson: str = spec(Kind.TEXT, "", limit=64)

    def check(self) -> None:
        check_fields(self)


Record = ContactFields | OpportunityFields | ActivityFields


def check_fields(record: Record) -> None:
    """Refuse a record whose values break their declarations, naming the first problem."""
    for name, field_spec in specs(type(record)):
        problem = problem_with(getattr(record, name), field_spec)
        if problem is not None:
            key, params = problem
            if key == "required":
                key = f"required.{record.ENTITY}.{name}"
            raise InvalidInput(key, **params)


def problem_with(value: Any, field_spec: Spec) -> tuple[str, dict[str, Any]] | None:
    """The message key and values of what is wrong with `value`, or None when it is fine."""
    if isinstance(value, str):
        if value.isprintable():
            text = value.strip()
        else:  # as it would be kept: a name of control characters is no name
            if "\x00" in value:  # no file format keeps it, and no rep types it
                return "nul_in_text", {"start": tidy(value)[:20]}
            text = tidy(value)
        if field_spec.required and not text:
            return "required", {}
        if field_spec.limit is not None and len(text) > field_spec.limit:
            return "too_long", {"start": text[:20], "limit": field_spec.limit}
        if field_spec.kind is Kind.EMAIL and not is_valid_email(text):
            return "bad_email", {"email": text}
        if field_spec.kind is Kind.PHONE and not is_valid_phone(text):
            return "bad_phone", {"phone": text}
        if field_spec.kind is Kind.CURRENCY and (len(text) != 3 or not text.isalpha()):
            return "bad_currency", {"currency": text}
    elif value is None and field_spec.required:
        return "required", {}
    elif isinstance(value, datetime) and not in_years(value):
        return "date_out_of_years", {"date": value.date(), "first": FIRST_YEAR, "last": LAST_YEAR}
    if field_spec.kind is Kind.MONEY and isinstance(value, int | float) and value < 0:
        return "negative_value", {}
    return None
