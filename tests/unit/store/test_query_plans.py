"""The coach's and the funnel's queries keep plans that stay fast on a long history.

SQLite picks a plan per statement from its indexes; the app never runs ANALYZE, so these
plans are the ones a rep gets. Each statement of a coach snapshot is explained on a demo
database: none may read a history table (activities, stage events, first-reached times)
from end to end, and a subquery run once per customer, file or proposal must look up that
customer's or that file's own rows, never a range of all times. Such a plan is what turned
a 20 ms signal into minutes on a million activities.
"""

import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from salescoach.core.coach.settings import CoachSettings
from salescoach.interchange.demo import DemoSize
from salescoach.interchange.files import load_demo
from salescoach.store import Store
from salescoach.store.queries.coach_snapshot import coach_snapshot

TODAY = date(2026, 11, 23)
HISTORY = ("activities", "stage_events", "first_reached")


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, list[str]]]:
    """(statement, the detail lines of its plan) for every SELECT of a coach snapshot."""
    path: Path = tmp_path_factory.mktemp("plans") / "demo.sqlite3"
    store = Store.open(path, create=True)
    load_demo(store, seed=3, size=DemoSize(contacts=200, activities=3000), today=TODAY)
    statements: list[tuple[str, object]] = []

    def seen(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    with store.reader() as session:
        coach_snapshot(session, TODAY, CoachSettings())
    event.remove(store.engine, "before_cursor_execute", seen)
    explained = []
    with store.engine.connect() as connection:
        raw = connection.connection.driver_connection
        for statement, parameters in statements:
            rows = raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters).fetchall()
            explained.append((statement, _lines(rows)))
    store.close()
    return explained


def _lines(rows: list[tuple[int, int, int, str]]) -> list[str]:
    """Each plan line, marked "per row:" when its nearest enclosing subquery is correlated
    (run again for each row of the outer query; a list subquery runs once)."""
    detail = {row[0]: row[3] for row in rows}
    parent = {row[0]: row[1] for row in rows}
    lines = []
    for node, text in detail.items():
        up = parent[node]
        while up and not detail.get(up, "").startswith(("CORRELATED", "LIST SUBQUERY")):
            up = parent.get(up, 0)
        correlated = up and detail[up].startswith("CORRELATED")
        lines.append(f"per row: {text}" if correlated else text)
    return lines


def test_the_snapshot_was_explained(plans):
    assert len(plans) >= 12


def test_no_history_table_is_read_from_end_to_end(plans):
    for statement, lines in plans:
        for line in lines:
            for table in HISTORY:
                assert not line.removeprefix("per row: ").startswith(f"SCAN {table}"), (
                    statement,
                    lines,
                )


def test_a_per_row_lookup_reads_its_own_rows_only(plans):
    keyed = re.compile(r"\b(contact_id|opportunity_id|rowid)=\?")
    for statement, lines in plans:
        for line in lines:
            if line.startswith("per row: SEARCH"):
                assert keyed.search(line), (statement, lines)


def test_needs_heard_are_read_from_their_partial_index(plans):
    """The index holds only meetings with needs: one read per proposal."""
    assert any("ix_activities_heard_contact" in line for _, lines in plans for line in lines)


def test_the_lessons_follow_ups_are_read_from_the_lessons_index(plans):
    """Whether the rep went back to listen after a proposal: the lesson's few follow-ups,
    read once by lesson, not each proposal's contact's history after it."""
    assert any("ix_activities_lesson_at (lesson=?)" in line for _, lines in plans for line in lines)
