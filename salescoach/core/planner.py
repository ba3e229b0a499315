"""The funnel read backwards: what it takes to win N customers at the rep's own ratios."""

import math
from dataclasses import asdict, dataclass

from salescoach.core.funnel import Ratios


@dataclass(frozen=True, slots=True)
class Plan:
    """Counts needed; None where a ratio on the way is undefined or zero."""

    target: int
    proposals: int | None
    appointments_held: int | None
    appointments_made: int | None
    suspects: int | None

    def needed(self) -> dict[str, int | None]:
        values = asdict(self)
        del values["target"]
        return values


def _needed(amount: int | None, ratio: float | None) -> int | None:
    if amount is None or not ratio:
        return None
    # Guard against float noise turning 10 / 0.5 into 20.000000000000004 -> 21.
    return math.ceil(round(amount / ratio, 9))


def plan_for(target: int, ratios: Ratios) -> Plan:
    proposals = _needed(target, ratios.closing)
    held = _needed(proposals, ratios.proposal)
    made = _needed(held, ratios.appointment)
    return Plan(target, proposals, held, made, _needed(target, ratios.overall))
