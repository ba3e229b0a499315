"""The week's plan in words: `salescoach week`, `salescoach week --json`, and the lines the
Plan my week dialog shows. Why each person is in the plan is said with the rep's own numbers
in the rep's language (`resources/week`)."""

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from salescoach.core.funnel import Ratios, weakest_link
from salescoach.core.numbers import NumberStyle
from salescoach.core.week_plan import Candidate, PlanItem, WeekPlan
from salescoach.reports.funnel_tables import ReportTexts
from salescoach.resources import texts
from salescoach.store.models import Contact, Opportunity


class WeekWords:
    """The week's sentences in one language."""

    def __init__(self, language: str) -> None:
        self.data = texts("week", language)
        self.report = ReportTexts(language)
        self.numbers = NumberStyle.of(self.report.data)

    def reason(self, candidate: Candidate) -> str:
        values = dict(candidate.facts)
        if "kind" in values:
            values["kind"] = self.data["promised"][str(values["kind"])]
        if "rate" in values:
            values["rate"] = self.numbers.percent(float(str(values["rate"])))
        return str(self.data["reasons"][candidate.reason]).format(**values)

    def kind(self, item: PlanItem) -> str:
        return str(self.report.data["kinds"][item.kind.value])

    def text(self, key: str, **values: Any) -> str:
        return str(self.data["text"][key]).format(**values)


def week_document(session: Session, plan: WeekPlan, language: str) -> dict[str, Any]:
    """The plan as `week --json` prints it; people and deals named by uid, never by row id."""
    words = WeekWords(language)
    contacts = {c.contact_id for c in (item.candidate for item in plan.items)}
    deals = {i.candidate.opportunity_id for i in plan.items} - {None}
    contact_uids = dict(
        session.execute(select(Contact.id, Contact.uid).where(Contact.id.in_(contacts))).all()
    )
    deal_uids = dict(
        session.execute(
            select(Opportunity.id, Opportunity.uid).where(Opportunity.id.in_(deals))
        ).all()
    )
    return {
        "week": {"from": plan.first.isoformat(), "to": plan.last.isoformat()},
        "targets": plan.targets,
        "items": [
            {
                "contact": contact_uids[item.candidate.contact_id],
                "name": item.candidate.name,
                "kind": item.kind.value,
                "day": item.at.date().isoformat(),
                "time": item.at.strftime("%H:%M"),
                "lesson": item.candidate.lesson,
                "reason": words.reason(item.candidate),
                "opportunity": deal_uids.get(item.candidate.opportunity_id)
                if item.candidate.opportunity_id is not None
                else None,
            }
            for item in plan.items
        ],
    }


def week_output(session: Session, plan: WeekPlan, language: str, as_json: bool) -> str:
    if as_json:
        return json.dumps(week_document(session, plan, language), ensure_ascii=False)
    words = WeekWords(language)
    unknown = words.text("unknown")
    targets = {k: unknown if v is None else v for k, v in plan.targets.items()}
    lines = [
        words.text("title", first=plan.first.isoformat(), last=plan.last.isoformat()),
        words.text("targets", **targets),
        "",
    ]
    if not plan.items:
        lines.append(words.text("empty"))
    day = None
    for item in sorted(plan.items, key=lambda item: item.at):  # the rep reads it day by day
        if item.at.date() != day:
            if day is not None:
                lines.append("")
            day = item.at.date()
            lines.append(day.isoformat())
        lines.append(
            f"  {item.at:%H:%M}  {words.kind(item)}  {item.candidate.name}"
            f"  [{item.candidate.lesson}]"
        )
        lines.append(f"         {words.reason(item.candidate)}")
    return "\n".join(lines)


def focus_text(ratios: Ratios, language: str, lead: str = "title") -> str:
    """The week's one focus: the weakest link of the rep's chain, and an exercise for it
    ("" while no step of the chain can be measured). `lead` "link" leaves out "This week's
    focus", for a heading that says it already."""
    link = weakest_link(ratios)
    if link is None:
        return ""
    words = WeekWords(language)
    focus = words.data["focus"]
    title = str(focus[lead]).format(
        ratio=words.report.labels[link], value=words.numbers.percent(ratios.as_dict()[link])
    )
    return f"{title} {focus[link]}"
