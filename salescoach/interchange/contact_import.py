"""Bringing a rep's contacts in from a spreadsheet or CSV export, never twice.

The plan is made before anything is written: which rows are new contacts, which are already
in the database or earlier in the file (the same e-mail, or the same name and company once
case and accents are folded), what those would add to the contact already there (only empty
fields are filled: nothing the rep typed is overwritten), and which rows are invalid, with
their line and why. Applying the plan is one transaction, so importing the same file again
changes nothing. Each import is kept as a batch (`store.imports`) so it can be undone.
"""

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.core.records import ContactFields
from salescoach.interchange.contact_columns import Invalid, fold, read_rows
from salescoach.interchange.salescoach_json import accounts_named, stored_columns
from salescoach.interchange.tables import Table
from salescoach.store.contacts import load_contact, save_contact
from salescoach.store.imports import note_filled, start_batch
from salescoach.store.models import Account, Contact, ImportItem, new_uid

#: The fields a duplicate may fill in on the contact already there, when empty.
FILLABLE = ("company", "email", "phone", "role", "address", "notes")


@dataclass(slots=True)
class ContactPlan:
    """What importing a table would do."""

    new: list[tuple[int, ContactFields]] = field(default_factory=list)
    #: (line, contact id, the fields it would fill)
    merged: list[tuple[int, int, dict[str, str]]] = field(default_factory=list)
    #: lines that add nothing: the contact is already there with these details
    unchanged: list[int] = field(default_factory=list)
    invalid: list[Invalid] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ContactCounts:
    new: int
    merged: int
    unchanged: int
    invalid: int


def _keys(name: str, company: str, email: str) -> list[str]:
    keys = [f"name:{fold(name)}|{fold(company)}"]
    if email:
        keys.insert(0, f"email:{email.strip().casefold()}")
    return keys


def _filled(current: dict[str, str], incoming: ContactFields) -> dict[str, str]:
    return {
        name: getattr(incoming, name)
        for name in FILLABLE
        if getattr(incoming, name) and not current.get(name)
    }


def plan_contacts(
    session: Session, table: Table, mapping: list[str], language: str = "en", merge: bool = True
) -> ContactPlan:
    """Sort the table's rows into new, merged, unchanged and invalid (nothing is written);
    without `merge`, a contact already there is left as it is."""
    good, invalid = read_rows(table.rows, mapping, language)
    plan = ContactPlan(invalid=invalid)
    known: dict[str, int] = {}
    details: dict[int, dict[str, str]] = {}
    rows = session.execute(
        select(
            Contact.id,
            Contact.name,
            Contact.email,
            Contact.phone,
            Contact.role,
            Contact.address,
            Contact.notes,
            Account.name,  # in the order of `current` below
        ).outerjoin(Account, Account.id == Contact.account_id)
    )
    for id, name, email, *rest in rows:
        current = dict(zip(("phone", "role", "address", "notes", "company"), rest, strict=True))
        current["company"] = company = current["company"] or ""
        details[id] = {"email": email, **current}
        for key in _keys(name, company, email):
            known.setdefault(key, id)
    pending: dict[str, int] = {}  # key -> index in plan.new
    for line, fields in good:
        keys = _keys(fields.name, fields.company, fields.email)
        existing = next((known[k] for k in keys if k in known), None)
        if existing is not None:
            filled = _filled(details[existing], fields) if merge else {}
            if filled:
                details[existing].update(filled)
                plan.merged.append((line, existing, filled))
            else:
                plan.unchanged.append(line)
            continue
        earlier = next((pending[k] for k in keys if k in pending), None)
        if earlier is not None:  # twice in the file: one contact, the gaps filled
            first_line, first = plan.new[earlier]
            filled = _filled({n: getattr(first, n) for n in FILLABLE}, fields)
            plan.new[earlier] = (first_line, replace(first, **filled))
            plan.unchanged.append(line)
            continue
        for key in keys:
            pending[key] = len(plan.new)
        plan.new.append((line, fields))
    return plan


def _values(fields: ContactFields) -> dict[str, object]:
    return {name: getattr(fields, name) for name in fields.__dataclass_fields__}


def apply_contacts(
    session: Session,
    plan: ContactPlan,
    file: str,
    now: datetime,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ContactCounts:
    """Write the plan in the caller's transaction, as one batch of the import history;
    `cancelled` is asked as it goes (raising `Cancelled` rolls the transaction back)."""
    batch = start_batch(session, file, now)
    session.flush()  # its id, for the items written in bulk
    total, done = len(plan.new) + len(plan.merged), 0

    def step(count: int = 1) -> None:
        nonlocal done
        before, done = done, done + count
        if done // STEP > before // STEP:
            if cancelled is not None and cancelled():
                raise Cancelled("import_cancelled")
            if progress is not None:
                progress(done / total)

    accounts = accounts_named(session, {f.company for _line, f in plan.new if f.company})
    stamp = now.replace(microsecond=0)
    for start in range(0, len(plan.new), STEP):
        chunk = [fields for _line, fields in plan.new[start : start + STEP]]
        rows = [
            {
                **stored_columns(ContactFields, _values(fields), skip=("company",)),
                "uid": new_uid(),
                "account_id": accounts.get(fields.company.lower()) if fields.company else None,
                "created_at": stamp,
                "updated_at": stamp,
            }
            for fields in chunk
        ]
        session.execute(insert(Contact.__table__), rows)  # new uids: nothing to update
        session.execute(
            insert(ImportItem.__table__),
            [
                {"batch_id": batch.id, "contact_uid": row["uid"], "added": True, "filled": "{}"}
                for row in rows
            ],
        )
        step(len(chunk))
    batch.added = len(plan.new)
    for _line, contact_id, filled in plan.merged:
        current = load_contact(session, contact_id)
        before = {name: (getattr(current, name), value) for name, value in filled.items()}
        save_contact(session, replace(current, **filled), contact_id)
        note_filled(batch, session.get_one(Contact, contact_id).uid, before)
        step()
    if cancelled is not None and cancelled():
        raise Cancelled("import_cancelled")
    batch.unchanged, batch.invalid = len(plan.unchanged), len(plan.invalid)
    return ContactCounts(len(plan.new), len(plan.merged), len(plan.unchanged), len(plan.invalid))


class Cancelled(UserError):
    """The rep stopped the import; its transaction is rolled back."""


#: Rows written between two looks at Cancel and two progress reports.
STEP = 200
