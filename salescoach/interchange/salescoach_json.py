"""SalesCoach JSON v1: export the whole database, and import a checked document in one go.

The importer writes with bulk statements inside the caller's transaction, so a file of
100k activities imports in seconds and a failure leaves the database untouched. Rows whose
id is already a known uid are updated rather than duplicated, so re-importing a backup
is harmless.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session, aliased

from salescoach.core.records import (
    ActivityFields,
    ContactFields,
    Kind,
    OpportunityFields,
    file_key,
    specs,
)
from salescoach.core.text import sort_key, tidy
from salescoach.interchange.contact_columns import Invalid, LeftOut
from salescoach.interchange.document import FORMAT, VERSION, Document, parse_document
from salescoach.interchange.record_values import InvalidFile, format_when, read_bytes
from salescoach.interchange.stage_histories import merge_histories
from salescoach.interchange.tombstoned import without_deleted
from salescoach.store.models import (
    Account,
    Activity,
    Contact,
    Opportunity,
    StageEvent,
    Synced,
    new_uid,
)
from salescoach.store.records.record_rows import stored_value
from salescoach.store.session.search import derived
from salescoach.store.session.stamps import aware_utc, stamp_of, utc_from_local

_MODELS: dict[type, type] = {
    ContactFields: Contact,
    OpportunityFields: Opportunity,
    ActivityFields: Activity,
}

Progress = Callable[[float], None]
T = TypeVar("T")
_CHUNK = 5000


@dataclass(frozen=True, slots=True)
class ImportSummary:
    """What an import added; a spreadsheet's also says what it merged, found already there,
    and which rows it could not read."""

    contacts: int
    opportunities: int
    activities: int
    merged: int = 0
    unchanged: int = 0
    invalid: tuple[Invalid, ...] = ()
    #: rows of a SalesCoach file deleted here, so not brought back
    left_out: int = 0
    #: values left out of the rows a spreadsheet import kept (a broken e-mail...)
    fields_left_out: tuple[LeftOut, ...] = ()


def read_json(path: Path) -> Any:
    """Decode a JSON file, turning every way it can be unreadable into one sentence."""
    try:
        text = read_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidFile("file.not_utf8", path=path) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidFile(
            "file.not_json", name=path.name, line=error.lineno, column=error.colno, reason=error.msg
        ) from None
    except RecursionError:
        raise InvalidFile("file.too_deep", name=path.name) from None


def import_document(session: Session, raw: Any, progress: Progress | None = None) -> ImportSummary:
    """Check then write a decoded document; raises `InvalidFile` before writing anything."""
    document, left_out = without_deleted(session, parse_document(raw))
    _one_kind_per_uid(session, document)
    write_document(session, document, progress or (lambda _fraction: None))
    return summary_of(document, left_out)


def _one_kind_per_uid(session: Session, document: Document) -> None:
    """Refuse a file that gives a record the uid a record of another kind has here."""
    given = {
        "accounts": [a.uid for a in document.accounts],
        "contacts": [c.uid for c in document.contacts],
        "opportunities": [o.uid for o in document.opportunities],
        "stage_events": [u for o in document.opportunities for u in o.stage_uids if u],
        "activities": [a.uid for a in document.activities],
    }
    for kind, uids in given.items():
        for other, model in _KINDS.items():
            if other == kind or not uids:
                continue
            for chunk in _chunks(uids):
                found = session.scalar(select(model.uid).where(model.uid.in_(chunk)).limit(1))
                if found is not None:
                    raise InvalidFile("file.uid_elsewhere", id=found)


_KINDS: dict[str, Any] = {
    "accounts": Account,
    "contacts": Contact,
    "opportunities": Opportunity,
    "stage_events": StageEvent,
    "activities": Activity,
}


def summary_of(document: Document, left_out: int) -> ImportSummary:
    """What a SalesCoach file brought: its rows, less those deleted here."""
    return ImportSummary(
        len(document.contacts),
        len(document.opportunities),
        len(document.activities),
        left_out=left_out,
    )


def _chunks(items: list[T]) -> Iterable[list[T]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def upsert_rows(
    session: Session, model: type[Synced], rows: list[dict[str, Any]]
) -> dict[str, int]:
    """Insert new rows and update those whose uid exists; returns uid -> row id."""
    table: Any = model
    ids: dict[str, int] = {}
    for chunk in _chunks([row["uid"] for row in rows]):
        found = session.execute(select(table.uid, table.id).where(table.uid.in_(chunk)))
        ids.update(dict(found.all()))
    existing = [{**row, "id": ids[row["uid"]]} for row in rows if row["uid"] in ids]
    new = [row for row in rows if row["uid"] not in ids]
    for chunk in _chunks(new):
        added = session.execute(insert(table).returning(table.uid, table.id), chunk)
        ids.update(dict(added.all()))
    if existing:
        session.execute(update(table), existing)
    return ids


def write_document(session: Session, document: Document, progress: Progress) -> None:
    """Write a checked document: rows matched by uid are updated, others added."""
    now = stamp_of(session)
    accounts = _accounts(session, document)
    by_uid = _accounts_by_uid(session, document) if document.version >= 2 else {}
    progress(0.1)
    contact_ids = upsert_rows(
        session,
        Contact,
        [
            {
                **stored_columns(ContactFields, row.values, skip=("company", "referred_by_id")),
                "uid": row.uid,
                "account_id": by_uid[row.account]
                if row.account
                else accounts.get(sort_key(row.values["company"])),
                "created_at": _stamp(row.created_at) or now,
                "updated_at": now,
            }
            for row in document.contacts
        ],
    )
    referrals = [
        {
            "id": contact_ids[row.uid],
            "referred_by_id": _id(contact_ids, row.values["referred_by_id"]),
        }
        for row in document.contacts
    ]
    if referrals:
        session.execute(update(Contact), referrals)
    progress(0.3)
    opportunity_ids = upsert_rows(
        session,
        Opportunity,
        [
            {
                **stored_columns(OpportunityFields, row.values),
                "uid": row.uid,
                "contact_id": contact_ids[row.values["contact_id"]],
                "stage": row.stages[-1].stage,
                "created_at": _stamp(row.created_at or row.stages[0].at),
                "updated_at": now,
            }
            for row in document.opportunities
        ],
    )
    merge_histories(session, document, opportunity_ids)
    progress(0.6)
    upsert_rows(
        session,
        Activity,
        [
            {
                **stored_columns(ActivityFields, row.values),
                "uid": row.uid,
                "contact_id": contact_ids[row.values["contact_id"]],
                "opportunity_id": _id(opportunity_ids, row.values["opportunity_id"]),
                "created_at": _stamp(row.created_at) or now,
                "updated_at": now,
            }
            for row in document.activities
        ],
    )
    progress(1.0)


def stored_columns(
    declared: type, values: dict[str, Any], skip: Iterable[str] = ()
) -> dict[str, Any]:
    """A row's declared values as stored, with its search key; references are mapped by the
    caller (the file names them by uid)."""
    model = _MODELS[declared]
    skipped = set(skip)
    columns = {
        name: stored_value(spec.kind, values[name])
        for name, spec in specs(declared)
        if name not in skipped and spec.kind is not Kind.REF
    }
    columns.update(derived(model, values))
    return columns


def _stamp(created: datetime | None) -> datetime | None:
    """A file's creation time (read as local time, whatever zone it named) as stored: UTC."""
    return utc_from_local(created) if created is not None else None


