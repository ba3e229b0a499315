"""Inserting many rows straight through the driver.

An import writes a hundred thousand rows, and SQLAlchemy's executemany spends several
times longer on each than SQLite does. Here each value still goes through its column's own
bind processor, so what is stored is exactly what the ORM would store, and the rows reach
the driver's executemany in one call; the session still hears which table was written.
"""

from typing import Any

from sqlalchemy import Table
from sqlalchemy.orm import Session

from salescoach.store.session.changes import note_written


def insert_many(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert `rows` (each with the same columns) in the session's transaction."""
    if not rows:
        return
    connection = session.connection()
    names = list(rows[0])
    dialect = connection.dialect
    processors = [
        table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names
    ]
    plain = [(name, None) for name, done in zip(names, processors, strict=True) if done is None]
    converted = [(name, done) for name, done in zip(names, processors, strict=True) if done]
    order = [name for name, _ in plain] + [name for name, _ in converted]
    statement = (
        f"INSERT INTO {table.name} ({', '.join(order)}) VALUES ({', '.join('?' * len(order))})"
    )
    connection.exec_driver_sql(
        statement,
        [
            (
                *(row[name] for name, _ in plain),
                *(process(row[name]) for name, process in converted),
            )
            for row in rows
        ],
    )
    note_written(session, {table.name})
