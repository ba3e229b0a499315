"""Accent- and case-blind search: each searchable row keeps a folded copy of its text.

SQL cannot fold "è" to "e" portably, so the store keeps `search_key` (the folded values of
the fields the records declare searchable) on every write: ORM saves through the flush hook
below, bulk imports through `key_values`. A search then matches folded words with LIKE,
on SQLite and PostgreSQL alike.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, event, or_
from sqlalchemy.orm import Session, UOWTransaction

from salescoach.core.records import ActivityFields, ContactFields, OpportunityFields, specs
from salescoach.core.text import search_key, search_words
from salescoach.store.models import Account, Activity, Contact, Opportunity


def _searchable(record: type, *skip: str) -> tuple[str, ...]:
    return tuple(name for name, spec in specs(record) if spec.searchable and name not in skip)


#: The columns folded into each table's search key (a contact's company lives on its account).
SEARCHED: dict[type, tuple[str, ...]] = {
    Contact: _searchable(ContactFields, "company"),
    Account: ("name",),
    Opportunity: _searchable(OpportunityFields),
    Activity: _searchable(ActivityFields),
}


def key_values(model: type, values: Mapping[str, Any]) -> str:
    """The search key of a row given as column values (bulk writes)."""
    return search_key(*(str(values.get(name) or "") for name in SEARCHED[model]))


@event.listens_for(Session, "before_flush")
def _keep_keys(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        columns = SEARCHED.get(type(obj))
        if columns is not None:
            obj.search_key = search_key(*(getattr(obj, name) or "" for name in columns))


def like_word(column: Any, word: str) -> ColumnElement[bool]:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def matching(text: str, keys: Sequence[Any]) -> ColumnElement[bool]:
    """Every word the rep typed appears, folded, in one of the rows' search keys."""
    return and_(
        True, *(or_(*(like_word(key, word) for key in keys)) for word in search_words(text))
    )
