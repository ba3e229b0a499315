"""Read-only work run beside the caller's, on a second connection to the same database.

Two cores answer the coach's independent questions at once. Only a reading session may lend
its database: a second connection sees what is committed, so it would miss the changes of a
transaction still open, and an in-memory SQLite database is not shared between connections.
A commit landing between the two reads can make one half a moment newer than the other;
every commit is followed by a refresh, which reads both again.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy.orm import Session

from salescoach.store.engine import WRITES

T = TypeVar("T")

_WORKER = ThreadPoolExecutor(max_workers=1, thread_name_prefix="salescoach-beside")


def beside(session: Session, work: Callable[[Session], T]) -> Callable[[], T]:
    """Start `work` on its own session next to `session` when that is safe (else run it here
    now); the returned call waits for its result."""
    if not _can_lend(session):
        result = work(session)
        return lambda: result

    def run() -> T:
        with type(session)(session.get_bind()) as sibling:  # the same hooks
            return work(sibling)

    return _WORKER.submit(run).result


def _can_lend(session: Session) -> bool:
    bind = session.get_bind()
    if bind.get_execution_options().get(WRITES) or session.new or session.dirty or session.deleted:
        return False
    url = bind.engine.url
    in_memory = url.database in (None, "", ":memory:") or "mode=memory" in str(url)
    return not (url.get_backend_name() == "sqlite" and in_memory)
