"""The funnel and the plan as text: the JSON contract of DESIGN.md and a small aligned table."""

import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from salescoach.core.errors import InvalidInput
from salescoach.core.funnel import InvalidPeriod, Period, ratios_of
from salescoach.core.planner import plan_for
from salescoach.store.funnel import funnel_counts

DEFAULT_DAYS = 90

COUNT_LABELS = {
    "suspects": "Suspects",
    "prospects": "Prospects",
    "appointments_made": "Appointments made",
    "appointments_held": "Appointments held",
    "proposals": "Proposals",
    "won": "Won",
}
RATIO_LABELS = {
    "qualification": "Qualification",
    "appointment": "Appointment",
    "proposal": "Proposal",
    "closing": "Closing",
    "overall": "Overall",
}


def resolve_period(first: date | None, last: date | None, today: date) -> Period:
    """The 90 days ending on --today unless told otherwise; an inverted period is refused."""
    last = last or today
    first = first or last - timedelta(days=DEFAULT_DAYS - 1)
    try:
        return Period(first, last)
    except InvalidPeriod as error:
        raise InvalidInput(str(error)) from None


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1%}"


def funnel_document(session: Session, period: Period) -> dict[str, Any]:
    counts = funnel_counts(session, period)
    return {
        "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
        "counts": counts.as_dict(),
        "ratios": ratios_of(counts).as_dict(),
    }


def funnel_output(session: Session, period: Period, as_json: bool) -> str:
    document = funnel_document(session, period)
    if as_json:
        return json.dumps(document)
    lines = [f"Funnel {period.first} to {period.last}"]
    lines += [f"  {COUNT_LABELS[k]:<20}{v:>8}" for k, v in document["counts"].items()]
    lines += [""]
    lines += [f"  {RATIO_LABELS[k]:<20}{percent(v):>8}" for k, v in document["ratios"].items()]
    return "\n".join(lines)


def plan_output(session: Session, period: Period, target: int, as_json: bool) -> str:
    ratios = ratios_of(funnel_counts(session, period))
    plan = plan_for(target, ratios)
    if as_json:
        return json.dumps(
            {
                "target": target,
                "ratios": ratios.as_dict(),
                "needed": plan.needed(),
                "period": {"from": period.first.isoformat(), "to": period.last.isoformat()},
            }
        )
    lines = [f"To win {target} new customer(s) at your ratios of {period.first} to {period.last}:"]
    lines += [
        f"  {COUNT_LABELS[k]:<20}{'—' if v is None else v:>8}" for k, v in plan.needed().items()
    ]
    return "\n".join(lines)
