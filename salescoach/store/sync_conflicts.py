"""The conflict log: what a sync set aside, listed and applied again on the rep's word.

A value that lost to a later edit elsewhere goes back on its row (the next sync sends it);
a record deleted elsewhere while edited here comes back as a new record (its old identity
stays deleted on every laptop), for contacts; other records are listed to read.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.store.models import Base, Contact, SyncConflict, SyncOutbox, model_of, new_uid
from salescoach.store.outbox import REFS
from salescoach.store.row_images import python_value
from salescoach.store.stamps import utc_now


@dataclass(frozen=True, slots=True)
class LoggedConflict:
    id: int
    at: datetime  # UTC
    entity: str
    label: str
    why: str
    lost: dict[str, Any]
    applied_at: datetime | None

    @property
    def can_apply(self) -> bool:
        return self.applied_at is None and (self.why == "later_edit" or self.entity == "contacts")


def conflict_log(session: Session) -> list[LoggedConflict]:
    """Every conflict, the newest first."""
    return [
        LoggedConflict(c.id, c.at, c.entity, c.label, c.why, json.loads(c.lost), c.applied_at)
        for c in session.scalars(select(SyncConflict).order_by(SyncConflict.id.desc()))
    ]


def open_conflicts(session: Session) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(SyncConflict).where(SyncConflict.applied_at.is_(None))
        )
        or 0
    )


def pending_changes(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def apply_again(session: Session, conflict_id: int) -> None:
    """Put the values that lost back (the next sync sends them)."""
    logged = session.get(SyncConflict, conflict_id)
    if logged is None or logged.applied_at is not None:
        raise UserError("conflict_gone")
    lost = json.loads(logged.lost)
    model = model_of(logged.entity)
    values = {name: _local(session, logged.entity, name, value) for name, value in lost.items()}
    if logged.why == "later_edit":
        row = session.scalar(select(model).where(model.uid == logged.uid))
        if row is None:
            raise UserError("conflict_row_gone")
        for name, value in values.items():
            setattr(row, _attribute(model, name), value)
    elif logged.entity == "contacts":
        values.pop("uid", None)
        session.add(Contact(**{_attribute(model, n): v for n, v in values.items()}, uid=new_uid()))
    else:
        raise UserError("conflict_row_gone")
    logged.applied_at = utc_now()
    session.flush()


def _local(session: Session, entity: str, name: str, value: Any) -> Any:
    """A logged value as the local column takes it (a reference's uid as the local id)."""
    parent = REFS.get(entity, {}).get(name)
    if parent is not None:
        if value is None:
            return None
        model = model_of(parent)
        return session.scalar(select(model.id).where(model.uid == value))
    return python_value(Base.metadata.tables[entity], name, value)


def _attribute(model: Any, column: str) -> str:
    return model.__mapper__.get_property_by_column(model.__table__.c[column]).key
