"""The coach's use case: tips in words for the Coach panel, `salescoach tips` and
`salescoach tips --json` (DESIGN.md)."""

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from salescoach.core.coach.texts import ShownTip, TipTexts
from salescoach.core.funnel import FunnelCounts, Period
from salescoach.store.database import has_contacts
from salescoach.store.preferences import coach_settings
from salescoach.store.queries.coach_snapshot import coaching_and_snapshot
from salescoach.store.records.contacts import names_and_uids


@dataclass(frozen=True, slots=True)
class CoachView:
    """What the Coach panel shows: the tips, those set aside, the names their actions point
    at, and whether the rep has anyone in the file yet (a first-time rep gets first steps)."""

    tips: list[ShownTip]
    set_aside: list[ShownTip]
    names: dict[int, str]
    has_contacts: bool
    #: The days the tips read (the coach's period).
    period: Period
    #: Tips beyond the five shown, waiting their turn.
    waiting: int = 0
    #: The funnel's counts over the coach's period, as the tips read them.
    counts: FunnelCounts = field(default_factory=FunnelCounts)


def shown_tips(session: Session, today: date, language: str) -> list[ShownTip]:
    return tips_and_counts(session, today, language)[0]


def tips_and_counts(
    session: Session, today: date, language: str
) -> tuple[list[ShownTip], FunnelCounts]:
    """The tips shown and the funnel's counts over the coach's period they read: one
    snapshot serves both (`today` says the tip and the week's focus)."""
    texts = TipTexts.load(language)
    coaching, snapshot = coaching_and_snapshot(session, today)
    return [texts.show(tip) for tip in coaching.shown], snapshot.current


def coach_view(session: Session, today: date, language: str) -> CoachView:
    """The Coach panel's content, reading the funnel over the coach's period."""
    texts = TipTexts.load(language)
    settings = coach_settings(session)
    coaching, snapshot = coaching_and_snapshot(session, today, settings)
    tips = [texts.show(tip) for tip in coaching.shown]
    people = names_and_uids(session, _contacts_of(tips))
    return CoachView(
        tips,
        [texts.show(tip) for tip in coaching.set_aside],
        {id: name for id, (name, _uid) in people.items()},
        has_contacts(session),
        settings.period(today),
        coaching.waiting,
        snapshot.current,
    )


def _contacts_of(tips: list[ShownTip]) -> set[int]:
    return {c for tip in tips for action in tip.tip.actions for c in action.contacts}


def tips_document(
    session: Session, today: date, language: str, tips: list[ShownTip] | None = None
) -> dict[str, Any]:
    """The tips as `tips --json` prints them (`tips`: those already worked out)."""
    tips = shown_tips(session, today, language) if tips is None else tips
    people = names_and_uids(session, _contacts_of(tips))
    documents = []
    for tip in tips:
        document = tip.as_dict()
        for action in document["actions"]:  # files name contacts by uid, never by row id
            action["contacts"] = [
                {"uid": people[c][1], "name": people[c][0]} for c in action["contacts"]
            ]
        documents.append(document)
    return {
        "tips": documents,
        "date": today.isoformat(),
        "language": TipTexts.load(language).language,
    }


def tips_output(session: Session, today: date, language: str, as_json: bool) -> str:
    if as_json:
        return json.dumps(tips_document(session, today, language), ensure_ascii=False)
    tips = shown_tips(session, today, language)
    if not tips:
        return TipTexts.load(language).none
    lines: list[str] = []
    for number, tip in enumerate(tips, 1):
        lines += [f"{number}. {tip.title}  [{tip.tip.lesson}]", f"   {tip.message}"]
        width = max(len(e.label) for e in tip.evidence)
        lines += [f"   - {e.label + ':':<{width + 1}} {e.value}" for e in tip.evidence]
        if tip.in_hand:
            lines.append(f"   {tip.in_hand}")
        lines.append("")
    return "\n".join(lines).rstrip()


def tips_about(session: Session, today: date, language: str, contact_id: int) -> list[ShownTip]:
    """The tips whose actions name this contact: what the coach says about them."""
    return [
        tip
        for tip in shown_tips(session, today, language)
        if any(contact_id in action.contacts for action in tip.tip.actions)
    ]
