"""Planning the week: the plan the lessons and the targets call for, and applying it as
one write (one Ctrl+Z takes the whole plan back)."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from salescoach.core.week_plan import PlanItem, WeekPlan
from salescoach.reports.week import WeekWords
from salescoach.store import Store
from salescoach.store.queries.week_plan import apply_plan, plan_week
from salescoach.store.session.changes import Applied


@dataclass(frozen=True, slots=True)
class Planned:
    """What applying a plan did."""

    count: int
    first: date

    def text(self, language: str) -> str:
        return WeekWords(language).text("applied", count=self.count, first=self.first.isoformat())


def plan_and_apply(
    store: Store, now: datetime, first: date | None = None
) -> Applied[tuple[WeekPlan, Planned]]:
    """Work out the plan and apply all of it, in one transaction (what `week --apply` does)."""

    def work(session: Session) -> tuple[WeekPlan, Planned]:
        plan = plan_week(session, now, first)
        return plan, Planned(apply_plan(session, plan.items), plan.first)

    return store.apply(work)


def apply_items(session: Session, first: date, items: Sequence[PlanItem]) -> Planned:
    """The items the rep kept (and maybe moved) in the Plan my week dialog."""
    return Planned(apply_plan(session, items), first)
