"""The rep's preferences, kept in the database so the GUI and the CLI share them.

Each preference is a dataclass of defaults stored as JSON of what differs; a damaged or
unknown value falls back to its default, so a bad preference never stops the app.
"""

import json
from collections.abc import Callable
from contextlib import suppress
from dataclasses import asdict, fields, replace
from datetime import time
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy.orm import Session

from salescoach.core.coach.settings import CoachSettings
from salescoach.core.rotation import KeepPolicy
from salescoach.core.targets import Targets
from salescoach.core.week_plan import Capacity
from salescoach.store.models import Preference

COACH = "coach"
BACKUPS = "backups"
TARGETS = "targets"
PERIOD = "period"
WEEK = "week"
#: The dashboard's default periods (the period picker's presets).
PERIODS = ("month", "90days", "year")

P = TypeVar("P", bound="DataclassInstance")

if TYPE_CHECKING:
    from _typeshed import DataclassInstance


def _read(session: Session, key: str, defaults: P, valid: Callable[[str, Any], bool]) -> P:
    """The defaults with whatever stored value is valid on top (unknown keys are ignored)."""
    row = session.get(Preference, key)
    try:
        stored = json.loads(row.value) if row is not None else {}
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        return defaults
    names = {f.name for f in fields(defaults)}
    chosen = {k: v for k, v in stored.items() if k in names and valid(k, v)}
    return replace(defaults, **chosen)


def _write(session: Session, key: str, value: Any, defaults: Any) -> None:
    """Store only what differs from the defaults, so improved defaults reach the rep."""
    default_values = asdict(defaults)
    changed = {k: v for k, v in asdict(value).items() if v != default_values[k]}
    session.merge(Preference(key=key, value=json.dumps(changed)))


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def coach_settings(session: Session) -> CoachSettings:
    defaults = asdict(CoachSettings())
    settings = _read(session, COACH, CoachSettings(), lambda k, v: _number(v) and v > 0)
    return replace(settings, **{k: type(defaults[k])(getattr(settings, k)) for k in defaults})


def save_coach_settings(session: Session, settings: CoachSettings) -> None:
    _write(session, COACH, settings, CoachSettings())


def backup_policy(session: Session) -> KeepPolicy:
    """How many daily, weekly and monthly backups the rep keeps (7, 4 and 12 by default)."""
    return _read(session, BACKUPS, KeepPolicy(), lambda k, v: isinstance(v, int) and 0 <= v <= 366)


def save_backup_policy(session: Session, policy: KeepPolicy) -> None:
    _write(session, BACKUPS, policy, KeepPolicy())


def targets(session: Session) -> Targets:
    """New customers a month and any weekly target the rep set by hand."""

    def valid(key: str, value: Any) -> bool:
        if value is None:
            return key != "monthly_wins"
        return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 100_000

    return _read(session, TARGETS, Targets(), valid)


def save_targets(session: Session, chosen: Targets) -> None:
    _write(session, TARGETS, chosen, Targets())


def default_period(session: Session) -> str:
    """The period the dashboard opens on: this month, the last 90 days or this year."""
    row = session.get(Preference, PERIOD)
    try:
        value = json.loads(row.value) if row is not None else None
    except ValueError:
        value = None
    return value if value in PERIODS else "90days"


def save_default_period(session: Session, period: str) -> None:
    if period not in PERIODS:
        raise ValueError(period)
    session.merge(Preference(key=PERIOD, value=json.dumps(period)))


def working_week(session: Session) -> Capacity:
    """The rep's working days and hours and what a day holds (Settings ▸ Coach), for the
    week's plan; anything stored that makes no sense falls back to its default."""
    row = session.get(Preference, WEEK)
    try:
        stored = json.loads(row.value) if row is not None else {}
    except ValueError:
        stored = {}
    if not isinstance(stored, dict):
        return Capacity()
    chosen: dict[str, Any] = {}
    days = stored.get("working_days")
    if isinstance(days, list) and days and all(d in range(7) for d in days):
        chosen["working_days"] = tuple(sorted(set(days)))
    for key in ("start", "end"):
        value = stored.get(key)
        if isinstance(value, str):
            with suppress(ValueError):  # not a time: the default stays
                chosen[key] = time.fromisoformat(value)
    for key in ("calls_per_day", "visits_per_day"):
        count = stored.get(key)
        if isinstance(count, int) and not isinstance(count, bool) and 0 <= count <= 100:
            chosen[key] = count
    week = replace(Capacity(), **chosen)
    return (
        week if week.start < week.end else replace(week, start=Capacity().start, end=Capacity().end)
    )


def save_working_week(session: Session, week: Capacity) -> None:
    values = asdict(week)
    values["working_days"] = list(week.working_days)
    values["start"], values["end"] = week.start.strftime("%H:%M"), week.end.strftime("%H:%M")
    session.merge(Preference(key=WEEK, value=json.dumps(values)))
