"""Sorted, searchable lists for the GUI: an ordered id list, then the rows in view.

A `ListSpec` names a list's columns as SQL expressions. `row_ids` filters and sorts in the
database and returns only the ids, in order (8 bytes a row: a million fit in 8 MB); a model
then asks `rows_by_id` for the few rows on screen. No OFFSET: jumping to the end of a
million rows costs the same as showing the first.
"""

from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, func, select
from sqlalchemy.orm import Session, aliased

from salescoach.core.domain import ActivityStatus, Stage
from salescoach.core.records import ContactFields, Kind, specs
from salescoach.store.models import Account, Activity, Contact, Opportunity
from salescoach.store.session.search import matching
from salescoach.store.statements import AnySelect

#: A column a list shows, sorts by or searches: a model's attribute or any SQL expression.
Expression = SQLColumnExpression[Any]

Row = tuple[Any, ...]


@dataclass(frozen=True)
class ListSpec:
    """A list: its columns (the first is the row id), joins, and search keys.

    `bare` is the same list without the joins, for the common case where neither the sort,
    the filters nor a search needs another table: a million ids then come from one index.
    `sorts` names what a column sorts by when that is not its value: a name sorts by its
    folded key (`core.text.sort_key`), so Élodie comes among the E's, not after Z."""

    name: str
    columns: Mapping[str, Expression]
    base: Callable[[], AnySelect]
    search: Sequence[Expression]
    default_sort: str
    default_descending: bool = False
    bare: Callable[[], AnySelect] | None = None
    sorts: Mapping[str, Expression] = field(default_factory=dict)

    @property
    def keys(self) -> list[str]:
        return list(self.columns)


@dataclass(frozen=True)
class ListQuery:
    """What the rep asked to see: search text, sort, and equality/membership filters."""

    search: str = ""
    sort: str | None = None
    descending: bool | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)


def _where(spec: ListSpec, query: ListQuery) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = [matching(query.search, spec.search)]
    for key, value in query.filters.items():
        column = spec.columns[key]
        is_many = isinstance(value, list | tuple | set | frozenset)
        clauses.append(column.in_(value) if is_many else column == value)
    return and_(True, *clauses)


def _sort_column(spec: ListSpec, key: str) -> Expression:
    return spec.sorts.get(key, spec.columns[key])


def _order(spec: ListSpec, query: ListQuery) -> tuple[Any, Any]:
    sort = _sort_column(spec, query.sort or spec.default_sort)
    descending = spec.default_descending if query.descending is None else query.descending
    row_id = spec.columns["id"]
    if descending:
        return sort.desc().nulls_last(), row_id.desc()
    return sort.asc().nulls_last(), row_id.asc()


def _own_table(spec: ListSpec, key: str, sorting: bool = False) -> bool:
    column = _sort_column(spec, key) if sorting else spec.columns[key]
    return _table_of(column) is _table_of(spec.columns["id"])


def _table_of(column: Expression) -> object:
    """The table a shown column lives in (None for an expression over several)."""
    expression = getattr(column, "expression", column)  # a model's attribute: its column
    return getattr(expression, "table", None)


def row_ids(session: Session, spec: ListSpec, query: ListQuery) -> "array[int]":
    """The ids of every row the query shows, in display order."""
    joined = (
        query.search.strip()
        or not _own_table(spec, query.sort or spec.default_sort, sorting=True)
        or not all(_own_table(spec, key) for key in query.filters)
    )
    base = spec.base() if joined or spec.bare is None else spec.bare()
    statement = (
        base.with_only_columns(spec.columns["id"])
        .where(_where(spec, query))
        .order_by(*_order(spec, query))
    )
    # Core rather than ORM rows: a million plain integers, without an object each
    return array("q", session.connection().execute(statement).scalars())


def rows_by_id(session: Session, spec: ListSpec, ids: Sequence[int]) -> dict[int, Row]:
    """The rows of these ids (those that still exist), all columns, keyed by id."""
    statement = (
        spec.base().with_only_columns(*spec.columns.values()).where(spec.columns["id"].in_(ids))
    )
    return {row[0]: tuple(row) for row in session.execute(statement)}


def count_rows(
    session: Session, spec: ListSpec, query: ListQuery, *conditions: ColumnElement[bool]
) -> int:
    inner = (
        spec.base().with_only_columns(spec.columns["id"]).where(_where(spec, query), *conditions)
    )
    return session.scalar(select(func.count()).select_from(inner.subquery())) or 0


def count_later(session: Session, spec: ListSpec, query: ListQuery, moment: datetime) -> int:
    """How many of the list's rows are dated after `moment`: where a list sorted newest first
    reaches today."""
    return count_rows(session, spec, query, spec.columns["at"] > moment)


