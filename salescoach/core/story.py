"""A customer's story: who they are, what was said and heard, the deals and what is planned.

What the contact card, the reminder card and the visit briefing read; plain data, so the
GUI, the command line and the PDF all tell the same story.
"""

from dataclasses import dataclass, field
from datetime import date, datetime

from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus, Stage
from salescoach.core.stages import stages_from


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Profile:
    id: int
    uid: str
    name: str
    company: str
    city: str
    email: str
    phone: str
    role: str
    address: str
    is_customer: bool
    notes: str
    referred_by: Person | None
    referrals: tuple[Person, ...]


@dataclass(frozen=True, slots=True)
class Exchange:
    """An activity: a call, a visit, a proposal... with what came of it."""

    id: int
    uid: str
    kind: ActivityKind
    status: ActivityStatus
    at: datetime
    deal_id: int | None
    deal: str
    outcome: str
    needs: str
    notes: str

    @property
    def conversation(self) -> bool:
        """Something the customer took part in (a note to self is not)."""
        return self.status is ActivityStatus.DONE and self.kind is not ActivityKind.NOTE


@dataclass(frozen=True, slots=True)
class Deal:
    id: int
    title: str
    value: float
    currency: str
    stage: Stage
    history: tuple[tuple[Stage, datetime], ...]

    @property
    def open(self) -> bool:
        return self.stage not in (Stage.LOST, *stages_from(Stage.CONCLUSION))


@dataclass(frozen=True, slots=True)
class Move:
    """A deal entering a stage, as a line of the timeline."""

    at: datetime
    deal: str
    stage: Stage


@dataclass(frozen=True, slots=True)
class Story:
    profile: Profile
    exchanges: tuple[Exchange, ...]  # newest first, planned ones included
    deals: tuple[Deal, ...]
    timeline: tuple[Exchange | Move, ...] = field(init=False)

    def __post_init__(self) -> None:
        moves = [Move(at, deal.title, stage) for deal in self.deals for stage, at in deal.history]
        done = [e for e in self.exchanges if e.status is not ActivityStatus.PLANNED]
        entries: list[Exchange | Move] = [*done, *moves]
        entries.sort(key=lambda entry: entry.at, reverse=True)
        object.__setattr__(self, "timeline", tuple(entries))

    @property
    def planned(self) -> tuple[Exchange, ...]:
        """Follow-ups still to do, the soonest first."""
        return tuple(
            sorted((e for e in self.exchanges if e.status is ActivityStatus.PLANNED), key=_at)
        )

    def conversations(self, limit: int) -> tuple[Exchange, ...]:
        return tuple(e for e in self.exchanges if e.conversation)[:limit]

    def needs(self) -> tuple[Exchange, ...]:
        """Every exchange in which the rep wrote down what the customer needs, newest first."""
        return tuple(e for e in self.exchanges if e.needs.strip())

    @property
    def open_deals(self) -> tuple[Deal, ...]:
        return tuple(deal for deal in self.deals if deal.open)

    def open_proposals(self) -> tuple[Exchange, ...]:
        """Proposals made on deals still open: the ones waiting for an answer."""
        still_open = {deal.id for deal in self.open_deals}
        return tuple(
            e
            for e in self.exchanges
            if e.kind is ActivityKind.PROPOSAL
            and e.status is ActivityStatus.DONE
            and e.deal_id in still_open
        )

    def days_since_visit(self, today: date) -> int | None:
        """Days since the last visit or meeting held; None if there was none."""
        for e in self.exchanges:  # newest first
            if (
                e.kind in APPOINTMENT_KINDS
                and e.status is ActivityStatus.DONE
                and e.at.date() <= today
            ):
                return (today - e.at.date()).days
        return None


def _at(exchange: Exchange) -> datetime:
    return exchange.at
