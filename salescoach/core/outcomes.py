"""What acting on a lesson did: the follow-ups planned for it, and what came of them within
a few weeks, beside a baseline of comparable contacts measured alike: the rep's own calls,
visits, meetings and e-mails of the same period with people no lesson pointed at, and of
the same kind as the lesson's people (customers beside a lesson about customers, prospects
beside one about prospects). A customer called because a lesson asked is thus compared with
customers the rep called anyway, not with cold prospects who rarely answer.

A follow-up counts as done when it was, as reached when it was done with an outcome written
down; its contact counts as having set an appointment, advanced a deal or won one when that
happened within `window` days of the follow-up's day. Below `ENOUGH` follow-ups a
comparison says nothing, and the result says so.
"""

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import datetime, timedelta

from salescoach.core.domain import FUNNEL, Stage

#: Fewer follow-ups than this and the figures are anecdotes, not a measure.
ENOUGH = 5
#: How long after a follow-up what happened is put down to it, by default (a setting).
WINDOW_DAYS = 30


@dataclass(frozen=True, slots=True)
class FollowUp:
    contact_id: int
    at: datetime
    done: bool
    reached: bool
    #: The lesson it was planned for; "" for the rep's own.
    lesson: str
    #: Whether its contact is a customer: what "comparable" compares.
    customer: bool = False


@dataclass(frozen=True, slots=True)
class Move:
    """A deal of `contact_id` entered `stage` at `at` (worth `value`)."""

    contact_id: int
    stage: Stage
    at: datetime
    value: float = 0.0


@dataclass(frozen=True, slots=True)
class Tally:
    acted: int = 0
    done: int = 0
    reached: int = 0
    appointments: int = 0
    advanced: int = 0
    won: int = 0
    won_value: float = 0.0

    @property
    def enough(self) -> bool:
        return self.acted >= ENOUGH

    def scaled(self, factor: int) -> "Tally":
        """The tally of a one-in-`factor` sample, scaled back up to the whole."""
        if factor == 1:
            return self
        return Tally(*(getattr(self, count.name) * factor for count in fields(self)))

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class LessonOutcome:
    lesson: str
    tally: Tally
    #: The rep's own contacts of the same period with comparable people no lesson pointed
    #: at, measured alike.
    baseline: Tally
    #: The baseline was measured on a sample and scaled up (a long history).
    estimated: bool = False


def outcomes(
    follow_ups: Sequence[FollowUp],
    appointments: Iterable[tuple[int, datetime]],
    moves: Iterable[Move],
    window: int = WINDOW_DAYS,
    baseline_scale: int = 1,
) -> list[LessonOutcome]:
    """Each lesson acted on, with what its follow-ups led to and the baseline beside it
    (the rep's own follow-ups given are one in `baseline_scale`: their tally is scaled)."""
    by_contact: dict[int, list[datetime]] = {}
    for contact, at in appointments:
        by_contact.setdefault(contact, []).append(at)
    for times in by_contact.values():
        times.sort()
    moved: dict[int, list[Move]] = {}
    for move in moves:
        moved.setdefault(move.contact_id, []).append(move)
    move_times: dict[int, list[datetime]] = {}
    for contact, contact_moves in moved.items():
        contact_moves.sort(key=lambda m: m.at)
        move_times[contact] = [m.at for m in contact_moves]
    span = timedelta(days=window)

    def tally(chosen: list[FollowUp]) -> Tally:
        appointments_set = advanced = won = 0
        won_value = 0.0
        for follow_up in chosen:
            contact, start, end = follow_up.contact_id, follow_up.at, follow_up.at + span
            # an appointment after the follow-up (a planned visit is not its own result)
            times = by_contact.get(contact, [])
            if bisect_right(times, start) < bisect_right(times, end):
                appointments_set += 1
            at = move_times.get(contact, [])
            after = moved.get(contact, [])[bisect_left(at, start) : bisect_right(at, end)]
            if any(m.stage in FUNNEL[1:] for m in after):  # a step past suspect
                advanced += 1
            wins = [m for m in after if m.stage is Stage.CONCLUSION]
            if wins:
                won += 1
                won_value += sum(m.value for m in wins)
        return Tally(
            len(chosen),
            sum(f.done for f in chosen),
            sum(f.reached for f in chosen),
            appointments_set,
            advanced,
            won,
            won_value,
        )

    acted_on = {f.contact_id for f in follow_ups if f.lesson}
    own = [f for f in follow_ups if not f.lesson and f.contact_id not in acted_on]
    by_kind = {
        kind: tally([f for f in own if f.customer is kind]).scaled(baseline_scale)
        for kind in (True, False)
    }
    found = []
    for lesson in sorted({f.lesson for f in follow_ups if f.lesson}):
        chosen = [f for f in follow_ups if f.lesson == lesson]
        kinds = {f.customer for f in chosen}
        # a lesson about customers and prospects alike is compared with all the rep's own
        baseline = by_kind[kinds.pop()] if len(kinds) == 1 else tally(own).scaled(baseline_scale)
        found.append(LessonOutcome(lesson, tally(chosen), baseline, baseline_scale > 1))
    return found
