"""The team's funnel, plan and week as text: one JSON document, or a table per figure.

Every rep's counts and ratios are the ones their own `funnel` shows (`store.team.funnel`);
the team's are the sum of the counts, and its ratios come from those sums, not an average
of the reps' ratios.
"""

import json
from typing import Any

from salescoach.core.funnel import FunnelCounts, Period, ratios_of, weakest_link
from salescoach.core.outcomes import Tally
from salescoach.core.text import sort_key
from salescoach.reports.funnel_tables import ReportTexts, plan_text
from salescoach.reports.today import target_lines
from salescoach.store.team.funnel import RepWeek


def team_document(counts: dict[str, FunnelCounts], period: Period) -> dict[str, Any]:
    """`team funnel --json`: each rep's counts and ratios, and the team's."""
    team = sum(counts.values(), FunnelCounts())
    return {
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "reps": [
            {
                "rep": rep,
                "counts": rep_counts.as_dict(),
                "ratios": ratios_of(rep_counts).as_dict(),
            }
            for rep, rep_counts in counts.items()
        ],
        "team": {"counts": team.as_dict(), "ratios": ratios_of(team).as_dict()},
    }


def weakest_links(counts: dict[str, FunnelCounts]) -> dict[str, str | None]:
    """Each rep's weakest ratio (None while no ratio can be told)."""
    return {rep: weakest_link(ratios_of(rep_counts)) for rep, rep_counts in counts.items()}


def team_funnel_output(
    counts: dict[str, FunnelCounts], period: Period, as_json: bool, language: str = "en"
) -> str:
    document = team_document(counts, period)
    if as_json:
        return json.dumps(document)
    words = ReportTexts(language)
    names = [rep["rep"] for rep in document["reps"]] + [words.text["team"]]
    columns = [*document["reps"], document["team"]]
    width = max(map(len, words.labels.values())) + 2
    cell = max(10, *(len(n) + 2 for n in names))
    lines = [
        words.text["team_funnel"].format(first=period.first, last=period.last),
        " " * (width + 2) + "".join(f"{n:>{cell}}" for n in names),
    ]
    for part, show in (("counts", str), ("ratios", words.numbers.percent)):
        for key in columns[0][part]:
            values = "".join(f"{show(c[part][key]):>{cell}}" for c in columns)
            lines.append(f"  {words.labels[key]:<{width}}{values}")
        lines.append("")
    weakest = [
        words.text["team_rep_link"].format(rep=rep, link=words.labels[link])
        for rep, link in weakest_links(counts).items()
        if link is not None
    ]
    if weakest:
        lines.append(words.text["team_weakest"].format(links="; ".join(weakest)))
    return "\n".join(lines).rstrip()


def team_plan_output(
    counts: dict[str, FunnelCounts], period: Period, target: int, as_json: bool, language: str
) -> str:
    """What the team's target takes at the team's ratios."""
    team = sum(counts.values(), FunnelCounts())
    extra = {"reps": sorted(counts, key=sort_key)}
    return plan_text(ratios_of(team), period, target, as_json, language, "team_plan", extra)


def counts_only(tally: Tally) -> dict[str, int]:
    """A tally without the money: a manager sees how many, not what a rep's deals are worth."""
    return {k: int(v) for k, v in tally.as_dict().items() if k != "won_value"}


def team_week_document(weeks: dict[str, RepWeek], period: Period, target: int) -> dict[str, Any]:
    """`team week --json`: each rep's week against their share of the team's target, and
    the lessons' outcomes over the period, counts only."""
    return {
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "target": target,
        "reps": [
            {
                "rep": rep,
                "week": {
                    **found.week.as_dict(),
                    "planned": {k: found.week.planned.get(k, 0) for k in ("calls", "proposals")},
                },
                "outcomes": [
                    {
                        "lesson": outcome.lesson,
                        **counts_only(outcome.tally),
                        "baseline": counts_only(outcome.baseline),
                    }
                    for outcome in found.outcomes
                ],
            }
            for rep, found in weeks.items()
        ],
    }


def team_week_output(
    weeks: dict[str, RepWeek], period: Period, target: int, as_json: bool, language: str
) -> str:
    if as_json:
        return json.dumps(team_week_document(weeks, period, target))
    words = ReportTexts(language)
    text = words.text
    lines = []
    for rep, found in weeks.items():
        week = found.week
        first, last = week.first.isoformat(), week.last.isoformat()
        lines.append(text["team_week"].format(rep=rep, first=first, last=last))
        lines += target_lines(week, words)
        for outcome in found.outcomes:
            tally = counts_only(outcome.tally)
            lines.append("  " + text["team_outcome"].format(lesson=outcome.lesson, **tally))
        if not found.outcomes:
            lines.append(f"  {text['team_no_outcome']}")
        lines.append("")
    return "\n".join(lines).rstrip()
