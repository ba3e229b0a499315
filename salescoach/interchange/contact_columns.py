"""Each row of a rep's export read as a contact, by the mapping of its columns
(`column_names`).

First, middle and last names are joined; the postcode and city go with the street; a mobile
number serves when there is no other phone, and every other phone, e-mail or web address the
row holds is kept in the contact's notes, under a label in the rep's language. A LinkedIn
connection comes from a social network.

A row is refused only for what a contact cannot do without (a name): a broken e-mail or
phone, or a cell longer than its field holds, is left out of the contact the row still
makes, and said (`Dropped`, then `LeftOut` with its line and column).
"""

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from salescoach.core.domain import Source
from salescoach.core.errors import InvalidInput, UserError
from salescoach.core.records import ContactFields, Record, Spec, problem_with, specs
from salescoach.interchange.column_names import IGNORE, MULTI, fold
from salescoach.resources import texts

T = TypeVar("T")

#: words found in a lead-source cell -> our sources
_SOURCES: dict[Source, tuple[str, ...]] = {
    Source.REFERRAL: (
        "referral",
        "referred",
        "word of mouth",
        "recommand",
        "parrain",
        "passaparola",
    ),
    Source.COLD_CALL: ("cold", "prospection", "phone", "telephon", "outbound", "chiamata"),
    Source.SOCIAL: ("social", "linkedin", "facebook", "twitter", "instagram", "reseaux"),
    Source.INBOUND: ("inbound", "web", "site", "organic", "search", "seo", "ads", "form", "email"),
    Source.EVENT: ("event", "trade show", "fair", "salon", "evenement", "fiera", "conference"),
}
#: what a "customer" cell says when the contact is one (a flag, or a CRM's lifecycle stage)
_CUSTOMER = {"yes", "y", "true", "1", "x", "oui", "si", "vrai", "customer", "client", "cliente"}
_CUSTOMER_STAGES = ("customer", "evangelist", "client")


@lru_cache(maxsize=1024)
def source_of(text: str) -> Source:
    folded = fold(text)
    if not folded:
        return Source.OTHER
    for source, words in _SOURCES.items():
        if any(word in folded for word in words):
            return source
    return Source.OTHER


def is_customer(text: str) -> bool:
    if not text:
        return False
    folded = fold(text)
    return folded in _CUSTOMER or any(folded.startswith(s) for s in _CUSTOMER_STAGES)


@dataclass(frozen=True, slots=True)
class Invalid:
    """A row that cannot become a contact, and why, in one sentence."""

    line: int
    reason: str
    cells: list[str]


