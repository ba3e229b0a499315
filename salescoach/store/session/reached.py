"""The kept first-reached times: when each opportunity first reached each funnel stage.

They are derived from the stage history and kept in the same transaction as every change
to it, whoever writes: the session notes which opportunities' histories a flush or a bulk
statement touched, and their rows are computed again from the history before the next read
in the same transaction and before the commit (every row when a statement's reach cannot
be known). Deleting an opportunity deletes its
rows in cascade. `check` compares them with the history; `rebuild` recomputes them all.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    case,
    delete,
    except_,
    func,
    insert,
    inspect,
    literal,
    select,
    union_all,
)
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression, BindParameter

from salescoach.core.domain import FUNNEL
from salescoach.core.stages import stages_from
from salescoach.store.models import FirstReached, StageEvent

_TOUCHED = "salescoach.reached.touched"
_EVERYTHING = "salescoach.reached.everything"
_BUSY = "salescoach.reached.busy"
_CHUNK = 500


def _touched(session: Session) -> set[int]:
    touched: set[int] = session.info.setdefault(_TOUCHED, set())
    return touched


# -- noting what changed ---------------------------------------------------------------------
def note_flushed(session: Session, _flush: UOWTransaction) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, StageEvent):
            moved = inspect(obj).attrs.opportunity_id.history  # an event moved: both change
            ids = (obj.opportunity_id, *moved.deleted)
            _touched(session).update(i for i in ids if isinstance(i, int))


def note_statement(state: ORMExecuteState) -> None:
    """A bulk statement on the history: note the opportunities it reaches, read before it
    runs (the rows a delete or an update matches) or from its values (an insert)."""
    session = state.session
    if session.info.get(_BUSY):
        return
    if state.is_select:  # reads in the same transaction see the times in step
        pending = (*session.new, *session.dirty, *session.deleted)
        if session.autoflush and any(isinstance(obj, StageEvent) for obj in pending):
            session.flush()  # what autoflush would do, but before the rows are computed
        _catch_up(session)
        return
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    statement: Any = state.statement
    if getattr(getattr(statement, "table", None), "name", None) != StageEvent.__tablename__:
        return  # (an ORM statement's table is an annotated copy: compare names)
    ids = _touched(session)
    if state.is_insert or state.is_update:
        values = state.parameters
        rows = values if isinstance(values, list) else [values] if values else []
        if not rows:  # `insert(table).values(...)`: the values are in the statement
            rows = [statement.compile().params]
        found = [row.get("opportunity_id") for row in rows if isinstance(row, dict)]
        ids.update(v for v in found if isinstance(v, int))
        if state.is_insert:
            return
    where = statement.whereclause
    if where is None:
        session.info[_EVERYTHING] = True
        return
    session.info[_BUSY] = True
    try:
        ids.update(_ids_matching(session, where))
    finally:
        session.info[_BUSY] = False


def _ids_matching(session: Session, where: ColumnElement[bool]) -> list[int]:
    if (  # the importer's "every event of these opportunities": no need to read
        isinstance(where, BinaryExpression)
        and getattr(where.left, "name", None) == "opportunity_id"
        and where.operator is operators.in_op
        and isinstance(where.right, BindParameter)
    ):
        return list(where.right.value or ())
    return list(session.scalars(select(StageEvent.opportunity_id).where(where).distinct()))


def keep_before_commit(session: Session) -> None:
    session.flush()
    _catch_up(session)


def _catch_up(session: Session) -> None:
    """Compute again the rows of the histories changed since the last time."""
    everything = session.info.pop(_EVERYTHING, False)
    touched = session.info.pop(_TOUCHED, set())
    if not (everything or touched):
        return
    session.info[_BUSY] = True
    try:
        if everything:
            rebuild(session)
        else:
            recompute(session, touched)
    finally:
        session.info[_BUSY] = False


# -- computing ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class History:
    """A stage history's columns: the deal, the stage, the moment, and any columns carried
    along (a team server's view of every rep's history carries the rep)."""

    deal: Any
    stage: Any
    at: Any
    carry: tuple[Any, ...] = ()


#: The store's own history.
STORE_HISTORY = History(StageEvent.opportunity_id, StageEvent.stage, StageEvent.at)


def first_reached_rows(history: History = STORE_HISTORY, among: Any = None) -> list[Any]:
    """(deal, stage, first time, carried...) for every funnel stage each deal reached, from
    its history; `among` (ids, or a query of them) limits the deals. The one definition of
    "first reached": the laptops keep its rows, a team's figures read it from the server."""
    selects = []
    for stage in FUNNEL:
        reached = func.min(case((history.stage.in_(stages_from(stage)), history.at)))
        query = select(history.deal, literal(stage.value).label("stage"), reached.label("at"))
        query = query.add_columns(*history.carry)
        if among is not None:
            query = query.where(history.deal.in_(among))
        selects.append(query.group_by(history.deal, *history.carry).having(reached.is_not(None)))
    return selects


def recompute(session: Session, ids: Iterable[int]) -> None:
    """The rows of these opportunities, computed again from their history."""
    wanted = sorted(set(ids))
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        session.execute(delete(FirstReached).where(FirstReached.opportunity_id.in_(chunk)))
        _insert(session, chunk)


def rebuild(session: Session) -> None:
    """Every row, computed again from the whole history (the migration, `check --repair`)."""
    session.execute(delete(FirstReached))
    _insert(session, None)


def _insert(session: Session, ids: list[int] | None) -> None:
    columns = [FirstReached.opportunity_id, FirstReached.stage, FirstReached.at]
    for query in first_reached_rows(among=ids):
        session.execute(insert(FirstReached).from_select(columns, query))


def mismatches(session: Session) -> int:
    """How many kept rows differ from what the history says (missing, extra or wrong)."""
    kept = select(FirstReached.opportunity_id, FirstReached.stage, FirstReached.at)
    computed = union_all(*first_reached_rows()).subquery()
    computed_rows = select(computed.c[0], computed.c[1], computed.c[2])
    missing = except_(computed_rows, kept).subquery()
    extra = except_(kept, computed_rows).subquery()
    count_missing = session.scalar(select(func.count()).select_from(missing)) or 0
    count_extra = session.scalar(select(func.count()).select_from(extra)) or 0
    return count_missing + count_extra
