"""Tip texts per language, read from resources/tips/<lang>.toml, and tips rendered with them.

Texts live in resource files so translators never touch code; the rep's figures fill the
{placeholders}, formatted the way the language writes numbers.
"""

from dataclasses import dataclass
from typing import Any

from salescoach.core.coach.tips import Action, ActionKind, Shown, Tip
from salescoach.core.numbers import NumberStyle
from salescoach.resources import LANGUAGES, texts

__all__ = ["LANGUAGES", "ShownAction", "ShownEvidence", "ShownTip", "TipTexts"]


@dataclass(frozen=True, slots=True)
class ShownEvidence:
    key: str
    label: str
    value: str


@dataclass(frozen=True, slots=True)
class ShownAction:
    action: Action
    label: str


@dataclass(frozen=True, slots=True)
class ShownTip:
    """A tip in words: what the CLI prints and the Coach panel shows."""

    tip: Tip
    title: str
    message: str
    why: str
    evidence: tuple[ShownEvidence, ...]
    actions: tuple[ShownAction, ...]
    #: "Concerned: 9 · already planned: 6" ("" for a tip about no one in particular).
    in_hand: str = ""

    def as_dict(self) -> dict[str, Any]:
        """The `tips --json` shape of shared/DESIGN.md, with a few extra keys after it."""
        return {
            "lesson": self.tip.lesson,
            "title": self.title,
            "message": self.message,
            "evidence": [
                {"key": e.key, "label": e.label, "value": e.value, "number": number}
                for e, number in zip(self.evidence, self.tip.values().values(), strict=True)
            ],
            "actions": [
                {
                    "kind": a.action.kind.value,
                    "label": a.label,
                    "contacts": list(a.action.contacts),
                    "ratio": a.action.ratio,
                    "activity": a.action.activity,
                }
                for a in self.actions
            ],
            "priority": self.tip.priority,
            "why": self.why,
            #: the people the tip concerns, and how many already have a follow-up planned
            "concerned": len(self.tip.people),
            "in_hand": self.tip.in_hand,
        }


class TipTexts:
    def __init__(self, data: dict[str, Any]) -> None:
        self.language: str = data["language"]
        self.lessons: dict[str, dict[str, Any]] = data["lessons"]
        self.actions: dict[str, str] = data["actions"]
        self.none: str = data["messages"]["none"]
        self.messages: dict[str, str] = data["messages"]
        self.numbers = NumberStyle.of(data)

    @staticmethod
    def load(language: str = "en") -> "TipTexts":
        """The texts of `language`; English for a language SalesCoach does not speak."""
        return TipTexts(texts("tips", language))

    def number(self, value: float, shown: Shown) -> str:
        if shown is Shown.PERCENT:
            return self.numbers.percent(value)
        if shown is Shown.NUMBER:
            return self.numbers.fixed(value)
        return str(round(value))

    def action_label(self, action: Action) -> str:
        if action.kind is ActionKind.LOG_ACTIVITY:
            return self.actions[f"log_{action.activity}"]
        return self.actions[action.kind.value]

    def show(self, tip: Tip) -> ShownTip:
        text = self.lessons[tip.lesson]
        values = {e.key: self.number(e.value, e.shown) for e in tip.evidence}
        return ShownTip(
            tip=tip,
            title=text["title"].format(**values),
            message=text["message"].format(**values),
            why=text["why"],
            evidence=tuple(
                ShownEvidence(e.key, text["evidence"][e.key], values[e.key]) for e in tip.evidence
            ),
            actions=tuple(ShownAction(a, self.action_label(a)) for a in tip.actions),
            in_hand=self.messages["in_hand"].format(concerned=len(tip.people), in_hand=tip.in_hand)
            if tip.people
            else "",
        )
