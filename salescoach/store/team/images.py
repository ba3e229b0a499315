"""Synced rows in the form both ends compare: references as uids, values as SQLite stores
them and JSON writes them (`outbox.plain`), so a row read here, on the server or from an
outbox base compares field by field alike.
"""

from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    SQLColumnExpression,
    String,
    Table,
    Text,
    any_,
    bindparam,
    select,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from salescoach.store.models import Base, model_of
from salescoach.store.session.search import derived
from salescoach.store.statements import AnySelect
from salescoach.store.team.outbox import REFS, fields_of, plain
from salescoach.store.team.server import server_table
from salescoach.store.undo.bulk_images import converter_of

Image = dict[str, Any]
_CHUNK = 500
_SERVER_CHUNK = 10_000


def with_uids(
    table: str, source: Table, parents: Callable[[str], Table], raw: bool = False
) -> AnySelect:
    """A select of `source`'s compared fields and stamps, references as the parents' uids;
    `raw`: values as SQLite holds them, which is already the plain form (no conversion to
    Python values and back, for a decade of rows)."""
    columns = []
    for name in fields_of(table):
        parent = REFS.get(table, {}).get(name)
        if parent is None:
            column = type_coerce(source.c[name], Text) if raw else source.c[name]
            columns.append(column.label(name))
        else:
            other = parents(parent).alias()
            columns.append(
                select(other.c.uid)
                .where(other.c.id == source.c[name])
                .scalar_subquery()
                .label(name)
            )
    stamps: list[ColumnElement[Any]] = [source.c.created_at, source.c.updated_at]
    if raw:
        stamps = [
            type_coerce(column, Text).label(name)
            for column, name in zip(stamps, ("created_at", "updated_at"), strict=True)
        ]
    return select(*columns, *stamps)


def among(column: ColumnElement[Any], values: Iterable[str]) -> ColumnElement[bool]:
    """`column` is one of `values`, as one array parameter on the server (an IN list of a
    decade's rows would pass PostgreSQL's limit of 65,535 parameters)."""
    return column == any_(bindparam(None, list(values), type_=ARRAY(String)))


#: Values already plain (exactly these types: a StrEnum is a str but is not plain).
_PLAIN = frozenset({str, int, float, type(None)})


def flat(image: Any) -> Image:
    """A row read by `with_uids` (or any mapping) with plain values."""
    return flat_row(image.keys(), image.values())


def flat_row(names: Iterable[str], values: Iterable[Any]) -> Image:
    """A row's values, named, made plain (a pull's tens of thousands of rows are read as
    plain tuples: a mapping a row costs more than the row)."""
    return {
        name: value if value.__class__ in _PLAIN else plain(value)
        for name, value in zip(names, values, strict=True)
    }


def local_images(session: Session, table: str, uids: list[str]) -> dict[str, Image]:
    """The rows here with these uids, plain, with their local ids."""
    source = Base.metadata.tables[table]
    query = with_uids(table, source, lambda name: Base.metadata.tables[name]).add_columns(
        source.c.id
    )
    return _chunked(session.connection(), query, source, uids)


def outbox_images(session: Session, table: str) -> dict[str, Image]:
    """The rows here with a change waiting in the outbox, plain (one query: a first sync
    sends every row)."""
    source = Base.metadata.tables[table]
    waiting = Base.metadata.tables["sync_outbox"]
    query = with_uids(table, source, lambda name: Base.metadata.tables[name], raw=True).join_from(
        source, waiting, waiting.c.uid == source.c.uid
    )
    result = session.execute(query)
    names = list(result.keys())
    at = names.index("uid")
    return {row[at]: dict(zip(names, row, strict=True)) for row in result}


def server_images(connection: Connection, table: str, uids: list[str]) -> dict[str, Image]:
    """The rows on the server with these uids that this rep sees, plain, with versions."""
    source = server_table(table)
    query = with_uids(table, source, server_table).add_columns(source.c.server_seq)
    found: dict[str, Image] = {}
    for start in range(0, len(uids), _SERVER_CHUNK):
        chunk = uids[start : start + _SERVER_CHUNK]
        for row in connection.execute(query.where(among(source.c.uid, chunk))).mappings():
            found[row["uid"]] = flat(row)
    return found


def _chunked(
    connection: Connection, query: AnySelect, source: Table, uids: list[str]
) -> dict[str, Image]:
    found: dict[str, Image] = {}
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start : start + _CHUNK]
        for row in connection.execute(query.where(source.c.uid.in_(chunk))).mappings():
            found[row["uid"]] = flat(row)
    return found


def compared(table: str, image: Image) -> Image:
    """Only the fields a merge compares."""
    return {name: image.get(name) for name in fields_of(table)}


def pairs_by_uid(
    session: Session,
    uid: SQLColumnExpression[str],
    value: SQLColumnExpression[Any],
    uids: list[str],
) -> dict[str, Any]:
    """`value` of the local rows with these uids, by uid (in chunks SQLite takes)."""
    found: dict[str, Any] = {}
    for start in range(0, len(uids), _CHUNK):
        chunk = uids[start : start + _CHUNK]
        found.update(session.execute(select(uid, value).where(uid.in_(chunk))).all())
    return found


def local_ids(session: Session, table: str, rows: list[Image]) -> dict[str, dict[str, int]]:
    """The local ids of the rows the given rows refer to, by table and uid."""
    wanted: dict[str, set[str]] = {}
    for name, parent in REFS.get(table, {}).items():
        wanted.setdefault(parent, set()).update(r[name] for r in rows if r.get(name))
    ids: dict[str, dict[str, int]] = {}
    for parent, uids in wanted.items():
        source = Base.metadata.tables[parent]
        found: dict[str, int] = {}
        listed = list(uids)
        for start in range(0, len(listed), _CHUNK):
            chunk = listed[start : start + _CHUNK]
            found.update(
                session.execute(
                    select(source.c.uid, source.c.id).where(source.c.uid.in_(chunk))
                ).all()
            )
        ids[parent] = found
    return ids


def parents_here(table: str, image: Image, ids: dict[str, dict[str, int]]) -> bool:
    """Whether every row a row must hang on is here."""
    columns = Base.metadata.tables[table].columns
    return all(
        columns[name].nullable or ids.get(parent, {}).get(image[name]) is not None
        for name, parent in REFS.get(table, {}).items()
    )


def stored(table: str, image: Image, ids: dict[str, dict[str, int]]) -> Image:
    """A plain image as a local row: Python values, references as local ids, the derived
    columns computed."""
    row: Image = {}
    for name, parent, convert in _storing(table):
        value = image.get(name)
        if parent is not None:
            row[name] = ids.get(parent, {}).get(value) if value else None
        else:
            row[name] = convert(value)
    row.update(derived(model_of(table), row))
    return row


@cache
def _storing(table: str) -> tuple[tuple[str, str | None, Callable[[Any], Any]], ...]:
    """Each stored column of `table`: its name, the table it refers to, and how a plain
    value becomes its Python value (worked out once a table, not once a row)."""
    columns = Base.metadata.tables[table]
    return tuple(
        (name, REFS.get(table, {}).get(name), converter_of(columns, name))
        for name in (*fields_of(table), "created_at", "updated_at")
    )
