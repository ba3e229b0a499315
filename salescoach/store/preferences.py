"""The rep's preferences, kept in the database so the GUI and the CLI share them."""

import json
from dataclasses import asdict, replace

from sqlalchemy.orm import Session

from salescoach.core.coach.settings import CoachSettings
from salescoach.core.rotation import KeepPolicy
from salescoach.store.models import Preference

COACH = "coach"
BACKUPS = "backups"


def coach_settings(session: Session) -> CoachSettings:
    """The defaults, with whatever the rep changed on top (unknown keys are ignored)."""
    row = session.get(Preference, COACH)
    if row is None:
        return CoachSettings()
    defaults = asdict(CoachSettings())
    try:
        stored = json.loads(row.value)
    except ValueError:
        return CoachSettings()  # a damaged preference must not stop the coach
    chosen = {
        key: type(defaults[key])(value)
        for key, value in stored.items()
        if key in defaults and isinstance(value, int | float) and value > 0
    }
    return replace(CoachSettings(), **chosen)


def save_coach_settings(session: Session, settings: CoachSettings) -> None:
    """Store only what differs from the defaults, so improved defaults reach the rep."""
    defaults = asdict(CoachSettings())
    changed = {k: v for k, v in asdict(settings).items() if v != defaults[k]}
    session.merge(Preference(key=COACH, value=json.dumps(changed)))


def backup_policy(session: Session) -> KeepPolicy:
    """How many daily, weekly and monthly backups the rep keeps (7, 4 and 12 by default)."""
    row = session.get(Preference, BACKUPS)
    defaults = asdict(KeepPolicy())
    try:
        stored = json.loads(row.value) if row is not None else {}
    except ValueError:
        stored = {}
    chosen = {
        key: int(value)
        for key, value in stored.items()
        if key in defaults and isinstance(value, int) and 0 <= value <= 366
    }
    return replace(KeepPolicy(), **chosen)


def save_backup_policy(session: Session, policy: KeepPolicy) -> None:
    session.merge(Preference(key=BACKUPS, value=json.dumps(asdict(policy))))
