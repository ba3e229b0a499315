"""The customer's story and the visit briefing as sheets, in the rep's language.

The words come from resources/reports/<lang>.toml; dates and money are formatted by what
the caller passes in (QLocale in the GUI, the language file's style on the command line).
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from salescoach.core.coach.texts import ShownTip
from salescoach.core.domain import APPOINTMENT_KINDS, ActivityStatus
from salescoach.core.errors import InvalidInput
from salescoach.core.story import Exchange, Move, Story
from salescoach.reports.results import count
from salescoach.reports.sheets import Line, Section, Sheet
from salescoach.reports.tips import tips_about
from salescoach.resources import texts
from salescoach.store.queries.customer_story import story_of_activity

#: The last conversations a briefing recalls.
CONVERSATIONS = 5


#: How a currency is written beside an amount (any other, by its code).
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$"}


@dataclass(frozen=True)
class SheetWords:
    """The words of one language and how dates and money are written."""

    text: dict[str, Any]
    day: Callable[[date], str]
    when: Callable[[datetime], str]
    money: Callable[[float, str], str]

    @classmethod
    def of(cls, language: str) -> "SheetWords":
        """Words and formats from the language file alone (no Qt): the command line's."""
        data = texts("reports", language)
        style = data["format"]

        def money(value: float, currency: str) -> str:
            whole = f"{value:,.0f}".replace(",", style["group"])
            symbol = SYMBOLS.get(currency, currency)
            return str(style["money"]).format(value=whole, symbol=symbol).strip()

        return cls(
            data,
            lambda day: day.strftime(style["date"]),
            lambda at: at.strftime(f"{style['date']} %H:%M"),
            money,
        )

    def __getitem__(self, key: str) -> str:
        section, name = key.split(".")
        return str(self.text[section][name])

    def labelled(self, key: str, text: str) -> str:
        """'Needs: …' the way the language punctuates it ('Besoins : …' in French)."""
        return str(self.text["format"]["labelled"]).format(label=self[key], text=text)

    def kind(self, exchange: Exchange) -> str:
        return self[f"kinds.{exchange.kind.value}"]

    def stage(self, value: str) -> str:
        return self[f"stages.{value}"]


def _exchange(
    exchange: Exchange, words: SheetWords, with_needs: bool = True, with_status: bool = True
) -> Line:
    status = ""
    if with_status and exchange.status is not ActivityStatus.DONE:
        status = f" ({words[f'statuses.{exchange.status.value}']})"
    deal = f" · {exchange.deal}" if exchange.deal else ""
    details = []
    if exchange.outcome.strip():
        details.append(words.labelled("story.outcome", exchange.outcome.strip()))
    if with_needs and exchange.needs.strip():
        details.append(words.labelled("briefing.needs", exchange.needs.strip()))
    if exchange.notes.strip():
        details.append(words.labelled("story.notes", exchange.notes.strip()))
    return Line(
        f"{words.when(exchange.at)} · {words.kind(exchange)}{status}{deal}", "\n".join(details)
    )


def _facts(story: Story, words: SheetWords, today: date) -> list[tuple[str, str]]:
    person = story.profile
    last_visit = story.days_since_visit(today)
    return [
        (words["briefing.company"], ", ".join(p for p in (person.company, person.city) if p)),
        (words["briefing.role"], person.role),
        (words["briefing.phone"], person.phone),
        (words["briefing.email"], person.email),
        (words["briefing.address"], person.address),
        (
            words["briefing.last_visit"],
            words["briefing.never"]
            if last_visit is None
            else count(words.text["language"], "days_ago", last_visit),
        ),
    ]


def _deals(story: Story, words: SheetWords, only_open: bool) -> Section:
    deals = story.open_deals if only_open else story.deals
    lines = []
    for deal in deals:
        text = words["story.deal"].format(
            title=deal.title,
            value=words.money(deal.value, deal.currency),
            stage=words.stage(deal.stage.value),
        )
        steps = " → ".join(
            f"{words.stage(s.value)} {words.day(at.date())}" for s, at in deal.history
        )
        lines.append(Line(text, words.labelled("story.history", steps) if steps else ""))
    heading = words["briefing.deals" if only_open else "story.deals"]
    return Section(heading, lines, words["story.no_deal"])


