"""The SalesCoach JSON document (version 1), parsed and checked before anything is written.

Parsing is pure: it turns the file's objects into plain records with uids, resolves the
file's own ids, and names the path of the first problem. Only a fully valid document
reaches the writer.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from salescoach.core.domain import ActivityKind, ActivityStatus, Source, Stage
from salescoach.core.errors import InvalidInput
from salescoach.core.stages import StageStep, check_history
from salescoach.interchange.fields import InvalidFile, Record, uid_for

FORMAT = "salescoach"
VERSION = 1


@dataclass(slots=True)
class AccountRow:
    uid: str
    name: str
    city: str = ""
    industry: str = ""


@dataclass(slots=True)
class ContactRow:
    uid: str
    name: str
    company: str
    email: str
    phone: str
    role: str
    source: Source
    is_customer: bool
    referred_by: str | None  # uid
    notes: str
    created_at: datetime | None


@dataclass(slots=True)
class OpportunityRow:
    uid: str
    contact: str  # uid
    title: str
    value: float
    currency: str
    stages: list[StageStep]
    created_at: datetime | None


@dataclass(slots=True)
class ActivityRow:
    uid: str
    contact: str  # uid
    opportunity: str | None  # uid
    kind: ActivityKind
    status: ActivityStatus
    at: datetime
    outcome: str
    notes: str
    needs: str
    created_at: datetime | None


@dataclass(slots=True)
class Document:
    accounts: list[AccountRow] = field(default_factory=list)
    contacts: list[ContactRow] = field(default_factory=list)
    opportunities: list[OpportunityRow] = field(default_factory=list)
    activities: list[ActivityRow] = field(default_factory=list)


def _records(doc: Mapping[str, Any], key: str) -> list[Record]:
    items = doc.get(key, [])
    if not isinstance(items, list):
        raise InvalidFile(f"{key}: not a list")
    return [Record(item, f"{key}[{index}]") for index, item in enumerate(items)]


class _Ids:
    """The file's own ids of one kind, mapped to uids; duplicates and dangling refs fail."""

    def __init__(self, noun: str) -> None:
        self.noun = noun
        self.uids: dict[str, str] = {}

    def define(self, record: Record) -> str:
        file_id = record.ref("id", required=True)
        assert file_id is not None
        if file_id in self.uids:
            raise record.fail("id", f"'{file_id}' is used twice")
        self.uids[file_id] = uid_for(file_id)
        return self.uids[file_id]

    def resolve(self, record: Record, key: str, required: bool = False) -> str | None:
        file_id = record.ref(key, required)
        if file_id is None:
            return None
        if file_id not in self.uids:
            raise record.fail(key, f"unknown {self.noun} id '{file_id}'")
        return self.uids[file_id]


def parse_document(doc: Any) -> Document:
    """Check a decoded JSON value and return it as records, or raise `InvalidFile`."""
    if not isinstance(doc, Mapping):
        raise InvalidFile("The file is not a SalesCoach document (expected a JSON object).")
    if doc.get("format") != FORMAT:
        raise InvalidFile("format: missing or not 'salescoach'; this is not a SalesCoach file")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidFile("version: missing or not a whole number")
    if version > VERSION:
        raise InvalidFile(
            f"version: {version} was written by a newer SalesCoach; please update the application"
        )
    result = Document()
    for record in _records(doc, "accounts"):
        uid = uid_for(record.ref("id") or "")
        result.accounts.append(
            AccountRow(
                uid,
                record.text("name", required=True),
                record.text("city"),
                record.text("industry"),
            )
        )
    contact_ids, opportunity_ids = _Ids("contact"), _Ids("opportunity")
    contact_records = _records(doc, "contacts")
    for record in contact_records:
        contact_ids.define(record)
    for record in contact_records:
        result.contacts.append(_contact(record, contact_ids))
    for record in _records(doc, "opportunities"):
        result.opportunities.append(_opportunity(record, contact_ids, opportunity_ids))
    owners = {row.uid: row.contact for row in result.opportunities}
    activity_ids = _Ids("activity")
    for record in _records(doc, "activities"):
        uid = activity_ids.define(record)
        result.activities.append(_activity(record, uid, contact_ids, opportunity_ids, owners))
    return result


def _contact(record: Record, ids: _Ids) -> ContactRow:
    uid = ids.uids[str(record.ref("id"))]
    referred_by = ids.resolve(record, "referred_by")
    if referred_by == uid:
        raise record.fail("referred_by", "a contact cannot refer themselves")
    return ContactRow(
        uid=uid,
        name=record.text("name", required=True),
        company=record.text("company"),
        email=record.text("email"),
        phone=record.text("phone"),
        role=record.text("role"),
        source=record.choice("source", Source, Source.OTHER),
        is_customer=record.flag("is_customer"),
        referred_by=referred_by,
        notes=record.text("notes"),
        created_at=record.when("created_at"),
    )


def _opportunity(record: Record, contacts: _Ids, ids: _Ids) -> OpportunityRow:
    uid = ids.define(record)
    contact = contacts.resolve(record, "contact", required=True)
    assert contact is not None
    stages = _stages(record)
    currency = record.text("currency", default="EUR").upper()
    if len(currency) != 3 or not currency.isalpha():
        raise record.fail("currency", f"'{currency}' is not a three-letter currency code")
    return OpportunityRow(
        uid=uid,
        contact=contact,
        title=record.text("title", required=True),
        value=record.number("value"),
        currency=currency,
        stages=stages,
        created_at=record.when("created_at"),
    )


def _stages(record: Record) -> list[StageStep]:
    items = record.raw("stages", required=True)
    if not isinstance(items, list) or not items:
        raise record.fail("stages", "must be a non-empty list")
    steps: list[StageStep] = []
    for index, item in enumerate(items):
        step = Record(item, f"{record.path}.stages[{index}]")
        stage = step.choice("stage", Stage)
        at = step.when("at", required=True)
        assert at is not None
        try:
            check_history([*steps, StageStep(stage, at)])
        except InvalidInput as error:
            raise InvalidFile(f"{step.path}: {error}") from None
        steps.append(StageStep(stage, at))
    return steps


def _activity(
    record: Record, uid: str, contacts: _Ids, opportunities: _Ids, owners: dict[str, str]
) -> ActivityRow:
    contact = contacts.resolve(record, "contact", required=True)
    assert contact is not None
    opportunity = opportunities.resolve(record, "opportunity")
    if opportunity is not None and owners[opportunity] != contact:
        raise record.fail("opportunity", "belongs to another contact")
    at = record.when("at", required=True)
    assert at is not None
    return ActivityRow(
        uid=uid,
        contact=contact,
        opportunity=opportunity,
        kind=record.choice("kind", ActivityKind),
        status=record.choice("status", ActivityStatus),
        at=at,
        outcome=record.text("outcome"),
        notes=record.text("notes"),
        needs=record.text("needs"),
        created_at=record.when("created_at"),
    )
