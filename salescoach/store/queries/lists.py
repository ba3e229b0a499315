"""Sorted, searchable lists for the GUI: an ordered id list, then the rows in view.

A `ListSpec` names a list's columns as SQL expressions. `row_ids` filters and sorts in the
database and returns only the ids, in order (8 bytes a row: a million fit in 8 MB); a model
then asks `rows_by_id` for the few rows on screen. No OFFSET: jumping to the end of a
million rows costs the same as showing the first.
"""

from array import array
from collections.abc import Callable, Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from datetime import datetime
from itertools import chain
from typing import Any, cast

from sqlalchemy import ColumnElement, SQLColumnExpression, and_, func, null, or_, select
from sqlalchemy.orm import Session, aliased

from salescoach.core.domain import ActivityStatus, Stage
from salescoach.core.records import ContactFields, Kind, specs
from salescoach.core.text import search_words
from salescoach.store.models import Account, Activity, Contact, Opportunity
from salescoach.store.session.search import like_word
from salescoach.store.statements import AnySelect

#: A column a list shows, sorts by or searches: a model's attribute or any SQL expression.
Expression = SQLColumnExpression[Any]

Row = tuple[Any, ...]

#: Whether a row of a list's own table holds one searched word, itself or through the rows
#: it points at (an activity's contact, its company, its deal).
WordMatch = Callable[[str], ColumnElement[bool]]


@dataclass(frozen=True)
class ListSpec:
    """A list: its columns (the first is the row id), joins, and search keys.

    `bare` is the same list without the joins, for the common case where neither the sort,
    the filters nor a search needs another table: a million ids then come from one index.
    `sorts` names what a column sorts by when that is not its value: a name sorts by its
    folded key (`core.text.sort_key`), so Élodie comes among the E's, not after Z.
    `search` matches a word on the list's own table, reaching other tables through id
    subqueries rather than joins: SQLite then reads each row once instead of looking up
    three others for each of a million rows."""

    name: str
    columns: Mapping[str, Expression]
    base: Callable[[], AnySelect]
    search: WordMatch
    default_sort: str
    default_descending: bool = False
    bare: Callable[[], AnySelect] | None = None
    sorts: Mapping[str, Expression] = field(default_factory=dict)
    #: For a sort by another table's column, the list joined to that table only: the ids
    #: then come from a covering index instead of a million row lookups.
    sort_bases: Mapping[str, Callable[[], AnySelect]] = field(default_factory=dict)

    @property
    def keys(self) -> list[str]:
        return list(self.columns)

    @property
    def table(self) -> str:
        """The table whose rows the list shows."""
        return str(getattr(_table_of(self.columns["id"]), "name", ""))


@dataclass(frozen=True)
class ListQuery:
    """What the rep asked to see: search text, sort, and equality/membership filters."""

    search: str = ""
    sort: str | None = None
    descending: bool | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)


def _searched(spec: ListSpec, text: str, gathered: bool = False) -> ColumnElement[bool]:
    """Rows holding every word typed. `gathered` first collects the matching ids in one
    scan of the list's own table: a list joined for its sort then looks up only those
    rows, where SQLite would otherwise fetch a million from the sort's index (1.5 s
    instead of 2.6 s at a million when every row matches, a tenth when few do)."""
    words = [spec.search(word) for word in search_words(text)]
    if not words or not gathered:
        return and_(True, *words)
    row_id = spec.columns["id"]
    return row_id.in_(select(row_id).where(*words))


def _where(spec: ListSpec, query: ListQuery, gathered: bool = False) -> ColumnElement[bool]:
    clauses: list[ColumnElement[bool]] = [_searched(spec, query.search, gathered)]
    for key, value in query.filters.items():
        column = spec.columns[key]
        is_many = isinstance(value, list | tuple | set | frozenset)
        clauses.append(column.in_(value) if is_many else column == value)
    return and_(True, *clauses)


def _sort_column(spec: ListSpec, key: str) -> Expression:
    return spec.sorts.get(key, spec.columns[key])


