"""The rep's goal and the weekly work it takes, read from the planner at the rep's own ratios.

A rep thinks in new customers a month; the week needs calls, appointments and proposals.
The planner turns the goal into the appointments and proposals it takes; the rep's own calls
per appointment turn appointments into calls. A weekly target the rep sets by hand wins.
"""

import math
from dataclasses import dataclass

from salescoach.core.funnel import FunnelCounts, Ratios, ratios_of
from salescoach.core.planner import plan_for

#: An average month in weeks (365.25 / 12 / 7).
WEEKS_A_MONTH = 4.348
WEEKLY = ("calls", "appointments", "proposals")


@dataclass(frozen=True, slots=True)
class Targets:
    """New customers a month, and weekly targets set by hand (None: from the planner)."""

    monthly_wins: int = 4
    calls: int | None = None
    appointments: int | None = None
    proposals: int | None = None


@dataclass(frozen=True, slots=True)
class WeekGoal:
    """What this week asks for; None where the rep's ratios cannot tell yet."""

    calls: int | None
    appointments: int | None
    proposals: int | None

    def as_dict(self) -> dict[str, int | None]:
        return {name: getattr(self, name) for name in WEEKLY}


def _weekly(monthly: int | None) -> int | None:
    return None if monthly is None else math.ceil(round(monthly / WEEKS_A_MONTH, 9))


def week_goal(targets: Targets, ratios: Ratios, calls_per_appointment: float | None) -> WeekGoal:
    """Each weekly target: the rep's own, else the planner's monthly need spread over the
    weeks of a month (rounded up: a target is a floor, not an average)."""
    plan = plan_for(targets.monthly_wins, ratios)
    appointments = _weekly(plan.appointments_made)
    calls = None
    if plan.appointments_made is not None and calls_per_appointment:
        # rounded once, at the end: one more visit moves the calls by a call or two, not by
        # a whole appointment's worth of calls
        weekly = plan.appointments_made / WEEKS_A_MONTH
        calls = math.ceil(round(weekly * calls_per_appointment, 9))
    derived = WeekGoal(calls, appointments, _weekly(plan.proposals))
    return WeekGoal(
        *(
            chosen if (chosen := getattr(targets, name)) is not None else getattr(derived, name)
            for name in WEEKLY
        )
    )


def week_goal_of(targets: Targets, counts: FunnelCounts, done_calls: int) -> WeekGoal:
    """The week's goal from a period's funnel counts and the calls done in it: the rep's
    ratios, and their calls per appointment."""
    made = counts.appointments_made
    return week_goal(targets, ratios_of(counts), done_calls / made if made else None)
