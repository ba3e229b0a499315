"""The coach's tips as text: `salescoach tips` and `salescoach tips --json` (DESIGN.md)."""

import json
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from salescoach.core.coach.texts import ShownTip, TipTexts
from salescoach.store.coach import current_tips
from salescoach.store.contacts import names_and_uids


def shown_tips(session: Session, today: date, language: str) -> list[ShownTip]:
    texts = TipTexts.load(language)
    return [texts.show(tip) for tip in current_tips(session, today)]


def tips_and_names(
    session: Session, today: date, language: str
) -> tuple[list[ShownTip], dict[int, str]]:
    """The tips and the names of the contacts their actions point at (for the GUI)."""
    tips = shown_tips(session, today, language)
    people = names_and_uids(session, _contacts_of(tips))
    return tips, {id: name for id, (name, _uid) in people.items()}


def _contacts_of(tips: list[ShownTip]) -> set[int]:
    return {c for tip in tips for action in tip.tip.actions for c in action.contacts}


def tips_document(session: Session, today: date, language: str) -> dict[str, Any]:
    tips = shown_tips(session, today, language)
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
        lines.append("")
    return "\n".join(lines).rstrip()
