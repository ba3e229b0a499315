"""The week's review as a sheet (shown, printed, saved as PDF like the briefing), as the
lines `salescoach review` prints, and as its JSON. The words are in `resources/week`."""

import json
from typing import Any

from salescoach.core.coach.texts import TipTexts
from salescoach.core.outcomes import ENOUGH
from salescoach.core.week_review import WeekReview
from salescoach.reports.outcomes import baseline_text, outcome_entry, tally_text
from salescoach.reports.sheets import Line, Section, Sheet, sheet_text
from salescoach.reports.today import target_texts
from salescoach.reports.week import WeekWords, focus_text


def review_sheet(review: WeekReview, language: str, period_days: int) -> Sheet:
    """One screen: done against the targets, the plan, the ratios that moved, what worked
    and next week's focus."""
    words, lessons = WeekWords(language), TipTexts.load(language).lessons
    text = words.data["review"]
    week = review.week

    def lesson_title(lesson: str) -> str:
        return str(lessons.get(lesson, {}).get("title", lesson))

    plan = [
        Line(
            str(text["plan_line"]).format(
                lesson=lesson_title(item.lesson), planned=item.planned, done=item.done
            )
        )
        for item in review.lessons
    ]
    ratios = [
        Line(
            str(text["ratio_line"]).format(
                ratio=words.report.labels[move.name],
                before=words.numbers.percent(move.before),
                now=words.numbers.percent(move.now),
                change=f"{'+' if move.change > 0 else '−'}"
                f"{words.numbers.fixed(abs(move.change) * 100, 0)}",
            )
        )
        for move in review.moved()
    ]
    worked = []
    for outcome in review.outcomes:
        detail = [baseline_text(outcome, words)]
        if not outcome.tally.enough:
            detail.insert(0, str(words.data["outcomes"]["too_few"]).format(enough=ENOUGH))
        worked.append(
            Line(
                f"{lesson_title(outcome.lesson)}: {tally_text(outcome.tally, words)}",
                "\n".join(detail),
            )
        )
    focus = focus_text(review.ratios, language, "link")
    return Sheet(
        str(text["title"]).format(first=week.first.isoformat(), last=week.last.isoformat()),
        str(text["subtitle"]),
        tuple(target_texts(week, words.report)),
        (
            Section(str(text["plan"]), plan, str(text["plan_none"])),
            Section(str(text["ratios"]).format(days=period_days), ratios, str(text["ratios_none"])),
            Section(
                str(text["worked"]).format(window=review.window),
                worked,
                str(words.data["outcomes"]["none"]),
            ),
            Section(str(text["focus"]), [Line(focus)] if focus else [], str(text["focus_none"])),
        ),
    )


def review_document(review: WeekReview, language: str) -> dict[str, Any]:
    """`salescoach review --json`: the figures, with lessons by their ids."""
    week = review.week
    goal = week.goal.as_dict()
    return {
        "week": {"from": week.first.isoformat(), "to": week.last.isoformat()},
        "targets": {
            name: {"done": done, "target": goal[name], "planned": week.planned.get(name, 0)}
            for name, done in week.done.items()
        },
        "plan": [
            {"lesson": item.lesson, "planned": item.planned, "done": item.done}
            for item in review.lessons
        ],
        "ratios_moved": [
            {"ratio": move.name, "before": move.before, "now": move.now} for move in review.moved()
        ],
        "window_days": review.window,
        "outcomes": [outcome_entry(outcome) for outcome in review.outcomes],
        "focus": focus_text(review.ratios, language, "link"),
    }


def review_output(review: WeekReview, language: str, period_days: int, as_json: bool) -> str:
    if as_json:
        return json.dumps(review_document(review, language), ensure_ascii=False)
    return sheet_text(review_sheet(review, language, period_days))
