"""Contacts to and from vCard (.vcf), the address book format of phones and mail programs.

Cards of versions 3.0 and 4.0 (and the 2.1 of older phones), several to a file, are read
with vobject, which unfolds long lines; quoted-printable values are decoded, 4.0's phone
numbers written as tel: URIs are read as numbers, and photos are ignored. A line vobject
cannot read is left out of its card, and said with its line (never logged: it may hold a
customer's words). Each card becomes a row of the same table a spreadsheet import reads,
so the same duplicate rules apply. Exported cards are version 3.0, the one every address book reads,
with the contact's uid as the card's UID.
"""

import logging
import quopri
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import vobject
from sqlalchemy import select
from sqlalchemy.orm import Session

from salescoach.core.errors import InvalidInput
from salescoach.interchange.contact_columns import LeftOut
from salescoach.interchange.record_values import InvalidFile
from salescoach.interchange.tables import Table
from salescoach.store.models import Account, Contact

COLUMNS = ["name", "company", "email", "phone", "role", "address", "notes", "email2", "phone2"]


def read_cards(text: str, name: str, language: str = "en") -> Table:
    """The cards in `text` as a table of `COLUMNS`, each row at the line its card starts;
    the lines that could not be read are in the table's `left_out`."""
    lines = _LINES.split(text)  # not splitlines(): it breaks at \x1c-\x1e and U+2028 too
    starts = [n for n, line in enumerate(lines, 1) if line.strip().upper() == "BEGIN:VCARD"]
    if not starts:
        raise InvalidFile("file.bad_vcard", name=name)
    try:
        with _unreadable_lines() as skipped:
            cards = list(vobject.readComponents(_without_photos(lines), ignoreUnreadable=True))
    except Exception:  # vobject raises its own and plain errors on a broken card
        raise InvalidFile("file.bad_vcard", name=name) from None
    if len(cards) != len(starts) or any(card.name != "VCARD" for card in cards):
        raise InvalidFile("file.bad_vcard", name=name)  # a card cut short
    rows = [(line, _row(card)) for line, card in zip(starts, cards, strict=True)]
    reason = InvalidInput("unreadable_vcard_line").text(language)
    left_out = tuple(
        LeftOut(number, "vCard", lines[number - 1].strip(), reason)
        for number in _where(lines, skipped)
    )
    return Table(list(COLUMNS), rows, left_out=left_out)


def _without_photos(lines: list[str]) -> str:
    """The cards without their pictures (and the folded lines that continue them): photos
    are not kept, and a damaged one must not cost the rest of the card."""
    kept: list[str] = []
    dropping = False
    for line in lines:
        if line[:1] in (" ", "\t") and dropping:
            continue
        dropping = line.upper().startswith(("PHOTO", "LOGO", "SOUND"))
        if not dropping:
            kept.append(line)
    return "\n".join(kept) + "\n"


_LINES = re.compile(r"\r\n|\r|\n")
_SKIPPED = re.compile(r"Failed to parse line: (.*)$", re.DOTALL)


