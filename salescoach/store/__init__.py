"""Persistence: SQLAlchemy models, engine set-up, migrations and the query layer (no Qt).

`Store` is imported on first use, so that light modules of the package (where the database
lives) can be read before SQLAlchemy is: the window appears while it loads.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from salescoach.store.database import Store

__all__ = ["Store"]


def __getattr__(name: str) -> Any:
    if name == "Store":
        from salescoach.store.database import Store

        return Store
    raise AttributeError(name)
