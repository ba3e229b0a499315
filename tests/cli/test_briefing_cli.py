"""`salescoach briefing ACTIVITY-UID FILE.pdf`: one page to read before a visit."""

import json
from datetime import datetime

import pytest

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.models import Activity
from tests.helpers import add_activity, add_contact, add_opportunity, pdf_pages
from tests.running import run

DONE, PLANNED = ActivityStatus.DONE, ActivityStatus.PLANNED


@pytest.fixture
def visit_uid(store):
    def fill(session):
        marie = add_contact(
            session, "Marie Dupont", phone="+33 6 12 34 56 78", address="4 rue Neuve, Lyon"
        )
        deal = add_opportunity(
            session,
            marie,
            (Stage.SUSPECT, datetime(2026, 10, 1, 9)),
            (Stage.APPROACH, datetime(2026, 10, 10, 9)),
            (Stage.NEGOTIATION, datetime(2026, 10, 20, 9)),
            title="Four à pain",
        )
        add_activity(
            session,
            marie,
            ActivityKind.VISIT,
            DONE,
            datetime(2026, 10, 10, 9),
            deal,
            needs="Un four plus économe",
        )
        add_activity(session, marie, ActivityKind.PROPOSAL, DONE, datetime(2026, 10, 20, 9), deal)
        visit = add_activity(
            session, marie, ActivityKind.VISIT, PLANNED, datetime(2026, 11, 24, 10), deal
        )
        return session.get(Activity, visit).uid

    uid = store.apply(fill).result
    store.close()
    return uid


def test_the_briefing_is_a_pdf_with_the_visit_in_it(db_path, visit_uid, tmp_path):
    pdf = tmp_path / "brief.pdf"
    result = run("briefing", visit_uid, str(pdf), db=db_path)
    assert result.returncode == 0, result.stderr
    assert pdf.stat().st_size > 1000
    data = pdf.read_bytes()
    assert (
        data.startswith(b"%PDF-")
        and data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") >= 1
    )


def test_an_unknown_uid_or_a_call_is_refused_in_one_sentence(db_path, visit_uid, tmp_path):
    pdf = tmp_path / "brief.pdf"
    unknown = run("briefing", "no-such-uid", str(pdf), db=db_path)
    assert unknown.returncode != 0 and "no-such-uid" in unknown.stderr
    assert "Traceback" not in unknown.stderr and not pdf.exists()
    not_pdf = run("briefing", visit_uid, str(tmp_path / "brief.txt"), db=db_path)
    assert not_pdf.returncode != 0 and ".pdf" in not_pdf.stderr


def test_a_call_has_no_briefing(demo_db, tmp_path):
    today = json.loads(run("today", "--json", db=demo_db).stdout)
    calls = [i for i in today["overdue"] + today["today"] if i["kind"] == "call"]
    result = run("briefing", calls[0]["id"], str(tmp_path / "b.pdf"), db=demo_db)
    assert result.returncode != 0
    assert "meeting or a visit" in result.stderr


def test_the_demo_has_visits_to_brief_for_in_three_languages(demo_db, tmp_path):
    today = json.loads(run("today", "--json", db=demo_db).stdout)
    assert len(today["appointments"]) == 2  # the demo books two for today
    for language in ("en", "fr", "it"):
        pdf = tmp_path / f"{language}.pdf"
        result = run(
            "--lang", language, "briefing", today["appointments"][0]["id"], str(pdf), db=demo_db
        )
        assert result.returncode == 0, result.stderr
        assert pdf_pages(pdf) >= 1
