"""Rules of an opportunity's stage history: order, moves, and when a stage was reached."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from salescoach.core.domain import FUNNEL, Stage
from salescoach.core.errors import InvalidInput


@dataclass(frozen=True, slots=True)
class StageStep:
    """One entry in an opportunity's history: it entered `stage` at `at`."""

    stage: Stage
    at: datetime


def stages_from(stage: Stage) -> tuple[Stage, ...]:
    """The funnel stages at or after `stage`: entering any of them means `stage` was reached."""
    return FUNNEL[FUNNEL.index(stage) :]


def next_stage(stage: Stage) -> Stage | None:
    """The following funnel stage, or None at `order` and for `lost`."""
    if stage is Stage.LOST or stage is Stage.ORDER:
        return None
    return FUNNEL[FUNNEL.index(stage) + 1]


def check_move(history: Sequence[StageStep], stage: Stage, at: datetime) -> None:
    """Refuse a move that would break the history's rules.

    Lost is terminal, moves are time-ordered, and re-entering the current stage is
    meaningless. Moving backwards in the funnel is allowed: deals do slip.
    """
    if not history:
        return
    last = history[-1]
    if last.stage is Stage.LOST:
        raise InvalidInput("opportunity_lost")
    if stage is last.stage:
        raise InvalidInput("already_at_stage", stage=stage)
    if at < last.at:
        raise InvalidInput("move_before_previous", previous=f"{last.at:%Y-%m-%d %H:%M}")


def check_history(history: Sequence[StageStep]) -> None:
    """Validate a whole history, step by step, as if it had been entered move by move."""
    for index, step in enumerate(history):
        check_move(history[:index], step.stage, step.at)


def reached_at(history: Sequence[StageStep], stage: Stage) -> datetime | None:
    """When the opportunity first entered `stage` or any later funnel stage (lost excluded)."""
    targets = set(stages_from(stage))
    times = [step.at for step in history if step.stage in targets]
    return min(times) if times else None
