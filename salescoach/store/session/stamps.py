"""When a row was written: always UTC, so laptops in different time zones (and a server)
order changes alike.

Stored naive (SQLite has no time zones; the server's columns are `timestamp without time
zone`) and meaning UTC. Business times (when a call was made, when a stage was reached)
stay the rep's wall-clock time: they are what the rep typed.
"""

from datetime import UTC, datetime

from sqlalchemy import inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.unitofwork import UOWTransaction

#: Where a store's session keeps the store's clock (`Store.clock`).
CLOCK = "clock"


def utc_now() -> datetime:
    """Now in UTC, naive, to the microsecond."""
    return datetime.now(UTC).replace(tzinfo=None)


def stamp_of(session: Session) -> datetime:
    """Now for what `session` writes: its store's clock (pinned by --today, stopped by a
    test), else real time."""
    clock = session.info.get(CLOCK)
    return clock.utc() if clock is not None else utc_now()


def stamp_rows(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    """Rows created or changed in this flush are stamped by the session's clock; a stamp
    the writer set itself (a pull keeping the team's) is left as it is."""
    if CLOCK not in session.info:
        return
    now = stamp_of(session)
    for obj in session.new:
        columns = inspect(obj).mapper.columns
        if "updated_at" in columns:
            obj.created_at = obj.created_at or now
            obj.updated_at = obj.updated_at or now
    for obj in session.dirty:
        state = inspect(obj)
        if (
            "updated_at" in state.mapper.columns
            and session.is_modified(obj)
            and not state.attrs.updated_at.history.has_changes()
        ):
            obj.updated_at = now


def utc_from_local(moment: datetime) -> datetime:
    """A naive local time (or an aware one) as naive UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def aware_utc(stamp: datetime) -> datetime:
    """A stored stamp with its time zone said, for files and calendars."""
    return stamp.replace(tzinfo=UTC)
