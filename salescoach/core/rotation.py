"""Which backups to keep: every backup of the last hours, then the newest of each of the
last days, weeks and months.

The classic grandfather-father-son rotation, after a window where nothing is thinned: a
backup the rep has just made is never rotated away a minute later by a second one, and a
rep can go back a few hours exactly, a few days with fine grain, and a year with coarse
grain, in a bounded number of files.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass(frozen=True, slots=True)
class KeepPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    #: Every backup taken in the last this many hours is kept, whatever the counts above.
    recent_hours: int = 24


def to_keep(
    moments: Iterable[datetime], policy: KeepPolicy, now: datetime | None = None
) -> set[datetime]:
    """The moments to keep at `now` (by default, the newest moment): the newest always,
    every one of the last `recent_hours`, and for each of the most recent `daily` days (and
    `weekly` ISO weeks, `monthly` months) that have a backup, the newest backup of that day
    (week, month)."""
    newest_first = sorted(set(moments), reverse=True)
    if not newest_first:
        return set()
    now = newest_first[0] if now is None else now
    since = now - timedelta(hours=policy.recent_hours)
    kept = {newest_first[0], *(m for m in newest_first if m >= since)}
    for count, bucket in (
        (policy.daily, lambda m: m.date()),
        (policy.weekly, lambda m: m.isocalendar()[:2]),
        (policy.monthly, lambda m: (m.year, m.month)),
    ):
        seen: list[object] = []
        for moment in newest_first:
            key = bucket(moment)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            kept.add(moment)
    return kept