def _id(ids: dict[str, int], uid: str | None) -> int | None:
    return ids[uid] if uid is not None else None


def _accounts(session: Session, document: Document) -> dict[str, int]:
    """Accounts by sort key (`core.text.sort_key`), creating those the document names for
    the first time (a file of version 2 names its contacts' accounts by id: only the
    companies of contacts without one are looked for by name)."""
    if document.version >= 2:
        names = {c.values["company"] for c in document.contacts if not c.account}
        return accounts_named(session, {name for name in names if name}) if names else {}
    details = {sort_key(a.name): a for a in document.accounts}
    names = {c.values["company"] for c in document.contacts if c.values["company"]} | {
        a.name for a in document.accounts
    }
    return accounts_named(session, names, details)


def _accounts_by_uid(session: Session, document: Document) -> dict[str, int]:
    """The file's accounts matched by uid: updated when there, added with their uid when
    not (two accounts of the same name stay two: a name is not an identity)."""
    now = stamp_of(session)
    wanted = [a.uid for a in document.accounts]
    there = set(session.scalars(select(Account.uid).where(Account.uid.in_(wanted))))
    rows = [
        {
            "uid": a.uid,
            "name": tidy(a.name),
            "city": a.city,
            "industry": a.industry,
            **derived(Account, {"name": a.name}),
            "updated_at": now,
            **({} if a.uid in there else {"created_at": now}),  # kept when there
        }
        for a in document.accounts
    ]
    return upsert_rows(session, Account, rows)


