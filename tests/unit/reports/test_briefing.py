"""The customer's story and the visit briefing: what a rep re-reads before the next talk."""

from datetime import date, datetime

import pytest

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.errors import InvalidInput
from salescoach.reports.briefing import SheetWords, briefing_for, story_sheet
from salescoach.reports.sheets import sheet_html, write_pdf
from salescoach.store.queries.customer_story import customer_story
from tests.helpers import add_activity, add_contact, add_opportunity, pdf_pages

DONE, PLANNED = ActivityStatus.DONE, ActivityStatus.PLANNED
TODAY = date(2026, 11, 23)


@pytest.fixture
def marie(store):
    def fill(session):
        anna = add_contact(session, "Anna Rossi", company="")
        marie = add_contact(
            session,
            "Marie Dupont",
            phone="+33 6 12 34 56 78",
            address="4 rue Neuve\n69002 Lyon",
            referred_by_id=anna,
        )
        add_contact(session, "Paul Martin", referred_by_id=marie)
        deal = add_opportunity(
            session,
            marie,
            (Stage.SUSPECT, datetime(2026, 10, 1, 9)),
            (Stage.APPROACH, datetime(2026, 10, 10, 9)),
            (Stage.NEGOTIATION, datetime(2026, 10, 20, 9)),
            title="Four à pain",
            value=12500,
        )
        old = add_opportunity(
            session,
            marie,
            (Stage.SUSPECT, datetime(2025, 1, 1, 9)),
            (Stage.LOST, datetime(2025, 2, 1, 9)),
            title="Pétrin",
        )
        add_activity(session, marie, ActivityKind.CALL, DONE, datetime(2026, 9, 30, 9), old)
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
        add_activity(session, marie, ActivityKind.NOTE, DONE, datetime(2026, 10, 21, 9), deal)
        visit = add_activity(
            session, marie, ActivityKind.VISIT, PLANNED, datetime(2026, 11, 24, 10), deal
        )
        return marie, visit

    return store.apply(fill).result


def test_the_story_holds_everything_newest_first(store, marie):
    contact, visit = marie
    with store.reader() as session:
        story = customer_story(session, contact)
    assert story.profile.referred_by.name == "Anna Rossi"
    assert [p.name for p in story.profile.referrals] == ["Paul Martin"]
    assert [e.id for e in story.planned] == [visit]
    times = [entry.at for entry in story.timeline]
    assert times == sorted(times, reverse=True)
    assert all(getattr(e, "status", DONE) is not PLANNED for e in story.timeline)
    assert len([e for e in story.timeline if hasattr(e, "stage")]) == 5  # 3 + 2 stage moves
    assert [d.title for d in story.open_deals] == ["Four à pain"]
    assert [e.kind for e in story.open_proposals()] == [ActivityKind.PROPOSAL]
    assert story.days_since_visit(TODAY) == (TODAY - date(2026, 10, 10)).days
    assert [e.kind for e in story.conversations(5)] == [
        ActivityKind.PROPOSAL,
        ActivityKind.VISIT,
        ActivityKind.CALL,
    ]  # the note to self is no conversation


def test_the_card_names_the_needs_the_deals_and_the_referrals(store, marie):
    contact, _visit = marie
    with store.reader() as session:
        sheet = story_sheet(customer_story(session, contact), TODAY, SheetWords.of("en"))
    html = sheet_html(sheet)
    for expected in (
        "Marie Dupont",
        "Un four plus économe",
        "Four à pain",
        "€12,500",
        "Pétrin",
        "Paul Martin",
        "4 rue Neuve<br/>69002 Lyon",
    ):
        assert expected in html, expected
    assert "href='contact:" in html  # the referrals lead to their own cards


def test_the_briefing_says_what_to_prepare(store, marie, tmp_path):
    _contact, visit = marie
    with store.reader() as session:
        sheet = briefing_for(session, visit, TODAY, "fr", SheetWords.of("fr"))
    headings = {section.heading: section for section in sheet.sections}
    assert sheet.title == "Fiche de visite : Marie Dupont"
    assert "24/11/2026 10:00" in sheet.subtitle
    assert dict(sheet.facts)["Téléphone"] == "+33 6 12 34 56 78"
    assert [line.detail for line in headings["Besoins"].lines] == ["Un four plus économe"]
    assert [line.text for line in headings["Affaires en cours"].lines] == [
        "Four à pain, 12\u202f500 €, Négociation"
    ]
    assert len(headings["Propositions en attente"].lines) == 1
    assert "Ce que suggère le coach" in headings
    pdf = tmp_path / "fiche.pdf"
    write_pdf(sheet, pdf)
    assert pdf_pages(pdf) == 1


def test_a_call_gets_no_briefing(store, marie):
    contact, _visit = marie
    call = store.apply(
        lambda s: add_activity(s, contact, ActivityKind.CALL, PLANNED, datetime(2026, 11, 24, 9))
    ).result
    with store.reader() as session, pytest.raises(InvalidInput):
        briefing_for(session, call, TODAY, "en", SheetWords.of("en"))


def test_a_long_story_runs_over_several_pdf_pages(store, marie, tmp_path):
    contact, _visit = marie
    store.apply(
        lambda s: [
            add_activity(
                s,
                contact,
                ActivityKind.CALL,
                DONE,
                datetime(2026, 1, 1 + n % 28, 9),
                needs="x " * 200,
            )
            for n in range(60)
        ]
    )
    with store.reader() as session:
        sheet = story_sheet(customer_story(session, contact), TODAY, SheetWords.of("it"))
    pdf = tmp_path / "story.pdf"
    write_pdf(sheet, pdf)
    assert pdf_pages(pdf) > 3
