"""A deleted synced row leaves its tombstone in the same flush, so a sync can tell the team
that it went, whoever deleted it."""

from sqlalchemy.orm import Session

from salescoach.store.models import Base, Synced, Tombstone, table_of


def leave_tombstones(session: Session, _context: object, _instances: object) -> None:
    for obj in list(session.deleted):
        if isinstance(obj, Synced) and isinstance(obj, Base):
            session.merge(Tombstone(uid=obj.uid, entity=table_of(type(obj)).name))
