"""Writing a laptop's rows on the team's server in bulk, as the rep's own login.

The rows go by COPY into a temporary staging table (text, references as uids), then one
INSERT … SELECT per table turns the uids into the server's own ids with joins and upserts
by uid, returning the version the server gave each row. Who owns a row, who wrote it and
its version are set by the server's triggers (`team.rules`), whatever a laptop sends.
"""

from typing import Any

from sqlalchemy import Connection, String, delete, text
from sqlalchemy.dialects import postgresql

from salescoach.store.team.images import among
from salescoach.store.team.outbox import REFS, fields_of
from salescoach.store.team.rules import PRIVATE
from salescoach.store.team.server import server_table

Image = dict[str, Any]


def write_rows(
    connection: Connection, table: str, images: dict[str, Image], rep: str
) -> dict[str, int]:
    """Upsert the rows as `rep`'s (the server refuses a deal, step or activity of another
    rep's); returns the server's version of each, by uid."""
    if not images:
        return {}
    names = [*fields_of(table), "created_at", "updated_at"]
    stage = f"stage_{table}"
    connection.exec_driver_sql(
        f"CREATE TEMP TABLE IF NOT EXISTS {stage} ({', '.join(f'{n} text' for n in names)}) "
        "ON COMMIT DROP"
    )
    connection.exec_driver_sql(f"TRUNCATE {stage}")
    raw = connection.connection.driver_connection  # psycopg's, for its COPY
    assert raw is not None
    with raw.cursor().copy(f"COPY {stage} ({', '.join(names)}) FROM STDIN") as copy:
        for image in images.values():
            copy.write_row([image[n] for n in names])  # plain values: COPY's text
    return _upsert(connection, table, stage, names, rep)


def _upsert(
    connection: Connection, table: str, stage: str, names: list[str], rep: str
) -> dict[str, int]:
    columns, values, joins = [], [], []
    target = server_table(table)
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]  # SQLAlchemy leaves it bare
    for name in names:
        if name == "referred_by_id":
            continue  # a contact may refer to one further down: set once all are there
        parent = REFS.get(table, {}).get(name)
        columns.append(name)
        if parent is not None:
            joins.append(f"LEFT JOIN {parent} p_{name} ON p_{name}.uid = s.{name}")
            values.append(f"p_{name}.id")
        else:
            column_type = target.c[name].type
            # text as text: a cast to VARCHAR(n) would cut a longer value without a word,
            # where storing it in the column refuses it (and the row is set aside)
            kind = (
                "text" if isinstance(column_type, String) else column_type.compile(dialect=dialect)
            )
            values.append(f"CAST(s.{name} AS {kind})")
    updates = [f"{n} = EXCLUDED.{n}" for n in columns if n not in ("uid", "created_at")]
    if table in PRIVATE:  # its owner, checked by the server's policy (never changed after)
        columns.append("rep")
        values.append(":rep")
    versions: dict[str, int] = dict(
        connection.execute(
            text(
                f"INSERT INTO {table} ({', '.join(columns)}) "
                f"SELECT {', '.join(values)} FROM {stage} s {' '.join(joins)} "
                f"ON CONFLICT (uid) DO UPDATE SET {', '.join(updates)} "
                "RETURNING uid, server_seq"
            ),
            {"rep": rep},
        ).all()
    )
    if table == "contacts":
        versions.update(
            connection.exec_driver_sql(
                "UPDATE contacts c SET referred_by_id = r.id FROM stage_contacts s "
                "LEFT JOIN contacts r ON r.uid = s.referred_by_id "
                "WHERE c.uid = s.uid AND c.referred_by_id IS DISTINCT FROM r.id "
                "RETURNING c.uid, c.server_seq"
            ).all()
        )
    return versions


def delete_rows(connection: Connection, table: str, uids: list[str]) -> None:
    """Delete the rows by uid, as row-level security lets this rep; the server leaves their
    tombstones itself (`team.rules`)."""
    if uids:
        source = server_table(table)
        connection.execute(delete(source).where(among(source.c.uid, uids)))
