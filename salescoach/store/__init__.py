"""Persistence: SQLAlchemy models, engine set-up, migrations and the query layer (no Qt)."""

from salescoach.store.database import Store

__all__ = ["Store"]
