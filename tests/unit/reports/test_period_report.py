"""The period's report as a PDF, read back as text: the rep's figures in the rep's words."""

from datetime import date, datetime

import pytest
from pypdf import PdfReader

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.funnel import Period
from salescoach.interchange.record_values import InvalidFile
from salescoach.usecases.exporting import export
from tests.helpers import add_activity, add_contact, add_opportunity

NOW = datetime(2026, 11, 23, 9, 30)


def text_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture
def filled(store):
    with store.session() as session:
        marie = add_contact(session, "Marie Dupré")
        for day in (3, 10):
            deal = add_opportunity(
                session,
                marie,
                (Stage.SUSPECT, datetime(2026, 11, day)),
                (Stage.PROSPECT, datetime(2026, 11, day + 1)),
            )
            add_activity(
                session,
                marie,
                ActivityKind.MEETING,
                ActivityStatus.DONE,
                datetime(2026, 11, day + 2, 10),
                opportunity_id=deal,
            )
        add_opportunity(session, marie, (Stage.SUSPECT, datetime(2026, 10, 10)))
    return store


def test_the_report_has_the_period_the_funnel_the_plan_tips_and_charts(tmp_path, filled):
    path = tmp_path / "report.pdf"
    export(filled, path, NOW, "fr", period=Period(date(2026, 11, 1), date(2026, 11, 30)))
    pages = text_of(path)
    assert 2 <= len(pages) <= 3
    first = pages[0]
    assert "Bilan SalesCoach" in first
    assert "Du 01/11/2026 au 30/11/2026, comparé aux 30 jours précédents" in first
    assert "Suspects : 2 (avant : 1)" in first
    assert "Prospects : 2 (avant : 0)" in first
    assert "Qualification : 100 %" in first
    assert "Pour gagner 4 nouveaux clients par mois" in first
    assert "Les conseils du coach" in "".join(pages)
    assert "Gagnés" in pages[-1]  # the funnel chart's labels on the chart page


def test_the_report_in_english_by_default_period(tmp_path, filled):
    path = tmp_path / "report.pdf"
    export(filled, path, NOW)
    first = text_of(path)[0]
    assert "SalesCoach report" in first
    assert "From 26/08/2026 to 23/11/2026, against the 90 days before" in first


def test_an_unknown_extension_names_every_export(tmp_path, filled):
    with pytest.raises(InvalidFile) as refused:
        export(filled, tmp_path / "report.docx", NOW)
    assert ".pdf" in refused.value.text() and ".xlsx" in refused.value.text()