@dataclass(frozen=True, slots=True)
class Dropped:
    """A cell a row's record was made without: its target, its text and what is wrong."""

    target: str
    value: str
    problem: UserError


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A value an import left out of a row it kept: where it was, and why."""

    line: int
    column: str
    value: str
    reason: str


def left_out(
    line: int,
    cells: list[str],
    mapping: list[str],
    headers: list[str],
    dropped: list[Dropped],
    language: str,
) -> list[LeftOut]:
    """Each dropped value with its line and the header of the column it came from."""
    found = []
    for drop in dropped:
        given = (
            n
            for n, (t, c) in enumerate(zip(mapping, cells, strict=False))
            if t == drop.target and c
        )
        column = next(given, mapping.index(drop.target) if drop.target in mapping else -1)
        header = headers[column] if 0 <= column < len(headers) else drop.target
        found.append(LeftOut(line, header, drop.value, drop.problem.text(language)))
    return found


#: The optional cells of a contact, and the field each fills (checked on its own).
CONTACT_CELLS = {
    "company": "company",
    "email": "email",
    "phone": "phone",
    "mobile": "phone",
    "role": "role",
    "address": "address",
    "city": "address",
    "postcode": "address",
    "notes": "notes",
}


def keep_sound(
    values: dict[str, str], record: type[Record], cells: dict[str, str]
) -> list[Dropped]:
    """Take out of `values` each optional cell (`cells`: target -> the record's field) that
    its field would refuse; returns what was taken out, and why."""
    declared = _declared(record)
    dropped = []
    for target, name in cells.items():
        value = values.get(target)
        if value is None:
            continue
        problem = problem_with(value, declared[name])
        if problem is not None:
            del values[target]
            dropped.append(Dropped(target, value, InvalidInput(problem[0], **problem[1])))
    return dropped


_DECLARED: dict[type, dict[str, Spec]] = {}


def _declared(record: type[Record]) -> dict[str, Spec]:
    """A record type's declarations by field name, worked out once per type."""
    found = _DECLARED.get(record)
    if found is None:
        found = _DECLARED[record] = dict(specs(record))
    return found


def cell_values(cells: list[str], mapping: list[str]) -> dict[str, str]:
    """A row's non-empty cells by target: the first column given a target wins, except for
    targets several columns share (a second phone...), whose values are all kept."""
    values: dict[str, str] = {}
    for target, cell in zip(mapping, cells, strict=False):
        if target == IGNORE or not cell:
            continue
        if "\x00" in cell:  # no text holds one: the file is damaged here
            raise InvalidInput("nul_in_row")
        if target in MULTI and target in values:
            values[target] = f"{values[target]}, {cell}"
        else:
            values.setdefault(target, cell)
    return values


def contact_from(
    values: dict[str, str], notes: bool = True, language: str = "en"
) -> tuple[ContactFields, list[Dropped]]:
    """The contact a row names, checked, and the cells left out of it; raises `UserError`
    with the reason when there is no contact to make (no name, or one too long). Without
    `notes` the notes column is left to the row's activity."""
    values = dict(values)
    if not notes:
        values.pop("notes", None)
    if not values.get("phone") and not values.get("mobile") and values.get("phone2"):
        first, _, rest = values.pop("phone2").partition(", ")  # the only number: the phone
        values["phone"] = first
        if rest:
            values["phone2"] = rest
    try:
        return _contact(values, language), []  # nearly every row: nothing to leave out
    except UserError:
        dropped = keep_sound(values, ContactFields, CONTACT_CELLS)
        return _contact(values, language, dropped), dropped


def _contact(
    values: dict[str, str], language: str, dropped: list[Dropped] | None = None
) -> ContactFields:
    """The checked contact of a row's sound values; an address too long with its city is
    left out too (said in `dropped`)."""
    name = values.get("name") or " ".join(
        values[part] for part in ("first_name", "middle_name", "last_name") if part in values
    )
    address = _address(values)
    if dropped is not None and problem_with(address, _declared(ContactFields)["address"]):
        dropped += keep_sound(values | {"address": address}, ContactFields, {"address": "address"})
        address = ""
    phone = values.get("phone") or values.get("mobile", "")
    kept_notes = values.get("notes", "")
    if _EXTRAS & values.keys():
        extras = _extras(values, phone, language)
        joined = "\n".join(part for part in (kept_notes, *extras) if part)
        if problem_with(joined, _declared(ContactFields)["notes"]) is None:
            kept_notes = joined
    fields = ContactFields(
        name=name,
        company=values.get("company", ""),
        email=values.get("email", ""),
        phone=phone,
        role=values.get("role", ""),
        address=address,
        source=_source(values),
        is_customer=is_customer(values.get("customer", "")),
        notes=kept_notes,
    )
    fields.check()
    return fields


def _address(values: dict[str, str]) -> str:
    """The street, then the postcode and the city: "12 rue Vieille, 75004 Paris"."""
    if "postcode" not in values and "city" not in values:
        return values.get("address", "")
    town = " ".join(values[part] for part in ("postcode", "city") if part in values)
    return ", ".join(part for part in (values.get("address"), town) if part)


def _source(values: dict[str, str]) -> Source:
    if values.get("source"):
        return source_of(values["source"])
    return Source.SOCIAL if values.get("connected") else Source.OTHER


#: The cells that may give a contact's notes more lines.
_EXTRAS = frozenset({"mobile", "phone2", "email2", "web"})


def _extras(values: dict[str, str], phone: str, language: str) -> list[str]:
    """The row's other numbers and addresses, as labelled lines for the notes."""
    labels = texts("reports", language)["imported"]
    lines = []
    if values.get("mobile") and values["mobile"] != phone:
        lines.append(f"{labels['mobile']}: {values['mobile']}")
    for target in ("phone2", "email2", "web"):
        if values.get(target):
            lines.append(f"{labels[target]}: {values[target]}")
    return lines


def read_row(
    cells: list[str], mapping: list[str], language: str = "en"
) -> tuple[ContactFields, list[Dropped]]:
    """One row as contact fields, checked, with the cells left out; raises `UserError` with
    the reason when the row makes no contact."""
    return contact_from(cell_values(cells, mapping), language=language)


def read_each(
    rows: list[tuple[int, list[str]]], read: Callable[[list[str]], T], language: str = "en"
) -> tuple[list[tuple[int, T]], list[Invalid]]:
    """What `read` makes of each row (with its line), and the rows it refuses (with why)."""
    good: list[tuple[int, T]] = []
    bad: list[Invalid] = []
    for line, cells in rows:
        try:
            good.append((line, read(cells)))
        except UserError as error:
            bad.append(Invalid(line, error.text(language), cells))
    return good, bad


def read_rows(
    rows: list[tuple[int, list[str]]], mapping: list[str], language: str = "en"
) -> tuple[list[tuple[int, tuple[ContactFields, list[Dropped]]]], list[Invalid]]:
    """The rows that make contacts (with their lines and the cells left out) and those that
    do not (with why)."""
    return read_each(rows, lambda cells: read_row(cells, mapping, language), language)
