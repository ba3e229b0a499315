"""Which column of a rep's export holds which detail of a contact, and each row read as one.

Header names are matched after folding case, accents and punctuation, against the names the
usual exports use in English, French and Italian (Excel lists, Outlook, Google Contacts,
HubSpot, Salesforce, Pipedrive, Zoho). First and last names are joined; the city goes with
the address; a mobile number serves when there is no other phone.
"""

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from salescoach.core.domain import Source
from salescoach.core.errors import UserError
from salescoach.core.records import ContactFields

IGNORE = "ignore"
T = TypeVar("T")

#: target -> the header names that mean it (folded: see `fold`)
ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "firstname", "given name", "prenom", "nome", "first"),
    "last_name": (
        "last name",
        "lastname",
        "surname",
        "family name",
        "nom",
        "nom de famille",
        "cognome",
        "last",
    ),
    "name": ("name", "full name", "contact", "contact name", "nom complet", "nome completo"),
    "company": (
        "company",
        "company name",
        "account",
        "account name",
        "organization",
        "organisation",
        "organization name",
        "organization 1 name",
        "societe",
        "entreprise",
        "raison sociale",
        "azienda",
        "ragione sociale",
        "societa",
    ),
    "email": (
        "email",
        "e mail",
        "email address",
        "e mail address",
        "e mail 1 value",
        "courriel",
        "adresse e mail",
        "adresse email",
        "mail",
        "posta elettronica",
        "indirizzo email",
        "indirizzo e mail",
    ),
    "phone": (
        "phone",
        "phone number",
        "business phone",
        "work phone",
        "phone 1 value",
        "telephone",
        "tel",
        "telefono",
        "numero di telefono",
    ),
    "mobile": (
        "mobile",
        "mobile phone",
        "mobile phone number",
        "cell",
        "cell phone",
        "portable",
        "telephone portable",
        "mobile telephone",
        "cellulare",
    ),
    "city": ("city", "mailing city", "town", "address 1 city", "ville", "citta", "localita"),
    "address": (
        "address",
        "street",
        "street address",
        "mailing street",
        "address 1 street",
        "business street",
        "adresse",
        "rue",
        "indirizzo",
        "via",
    ),
    "source": ("lead source", "source", "original source", "origine", "fonte", "provenienza"),
    "role": (
        "title",
        "job title",
        "role",
        "position",
        "organization 1 title",
        "fonction",
        "poste",
        "titre",
        "ruolo",
        "qualifica",
        "posizione",
    ),
    "notes": (
        "notes",
        "note",
        "description",
        "remarques",
        "remarque",
        "commentaires",
        "commenti",
        "subject",
        "objet",
        "oggetto",
    ),
    # an activities export: each row an activity with its contact
    "date": (
        "date",
        "activity date",
        "due date",
        "start",
        "start date",
        "when",
        "date de l action",
        "echeance",
        "data",
        "quando",
        "scadenza",
    ),
    "kind": ("type", "activity type", "kind", "type d action", "tipo", "tipo di attivita"),
    "status": ("status", "statut", "etat", "stato"),
    "outcome": ("outcome", "result", "resultat", "esito", "risultato"),
    "needs": ("needs", "customer needs", "besoins", "esigenze", "bisogni"),
}
TARGETS: tuple[str, ...] = (*ALIASES, IGNORE)
_BY_HEADER = {alias: target for target, aliases in ALIASES.items() for alias in aliases}

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


@lru_cache(maxsize=8192)  # companies and sources repeat down a file
def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: "E-mail 1 - Value" -> "e mail 1 value"."""
    plain = (
        text
        if text.isascii()
        else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    )
    words = "".join(ch if ch.isalnum() else " " for ch in plain.casefold())
    return " ".join(words.split())


def guess_mapping(headers: list[str]) -> list[str]:
    """Each column's target, or `IGNORE`; a target already taken by a column to the left is
    not given twice."""
    taken: set[str] = set()
    mapping = []
    for header in headers:
        target = _BY_HEADER.get(fold(header), IGNORE)
        if target in taken:
            target = IGNORE
        taken.add(target)
        mapping.append(target)
    return mapping


def lists_activities(mapping: list[str]) -> bool:
    """Whether the table is an activities export: each row a dated activity of a kind."""
    return "date" in mapping and "kind" in mapping


def names_a_contact(mapping: list[str]) -> bool:
    """Whether the mapping can give each row a name: the one field a contact needs."""
    return bool({"name", "first_name", "last_name"} & set(mapping))


@lru_cache(maxsize=1024)
def source_of(text: str) -> Source:
    folded = fold(text)
    if not folded:
        return Source.OTHER
    for source, words in _SOURCES.items():
        if any(word in folded for word in words):
            return source
    return Source.OTHER


@dataclass(frozen=True, slots=True)
class Invalid:
    """A row that cannot become a contact, and why, in one sentence."""

    line: int
    reason: str
    cells: list[str]


def cell_values(cells: list[str], mapping: list[str]) -> dict[str, str]:
    """A row's non-empty cells by target (the first column given a target wins)."""
    values: dict[str, str] = {}
    for target, cell in zip(mapping, cells, strict=False):
        if target != IGNORE and cell:
            values.setdefault(target, cell)
    return values


def contact_from(values: dict[str, str], notes: bool = True) -> ContactFields:
    """The contact a row names, checked; raises `UserError` with the reason. Without `notes`
    the notes column is left to the row's activity."""
    name = values.get("name") or " ".join(
        part for part in (values.get("first_name"), values.get("last_name")) if part
    )
    address = ", ".join(part for part in (values.get("address"), values.get("city")) if part)
    fields = ContactFields(
        name=name,
        company=values.get("company", ""),
        email=values.get("email", ""),
        phone=values.get("phone") or values.get("mobile", ""),
        role=values.get("role", ""),
        address=address,
        source=source_of(values.get("source", "")),
        notes=values.get("notes", "") if notes else "",
    )
    fields.check()
    return fields


def read_row(cells: list[str], mapping: list[str]) -> ContactFields:
    """One row as contact fields, checked; raises `UserError` with the reason."""
    return contact_from(cell_values(cells, mapping))


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
) -> tuple[list[tuple[int, ContactFields]], list[Invalid]]:
    """The rows that make contacts (with their lines) and those that do not (with why)."""
    return read_each(rows, lambda cells: read_row(cells, mapping), language)
