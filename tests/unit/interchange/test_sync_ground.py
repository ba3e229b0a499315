"""What sync needs from a SalesCoach file: stable ids for every row, stage steps included;
deletions that stay deleted; accounts known by uid, not by name."""

import json
from datetime import datetime

from sqlalchemy import func, select

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.interchange.files import export_file, import_file
from salescoach.store import Store
from salescoach.store.models import (
    Account,
    Activity,
    Contact,
    Opportunity,
    StageEvent,
    Tombstone,
)
from salescoach.store.records.contacts import delete_contact
from tests.helpers import add_activity, add_contact, add_opportunity

T0 = datetime(2026, 10, 1, 9)


def steps(store) -> list[tuple[str, Stage]]:
    with store.reader() as session:
        return list(
            session.execute(select(StageEvent.uid, StageEvent.stage).order_by(StageEvent.at))
        )


def tombstones(store) -> int:
    with store.reader() as session:
        return session.scalar(select(func.count()).select_from(Tombstone))


def filled(store) -> None:
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont", company="Boulangerie Dupont")
        deal = add_opportunity(
            session, marie, (Stage.SUSPECT, T0), (Stage.PROSPECT, T0.replace(day=5))
        )
        add_activity(
            session, marie, ActivityKind.VISIT, ActivityStatus.DONE, T0, opportunity_id=deal
        )


def test_stage_steps_keep_their_ids_from_laptop_to_laptop(tmp_path, store):
    filled(store)
    path = tmp_path / "all.json"
    export_file(store, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2
    assert all("id" in step for step in document["opportunities"][0]["stages"])
    other = Store.open(tmp_path / "other.sqlite3", create=True)
    import_file(other, path)
    assert steps(other) == steps(store)
    import_file(other, path)  # again: nothing re-created, nothing tombstoned
    assert steps(other) == steps(store)
    assert tombstones(other) == 0
    other.close()


def test_a_version_1_export_imported_twice_keeps_its_steps(tmp_path, store):
    """Version 1 gave steps no id: they are matched by stage and time."""
    contact, deal = "0d6f1a52-9b1e-4d8a-a2c4-6c1f3e5b7a90", "7e2b9c41-3d5a-4f6e-8b7c-9a0d1e2f3a4b"
    document = {
        "format": "salescoach",
        "version": 1,
        "contacts": [{"id": contact, "name": "Ada", "company": "Engines"}],
        "opportunities": [
            {
                "id": deal,
                "contact": contact,
                "title": "Engine",
                "stages": [
                    {"stage": "suspect", "at": "2026-10-01"},
                    {"stage": "prospect", "at": "2026-10-03T10:00"},
                ],
            }
        ],
    }
    path = tmp_path / "old.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    import_file(store, path)
    first = steps(store)
    import_file(store, path)
    assert steps(store) == first
    document["opportunities"][0]["stages"].append({"stage": "approach", "at": "2026-10-07"})
    path.write_text(json.dumps(document), encoding="utf-8")
    import_file(store, path)  # one more step: the two there keep their ids
    assert steps(store)[:2] == first and len(steps(store)) == 3
    assert tombstones(store) == 0


def test_what_was_deleted_here_stays_deleted(tmp_path, store):
    filled(store)
    path = tmp_path / "before.json"
    export_file(store, path)
    with store.session() as session:
        delete_contact(session, session.scalar(select(Contact.id)))
    summary = import_file(store, path).result
    assert (summary.contacts, summary.opportunities, summary.activities) == (0, 0, 0)
    assert summary.left_out == 1 + 1 + 2 + 1  # the contact, the deal, its two steps, the visit
    with store.reader() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0
        assert session.scalar(select(func.count()).select_from(StageEvent)) == 0


def test_accounts_are_matched_by_uid_not_by_name(tmp_path, store):
    filled(store)
    path = tmp_path / "mine.json"
    export_file(store, path)
    document = json.loads(path.read_text(encoding="utf-8"))
    [account] = document["accounts"]
    account["name"] = "Boulangerie Dupont & Fils"  # renamed elsewhere: the same account
    theirs = {"id": "5b0c6c2e-4f0e-4a43-9d0c-0b9d1c1f2a10", "name": "Boulangerie Dupont"}
    document["accounts"].append(theirs)  # a colleague's account of the same name
    document["contacts"].append(
        {"id": "9a8d3c1e-1f2b-4c3d-8e9f-0a1b2c3d4e5f", "name": "Luc", "account": theirs["id"]}
    )
    path.write_text(json.dumps(document), encoding="utf-8")
    import_file(store, path)
    import_file(store, path)
    with store.reader() as session:
        names = sorted(session.scalars(select(Account.name)))
        luc = session.execute(
            select(Account.uid)
            .join(Contact, Contact.account_id == Account.id)
            .where(Contact.name == "Luc")
        ).scalar()
    assert names == ["Boulangerie Dupont", "Boulangerie Dupont & Fils"]
    assert luc == theirs["id"]


def test_deleting_a_contact_leaves_a_tombstone_for_everything_that_goes(store):
    filled(store)
    with store.reader() as session:
        synced = {
            uid
            for model in (Contact, Opportunity, StageEvent, Activity)
            for uid in session.scalars(select(model.uid))
        }
    with store.session() as session:
        delete_contact(session, session.scalar(select(Contact.id)))
    with store.reader() as session:
        assert set(session.scalars(select(Tombstone.uid))) == synced  # 1 + 1 + 2 + 1 rows
