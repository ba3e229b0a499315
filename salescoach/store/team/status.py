"""What the status bar says of the team: last sync, changes waiting, conflicts to read."""

from dataclasses import dataclass

from sqlalchemy.orm import Session

from salescoach.store.team.conflicts import open_conflicts, pending_changes
from salescoach.store.team.link import team_link


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """What the status bar says: last sync, changes waiting, conflicts to read."""

    joined: bool
    rep: str = ""
    last_sync: str | None = None  # ISO, UTC
    pending: int = 0
    conflicts: int = 0


def team_status(session: Session) -> TeamStatus:
    link = team_link(session)
    if link is None:
        return TeamStatus(False)
    return TeamStatus(
        True, link.rep, link.last_sync, pending_changes(session), open_conflicts(session)
    )
