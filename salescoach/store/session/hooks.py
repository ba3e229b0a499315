"""The session class the store hands out, and the hooks it runs, installed in one place.

The hooks listen on `StoreSession`, not on every SQLAlchemy session, and `install` names
them in the order they must run: a flush first leaves tombstones, refreshes the search
keys and stamps the rows by the store's clock, so that the Undo journal's images hold the
row as it is written; after it, what
changed is noted, then the journal, then the first-reached times. Importing a module of
the store registers nothing.
"""

from sqlalchemy import event
from sqlalchemy.orm import Session

from salescoach.store.session import changes, reached, search, stamps, tombstones
from salescoach.store.undo import journal


class StoreSession(Session):
    """A session on a store's database, with the store's hooks."""


_HOOKS = (
    ("before_flush", tombstones.leave_tombstones),
    ("before_flush", search.keep_keys),
    ("before_flush", stamps.stamp_rows),
    ("before_flush", journal.image_before),
    ("after_flush", changes.record_flush),
    ("after_flush", journal.image_after),
    ("after_flush", reached.note_flushed),
    ("do_orm_execute", changes.record_statement),
    ("do_orm_execute", journal.image_bulk),
    ("do_orm_execute", reached.note_statement),
    ("before_commit", reached.keep_before_commit),
)


def install() -> None:
    """Listen with every hook on `StoreSession`, once (each `Store` asks)."""
    for name, hook in _HOOKS:
        if not event.contains(StoreSession, name, hook):
            event.listen(StoreSession, name, hook)
