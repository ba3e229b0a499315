"""Activities in a rep's export: when, what kind, done or planned, in the rep's words.

Dates are read as reps and spreadsheets write them: ISO (2026-11-23), day first with
slashes or dots (23/11/2026, 23.11.2026, the way of France and Italy), each with an optional
time, or an Excel serial day number (46349, 46349.5 for noon). Kinds and statuses are
recognised in English, French and Italian.
"""

import re
from datetime import datetime, timedelta
from functools import lru_cache

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.errors import InvalidInput
from salescoach.core.records import FIRST_YEAR, LAST_YEAR, ActivityFields, ContactFields, in_years
from salescoach.interchange.column_names import fold
from salescoach.interchange.contact_columns import (
    Dropped,
    Invalid,
    cell_values,
    contact_from,
    keep_sound,
    read_each,
)

EXCEL_EPOCH = datetime(1899, 12, 30)  # Excel's day 0, its 1900 leap-year bug included
_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:[ T](\d{1,2})[:h.](\d{2})(?::(\d{2}))?)?$"
)
_SERIAL = re.compile(r"^\d{4,6}(\.\d+)?$")

_KINDS: dict[ActivityKind, tuple[str, ...]] = {
    ActivityKind.CALL: ("call", "phone", "appel", "telephone", "chiamata", "telefonata"),
    ActivityKind.VISIT: ("visit", "visite", "visita", "field"),
    ActivityKind.MEETING: (
        "meeting",
        "appointment",
        "rendez vous",
        "rdv",
        "reunion",
        "riunione",
        "incontro",
        "appuntamento",
    ),
    ActivityKind.PROPOSAL: (
        "proposal",
        "quote",
        "offer",
        "offre",
        "devis",
        "proposition",
        "proposta",
        "offerta",
        "preventivo",
    ),
    ActivityKind.EMAIL: ("email", "e mail", "mail", "courriel"),
    ActivityKind.SOCIAL: ("social", "linkedin", "message"),
    ActivityKind.NOTE: ("note", "nota", "task", "tache", "compito"),
}
_STATUSES: dict[ActivityStatus, tuple[str, ...]] = {
    ActivityStatus.DONE: (
        "done",
        "completed",
        "complete",
        "held",
        "fait",
        "termine",
        "realise",
        "fatto",
        "completato",
        "svolto",
    ),
    ActivityStatus.PLANNED: (
        "planned",
        "open",
        "scheduled",
        "to do",
        "todo",
        "prevu",
        "a faire",
        "planifie",
        "pianificato",
        "previsto",
        "da fare",
    ),
    ActivityStatus.NO_SHOW: ("no show", "absent", "missed", "assente", "mancato"),
    ActivityStatus.CANCELLED: ("cancelled", "canceled", "annule", "annullato"),
}


def parse_moment(text: str) -> datetime:
    """A cell's date (and time), within the years of a rep's work; raises `InvalidInput`
    naming the value."""
    moment = _moment(text)
    if not in_years(moment):
        raise InvalidInput(
            "date_cell_out_of_years", value=text.strip(), first=FIRST_YEAR, last=LAST_YEAR
        )
    return moment


def _moment(text: str) -> datetime:
    value = text.strip()
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        pass
    found = _DAY_FIRST.match(value)
    if found:
        day, month, year, hour, minute, second = found.groups()
        try:
            return datetime(
                int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0)
            )
        except ValueError:
            raise InvalidInput("bad_date_cell", value=value) from None
    if _SERIAL.match(value):
        try:
            return (EXCEL_EPOCH + timedelta(days=float(value))).replace(microsecond=0)
        except OverflowError:
            raise InvalidInput("bad_date_cell", value=value) from None
    raise InvalidInput("bad_date_cell", value=value)


@lru_cache(maxsize=1024)
def kind_of(text: str) -> ActivityKind:
    folded = fold(text)
    for kind, words in _KINDS.items():
        if any(
            word == folded or word in folded.split() or folded.startswith(word) for word in words
        ):
            return kind
    raise InvalidInput("bad_kind_cell", value=text)


def status_of(text: str, at: datetime, now: datetime) -> ActivityStatus:
    """The status a cell names; none named: done if it is past, planned if it is to come."""
    folded = fold(text)
    if not folded:
        return ActivityStatus.DONE if at <= now else ActivityStatus.PLANNED
    for status, words in _STATUSES.items():
        if any(word in folded for word in words):
            return status
    raise InvalidInput("bad_status_cell", value=text)


#: The optional cells of an activity, each checked on its own.
ACTIVITY_CELLS = {"outcome": "outcome", "notes": "notes", "needs": "needs"}


def read_activity_row(
    cells: list[str], mapping: list[str], now: datetime, language: str = "en"
) -> tuple[ContactFields, ActivityFields, list[Dropped]]:
    """One row as the contact it names and its activity (contact to be resolved), checked,
    with the cells left out of them; raises `UserError` with the reason when the row makes
    no activity."""
    values = cell_values(cells, mapping)
    contact, dropped = contact_from(values, notes=False, language=language)
    dropped += keep_sound(values, ActivityFields, ACTIVITY_CELLS)
    if not values.get("date"):
        raise InvalidInput("missing_date_cell")
    at = parse_moment(values["date"])
    activity = ActivityFields(
        kind=kind_of(values.get("kind", "")),
        status=status_of(values.get("status", ""), at, now),
        at=at,
        contact_id=0,  # resolved when the import is planned
        outcome=values.get("outcome", ""),
        notes=values.get("notes", ""),
        needs=values.get("needs", ""),
    )
    activity.check()
    return contact, activity, dropped


def read_activity_rows(
    rows: list[tuple[int, list[str]]], mapping: list[str], now: datetime, language: str = "en"
) -> tuple[list[tuple[int, tuple[ContactFields, ActivityFields, list[Dropped]]]], list[Invalid]]:
    """The rows that make activities (with their lines) and those that do not (with why)."""
    return read_each(rows, lambda cells: read_activity_row(cells, mapping, now, language), language)
