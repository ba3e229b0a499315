"""The rep's day in words: `salescoach today` and `salescoach today --json` (DESIGN.md)."""

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from salescoach.core.agenda import Agenda, AgendaItem, Week
from salescoach.core.coach.texts import ShownTip
from salescoach.core.funnel import ratios_of
from salescoach.core.targets import WEEKLY
from salescoach.core.today import TodayFigures
from salescoach.core.week_review import last_working_day, next_working_day
from salescoach.reports.funnel_tables import ReportTexts
from salescoach.reports.tips import CoachView, coach_view, tips_and_counts, tips_document
from salescoach.reports.week import WeekWords, focus_text
from salescoach.store.preferences import working_week
from salescoach.store.queries.agenda import agenda


def today_document(session: Session, day: date, language: str) -> dict[str, Any]:
    """The agenda and the coach's top tip as the JSON object `today --json` prints."""
    tips, _counts = tips_and_counts(session, day, language)
    return _document(agenda(session, day, limit=None), _top_tip(session, day, language, tips))


def _top_tip(
    session: Session, day: date, language: str, tips: list[ShownTip]
) -> dict[str, Any] | None:
    documents = tips_document(session, day, language, tips[:1])["tips"]
    return documents[0] if documents else None


def _document(found: Agenda, tip: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "date": found.day.isoformat(),
        "overdue": [item.as_dict() for item in found.overdue],
        "today": [item.as_dict() for item in found.today],
        "appointments": [item.as_dict() for item in found.appointments],
        "top_tip": tip,
        "week": found.week.as_dict(),
    }


def today_output(session: Session, day: date, language: str, as_json: bool) -> str:
    tips, counts = tips_and_counts(session, day, language)
    found, tip = agenda(session, day, limit=None), _top_tip(session, day, language, tips)
    if as_json:
        return json.dumps(_document(found, tip), ensure_ascii=False)
    lines = _lines(found, tip, ReportTexts(language))
    if focus := focus_text(ratios_of(counts), language):  # the counts the tip read
        lines += ["", focus]
    if _review_due(session, day):
        lines += ["", str(WeekWords(language).data["review"]["due"])]
    return "\n".join(lines)


def _lines(found: Agenda, tip: dict[str, Any] | None, words: ReportTexts) -> list[str]:
    text = words.data["today"]
    lines = [text["heading"].format(day=found.day.isoformat()), ""]
    for title, items, with_day in (
        (text["overdue"], found.overdue, True),
        (text["due_today"], found.today, False),
        (text["appointments"], found.appointments, False),
    ):
        lines.append(f"{title} ({len(items)})")
        lines += [f"  {_item(item, words, with_day)}" for item in items] or [f"  {text['nothing']}"]
        lines.append("")
    if tip is not None:
        lines += [f"{text['top_tip']}: {tip['title']}", f"  {tip['message']}", ""]
    week = found.week
    lines.append(text["week"].format(first=week.first.isoformat(), last=week.last.isoformat()))
    return lines + target_lines(week, words)


def target_lines(week: Week, words: ReportTexts) -> list[str]:
    """The week's targets, one aligned line each."""
    targets = target_texts(week, words)
    width = max(len(label) for label, _shown in targets) + 2
    return [f"  {label:<{width}}{shown}" for label, shown in targets]


def target_texts(week: Week, words: ReportTexts) -> list[tuple[str, str]]:
    """Each weekly target's label and "23 of 40, 5 more planned": Today, `salescoach today`
    and the week's review say them alike."""
    text, goal = words.data["today"], week.goal.as_dict()
    found = []
    for name in WEEKLY:
        done, target = week.done[name], goal[name]
        shown = text["no_target" if target is None else "of_target"].format(
            done=done, target=target
        )
        if week.planned.get(name):
            shown = text["planned"].format(shown=shown, planned=week.planned[name])
        found.append((text[name if name != "appointments" else "appointments_made"], shown))
    return found


def _item(item: AgendaItem, words: ReportTexts, with_day: bool) -> str:
    when = _when(item.at, with_day)
    who = f"{item.contact} ({item.company})" if item.company else item.contact
    status = (
        "" if item.status.value == "planned" else f" [{words.data['statuses'][item.status.value]}]"
    )
    return f"{when}  {words.data['kinds'][item.kind.value]:<12}{who}{status}"


def _when(at: datetime, with_day: bool) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if with_day else at.strftime("%H:%M")


@dataclass(frozen=True, slots=True)
class TodayView:
    """What the Today page shows: the agenda and the coach's top tip, from the coach's
    whole reading (which the dashboard's Coach panel shows too)."""

    agenda: Agenda
    coach: CoachView
    #: The week's one focus: the weakest link of the chain and an exercise ("" for none).
    focus: str = ""
    #: The week's last working day or later: time to review the week.
    review_due: bool = False

    @property
    def top_tip(self) -> ShownTip | None:
        return self.coach.tips[0] if self.coach.tips else None

    @property
    def names(self) -> dict[int, str]:
        """The names the tips' actions point at."""
        return self.coach.names

    @property
    def figures(self) -> TodayFigures:
        """What the Today page shows of it."""
        tip = self.top_tip
        named = {id for action in tip.tip.actions for id in action.contacts} if tip else set()
        names = {id: name for id, name in self.names.items() if id in named}
        return TodayFigures(self.agenda, tip, names, self.focus, self.review_due)


def today_view(session: Session, day: date, language: str) -> TodayView:
    view = coach_view(session, day, language)
    return TodayView(
        agenda(session, day),
        view,
        focus_text(ratios_of(view.counts), language),  # the counts the tips read
        _review_due(session, day),
    )


def _review_due(session: Session, day: date) -> bool:
    return last_working_day(day, working_week(session))


def figures_ahead(session: Session, day: date, language: str) -> dict[date, TodayFigures]:
    """Today's figures for `day` and for the rep's next working day: what the window keeps
    at close for the next start, this evening's or the next morning's."""
    days = (day, next_working_day(day, working_week(session)))
    return {each: today_view(session, each, language).figures for each in days}
