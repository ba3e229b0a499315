"""What the coach reads: the rep's figures, computed by the store, as plain data."""

from dataclasses import dataclass, field
from datetime import date

from salescoach.core.domain import Source
from salescoach.core.funnel import FunnelCounts


@dataclass(frozen=True, slots=True)
class ContactRef:
    """A contact concerned by a signal, with the number of days that makes it one."""

    id: int
    name: str
    days: int = 0


@dataclass(frozen=True, slots=True)
class KnownContact:
    """A customer or someone who referred others, and how long since their last done activity
    (or, with none, since they were added)."""

    id: int
    name: str
    is_customer: bool
    referrals: int
    silent_days: int


#: A tip names at most this many contacts: the most urgent, enough for a day's work.
MAX_CONTACTS = 100


@dataclass(frozen=True, slots=True)
class Group:
    """How many files or people a signal concerns, and the most urgent of them."""

    count: int = 0
    contacts: tuple[ContactRef, ...] = ()

    def __bool__(self) -> bool:
        return self.count > 0


@dataclass(frozen=True, slots=True)
class Overdue:
    """Planned activities past their day."""

    count: int = 0
    #: ... of which with customers or with opportunities in negotiation or later
    weighty: int = 0
    oldest_days: int = 0
    contacts: tuple[ContactRef, ...] = ()  # the longest overdue first


@dataclass(frozen=True, slots=True)
class Channel:
    """Done calls to a source's contacts in the period, and appointments made with them."""

    calls: int = 0
    appointments: int = 0


@dataclass(frozen=True, slots=True)
class Snapshot:
    today: date
    current: FunnelCounts = field(default_factory=FunnelCounts)
    previous: FunnelCounts = field(default_factory=FunnelCounts)
    #: Done calls and visits in the last 7 days, and in each of the weeks before (newest first).
    basics_this_week: int = 0
    basics_weeks_before: tuple[int, ...] = ()
    known_contacts: tuple[KnownContact, ...] = ()
    overdue: Overdue = field(default_factory=Overdue)
    #: Done proposals in the period, and those whose opportunity had no needs recorded in a
    #: meeting or visit before them (one entry per contact).
    proposals: int = 0
    proposals_without_needs: tuple[ContactRef, ...] = ()
    #: Activities in the effort window on early-stage files stuck for weeks, how many such
    #: files, and late-stage files nobody touched lately (days since their last activity).
    stale_early_effort: int = 0
    stale_early_files: int = 0
    untouched_late: Group = field(default_factory=Group)
    channels: dict[Source, Channel] = field(default_factory=dict)
    #: Won deals with no activity since the order, for `won_silence_days` or more.
    won_without_follow_up: Group = field(default_factory=Group)
    #: Contacts with a follow-up planned from today on: a tip's people already in hand.
    in_hand: frozenset[int] = frozenset()
