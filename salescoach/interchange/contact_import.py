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
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.core.records import ActivityFields, ContactFields
from salescoach.interchange.activity_columns import read_activity_rows
from salescoach.interchange.contact_columns import Invalid, fold, lists_activities, read_rows
from salescoach.interchange.salescoach_json import accounts_named, stored_columns
from salescoach.interchange.tables import Table
from salescoach.store.contacts import load_contact, save_contact
from salescoach.store.imports import note_filled, start_batch
from salescoach.store.models import Account, Activity, Contact, ImportItem, new_uid

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
    #: (line, its contact, the activity) for an activities export
    activities: list[tuple[int, tuple[str, int], ActivityFields]] = field(default_factory=list)


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
    session: Session,
    table: Table,
    mapping: list[str],
    language: str = "en",
    merge: bool = True,
    now: datetime | None = None,
) -> ContactPlan:
    """Sort the table's rows into new, merged, unchanged and invalid (nothing is written);
    without `merge`, a contact already there is left as it is. In an activities export each
    row is an activity of the contact it names: a new activity, or one already there (the
    same contact, kind and time)."""
    if lists_activities(mapping):
        found, invalid = read_activity_rows(table.rows, mapping, now or datetime.now(), language)
        rows = [(line, fields, activity) for line, (fields, activity) in found]
    else:
        good, invalid = read_rows(table.rows, mapping, language)
        rows = [(line, fields, None) for line, fields in good]
    plan = ContactPlan(invalid=invalid)
    known, details = _known_contacts(session)
    pending: dict[str, int] = {}  # key -> index in plan.new

    def place(line: int, fields: ContactFields) -> tuple[Ref, bool]:
        """The row's contact (there, or new) and whether the row changes it."""
        keys = _keys(fields.name, fields.company, fields.email)
        existing = next((known[k] for k in keys if k in known), None)
        if existing is not None:
            filled = _filled(details[existing], fields) if merge else {}
            if filled:
                details[existing].update(filled)
                plan.merged.append((line, existing, filled))
            return ("id", existing), bool(filled)
        earlier = next((pending[k] for k in keys if k in pending), None)
        if earlier is not None:  # twice in the file: one contact, the gaps filled
            first_line, first = plan.new[earlier]
            filled = _filled({n: getattr(first, n) for n in FILLABLE}, fields)
            plan.new[earlier] = (first_line, replace(first, **filled))
            return ("new", earlier), False
        for key in keys:
            pending[key] = len(plan.new)
        plan.new.append((line, fields))
        return ("new", len(plan.new) - 1), True

    taken: set[tuple[Ref, str, datetime]] = set()
    for line, fields, activity in rows:
        ref, changed = place(line, fields)
        if activity is None:
            if not changed:
                plan.unchanged.append(line)
        elif (ref, activity.kind, activity.at) in taken:
            plan.unchanged.append(line)  # twice in the file
        else:
            taken.add((ref, activity.kind, activity.at))
            plan.activities.append((line, ref, activity))
    _drop_activities_there(session, plan)
    return plan


Ref = tuple[str, int]  # ("id", a contact's id) or ("new", its index in the plan's new ones)


def _known_contacts(session: Session) -> tuple[dict[str, int], dict[int, dict[str, str]]]:
    """The contacts there by each of their keys, and their fillable details."""
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
    return known, details


def _drop_activities_there(session: Session, plan: ContactPlan) -> None:
    """Activities the database already has (same contact, kind and time) are not added
    again: importing the same export twice changes nothing."""
    ids = sorted({ref[1] for _line, ref, _a in plan.activities if ref[0] == "id"})
    there: set[tuple[int, str, datetime]] = set()
    for start in range(0, len(ids), 500):
        there.update(
            (contact, kind.value, at)
            for contact, kind, at in session.execute(
                select(Activity.contact_id, Activity.kind, Activity.at).where(
                    Activity.contact_id.in_(ids[start : start + 500])
                )
            )
        )
    kept = []
    for line, ref, activity in plan.activities:
        if ref[0] == "id" and (ref[1], activity.kind.value, activity.at) in there:
            plan.unchanged.append(line)
        else:
            kept.append((line, ref, activity))
    plan.activities = kept


def _values(fields: ContactFields | ActivityFields) -> dict[str, Any]:
    return {name: getattr(fields, name) for name in fields.__dataclass_fields__}


def apply_contacts(
    session: Session,
    plan: ContactPlan,
    file: str,
    now: datetime,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> None:
    """Write the plan in the caller's transaction, as one batch of the import history;
    `cancelled` is asked as it goes (raising `Cancelled` rolls the transaction back)."""
    batch = start_batch(session, file, now)
    session.flush()  # its id, for the items written in bulk
    total, done = len(plan.new) + len(plan.merged) + len(plan.activities), 0

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
    new_ids: list[int] = []
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
        added = dict(
            session.execute(
                insert(Contact.__table__).returning(Contact.uid, Contact.id), rows
            ).all()
        )
        new_ids += [added[row["uid"]] for row in rows]
        _note_added(session, batch.id, "contact", rows)
        step(len(chunk))
    batch.added = len(plan.new)
    for _line, contact_id, filled in plan.merged:
        current = load_contact(session, contact_id)
        before = {name: (getattr(current, name), value) for name, value in filled.items()}
        save_contact(session, replace(current, **filled), contact_id)
        note_filled(batch, session.get_one(Contact, contact_id).uid, before)
        step()
    for start in range(0, len(plan.activities), STEP):
        chunk = plan.activities[start : start + STEP]
        rows = [
            {
                **stored_columns(ActivityFields, _values(activity)),
                "contact_id": ref[1] if ref[0] == "id" else new_ids[ref[1]],
                "uid": new_uid(),
                "created_at": stamp,
                "updated_at": stamp,
            }
            for _line, ref, activity in chunk
        ]
        session.execute(insert(Activity.__table__), rows)
        _note_added(session, batch.id, "activity", rows)
        step(len(chunk))
    if cancelled is not None and cancelled():
        raise Cancelled("import_cancelled")
    batch.activities = len(plan.activities)
    batch.unchanged, batch.invalid = len(plan.unchanged), len(plan.invalid)


def _note_added(session: Session, batch: int, entity: str, rows: list[dict[str, Any]]) -> None:
    """The batch's items for rows just written in bulk."""
    session.execute(
        insert(ImportItem.__table__),
        [{"batch_id": batch, "entity": entity, "uid": row["uid"], "added": True} for row in rows],
    )


class Cancelled(UserError):
    """The rep stopped the import; its transaction is rolled back."""


#: Rows written between two looks at Cancel and two progress reports.
STEP = 200
