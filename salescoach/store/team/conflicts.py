"""The conflict log: where two reps' writes met, both values, who wrote each, and the choice.

The server logs each conflict once and both reps' laptops pull it (`team.pull`). Seen from
this laptop, one side is the rep's own ("mine") and the other a teammate's (or the rep's
other laptop). Keep mine or Keep theirs settles it: the values chosen are written back on
the row if they are not there (the next sync sends them), and the choice goes to the server
with the next sync, so the other rep sees it settled too. A value written to a record
deleted meanwhile comes back as a new record (its old identity stays deleted), for a
contact. A row the server refused (`refused`) is listed to read: nothing to choose.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from salescoach.core.errors import UserError
from salescoach.store.models import (
    Base,
    Contact,
    SyncConflict,
    SyncOutbox,
    model_of,
    new_uid,
    table_of,
)
from salescoach.store.session.stamps import utc_now
from salescoach.store.team.link import team_link
from salescoach.store.team.outbox import REFS
from salescoach.store.undo.bulk_images import python_value

#: The choices: which side's values stay.
LOST, KEPT = "lost", "kept"


@dataclass(frozen=True, slots=True)
class LoggedConflict:
    id: int
    at: datetime  # UTC
    entity: str
    label: str
    why: str
    #: this rep's values and the other side's, and who the other side is ("" for unknown)
    mine: dict[str, Any]
    theirs: dict[str, Any]
    other: str
    #: which side this rep's values are on: LOST or KEPT
    my_side: str
    resolution: str | None
    resolved_by: str | None

    @property
    def open(self) -> bool:
        return self.resolution is None and self.why != "refused"

    @property
    def kept_mine(self) -> bool | None:
        """Whether the values kept in the end are this rep's (None: not decided)."""
        if self.resolution is None:
            return None
        return self.resolution == self.my_side


def conflict_log(session: Session) -> list[LoggedConflict]:
    """Every conflict, the newest first, seen from this laptop's rep."""
    link = team_link(session)
    me = link.rep if link is not None else ""
    return [
        _seen(row, me)
        for row in session.scalars(select(SyncConflict).order_by(SyncConflict.id.desc()))
    ]


def _seen(row: SyncConflict, me: str) -> LoggedConflict:
    lost, kept = json.loads(row.lost), json.loads(row.kept or "{}")
    if row.server_id is None:  # noted here only: what lost is this laptop's
        my_side, other = LOST, ""
    else:
        my_side = KEPT if row.kept_by == me else LOST
        other = row.lost_by if my_side == KEPT else row.kept_by
    mine, theirs = (kept, lost) if my_side == KEPT else (lost, kept)
    return LoggedConflict(
        row.id,
        row.at,
        row.entity,
        row.label,
        row.why,
        mine,
        theirs,
        other,
        my_side,
        row.resolution,
        row.resolved_by,
    )


def open_conflicts(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(SyncConflict)
            .where(SyncConflict.resolution.is_(None), SyncConflict.why != "refused")
        )
        or 0
    )


def pending_changes(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(SyncOutbox)) or 0


def keep(session: Session, conflict_id: int, mine: bool) -> None:
    """Keep this rep's values (`mine`) or the other side's; the next sync tells the team."""
    logged = session.get(SyncConflict, conflict_id)
    if logged is None or logged.resolution is not None or logged.why == "refused":
        raise UserError("conflict_gone")
    link = team_link(session)
    seen = _seen(logged, link.rep if link is not None else "")
    side = seen.my_side if mine else (KEPT if seen.my_side == LOST else LOST)
    if side == LOST:
        _put_back(session, logged, json.loads(logged.lost))
    logged.resolution = side
    logged.resolved_by = link.rep if link is not None else None
    logged.to_send = logged.server_id is not None
    logged.applied_at = utc_now()
    session.flush()


def _put_back(session: Session, logged: SyncConflict, lost: dict[str, Any]) -> None:
    """The values that lost, on their row again (or, for a deleted contact, on a new one)."""
    model = model_of(logged.entity)
    values = {name: _local(session, logged.entity, name, value) for name, value in lost.items()}
    values.pop("uid", None)
    row = session.scalar(select(model).where(model.uid == logged.uid))
    if row is not None:
        for name, value in values.items():
            setattr(row, _attribute(model, name), value)
    elif logged.entity == "contacts":
        if not values.get("name"):
            raise UserError("conflict_row_gone")
        session.add(Contact(**{_attribute(model, n): v for n, v in values.items()}, uid=new_uid()))
    else:
        raise UserError("conflict_row_gone")


def send_choices(session: Session, server: Engine) -> int:
    """Tell the server the choices made here since the last sync; returns how many."""
    chosen = session.scalars(select(SyncConflict).where(SyncConflict.to_send.is_(True))).all()
    if not chosen:
        return 0
    with server.begin() as connection:
        for logged in chosen:
            connection.execute(select(func.team_resolve(logged.server_id, logged.resolution)))
    for logged in chosen:
        logged.to_send = False
    session.flush()
    return len(chosen)


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
    key: str = model.__mapper__.get_property_by_column(table_of(model).c[column]).key
    return key
