"""Synced rows in the form both ends compare: references as uids, values as SQLite stores
them and JSON writes them (`outbox.plain`), so a row read here, on the server or from an
outbox base compares field by field alike.
"""

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, Select, Table, select
from sqlalchemy.orm import Session

from salescoach.store.models import Base, model_of
from salescoach.store.outbox import REFS, fields_of, plain
from salescoach.store.row_images import python_value
from salescoach.store.search import derived
from salescoach.store.team_server import server_table

Image = dict[str, Any]
_CHUNK = 500


def with_uids(table: str, source: Table, parents: Callable[[str], Table]) -> Select[Any]:
    """A select of `source`'s compared fields and stamps, references as the parents' uids."""
    columns = []
    for name in fields_of(table):
        parent = REFS.get(table, {}).get(name)
        if parent is None:
            columns.append(source.c[name].label(name))
        else:
            other = parents(parent).alias()
            columns.append(
                select(other.c.uid)
                .where(other.c.id == source.c[name])
                .scalar_subquery()
                .label(name)
            )
    return select(*columns, source.c.created_at, source.c.updated_at)


def flat(image: Any) -> Image:
    """A row read by `with_uids` (or any mapping) with plain values."""
    return {name: plain(value) for name, value in dict(image).items()}


def local_images(session: Session, table: str, uids: list[str]) -> dict[str, Image]:
    """The rows here with these uids, plain, with their local ids."""
    source = Base.metadata.tables[table]
    query = with_uids(table, source, lambda name: Base.metadata.tables[name]).add_columns(
        source.c.id
    )
    return _chunked(session.connection(), query, source, uids)


def server_images(connection: Connection, table: str, uids: list[str]) -> dict[str, Image]:
    """The rows on the server with these uids that this rep sees, plain, with versions."""
    source = server_table(table)
    query = with_uids(table, source, server_table).add_columns(source.c.server_seq)
    return _chunked(connection, query, source, uids)


def _chunked(
    connection: Connection, query: Select[Any], source: Table, uids: list[str]
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
    columns = Base.metadata.tables[table]
    row: Image = {}
    for name in (*fields_of(table), "created_at", "updated_at"):
        parent = REFS.get(table, {}).get(name)
        value = image.get(name)
        if parent is not None:
            row[name] = ids.get(parent, {}).get(value) if value else None
        else:
            row[name] = python_value(columns, name, value)
    row.update(derived(model_of(table), row))
    return row
