"""Tip texts: every lesson in every language, the same placeholders, numbers in local style."""

import string

import pytest

from salescoach.core.coach import Snapshot
from salescoach.core.coach.engine import every_tip
from salescoach.core.coach.snapshot import Channel, ContactRef, Group, KnownContact, Overdue
from salescoach.core.coach.texts import LANGUAGES, TipTexts
from salescoach.core.coach.tips import LESSONS
from salescoach.core.domain import Source
from salescoach.core.funnel import FunnelCounts
from tests.helpers import TODAY


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def everything_wrong() -> Snapshot:
    """A rep in trouble on every front: all twelve lessons fire."""
    return Snapshot(
        TODAY,
        # every step fell by half, on enough items for it to be more than luck
        current=FunnelCounts(80, 20, 80, 40, 20, 4),
        previous=FunnelCounts(80, 40, 40, 40, 40, 20),
        basics_this_week=2,
        basics_weeks_before=(10,) * 8,
        known_contacts=(KnownContact(1, "A", True, 2, 90),),
        overdue=Overdue(1, 1, 4, (ContactRef(1, "A", 4),)),
        proposals=5,
        proposals_without_needs=(ContactRef(1, "A"),),
        stale_early_effort=8,
        stale_early_files=3,
        untouched_late=Group(1, (ContactRef(1, "A", 20),)),
        channels={
            Source.COLD_CALL: Channel(40, 1),
            Source.REFERRAL: Channel(10, 4),
        },
        won_without_follow_up=Group(1, (ContactRef(1, "A", 40),)),
    )


def test_the_scenario_fires_every_lesson():
    assert sorted(tip.lesson for tip in every_tip(everything_wrong())) == sorted(LESSONS)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_lesson_has_every_text(language):
    texts = TipTexts.load(language)
    assert set(texts.lessons) == set(LESSONS)
    for lesson, text in texts.lessons.items():
        assert text["title"].strip() and text["message"].strip() and text["why"].strip(), lesson


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "en"])
def test_translations_keep_the_same_placeholders_and_labels(language):
    english, other = TipTexts.load("en"), TipTexts.load(language)
    assert set(other.actions) == set(english.actions)
    for lesson in LESSONS:
        for part in ("title", "message", "why"):
            assert fields(other.lessons[lesson][part]) == fields(english.lessons[lesson][part]), (
                lesson,
                part,
            )
        assert set(other.lessons[lesson]["evidence"]) == set(english.lessons[lesson]["evidence"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tip_renders_with_all_its_evidence_labelled(language):
    texts = TipTexts.load(language)
    for tip in every_tip(everything_wrong()):
        shown = texts.show(tip)
        assert "{" not in shown.message and "}" not in shown.message
        assert [e.key for e in shown.evidence] == [e.key for e in tip.evidence]
        assert all(e.label for e in shown.evidence) and all(a.label for a in shown.actions)
        assert fields(texts.lessons[tip.lesson]["message"]) <= set(tip.values())


def test_numbers_read_the_local_way():
    tip = next(t for t in every_tip(everything_wrong()) if t.lesson == "social-selling")
    english = TipTexts.load("en").show(tip).message
    french = TipTexts.load("fr").show(tip).message
    assert "(2.5%)" in english and "40%" in english
    assert "(2,5 %)" in french and "40 %" in french


def test_an_unknown_language_falls_back_to_english():
    assert TipTexts.load("de").language == "en"