def _tips(tips: Sequence[ShownTip], words: SheetWords) -> Section:
    lines = [Line(tip.title, tip.message) for tip in tips]
    return Section(words["briefing.coach"], lines, words["briefing.no_tip"])


def story_sheet(story: Story, today: date, words: SheetWords) -> Sheet:
    """The contact card: who, the deals, what is planned, and everything that happened."""
    person = story.profile
    facts = _facts(story, words, today)
    if person.referred_by is not None:
        facts.append((words["story.referred_by"], person.referred_by.name))
    if person.notes.strip():
        facts.append((words["story.notes"], person.notes))
    timeline = []
    for entry in story.timeline:
        if isinstance(entry, Move):
            text = words["story.moved"].format(
                deal=entry.deal, stage=words.stage(entry.stage.value)
            )
            timeline.append(Line(f"{words.when(entry.at)} · {text}"))
        else:
            timeline.append(_exchange(entry, words))
    sections = [
        Section(
            words["story.planned"],
            [_exchange(e, words, with_status=False) for e in story.planned],
            words["story.nothing_planned"],
        ),
        _deals(story, words, only_open=False),
        Section(words["story.timeline"], timeline, words["story.nothing_yet"]),
    ]
    if person.referred_by is not None or person.referrals:
        people = [*([person.referred_by] if person.referred_by else []), *person.referrals]
        lines = [
            Line(
                words.labelled(
                    "story.referred_by" if p is person.referred_by else "story.referred", p.name
                ),
                link=f"contact:{p.id}",
            )
            for p in people
        ]
        sections.append(Section(words["story.referred"], lines))
    subtitle = words["story.customer"] if person.is_customer else ""
    return Sheet(person.name, subtitle, facts, sections)


def briefing_sheet(
    visit: Exchange, story: Story, tips: Sequence[ShownTip], today: date, words: SheetWords
) -> Sheet:
    """One page to read in the car before a meeting or a visit."""
    person = story.profile
    subtitle = words["briefing.planned"].format(
        kind=words.kind(visit), contact=person.name, when=words.when(visit.at)
    )
    needs = [
        Line(f"{words.day(e.at.date())} · {words.kind(e)}", e.needs.strip())
        for e in story.needs()[:CONVERSATIONS]
    ]
    sections = [
        Section(
            words["briefing.conversations"],
            [_exchange(e, words, with_needs=False) for e in story.conversations(CONVERSATIONS)],
            words["story.nothing_yet"],
        ),
        Section(words["briefing.needs"], needs, words["briefing.none"]),
        _deals(story, words, only_open=True),
        Section(
            words["briefing.proposals"],
            [_exchange(e, words, with_needs=False) for e in story.open_proposals()],
            words["briefing.none"],
        ),
        _tips(tips, words),
    ]
    title = words["briefing.title"].format(name=person.name)
    return Sheet(title, subtitle, _facts(story, words, today), sections)


def briefing_for(
    session: Session, activity_id: int, today: date, language: str, words: SheetWords
) -> Sheet:
    """The briefing of a meeting or visit, with the coach's tips about whom it is with."""
    visit, story = story_of_activity(session, activity_id)
    if visit.kind not in APPOINTMENT_KINDS:
        raise InvalidInput("not_an_appointment", kind=words.kind(visit).lower())
    tips = tips_about(session, today, language, story.profile.id)
    return briefing_sheet(visit, story, tips, today, words)


@dataclass(frozen=True, slots=True)
class Reminder:
    """What the reminder card shows: the follow-up, the story of whom it is with, and what
    the coach says about them."""

    follow_up: Exchange
    story: Story
    tips: tuple[ShownTip, ...]


def reminder_for(session: Session, activity_id: int, today: date, language: str) -> Reminder:
    follow_up, story = story_of_activity(session, activity_id)
    return Reminder(follow_up, story, tuple(tips_about(session, today, language, story.profile.id)))
