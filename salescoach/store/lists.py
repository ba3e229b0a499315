"""Paged, sorted, searchable lists for the GUI: the rows on screen, never whole tables.

A `ListSpec` names a list's columns as SQL expressions; `count_rows` and `fetch_rows`
filter, sort and page in the database, so a model can show 100k rows by asking only for
the window in view.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from salescoach.core.domain import ActivityStatus, Stage
from salescoach.store.models import Account, Activity, Contact, Opportunity

Row = tuple[Any, ...]


@dataclass(frozen=True)
class ListSpec:
    """A list: its columns (the first is the row id), joins, and searchable columns."""

    name: str
    columns: Mapping[str, ColumnElement[Any]]
    base: Callable[[], Select[Any]]
    search: Sequence[ColumnElement[Any]]
    default_sort: str
    default_descending: bool = False

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


def _where(spec: ListSpec, query: ListQuery) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    for word in query.search.split():
        pattern = f"%{word}%"
        clauses.append(or_(*(column.ilike(pattern) for column in spec.search)))
    for key, value in query.filters.items():
        column = spec.columns[key]
        is_many = isinstance(value, list | tuple | set | frozenset)
        clauses.append(column.in_(value) if is_many else column == value)
    return clauses


def count_rows(session: Session, spec: ListSpec, query: ListQuery) -> int:
    inner = (
        spec.base().with_only_columns(spec.columns["id"]).where(and_(True, *_where(spec, query)))
    )
    return session.scalar(select(func.count()).select_from(inner.subquery())) or 0


def fetch_rows(
    session: Session, spec: ListSpec, query: ListQuery, offset: int, limit: int
) -> list[Row]:
    sort_key = query.sort or spec.default_sort
    descending = spec.default_descending if query.descending is None else query.descending
    sort = spec.columns[sort_key]
    row_id = spec.columns["id"]
    order = (sort.desc(), row_id.desc()) if descending else (sort.asc(), row_id.asc())
    statement = (
        spec.base()
        .with_only_columns(*spec.columns.values())
        .where(and_(True, *_where(spec, query)))
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [tuple(row) for row in session.execute(statement)]


_Referrer = aliased(Contact)

CONTACTS = ListSpec(
    name="contacts",
    columns={
        "id": Contact.id,
        "name": Contact.name,
        "company": Account.name,
        "email": Contact.email,
        "phone": Contact.phone,
        "role": Contact.role,
        "source": Contact.source,
        "is_customer": Contact.is_customer,
        "referred_by": _Referrer.name,
    },
    base=lambda: (
        select(Contact.id)
        .outerjoin(Account, Contact.account_id == Account.id)
        .outerjoin(_Referrer, Contact.referred_by_id == _Referrer.id)
    ),
    search=(Contact.name, Account.name, Contact.email, Contact.role),
    default_sort="name",
)

_ACTIVITY_COLUMNS: dict[str, ColumnElement[Any]] = {
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
}


def _activities_base() -> Select[Any]:
    return (
        select(Activity.id)
        .join(Contact, Activity.contact_id == Contact.id)
        .outerjoin(Account, Contact.account_id == Account.id)
        .outerjoin(Opportunity, Activity.opportunity_id == Opportunity.id)
    )


_ACTIVITY_SEARCH = (
    Contact.name,
    Account.name,
    Opportunity.title,
    Activity.outcome,
    Activity.notes,
    Activity.needs,
)

ACTIVITIES = ListSpec(
    name="activities",
    columns=_ACTIVITY_COLUMNS,
    base=_activities_base,
    search=_ACTIVITY_SEARCH,
    default_sort="at",
    default_descending=True,
)

#: Planned activities, soonest (so overdue) first.
FOLLOW_UPS = ListSpec(
    name="follow_ups",
    columns=_ACTIVITY_COLUMNS,
    base=lambda: _activities_base().where(Activity.status == ActivityStatus.PLANNED),
    search=_ACTIVITY_SEARCH,
    default_sort="at",
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
    search=(Opportunity.title, Contact.name, Account.name),
    default_sort="value",
    default_descending=True,
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
        .where(and_(True, *_where(spec, query)))
        .group_by(Opportunity.stage, Opportunity.currency)
    )
    totals = {stage: StageTotal(0, {}) for stage in Stage}
    for stage, currency, count, value in session.execute(statement):
        total = totals[stage]
        totals[stage] = StageTotal(total.count + count, {**total.values, currency: value or 0.0})
    return totals
