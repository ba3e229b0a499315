"""A SalesCoach file's import is a batch too: listed, and taken back exactly."""

import json
import uuid
from dataclasses import replace
from datetime import datetime

from sqlalchemy import func, select

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.interchange.files import import_file
from salescoach.interchange.salescoach_json import export_document
from salescoach.store.models import Account, Activity, Contact, Opportunity, StageEvent, Tombstone
from salescoach.store.records.contacts import load_contact, save_contact
from salescoach.store.records.imports import import_history, last_import, undo_import
from tests.helpers import add_activity, add_contact, add_opportunity

NOW = datetime(2026, 11, 25, 18)
T0 = datetime(2026, 10, 1, 9)
NEW = {kind: str(uuid.uuid4()) for kind in ("contact", "opportunity", "activity")}


def seeded(store) -> tuple[int, int]:
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont", phone="01 02 03 04 05")
        paul = add_contact(session, "Paul Roux", company="Roux SA")
        add_opportunity(session, marie, (Stage.SUSPECT, T0), title="Four")
        add_activity(session, paul, ActivityKind.CALL, ActivityStatus.DONE, T0)
    return marie, paul


def edited_export(store, tmp_path):
    """This database as a file, edited elsewhere: Marie's phone changed, the Four moved
    on, and a new customer with a proposal and a visit."""
    with store.reader() as session:
        document = export_document(session)
    marie = next(c for c in document["contacts"] if c["name"] == "Marie Dupont")
    marie["phone"] = "06 99 99 99 99"
    four = document["opportunities"][0]
    four["stage"] = "prospect"
    four["stages"].append({"stage": "prospect", "at": "2026-10-05T10:00:00"})
    new_contact = {**marie, "id": NEW["contact"], "name": "Nina Valli", "email": "n@valli.it"}
    new_contact.update(company="Valli Srl", account=None)  # found by name: a new account
    document["contacts"].append(new_contact)
    document["opportunities"].append(
        {
            **four,
            "id": NEW["opportunity"],
            "contact": NEW["contact"],
            "title": "Forno",
            "stages": [{"stage": "suspect", "at": "2026-11-02T09:00"}],
        }
    )
    visit = {**document["activities"][0], "id": NEW["activity"], "contact": NEW["contact"]}
    document["activities"].append(visit)
    path = tmp_path / "from-the-office.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def counts(store) -> dict[str, int]:
    with store.reader() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Account, Contact, Opportunity, Activity)
        }


def history(store, title: str) -> list[Stage]:
    with store.reader() as session:
        return list(
            session.scalars(
                select(StageEvent.stage)
                .join(Opportunity)
                .where(Opportunity.title == title)
                .order_by(StageEvent.at)
            )
        )


def undo_last(store):
    return store.apply(lambda session: undo_import(session, last_import(session), NOW)).result


def test_a_json_import_is_listed_and_undone_exactly(tmp_path, store):
    marie, _paul = seeded(store)
    before = counts(store)
    path = edited_export(store, tmp_path)
    import_file(store, path, now=NOW)
    assert history(store, "Four") == [Stage.SUSPECT, Stage.PROSPECT]
    with store.reader() as session:
        [batch] = import_history(session)
    assert (batch.file, batch.added, batch.opportunities, batch.activities) == (
        "from-the-office.json",
        1,
        1,
        1,
    )
    assert batch.merged == 2  # Marie's phone; the Four's stage and history
    undone = undo_last(store)
    assert (undone.removed, undone.removed_opportunities, undone.removed_activities) == (1, 1, 1)
    assert undone.restored == 2
    assert counts(store) == before  # the new account went with its only contact
    assert history(store, "Four") == [Stage.SUSPECT]
    with store.reader() as session:
        assert load_contact(session, marie).phone == "01 02 03 04 05"
        assert session.scalar(select(Opportunity.stage).where(Opportunity.title == "Four")) == (
            Stage.SUSPECT
        )
        gone = set(session.scalars(select(Tombstone.uid)))
    assert set(NEW.values()) <= gone  # the deletions can travel


def test_undo_keeps_what_the_rep_changed_since(tmp_path, store):
    marie, _paul = seeded(store)
    import_file(store, edited_export(store, tmp_path), now=NOW)
    with store.session() as session:  # later, the rep corrects the phone again
        save_contact(session, replace(load_contact(session, marie), phone="07 00 00 00 00"), marie)
    undo_last(store)
    with store.reader() as session:
        assert load_contact(session, marie).phone == "07 00 00 00 00"


def test_the_same_file_again_changes_nothing(tmp_path, store):
    seeded(store)
    path = edited_export(store, tmp_path)
    import_file(store, path, now=NOW)
    after_first = counts(store)
    import_file(store, path, now=NOW)
    assert counts(store) == after_first
    with store.reader() as session:
        latest = import_history(session)[0]
    assert (latest.added, latest.opportunities, latest.activities, latest.merged) == (0, 0, 0, 0)
