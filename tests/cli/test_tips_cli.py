"""`salescoach tips`: the coach on the command line."""

import json
from pathlib import Path

import pytest

from salescoach.core.coach.tips import LESSONS
from tests.running import run


@pytest.fixture(scope="module")
def default_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo a new rep gets on first start (the default seed and size)."""
    db = tmp_path_factory.mktemp("tips") / "demo.sqlite3"
    result = run("demo", db=db)
    assert result.returncode == 0, result.stderr
    return db


def test_the_demo_gives_a_believable_handful_of_tips(default_demo):
    result = run("tips", "--json", db=default_demo)
    assert result.returncode == 0, result.stderr
    tips = json.loads(result.stdout)["tips"]
    lessons = [tip["lesson"] for tip in tips]
    assert 3 <= len(tips) <= 8, lessons
    assert set(lessons) <= set(LESSONS) and len(set(lessons)) == len(lessons)
    for tip in tips:
        assert list(tip)[:5] == ["lesson", "title", "message", "evidence", "actions"]
        assert tip["evidence"] and tip["actions"]
        assert all({"label", "value"} <= set(item) for item in tip["evidence"])
        people = {c["uid"] for action in tip["actions"] for c in action["contacts"]}
        assert tip["concerned"] == len(people)
        assert 0 <= tip["in_hand"] < tip["concerned"] or tip["concerned"] == 0
    priorities = [tip["priority"] for tip in tips]
    assert priorities == sorted(priorities, reverse=True)


def test_evidence_is_the_reps_own_numbers(default_demo):
    tips = json.loads(run("tips", "--json", db=default_demo).stdout)["tips"]
    funnel = json.loads(run("funnel", "--json", db=default_demo).stdout)
    for tip in tips:
        if tip["lesson"].endswith("-rate"):
            ratio = next(e for e in tip["evidence"] if e["key"] == "ratio")["number"]
            name = tip["lesson"].removesuffix("-rate")
            assert ratio == pytest.approx(funnel["ratios"][name])
        for action in tip["actions"]:
            assert all(len(person["uid"]) == 36 for person in action["contacts"])


def test_the_same_tips_in_french_and_italian(default_demo):
    english = json.loads(run("tips", "--json", db=default_demo).stdout)["tips"]
    for language in ("fr", "it"):
        result = run("--lang", language, "tips", "--json", db=default_demo)
        other = json.loads(result.stdout)["tips"]
        assert [t["lesson"] for t in other] == [t["lesson"] for t in english]
        assert all(a["title"] != b["title"] for a, b in zip(other, english, strict=True))


def test_the_text_output_is_readable(default_demo):
    result = run("--lang", "fr", "tips", db=default_demo)
    assert result.returncode == 0
    first = result.stdout.splitlines()[0]
    assert first.startswith("1. ") and first.endswith("]")
    assert "   - " in result.stdout


def test_an_empty_database_has_no_tips(tmp_path):
    db = tmp_path / "empty.sqlite3"
    assert json.loads(run("--create", "tips", "--json", db=db).stdout)["tips"] == []
    assert run("tips", db=db).stdout.startswith("No tips today")
