"""A save moves only the rows it wrote in an open list: whatever the sort, the search and
the writes, the list `placed` makes is the list a full read gives."""

from array import array
from contextlib import suppress
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.records import ActivityFields
from salescoach.store import Store
from salescoach.store.queries.lists import (
    ACTIVITIES,
    CONTACTS,
    FOLLOW_UPS,
    ListQuery,
    ListSpec,
    placed,
    row_ids,
)
from salescoach.store.records.activities import delete_activity, load_activity, save_activity
from tests.helpers import add_activity, add_contact, add_opportunity

START = datetime(2026, 3, 2, 9)
KINDS = list(ActivityKind)
STATUSES = [ActivityStatus.DONE, ActivityStatus.PLANNED, ActivityStatus.CANCELLED]


class _RolledBack(Exception):
    """Raised at the end of an example so that its writes are never committed."""


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Store:
    """Contacts with and without a company, deals, and activities with shared dates (ties
    the id must break) and empty deals (values sorted last)."""
    store = Store.open(Path(tmp_path_factory.mktemp("placing")) / "lists.sqlite3", create=True)
    with store.session() as session:
        contacts = [
            add_contact(session, f"Contact {n}", company=["Acme", "Zèbre", "", "acme"][n % 4])
            for n in range(8)
        ]
        deals = [
            add_opportunity(session, contacts[n], (Stage.PROSPECT, START), title=f"Deal {n}")
            for n in range(3)
        ]
        for n in range(30):
            dealt = n % 2 == 1  # a deal's activity is with the deal's contact
            add_activity(
                session,
                contacts[n % 3] if dealt else contacts[n % len(contacts)],
                KINDS[n % len(KINDS)],
                STATUSES[n % len(STATUSES)],
                START + timedelta(days=n % 7),
                opportunity_id=deals[n % 3] if dealt else None,
                needs="call back" if n % 5 == 0 else "",
            )
    return store


SPECS = {"activities": ACTIVITIES, "follow_ups": FOLLOW_UPS}
SORTS = ["at", "kind", "status", "contact", "company", "opportunity", "outcome", "needs"]

queries = st.builds(
    ListQuery,
    search=st.sampled_from(["", "acme", "contact 3", "call", "deal", "zebre"]),
    sort=st.sampled_from(SORTS),
    descending=st.booleans(),
)

writes = st.lists(
    st.tuples(
        st.sampled_from(["add", "move", "retitle", "plan", "delete"]),
        st.integers(0, 200),
        st.integers(0, 9),
    ),
    min_size=1,
    max_size=4,
)


def _write(session, kind: str, pick: int, day: int, existing: list[int]) -> int:
    """One write a rep might make; the id it wrote."""
    if kind == "add" or not existing:
        fields = ActivityFields(
            KINDS[pick % len(KINDS)], STATUSES[pick % 3], START + timedelta(days=day), 1 + pick % 8
        )
        return save_activity(session, fields)
    row_id = existing[pick % len(existing)]
    fields = load_activity(session, row_id)
    if kind == "delete":
        delete_activity(session, row_id)
        return row_id
    if kind == "move":
        at, contact = START + timedelta(days=day), 1 + day % 8
        fields = replace(fields, at=at, contact_id=contact, opportunity_id=None)
    elif kind == "retitle":
        fields = replace(fields, outcome=["", "Acme liked it", "zebre"][day % 3])
        if day % 2 == 0:  # deal n is contact n's (both made first, in order)
            fields = replace(fields, contact_id=1 + day % 3, opportunity_id=1 + day % 3)
    else:
        status = ActivityStatus.PLANNED if day % 2 else ActivityStatus.DONE
        fields = replace(fields, status=status)
    save_activity(session, fields, row_id)
    return row_id


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.sampled_from(sorted(SPECS)), query=queries, steps=writes)
@example(  # a row placed while another written row still sat in the list, out of order
    name="activities",
    query=ListQuery(search="acme", sort="kind", descending=True),
    steps=[("move", 3, 0), ("delete", 96, 0)],
)
def test_placing_the_written_rows_gives_the_list_a_full_read_gives(filled, name, query, steps):
    spec: ListSpec = SPECS[name]
    with suppress(_RolledBack), filled.session() as session:
        before = row_ids(session, spec, query)
        existing = list(row_ids(session, ACTIVITIES, ListQuery()))
        written: set[int] = set()
        for kind, pick, day in steps:
            row_id = _write(session, kind, pick, day, existing)
            written.add(row_id)
            if kind == "delete":
                existing.remove(row_id)
            elif row_id not in existing:
                existing.append(row_id)
        session.flush()
        ids = array("q", before)
        answer = placed(session, spec, query, ids, written)
        assert answer is not None
        assert list(ids) == list(row_ids(session, spec, query))
        replayed = list(before)
        for step in answer.steps:
            if step.before is not None:
                assert replayed.pop(step.before) == step.row_id
            if step.after is not None:
                replayed.insert(step.after, step.row_id)
        assert replayed == list(ids)
        assert set(answer.rows) == written & set(ids)
        raise _RolledBack


def test_placing_a_contact_keeps_the_contacts_list_in_name_order(filled):
    with suppress(_RolledBack), filled.session() as session:
        query = ListQuery(sort="name")
        before = row_ids(session, CONTACTS, query)
        new = add_contact(session, "Aaron Ahead", company="")
        session.flush()
        ids = array("q", before)
        placed(session, CONTACTS, query, ids, {new})
        assert ids[0] == new
        assert list(ids) == list(row_ids(session, CONTACTS, query))
        raise _RolledBack


def test_a_write_of_many_rows_has_the_list_read_again(filled):
    with filled.reader() as session:
        ids = row_ids(session, ACTIVITIES, ListQuery())
        assert placed(session, ACTIVITIES, ListQuery(), ids, set(range(1, 100))) is None
