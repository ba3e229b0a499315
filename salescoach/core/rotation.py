"""Which backups to keep: the newest of each of the last days, weeks and months.

The classic grandfather-father-son rotation: a rep can go back a few days with fine grain,
and a year with coarse grain, in a bounded number of files.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class KeepPolicy:
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def to_keep(moments: Iterable[datetime], policy: KeepPolicy) -> set[datetime]:
    """The moments to keep: for each of the most recent `daily` days (and `weekly` ISO weeks,
    `monthly` months) that have a backup, the newest backup of that day (week, month)."""
    newest_first = sorted(set(moments), reverse=True)
    kept: set[datetime] = set()
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