_Referrer = aliased(Contact)


def _contact_column(name: str, kind: Kind) -> tuple[str, Expression]:
    """A contact's declared field as the list shows it: the company's name, the referrer's."""
    if name == "company":
        return name, Account.name
    if kind is Kind.REF:
        return "referred_by", _Referrer.name
    return name, getattr(Contact, name)


CONTACTS = ListSpec(
    name="contacts",
    columns={
        "id": Contact.id,
        **dict(_contact_column(name, spec.kind) for name, spec in specs(ContactFields)),
        "referred_by_id": Contact.referred_by_id,
    },
    base=lambda: (
        select(Contact.id)
        .outerjoin(Account, Contact.account_id == Account.id)
        .outerjoin(_Referrer, Contact.referred_by_id == _Referrer.id)
    ),
    search=(Contact.search_key, Account.search_key),
    default_sort="name",
    bare=lambda: select(Contact.id),
    sorts={
        "name": Contact.sort_key,
        "company": Account.sort_key,
        "referred_by": _Referrer.sort_key,
    },
)

_ACTIVITY_COLUMNS: dict[str, Expression] = {
    "id": Activity.id,
    "at": Activity.at,
    "kind": Activity.kind,
    "status": Activity.status,
    "contact": Contact.name,
    "company": Account.name,
    "opportunity": Opportunity.title,
    "outcome": Activity.outcome,
    "needs": Activity.needs,
    "notes": Activity.notes,
    "contact_id": Activity.contact_id,
    "opportunity_id": Activity.opportunity_id,
}


def _activities_base() -> AnySelect:
    return (
        select(Activity.id)
        .join(Contact, Activity.contact_id == Contact.id)
        .outerjoin(Account, Contact.account_id == Account.id)
        .outerjoin(Opportunity, Activity.opportunity_id == Opportunity.id)
    )


#: The names an activity or a deal shows, sorted as the rep reads them.
_NAMED: dict[str, Expression] = {
    "contact": Contact.sort_key,
    "company": Account.sort_key,
    "opportunity": Opportunity.sort_key,
}

_ACTIVITY_SEARCH = (
    Activity.search_key,
    Contact.search_key,
    Account.search_key,
    Opportunity.search_key,
)

ACTIVITIES = ListSpec(
    name="activities",
    columns=_ACTIVITY_COLUMNS,
    base=_activities_base,
    search=_ACTIVITY_SEARCH,
    default_sort="at",
    default_descending=True,
    bare=lambda: select(Activity.id),
    sorts=_NAMED,
)

#: Planned activities, soonest (so overdue) first.
FOLLOW_UPS = ListSpec(
    name="follow_ups",
    columns=_ACTIVITY_COLUMNS,
    base=lambda: _activities_base().where(Activity.status == ActivityStatus.PLANNED),
    search=_ACTIVITY_SEARCH,
    default_sort="at",
    bare=lambda: select(Activity.id).where(Activity.status == ActivityStatus.PLANNED),
    sorts=_NAMED,
)

OPPORTUNITIES = ListSpec(
    name="opportunities",
    columns={
        "id": Opportunity.id,
        "title": Opportunity.title,
        "contact": Contact.name,
        "company": Account.name,
        "value": Opportunity.value,
        "currency": Opportunity.currency,
        "stage": Opportunity.stage,
        "contact_id": Opportunity.contact_id,
    },
    base=lambda: (
        select(Opportunity.id)
        .join(Contact, Opportunity.contact_id == Contact.id)
        .outerjoin(Account, Contact.account_id == Account.id)
    ),
    search=(Opportunity.search_key, Contact.search_key, Account.search_key),
    default_sort="value",
    default_descending=True,
    bare=lambda: select(Opportunity.id),
    sorts=_NAMED | {"title": Opportunity.sort_key},
)


@dataclass(frozen=True, slots=True)
class StageTotal:
    count: int
    values: dict[str, float]


def board_totals(session: Session, search: str = "") -> dict[Stage, StageTotal]:
    """Count and value (per currency) of the opportunities at each stage."""
    spec, query = OPPORTUNITIES, ListQuery(search=search)
    statement = (
        spec.base()
        .with_only_columns(
            Opportunity.stage, Opportunity.currency, func.count(), func.sum(Opportunity.value)
        )
        .where(_where(spec, query))
        .group_by(Opportunity.stage, Opportunity.currency)
    )
    totals = {stage: StageTotal(0, {}) for stage in Stage}
    for stage, currency, count, value in session.execute(statement):
        total = totals[stage]
        totals[stage] = StageTotal(total.count + count, {**total.values, currency: value or 0.0})
    return totals
