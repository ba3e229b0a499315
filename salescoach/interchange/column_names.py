"""Which column of a rep's export holds which detail, from the column's name.

Header names are matched after folding case, accents, punctuation and spaces ("E-mail 1 -
Value", "EmailAddress" and "e mail address" are one name), against the names the exports
reps really have use, in English, French and Italian: Excel lists, Outlook, Google Contacts,
LinkedIn connections, HubSpot, Salesforce (report or API names), Pipedrive, Zoho.

Some names mean a detail only when no column names it more plainly: Outlook's "Title" is
Mr. or Ms. beside its "Job Title", while Salesforce's "Title" is the job title itself. A
second phone or e-mail column is kept as such (in the contact's notes), never dropped; and
an export whose column names come after a preamble (LinkedIn's "Notes:") is read from the
row that names them.
"""

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

IGNORE = "ignore"

#: target -> the header names that mean it
ALIASES: dict[str, tuple[str, ...]] = {
    "first_name": ("first name", "given name", "prenom", "nome", "first"),
    "middle_name": (
        "middle name",
        "additional name",
        "deuxieme prenom",
        "second prenom",
        "secondo nome",
    ),
    "last_name": (
        "last name",
        "surname",
        "family name",
        "nom",
        "nom de famille",
        "cognome",
        "last",
    ),
    "name": (
        "name",
        "full name",
        "display name",
        "contact",
        "contact name",
        "nom complet",
        "nome completo",
    ),
    "company": (
        "company",
        "company name",
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
        "email address",
        "e mail 1 value",
        "e mail 1 address",
        "email work",
        "courriel",
        "adresse e mail",
        "adresse de messagerie",
        "mail",
        "posta elettronica",
        "indirizzo email",
    ),
    "email2": (
        "e mail 2 value",
        "e mail 3 value",
        "e mail 2 address",
        "e mail 3 address",
        "email 2",
        "other email",
        "secondary email",
        "email home",
        "email other",
        "autre e mail",
        "altra email",
    ),
    "phone": (
        "phone",
        "phone number",
        "business phone",
        "work phone",
        "phone work",
        "phone 1 value",
        "telephone",
        "telephone bureau",
        "tel",
        "telefono",
        "numero di telefono",
    ),
    "mobile": (
        "mobile",
        "mobile phone",
        "mobile phone number",
        "phone mobile",
        "cell",
        "cell phone",
        "portable",
        "telephone portable",
        "telephone mobile",
        "mobile telephone",
        "cellulare",
    ),
    "phone2": (
        "phone 2",
        "phone 2 value",
        "phone 3 value",
        "business phone 2",
        "home phone",
        "home phone 2",
        "other phone",
        "primary phone",
        "company main phone",
        "car phone",
        "phone home",
        "phone other",
        "telephone domicile",
        "autre telephone",
        "telefono casa",
        "altro telefono",
    ),
    "address": (
        "address",
        "street",
        "street address",
        "mailing street",
        "address 1 street",
        "business street",
        "adresse",
        "rue",
        "rue bureau",
        "indirizzo",
        "via",
    ),
    "postcode": (
        "postal code",
        "postcode",
        "zip",
        "zip code",
        "mailing zip postal code",
        "mailing postal code",
        "address 1 postal code",
        "business postal code",
        "code postal",
        "code postal bureau",
        "cap",
    ),
    "city": (
        "city",
        "mailing city",
        "town",
        "address 1 city",
        "business city",
        "ville",
        "ville bureau",
        "citta",
        "localita",
    ),
    "source": (
        "lead source",
        "source",
        "original source",
        "origine",
        "fonte",
        "provenienza",
    ),
    "role": (
        "job title",
        "role",
        "position",
        "organization title",
        "organization 1 title",
        "fonction",
        "poste",
        "titre de la fonction",
        "ruolo",
        "qualifica",
        "posizione",
        "titolo",
    ),
    "customer": (
        "customer",
        "is customer",
        "already a customer",
        "lifecycle stage",
        "client",
        "deja client",
        "cliente",
        "gia cliente",
    ),
    "web": (
        "url",
        "web page",
        "website",
        "website 1 value",
        "linkedin",
        "profile url",
        "site web",
        "sito web",
    ),
    "connected": ("connected on",),
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

#: Names that mean a target only when no column names it plainly.
WEAK: dict[str, tuple[str, ...]] = {
    "role": ("title", "titre"),  # Outlook: Mr./Ms. beside "Job Title"; Salesforce: the job
    "company": ("account",),  # Outlook's "Account" beside "Company"
    "address": ("address 1 formatted", "formatted address"),  # Google, beside the street
}

#: Targets several columns may share (each value is kept).
MULTI = frozenset({"phone2", "email2", "web"})
#: Where a second column of a target goes: kept as a second phone or e-mail.
OVERFLOW = {"phone": "phone2", "mobile": "phone2", "email": "email2"}
#: What a CRM puts before a field's name in its column names (Pipedrive: "Person - Email").
PREFIXES = ("person ", "contact ")

TARGETS: tuple[str, ...] = (*ALIASES, IGNORE)


def _key(name: str) -> str:
    return name.replace(" ", "")


_STRONG = {_key(alias): target for target, aliases in ALIASES.items() for alias in aliases}
_WEAK = {_key(alias): target for target, aliases in WEAK.items() for alias in aliases}


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


def _match(header: str) -> tuple[str, bool]:
    """The target a header names, and whether it names it plainly."""
    folded = fold(header)
    for name in (folded, *(folded[len(p) :] for p in PREFIXES if folded.startswith(p))):
        key = _key(name)
        if key in _STRONG:
            return _STRONG[key], True
        if key in _WEAK:
            return _WEAK[key], False
    return IGNORE, False


def guess_mapping(headers: Sequence[str]) -> list[str]:
    """Each column's target, or `IGNORE`. A target named plainly elsewhere is not given to a
    column that only hints at it; a second column of a target is kept as its overflow (a
    second phone or e-mail), or ignored."""
    matches = [_match(header) for header in headers]
    plain = {target for target, strong in matches if strong}
    taken: set[str] = set()
    mapping = []
    for target, strong in matches:
        if target != IGNORE and not strong and target in plain:
            target = IGNORE
        if target in taken and target not in MULTI:
            target = OVERFLOW.get(target, IGNORE)
        if target in taken and target not in MULTI:
            target = IGNORE
        if target != IGNORE:
            taken.add(target)
        mapping.append(target)
    return mapping


def header_row(rows: Sequence[Sequence[str]]) -> int:
    """Which of a file's first rows names its columns: the first to name two details we
    know (LinkedIn puts a note before it), else the first row."""
    for index, cells in enumerate(rows):
        if len(set(guess_mapping(cells)) - {IGNORE}) >= 2:
            return index
    return 0


def lists_activities(mapping: Sequence[str]) -> bool:
    """Whether the table is an activities export: each row a dated activity of a kind."""
    return "date" in mapping and "kind" in mapping


def names_a_contact(mapping: Sequence[str]) -> bool:
    """Whether the mapping can give each row a name: the one field a contact needs."""
    return bool({"name", "first_name", "last_name"} & set(mapping))
