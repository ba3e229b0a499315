"""When a row was written: always UTC, so laptops in different time zones (and a server)
order changes alike.

Stored naive (SQLite has no time zones; the server's columns are `timestamp without time
zone`) and meaning UTC. Business times (when a call was made, when a stage was reached)
stay the rep's wall-clock time: they are what the rep typed.
"""

from datetime import UTC, datetime


def utc_now() -> datetime:
    """Now in UTC, naive, to the microsecond."""
    return datetime.now(UTC).replace(tzinfo=None)


def utc_from_local(moment: datetime) -> datetime:
    """A naive local time (or an aware one) as naive UTC."""
    return moment.astimezone(UTC).replace(tzinfo=None)


def aware_utc(stamp: datetime) -> datetime:
    """A stored stamp with its time zone said, for files and calendars."""
    return stamp.replace(tzinfo=UTC)
