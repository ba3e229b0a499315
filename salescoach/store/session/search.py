"""Accent- and case-blind search and sorting: each row keeps a folded copy of its text.

SQL cannot fold "è" to "e" portably (SQLite's lower() folds ASCII only), so the store keeps
`search_key` (the folded values of the fields the records declare searchable) and, on named
rows, `sort_key` (the name as it sorts and matches) on every write: ORM saves through the
flush hook below, bulk writes through `derived`. A search then matches folded words with
LIKE, and a list sorts by an index, on SQLite and PostgreSQL alike.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, or_
from sqlalchemy.orm import Session, UOWTransaction

from salescoach.core.records import ActivityFields, ContactFields, OpportunityFields, specs
from salescoach.core.text import SEPARATOR, fold, search_words
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


#: The column each named table sorts by (and, for accounts, is matched by).
SORTED: dict[type, str] = {Contact: "name", Account: "name", Opportunity: "title"}


def derived(model: type, values: Mapping[str, Any]) -> dict[str, str]:
    """The keys a row's text gives it (search key, sort key), from its column values: what
    a bulk write stores beside them."""
    keys: dict[str, str] = {}
    folded: dict[str, str] = {}
    if model in SEARCHED:
        texts = {name: str(values.get(name) or "") for name in SEARCHED[model]}
        folded = {name: fold(text) for name, text in texts.items() if text}
        keys["search_key"] = SEPARATOR.join(folded.values())
    if model in SORTED:
        name = SORTED[model]
        # the folded name the search key has already made, its runs of spaces made one
        keys["sort_key"] = " ".join(
            (folded[name] if name in folded else fold(str(values.get(name) or ""))).split()
        )
    return keys


def keep_keys(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    for obj in (*session.new, *session.dirty):
        model = type(obj)
        if model in SEARCHED or model in SORTED:
            names = (*SEARCHED.get(model, ()), *((SORTED[model],) if model in SORTED else ()))
            for key, value in derived(model, {n: getattr(obj, n) for n in names}).items():
                setattr(obj, key, value)


def like_word(column: SQLColumnExpression[str], word: str) -> ColumnElement[bool]:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return column.like(f"%{escaped}%", escape="\\")


def matching(text: str, keys: Sequence[Any]) -> ColumnElement[bool]:
    """Every word the rep typed appears, folded, in one of the rows' search keys."""
    return and_(
        True, *(or_(*(like_word(key, word) for key in keys)) for word in search_words(text))
    )
