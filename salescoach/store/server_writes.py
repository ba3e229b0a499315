"""Writing a laptop's rows on the team's server in bulk.

The rows go by COPY into a temporary staging table (text, references as uids), then one
INSERT … SELECT per table turns the uids into the server's own ids with joins and upserts
by uid. Before anything is written, the rows the push would overwrite are locked and
checked: one changed on the server since the laptop's last pull makes the push `Stale`
(nothing is written, the sync pulls again); one deleted there, or hanging on a row deleted
there, is left out and reported, so a deletion is never undone by an edit.
"""

from enum import Enum
from typing import Any

from sqlalchemy import Connection, text

from salescoach.store.models import Base
from salescoach.store.outbox import REFS, fields_of
from salescoach.store.team_server import PRIVATE, server_table

Image = dict[str, Any]


class Stale(Exception):
    """The server changed rows this push would write since the last pull: pull again."""


def write_rows(
    connection: Connection,
    table: str,
    images: dict[str, Image],
    rep: str,
    device: str,
    pulled_seq: int,
) -> set[str]:
    """Upsert the rows as `rep` from `device`; returns the uids left out because they were
    deleted on the server meanwhile (or hang on a row deleted there)."""
    if not images:
        return set()
    names = [*fields_of(table), "created_at", "updated_at"]
    stage = f"stage_{table}"
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {stage} ({', '.join(f'{n} text' for n in names)}) "
        "ON COMMIT DROP"
    )
    connection.exec_driver_sql(f"TRUNCATE {stage}")
    raw = connection.connection.driver_connection
    with raw.cursor().copy(f"COPY {stage} ({', '.join(names)}) FROM STDIN") as copy:  # type: ignore[union-attr]
        for image in images.values():
            copy.write_row([_text(image[n]) for n in names])
    moved = connection.exec_driver_sql(
        f"SELECT t.uid FROM {table} t JOIN {stage} s ON s.uid = t.uid "
        f"WHERE t.server_seq > {int(pulled_seq)} FOR UPDATE OF t"
    ).first()
    if moved is not None:
        raise Stale(table)
    required = [n for n in REFS.get(table, {}) if not Base.metadata.tables[table].c[n].nullable]
    hanging = " OR ".join(
        [f"s.{n} IN (SELECT uid FROM tombstones)" for n in required]
        + ["s.uid IN (SELECT uid FROM tombstones)"]
    )
    gone = set(
        connection.exec_driver_sql(
            f"DELETE FROM {stage} s WHERE {hanging} RETURNING s.uid"
        ).scalars()
    )
    _upsert(connection, table, stage, names, rep, device)
    return gone


def _upsert(
    connection: Connection, table: str, stage: str, names: list[str], rep: str, device: str
) -> None:
    columns, values, joins = [], [], []
    from sqlalchemy.dialects import postgresql  # only when a team syncs (it loads asyncio)

    target = server_table(table)
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    for name in names:
        if name == "referred_by_id":
            continue  # a contact may refer to one further down: set once all are there
        parent = REFS.get(table, {}).get(name)
        columns.append(name)
        if parent is not None:
            joins.append(f"LEFT JOIN {parent} p_{name} ON p_{name}.uid = s.{name}")
            values.append(f"p_{name}.id")
        else:
            kind = target.c[name].type.compile(dialect=dialect)
            values.append(f"CAST(s.{name} AS {kind})")
    updates = [f"{n} = EXCLUDED.{n}" for n in columns if n not in ("uid", "created_at")]
    if table in PRIVATE:
        updates.append("rep = EXCLUDED.rep")
    updates.append("device = EXCLUDED.device")
    connection.execute(
        text(
            f"INSERT INTO {table} ({', '.join(columns)}, rep, device) "
            f"SELECT {', '.join(values)}, :rep, :device FROM {stage} s {' '.join(joins)} "
            f"ON CONFLICT (uid) DO UPDATE SET {', '.join(updates)}"
        ),
        {"rep": rep, "device": device},
    )
    if table == "contacts":
        connection.exec_driver_sql(
            "UPDATE contacts c SET referred_by_id = r.id FROM stage_contacts s "
            "LEFT JOIN contacts r ON r.uid = s.referred_by_id "
            "WHERE c.uid = s.uid AND c.referred_by_id IS DISTINCT FROM r.id"
        )


def delete_rows(connection: Connection, table: str, uids: list[str], device: str) -> None:
    """Delete the rows by uid (as row-level security lets this rep) and keep tombstones."""
    if not uids:
        return
    connection.execute(text(f"DELETE FROM {table} WHERE uid = ANY(:uids)"), {"uids": uids})
    connection.execute(
        text(
            "INSERT INTO tombstones (uid, entity, deleted_at, device) "
            "SELECT u, :entity, now() AT TIME ZONE 'utc', :device "
            "FROM unnest(CAST(:uids AS text[])) u ON CONFLICT (uid) DO NOTHING"
        ),
        {"uids": uids, "entity": table, "device": device},
    )


def _text(value: Any) -> Any:
    """A value as COPY's text takes it (choices as their text; COPY formats the rest)."""
    if isinstance(value, Enum):
        return value.value
    return value
