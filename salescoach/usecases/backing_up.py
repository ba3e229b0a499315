"""A backup into the database's rotating set, by the policy the rep chose in Settings: after
an import, on Back up now, from `salescoach backup`."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from salescoach.reports.results import say
from salescoach.store import Store
from salescoach.store.preferences import backup_policy
from salescoach.store.safety.backup import take_backup


@dataclass(frozen=True, slots=True)
class BackedUp:
    path: Path

    def text(self, language: str) -> str:
        return say(language, "done.backed_up", path=self.path)


def back_up(
    store: Store, moment: datetime, progress: Callable[[float], None] | None = None
) -> BackedUp | None:
    """A copy of the store's file named for `moment` (local time), the older ones rotated
    by the rep's policy; None for a database that is not a file (a team server)."""
    if store.file is None:
        return None
    with store.reader() as session:
        policy = backup_policy(session)
    return BackedUp(take_backup(store.file, moment, policy, progress, store.passphrase))