@contextmanager
def _unreadable_lines() -> Iterator[list[str]]:
    """The lines vobject skipped while reading, heard from its log, which meanwhile goes
    nowhere else: it quotes the line, a customer's words."""
    skipped: list[str] = []

    class Heard(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            found = _SKIPPED.search(record.getMessage())
            if found:
                skipped.append(found.group(1).strip())

    logger = logging.getLogger("vobject.base")
    handlers, propagate = logger.handlers, logger.propagate
    logger.handlers, logger.propagate = [Heard()], False
    try:
        yield skipped
    finally:
        logger.handlers, logger.propagate = handlers, propagate


def _where(lines: list[str], skipped: list[str]) -> list[int]:
    """The file's line number of each skipped line, found in order."""
    numbers, start = [], 0
    for text in skipped:
        for number in range(start, len(lines)):
            line = lines[number].strip()
            if line and text.startswith(line):
                numbers.append(number + 1)
                start = number + 1
                break
    return numbers


def _row(card: Any) -> list[str]:
    name = _value(card, "fn") or _name(card)
    org = _value(card, "org")
    address = card.contents.get("adr", [None])[0]
    email, phone = _preferred(card, "email"), _preferred(card, "tel")
    return [
        name,
        org,
        email,
        _phone(phone),
        _value(card, "title") or _value(card, "role"),
        _address(address.value) if address is not None else "",
        _value(card, "note"),
        ", ".join(_others(card, "email", email)),
        ", ".join(_phone(other) for other in _others(card, "tel", phone)),
    ]


def _text(line: Any) -> str:
    value = line.value
    if isinstance(value, list):  # ORG and the like: their first component
        value = value[0] if value else ""
    value = str(value)
    encoding = " ".join(line.params.get("ENCODING", [])).upper()
    if "QUOTED-PRINTABLE" in encoding:
        charset = (line.params.get("CHARSET") or ["utf-8"])[0]
        value = quopri.decodestring(value.encode("latin-1", "replace")).decode(charset, "replace")
    return value.strip()


def _value(card: Any, key: str) -> str:
    lines = card.contents.get(key)
    return _text(lines[0]) if lines else ""


def _preferred(card: Any, key: str) -> str:
    """The value marked preferred (or work), else the first."""
    lines = card.contents.get(key, [])
    for line in lines:
        types = {t.upper() for t in line.params.get("TYPE", [])}
        if "PREF" in types or line.params.get("PREF"):
            return _text(line)
    for line in lines:
        if "WORK" in {t.upper() for t in line.params.get("TYPE", [])}:
            return _text(line)
    return _text(lines[0]) if lines else ""


def _others(card: Any, key: str, chosen: str) -> list[str]:
    """The card's other values of `key` (a second e-mail, the mobile beside the office)."""
    values = [_text(line) for line in card.contents.get(key, [])]
    return [v for v in dict.fromkeys(values) if v and v != chosen]


def _phone(text: str) -> str:
    """A phone number; vCard 4.0 may write it as a URI (tel:+39-06-555-0102;ext=12)."""
    if text[:4].lower() == "tel:":
        return text[4:].split(";")[0].strip()
    return text


def _name(card: Any) -> str:
    lines = card.contents.get("n")
    if not lines:
        return ""
    parts = lines[0].value
    return " ".join(p for p in (str(parts.given).strip(), str(parts.family).strip()) if p)


def _address(address: Any) -> str:
    parts = (address.street, address.code, address.city, address.country)
    flat = [" ".join(p) if isinstance(p, list) else str(p) for p in parts]
    return ", ".join(p.strip() for p in flat if p and p.strip())


def write_cards(session: Session) -> str:
    """Every contact as a vCard 3.0."""
    rows = session.execute(
        select(Contact, Account.name)
        .outerjoin(Account, Account.id == Contact.account_id)
        .order_by(Contact.sort_key, Contact.id)
    )
    return "".join(_card(contact, company).serialize() for contact, company in rows)


def _card(contact: Contact, company: str | None) -> Any:
    card = vobject.vCard()
    card.add("uid").value = contact.uid
    card.add("fn").value = contact.name
    given, _, family = contact.name.rpartition(" ")
    card.add("n").value = vobject.vcard.Name(family=family or contact.name, given=given)
    for key, value in _fields(contact, company):
        line = card.add(key)
        line.value = value
        if key in ("email", "tel"):
            line.type_param = "WORK"
    return card


def _fields(contact: Contact, company: str | None) -> Iterable[tuple[str, Any]]:
    if company:
        yield "org", [company]
    if contact.email:
        yield "email", contact.email
    if contact.phone:
        yield "tel", contact.phone
    if contact.role:
        yield "title", contact.role
    if contact.address:
        yield "adr", vobject.vcard.Address(street=contact.address)
    if contact.notes:
        yield "note", contact.notes
