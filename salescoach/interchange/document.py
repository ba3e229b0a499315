"""The SalesCoach JSON document (version 1), parsed and checked before anything is written.

Parsing is pure: it turns the file's objects into plain records with uids, resolves the
file's own ids, and names the path of the first problem. Only a fully valid document
reaches the writer.
"""

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields
from datetime import datetime
from typing import Any

from salescoach.core.domain import Stage
from salescoach.core.errors import InvalidInput
from salescoach.core.records import (
    ActivityFields,
    ContactFields,
    Kind,
    OpportunityFields,
    file_key,
    specs,
)
from salescoach.core.records import (
    Record as Declared,
)
from salescoach.core.stages import StageStep, check_history
from salescoach.interchange.record_values import InvalidFile, Record, uid_for

FORMAT = "salescoach"
#: 2: each stage step has its own id, and a contact names its account by id (version 1
#: files are still read: their steps are matched by stage and time, accounts by name).
VERSION = 2


@dataclass(slots=True)
class AccountRow:
    uid: str
    name: str
    city: str = ""
    industry: str = ""


@dataclass(slots=True)
class Row:
    """A contact, opportunity or activity of the file: its declared fields by attribute name
    (references as uids), checked."""

    uid: str
    values: dict[str, Any]
    created_at: datetime | None
    #: a contact's account, by uid (version 2); else its company is found by name
    account: str | None = None


@dataclass(slots=True)
class OpportunityRow(Row):
    stages: list[StageStep] = field(default_factory=list)
    #: each step's uid, or None when the file gives none (version 1)
    stage_uids: list[str | None] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    accounts: list[AccountRow] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)
    opportunities: list[OpportunityRow] = field(default_factory=list)
    activities: list[Row] = field(default_factory=list)
    version: int = VERSION


def _records(doc: Mapping[str, Any], key: str) -> list[Record]:
    items = doc.get(key, [])
    if not isinstance(items, list):
        raise InvalidFile("file.not_a_list", path=key)
    return [Record(item, f"{key}[{index}]") for index, item in enumerate(items)]


class _Ids:
    """The file's own ids of one kind, mapped to uids; duplicates and dangling refs fail.
    `taken` is shared by every kind: one id names one record of one kind (a team's server
    refuses a uid used by two kinds of record)."""

    def __init__(self, noun: str, taken: set[str]) -> None:
        self.noun = noun
        self.uids: dict[str, str] = {}
        self.taken = taken

    def define(self, record: Record) -> str:
        file_id = record.ref("id", required=True)
        assert file_id is not None
        uid = uid_for(file_id)
        if file_id in self.uids or uid in self.taken:
            raise record.fail("id", "id_twice", id=file_id)
        self.uids[file_id] = uid
        self.taken.add(uid)
        return uid

    def resolve(self, record: Record, key: str, required: bool = False) -> str | None:
        file_id = record.ref(key, required)
        if file_id is None:
            return None
        if file_id not in self.uids:
            raise record.fail(key, f"unknown_{self.noun}", id=file_id)
        return self.uids[file_id]


def parse_document(doc: Any) -> Document:
    """Check a decoded JSON value and return it as records, or raise `InvalidFile`."""
    if not isinstance(doc, Mapping):
        raise InvalidFile("file.not_a_document")
    if doc.get("format") != FORMAT:
        raise InvalidFile("file.not_salescoach")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InvalidFile("file.bad_version")
    if version > VERSION:
        raise InvalidFile("file.newer_version", version=version)
    result = Document(version=version)
    taken: set[str] = set()  # every uid the file gives, whatever its kind
    accounts: dict[str, str] = {}  # the file's account ids -> uids
    for record in _records(doc, "accounts"):
        uid = uid_for(record.ref("id") or "")
        if uid in taken:
            raise record.fail("id", "id_twice", id=record.ref("id"))
        taken.add(uid)
        accounts[str(record.ref("id"))] = uid
        result.accounts.append(
            AccountRow(
                uid,
                record.text("name", required=True),
                record.text("city"),
                record.text("industry"),
            )
        )
    ids = {"contact": _Ids("contact", taken), "opportunity": _Ids("opportunity", taken)}
    contact_records = _records(doc, "contacts")
    for record in contact_records:
        ids["contact"].define(record)
    for record in contact_records:
        uid = ids["contact"].uids[str(record.ref("id"))]
        values = _values(record, ContactFields, ids)
        if values["referred_by_id"] == uid:
            raise record.fail("referred_by", "refers_to_self")
        account = record.ref("account")
        if account is not None and str(account) not in accounts:
            raise record.fail("account", "unknown_account", id=account)
        created = record.when("created_at")
        result.contacts.append(Row(uid, values, created, accounts.get(str(account))))
    for record in _records(doc, "opportunities"):
        uid = ids["opportunity"].define(record)
        values = _values(record, OpportunityFields, ids)
        stages, stage_uids = _stages(record, taken)
        result.opportunities.append(
            OpportunityRow(uid, values, record.when("created_at"), None, stages, stage_uids)
        )
    owners = {row.uid: row.values["contact_id"] for row in result.opportunities}
    activity_ids = _Ids("activity", taken)
    for record in _records(doc, "activities"):
        uid = activity_ids.define(record)
        values = _values(record, ActivityFields, ids)
        opportunity = values["opportunity_id"]
        if opportunity is not None and owners[opportunity] != values["contact_id"]:
            raise record.fail("opportunity", "other_contact")
        result.activities.append(Row(uid, values, record.when("created_at")))
    return result


def _values(record: Record, declared: type[Declared], ids: dict[str, _Ids]) -> dict[str, Any]:
    """Every declared field of `declared`, read from the record; references become uids."""
    defaults = {f.name: f.default for f in fields(declared) if f.default is not MISSING}
    values: dict[str, Any] = {}
    for name, spec in specs(declared):
        if spec.kind is Kind.REF:
            assert spec.target is not None
            values[name] = ids[spec.target].resolve(record, file_key(name, spec), spec.required)
        else:
            values[name] = record.value(name, spec, defaults.get(name))
    return values


def _stages(record: Record, seen: set[str]) -> tuple[list[StageStep], list[str | None]]:
    """The opportunity's steps, checked, and each one's uid (None if the file gives none;
    `seen`: the step uids of the file so far, each to be given once)."""
    items = record.raw("stages", required=True)
    if not isinstance(items, list) or not items:
        raise record.fail("stages", "no_stages")
    steps: list[StageStep] = []
    uids: list[str | None] = []
    for index, item in enumerate(items):
        step = Record(item, f"{record.path}.stages[{index}]")
        file_id = step.ref("id")
        uid = uid_for(file_id) if file_id is not None else None
        if uid is not None and uid in seen:
            raise step.fail("id", "id_twice", id=file_id)
        if uid is not None:
            seen.add(uid)
        uids.append(uid)
        stage = step.choice("stage", Stage)
        at = step.when("at", required=True)
        assert at is not None
        try:
            check_history([*steps, StageStep(stage, at)])
        except InvalidInput as error:
            raise InvalidFile("file.bad_step", path=step.path, reason=error) from None
        steps.append(StageStep(stage, at))
    return steps, uids