def accounts_named(
    session: Session,
    names: Iterable[str],
    details: dict[str, Any] | None = None,
    known: dict[str, int] | None = None,
) -> dict[str, int]:
    """Account ids by sort key (accents, case and spacing aside: one company, one
    account), the accounts not there yet created in bulk (with the city, industry and uid
    `details` gives by sort key, if any). A caller naming accounts again and again passes the
    ids it got last time as `known`."""
    details = details or {}
    if known is None:
        known = {}
        for key, aid in session.execute(
            select(Account.sort_key, Account.id).order_by(Account.id.desc())
        ):
            known[key] = aid  # the oldest account of a name, should two share one
    now = stamp_of(session)
    new: dict[str, dict[str, Any]] = {}
    for name in sorted(tidy(name) for name in names):
        key = sort_key(name)
        extra = details.get(key)
        values = {"city": extra.city, "industry": extra.industry} if extra else {}
        if key in known:
            if values:
                session.execute(update(Account).where(Account.id == known[key]).values(**values))
            continue
        if key in new:
            continue
        row = {"name": name, "city": "", "industry": "", **values}
        new[key] = {
            **row,
            "uid": extra.uid if extra else new_uid(),
            **derived(Account, row),
            "created_at": now,
            "updated_at": now,
        }
    for chunk in _chunks(list(new.values())):
        added = session.execute(insert(Account).returning(Account.sort_key, Account.id), chunk)
        known.update(dict(added.all()))
    return known


def export_document(session: Session) -> dict[str, Any]:
    """Every account, contact, opportunity and activity, ready for `json.dump`."""
    referrer = aliased(Contact)
    contacts = [
        {
            **_exported(ContactFields, c, company=company or "", referred_by_id=ref_uid),
            "account": account,
        }
        for c, company, account, ref_uid in session.execute(
            select(Contact, Account.name, Account.uid, referrer.uid)
            .outerjoin(Account, Contact.account_id == Account.id)
            .outerjoin(referrer, Contact.referred_by_id == referrer.id)
            .order_by(Contact.id)
        )
    ]
    histories: dict[int, list[dict[str, str]]] = defaultdict(list)
    for opp_id, uid, stage, at in session.execute(
        select(StageEvent.opportunity_id, StageEvent.uid, StageEvent.stage, StageEvent.at).order_by(
            StageEvent.opportunity_id, StageEvent.at, StageEvent.id
        )
    ):
        histories[opp_id].append({"id": uid, "stage": stage.value, "at": format_when(at)})
    opportunities = [
        {**_exported(OpportunityFields, o, contact_id=contact_uid), "stages": histories[o.id]}
        for o, contact_uid in session.execute(
            select(Opportunity, Contact.uid).join(Contact).order_by(Opportunity.id)
        )
    ]
    opportunity = aliased(Opportunity)
    activities = [
        _exported(ActivityFields, a, contact_id=contact_uid, opportunity_id=opp_uid)
        for a, contact_uid, opp_uid in session.execute(
            select(Activity, Contact.uid, opportunity.uid)
            .join(Contact, Activity.contact_id == Contact.id)
            .outerjoin(opportunity, Activity.opportunity_id == opportunity.id)
            .order_by(Activity.at, Activity.id)
        )
    ]
    accounts = [
        {"id": a.uid, "name": a.name, "city": a.city, "industry": a.industry}
        for a in session.scalars(select(Account).order_by(Account.sort_key, Account.id))
    ]
    return {
        "format": FORMAT,
        "version": VERSION,
        "accounts": accounts,
        "contacts": contacts,
        "opportunities": opportunities,
        "activities": activities,
    }


def _exported(declared: type, row: Any, **elsewhere: Any) -> dict[str, Any]:
    """A stored row as a file object: its uid as id, each declared field under its file key
    (references given by the caller as uids), and when it was created."""
    values = {
        file_key(name, spec): _encoded(
            spec.kind, elsewhere[name] if name in elsewhere else getattr(row, name)
        )
        for name, spec in specs(declared)
    }
    return {"id": row.uid, **values, "created_at": format_when(aware_utc(row.created_at))}


def _encoded(kind: Kind, value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, datetime):
        return format_when(value)
    if kind is Kind.MONEY:
        return _number(value)
    return value


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