def sorted_by(spec: ListSpec, query: ListQuery) -> tuple[str, bool]:
    """The column the list is sorted by, and whether the order is descending."""
    descending = spec.default_descending if query.descending is None else query.descending
    return query.sort or spec.default_sort, descending


def _order(spec: ListSpec, query: ListQuery, scanned: bool = False) -> tuple[Any, Any]:
    key, descending = sorted_by(spec, query)
    sort = _sort_column(spec, key)
    if scanned and search_words(query.search):
        # The same order, but not one an index serves: SQLite then reads the table once and
        # sorts the matches, instead of walking the index and fetching every row from it
        # (two to nine times slower at a million, whether few rows match or all do).
        sort = func.coalesce(sort, null())
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
    # The driver's own rows, flattened in C: a million plain integers without a Python
    # object each (SQLAlchemy's row processing would add half the query's time again)
    result = session.connection().execute(ids_statement(spec, query))
    try:
        return array("q", chain.from_iterable(cast(Iterable[tuple[int]], result.cursor)))
    finally:
        result.close()


def ids_statement(spec: ListSpec, query: ListQuery) -> AnySelect:
    """The SQL behind `row_ids`, joined only to what the sort and the filters read."""
    sort, _descending = sorted_by(spec, query)
    filtered_elsewhere = not all(_own_table(spec, key) for key in query.filters)
    own_sort = _own_table(spec, sort, sorting=True)
    if filtered_elsewhere or spec.bare is None:
        base = spec.base()
    elif own_sort:
        base = spec.bare()
    else:
        base = spec.sort_bases.get(sort, spec.base)()
    return (
        base.with_only_columns(spec.columns["id"])
        .where(_where(spec, query, gathered=not own_sort))
        .order_by(*_order(spec, query, scanned=own_sort))
    )


@dataclass(frozen=True, slots=True)
class Moved:
    """One step that brings an id list up to date after a write, in order: the row at
    `before` leaves (None: it is new), and comes back at `after` (None: it is gone)."""

    row_id: int
    before: int | None
    after: int | None


@dataclass(frozen=True, slots=True)
class Placed:
    """How written rows change a list: the steps, and the written rows' new values."""

    steps: list[Moved]
    rows: dict[int, Row]


#: More written rows than this and a list is read again: each is looked for in the ids.
MOST_PLACED = 64


def placed(
    session: Session, spec: ListSpec, query: ListQuery, ids: "array[int]", written: Set[int]
) -> Placed | None:
    """Where the written rows now go in `ids`, the query's ordered answer before the write:
    every written row comes out first (the others keep their order: it is still the
    database's), then each that still matches goes in at its place, found by halving (about
    twenty one-row reads for a million). `ids` is a copy and is changed. None: too many
    rows were written, read the list again. A row whose sort value cannot be compared with
    its neighbours' raises TypeError."""
    if len(written) > MOST_PLACED:
        return None
    rows = rows_by_id(session, spec, sorted(written), _where(spec, query))
    sort, descending = sorted_by(spec, query)
    sort_column = _sort_column(spec, sort)

    def sort_value(row_id: int) -> Any:
        statement = spec.base().with_only_columns(sort_column).where(spec.columns["id"] == row_id)
        result = session.connection().execute(statement)
        try:  # the stored value itself, compared as SQLite orders it
            found = result.cursor.fetchone()
        finally:
            result.close()
        return None if found is None else found[0]

    listed = {row_id: at for row_id in written if (at := _position(ids, row_id)) is not None}
    steps: list[Moved] = []
    for row_id, at in sorted(listed.items(), key=lambda item: -item[1]):  # last first
        del ids[at]
        steps.append(Moved(row_id, at, None))
    for row_id in sorted(rows):
        key = (sort_value(row_id), row_id)
        low, high = 0, len(ids)
        while low < high:
            middle = (low + high) // 2
            if _comes_before(key, (sort_value(ids[middle]), ids[middle]), descending):
                high = middle
            else:
                low = middle + 1
        ids.insert(low, row_id)
        steps.append(Moved(row_id, None, low))
    if len(steps) == 2 and steps[0].row_id == steps[1].row_id:  # one row saved: one move,
        steps = [Moved(steps[0].row_id, steps[0].before, steps[1].after)]  # still selected
    return Placed(steps, rows)


