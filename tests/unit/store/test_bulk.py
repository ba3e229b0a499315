"""Rows inserted straight through the driver are stored exactly as the ORM stores them."""

import sqlite3
from datetime import datetime

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.store.models import Activity, new_uid
from salescoach.store.records.bulk_insert import insert_many
from salescoach.store.session.changes import Change
from tests.helpers import add_activity, add_contact

AT = datetime(2026, 11, 23, 10, 30)


def test_bulk_rows_are_stored_as_the_orm_stores_them(store, db_path):
    def write(session):
        contact = add_contact(session)
        by_orm = add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, AT)
        row = {
            "id": by_orm + 1,
            "kind": ActivityKind.CALL,
            "status": ActivityStatus.DONE,
            "at": AT,
            "contact_id": contact,
            "outcome": "",
            "notes": "",
            "needs": "",
            "search_key": "",
            "uid": new_uid(),
            "created_at": AT,
            "updated_at": AT,
        }
        insert_many(session, Activity.__table__, [row])
        return by_orm

    applied = store.apply(write)
    assert applied.changes & Change.ACTIVITIES  # the screens hear of it
    with sqlite3.connect(db_path) as raw:
        stored = raw.execute(
            "SELECT kind, status, at, typeof(at) FROM activities ORDER BY id"
        ).fetchall()
    assert stored[0] == stored[1] == ("call", "done", "2026-11-23 10:30:00.000000", "text")
