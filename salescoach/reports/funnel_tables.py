"""The funnel and the plan as text: the JSON contract of DESIGN.md and a small aligned table."""

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from salescoach.core.funnel import Period, Ratios, ratios_of
from salescoach.core.numbers import NumberStyle
from salescoach.core.planner import plan_for
from salescoach.resources import texts
from salescoach.store.queries.funnel import cohort_counts, funnel_counts

DEFAULT_DAYS = 90


def resolve_period(first: date | None, last: date | None, today: date) -> Period:
    """The 90 days ending on --today unless told otherwise; an inverted period is refused."""
    last = last or today
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    return Period(first, last)


class ReportTexts:
    """The table's words and number style in one language (resources/reports/<lang>.toml)."""

    def __init__(self, language: str) -> None:
        data = texts("reports", language)
        self.data = data
        self.text: dict[str, str] = data["text"]
        self.labels: dict[str, str] = {**data["counts"], **data["ratios"]}
        self.numbers = NumberStyle.of(data)

    def rows(self, values: dict[str, Any], show: Callable[[Any], str]) -> list[str]:
        width = max(map(len, self.labels.values())) + 2  # one column for the whole table
        return [f"  {self.labels[k]:<{width}}{show(v):>8}" for k, v in values.items()]


def funnel_document(
    session: Session, period: Period, cohort_until: date | None = None
) -> dict[str, Any]:
    """DESIGN.md's `funnel --json`; the cohort view (files new in the period, followed up to
    `cohort_until`) adds `"view": "cohort"`."""
    if cohort_until is None:
        counts = funnel_counts(session, period)
    else:
        counts = cohort_counts(session, period, cohort_until)
    document: dict[str, Any] = {
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "counts": counts.as_dict(),
        "ratios": ratios_of(counts).as_dict(),
    }
    if cohort_until is not None:
        document["view"] = "cohort"
    return document


def funnel_output(
    session: Session,
    period: Period,
    as_json: bool,
    language: str = "en",
    cohort_until: date | None = None,
) -> str:
    document = funnel_document(session, period, cohort_until)
    if as_json:
        return json.dumps(document)
    words = ReportTexts(language)
    heading = "funnel" if cohort_until is None else "cohort"
    lines = [words.text[heading].format(first=period.first, last=period.last, today=cohort_until)]
    lines += words.rows(document["counts"], str)
    lines += [""]
    lines += words.rows(document["ratios"], words.numbers.percent)
    return "\n".join(lines)


def plan_output(
    session: Session, period: Period, target: int, as_json: bool, language: str = "en"
) -> str:
    ratios = ratios_of(funnel_counts(session, period))
    return plan_text(ratios, period, target, as_json, language)


def plan_text(
    ratios: Ratios,
    period: Period,
    target: int,
    as_json: bool,
    language: str,
    heading: str = "plan",
    extra: dict[str, Any] | None = None,
) -> str:
    """What `target` new customers take at `ratios`: DESIGN.md's `plan --json` (with
    `extra` keys), or a heading (`heading` in the reports' texts) and the counts needed."""
    plan = plan_for(target, ratios)
    if as_json:
        return json.dumps(
            {
                "target": target,
                "ratios": ratios.as_dict(),
                "needed": plan.needed(),
                "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
                **(extra or {}),
            }
        )
    words = ReportTexts(language)
    title = words.text[heading].format(target=target, first=period.first, last=period.last)
    return "\n".join([title, *words.rows(plan.needed(), lambda v: "—" if v is None else str(v))])