def _position(ids: "array[int]", row_id: int) -> int | None:
    try:
        return ids.index(row_id)
    except ValueError:
        return None


def _comes_before(a: tuple[Any, int], b: tuple[Any, int], descending: bool) -> bool:
    """Whether row `a` sorts before row `b` as `_order` has SQL sort them: by value, absent
    values last, then by id."""
    (value_a, id_a), (value_b, id_b) = a, b
    if (value_a is None) != (value_b is None):
        return value_b is None
    if value_a is not None and value_a != value_b:
        return bool(value_a > value_b) if descending else bool(value_a < value_b)
    return id_a > id_b if descending else id_a < id_b


def rows_by_id(
    session: Session, spec: ListSpec, ids: Sequence[int], *conditions: ColumnElement[bool]
) -> dict[int, Row]:
    """The rows of these ids (those that still exist and meet `conditions`), all columns,
    keyed by id."""
    statement = (
        spec.base()
        .with_only_columns(*spec.columns.values())
        .where(spec.columns["id"].in_(ids), *conditions)
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


def _accounts_holding(word: str) -> AnySelect:
    return select(Account.id).where(like_word(Account.search_key, word))


def _contact_holds(word: str) -> ColumnElement[bool]:
    """The contact's own text or their company's holds the word."""
    return or_(like_word(Contact.search_key, word), Contact.account_id.in_(_accounts_holding(word)))


def _contacts_holding(word: str) -> AnySelect:
    return select(Contact.id).where(_contact_holds(word))


def _opportunity_holds(word: str) -> ColumnElement[bool]:
    return or_(
        like_word(Opportunity.search_key, word),
        Opportunity.contact_id.in_(_contacts_holding(word)),
    )


def _activity_holds(word: str) -> ColumnElement[bool]:
    """The activity's own text, its contact's, their company's, or its deal's title."""
    return or_(
        like_word(Activity.search_key, word),
        Activity.contact_id.in_(_contacts_holding(word)),
        Activity.opportunity_id.in_(
            select(Opportunity.id).where(like_word(Opportunity.search_key, word))
        ),
    )


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
    search=_contact_holds,
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


def _activities_by(status: ActivityStatus | None = None) -> dict[str, Callable[[], AnySelect]]:
    """Activities joined only to what a sort by their contact, company or deal reads."""

    def bare() -> AnySelect:
        statement = select(Activity.id)
        return statement if status is None else statement.where(Activity.status == status)

    def with_contact() -> AnySelect:
        return bare().join(Contact, Activity.contact_id == Contact.id)

    return {
        "contact": with_contact,
        "company": lambda: with_contact().outerjoin(Account, Contact.account_id == Account.id),
        "opportunity": lambda: bare().outerjoin(
            Opportunity, Activity.opportunity_id == Opportunity.id
        ),
    }


#: The names an activity or a deal shows, sorted as the rep reads them.
_NAMED: dict[str, Expression] = {
    "contact": Contact.sort_key,
    "company": Account.sort_key,
    "opportunity": Opportunity.sort_key,
}

ACTIVITIES = ListSpec(
    name="activities",
    columns=_ACTIVITY_COLUMNS,
    base=_activities_base,
    search=_activity_holds,
    default_sort="at",
    default_descending=True,
    bare=lambda: select(Activity.id),
    sorts=_NAMED,
    sort_bases=_activities_by(),
)

#: Planned activities, soonest (so overdue) first.
FOLLOW_UPS = ListSpec(
    name="follow_ups",
    columns=_ACTIVITY_COLUMNS,
    base=lambda: _activities_base().where(Activity.status == ActivityStatus.PLANNED),
    search=_activity_holds,
    default_sort="at",
    bare=lambda: select(Activity.id).where(Activity.status == ActivityStatus.PLANNED),
    sorts=_NAMED,
    sort_bases=_activities_by(ActivityStatus.PLANNED),
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
    search=_opportunity_holds,
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
