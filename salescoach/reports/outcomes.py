"""What acting on the lessons did, in words: `salescoach outcomes` and its JSON, and the
dashboard's What worked. Each lesson's follow-ups beside the rep's own contacts, and said
plainly when there are too few to tell."""

import json
from typing import Any

from salescoach.core.funnel import Period
from salescoach.core.outcomes import ENOUGH, LessonOutcome, Tally
from salescoach.reports.week import WeekWords


def outcomes_document(found: list[LessonOutcome], period: Period, window: int) -> dict[str, Any]:
    return {
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "window_days": window,
        "lessons": [outcome_entry(outcome) for outcome in found],
    }


def outcome_entry(outcome: LessonOutcome) -> dict[str, Any]:
    """One lesson's figures in the JSON of `outcomes` and `review`."""
    return {
        "lesson": outcome.lesson,
        **outcome.tally.as_dict(),
        "baseline": outcome.baseline.as_dict(),
        "baseline_estimated": outcome.estimated,
        "enough": outcome.tally.enough,
    }


def baseline_text(outcome: LessonOutcome, words: WeekWords) -> str:
    """ "your own contacts with people of the same kind: 40 follow-ups: ...", saying when
    the figures are scaled up from a sample of a long history."""
    text = words.data["outcomes"]
    label = str(text["baseline"])
    if outcome.estimated:
        label = f"{label} ({text['estimated']})"
    return f"{label}: {tally_text(outcome.baseline, words)}"


def tally_text(tally: Tally, words: WeekWords) -> str:
    """ "12 follow-ups: 9 done, ..." with each share of the follow-ups."""

    def share(count: int) -> str:
        return f"{count} ({words.numbers.percent(count / tally.acted if tally.acted else None)})"

    return str(words.data["outcomes"]["line"]).format(
        acted=tally.acted,
        done=share(tally.done),
        reached=share(tally.reached),
        appointments=share(tally.appointments),
        advanced=share(tally.advanced),
        won=share(tally.won),
        value=words.numbers.fixed(tally.won_value, 0),
    )


def outcomes_output(
    found: list[LessonOutcome], period: Period, window: int, language: str, as_json: bool
) -> str:
    if as_json:
        return json.dumps(outcomes_document(found, period, window), ensure_ascii=False)
    words = WeekWords(language)
    text = words.data["outcomes"]
    lines = [
        str(text["title"]).format(
            first=period.first.isoformat(), last=period.last.isoformat(), window=window
        ),
        "",
    ]
    if not found:
        lines.append(str(text["none"]))
    for outcome in found:
        lines.append(f"{outcome.lesson}: {tally_text(outcome.tally, words)}")
        if not outcome.tally.enough:
            lines.append(f"    {str(text['too_few']).format(enough=ENOUGH)}")
        lines.append(f"    {baseline_text(outcome, words)}")
    return "\n".join(lines)
