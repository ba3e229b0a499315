"""The period's report on A4, in the rep's language: for the rep's own review or a manager.

The funnel counts and ratios against the previous period of the same length, what it takes
to win the month's goal at those ratios, the coach's current tips with their evidence, and
the funnel and weekly charts. The figures come from the same query layer as the dashboard.
"""

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from salescoach.core.domain import ActivityKind
from salescoach.core.funnel import FunnelOverview, Period, ratios_of
from salescoach.core.numbers import NumberStyle
from salescoach.core.planner import plan_for
from salescoach.reports.charts import ChartStyle, ChartWords, draw_funnel, draw_weekly
from salescoach.reports.sheets import Line, Section, Sheet, write_pdf
from salescoach.reports.tips import shown_tips
from salescoach.resources import texts
from salescoach.store.preferences import targets
from salescoach.store.queries.funnel import funnel_overview


@dataclass(frozen=True, slots=True)
class Report:
    sheet: Sheet
    overview: FunnelOverview
    words: ChartWords


def build_report(session: Session, period: Period, today: date, language: str) -> Report:
    data = texts("reports", language)
    words = data["report"]
    numbers = NumberStyle.of(data)
    overview = funnel_overview(session, period)
    goal = targets(session).monthly_wins
    labels = {**data["counts"], **data["ratios"]}
    day, labelled = data["format"]["date"], data["format"]["labelled"]
    counts = [
        Line(words["count"].format(label=labels[name], now=value, before=before))
        for (name, value), before in zip(
            overview.counts.as_dict().items(), overview.previous.as_dict().values(), strict=True
        )
    ]
    ratios = []
    for name, value in overview.ratios.as_dict().items():
        change = overview.changes[name]
        moved = "" if change is None else words["points"].format(points=f"{change * 100:+.0f}")
        shown = f"{numbers.percent(value)} {moved}".rstrip()
        ratios.append(Line(labelled.format(label=labels[name], text=shown)))
    plan = plan_for(goal, ratios_of(overview.counts)).needed()
    planned = [
        Line(labelled.format(label=labels[name], text="—" if needed is None else needed))
        for name, needed in plan.items()
    ]
    tips = [
        Line(
            tip.title,
            detail="\n".join(
                [
                    tip.message,
                    "; ".join(labelled.format(label=e.label, text=e.value) for e in tip.evidence),
                ]
            ),
        )
        for tip in shown_tips(session, today, language)
    ]
    sheet = Sheet(
        title=words["title"],
        subtitle=words["period"].format(
            first=period.first.strftime(day), last=period.last.strftime(day), days=period.days
        ),
        sections=(
            Section(words["funnel"], counts),
            Section(words["ratios"], ratios),
            Section(words["plan"].format(target=goal), planned, words["no_plan"]),
            Section(words["tips"], tips, words["no_tips"]),
        ),
    )
    chart_words = ChartWords(
        counts=data["counts"],
        ratios=data["ratios"],
        kinds={kind: data["kinds"][kind.value] for kind in ActivityKind},
        percent=numbers.percent,
        week=lambda monday: monday.strftime(words["week"]),
        empty=words["empty"],
    )
    return Report(sheet, overview, chart_words)


def write_report(session: Session, path: Path, period: Period, today: date, language: str) -> None:
    """The report as a PDF: its text, then a page with the funnel and the weekly work."""
    report = build_report(session, period, today, language)
    style = ChartStyle()

    def charts(figure: Any) -> None:
        figure.set_layout_engine("constrained")  # room for the labels on the left
        figure.get_layout_engine().set(w_pad=0.6, h_pad=0.6)  # an A4 margin, in inches
        top, bottom = figure.subfigures(2, 1)
        draw_funnel(top, report.overview.counts, style, report.words)
        draw_weekly(bottom, report.overview.weekly, style, report.words)

    write_pdf(report.sheet, path, charts)
