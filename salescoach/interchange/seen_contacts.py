"""What a contact import has met so far, kept in SQLite's temporary tables.

Telling a duplicate needs every key met so far (the e-mail; the name and company folded)
and, for each contact, which of its fields are already filled. A hundred thousand rows of
that in Python dicts cost over a hundred megabytes; in temporary tables (private to the
connection, spilled to a file the system deletes, dropped at the end) the import's memory
stays flat whatever the size of the file or the database. They are asked a chunk of rows
at a time, so they cost a few statements per chunk, not per row.

A contact already in the database is known by its id; one new in this import by a negative
number, -1 for the first, until it is written (`ContactWriter` maps them to ids).
"""

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from salescoach.interchange.column_names import fold
from salescoach.store.models import Account, Activity, Contact

#: The fields a duplicate may fill in on the contact already there, when empty.
FILLABLE = ("company", "email", "phone", "role", "address", "notes")
#: (a contact, the kind and the time of one of its activities)
Taken = tuple[int, str, str]

_TABLES = {
    "salescoach_import_key": "key TEXT PRIMARY KEY, ref INTEGER NOT NULL",
    "salescoach_import_filled": "ref INTEGER PRIMARY KEY, filled INTEGER NOT NULL",
    "salescoach_import_taken": "ref INTEGER, kind TEXT, at TEXT, PRIMARY KEY (ref, kind, at)",
}
_LOADING = 2000


def contact_keys(name: str, company: str, email: str) -> list[str]:
    """What makes two rows the same contact: the e-mail, or the name and company folded."""
    keys = [f"name:{fold(name)}|{fold(company)}"]
    if email:
        keys.insert(0, f"email:{email.strip().casefold()}")
    return keys


def filled_mask(values: Iterable[object]) -> int:
    """One bit per `FILLABLE` field that holds something."""
    return sum(1 << n for n, value in enumerate(values) if value)


def moment_key(at: datetime) -> str:
    return at.isoformat(sep=" ")


class SeenContacts:
    """The keys, filled fields and activities met so far; `close` drops them."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.connection: Connection = session.connection()
        for name, columns in _TABLES.items():
            self.connection.exec_driver_sql(
                f"CREATE TEMP TABLE IF NOT EXISTS {name} ({columns}) WITHOUT ROWID"
            )
            self.connection.exec_driver_sql(f"DELETE FROM temp.{name}")
        self._load_database()

    def _load_database(self) -> None:
        """Every contact already there, by each of its keys (the oldest first)."""
        rows = self.session.execute(
            select(
                Contact.id,
                Contact.name,
                Account.name,
                Contact.email,
                Contact.phone,
                Contact.role,
                Contact.address,
                Contact.notes,
            )
            .outerjoin(Account, Account.id == Contact.account_id)
            .order_by(Contact.id)
            .execution_options(yield_per=_LOADING)
        )
        for part in rows.partitions():
            keys = [
                (key, id)
                for id, name, company, email, *_rest in part
                for key in contact_keys(name, company or "", email)
            ]
            filled = [(id, filled_mask((company, *rest))) for id, _name, company, *rest in part]
            self._write(keys, filled, [])

    def refs(self, keys: Iterable[str]) -> dict[str, int]:
        """The contact each of `keys` names, for those met before."""
        return dict(self._in("SELECT key, ref FROM temp.salescoach_import_key", "key", keys))

    def filled(self, refs: Iterable[int]) -> dict[int, int]:
        """Which fields each contact has filled (`filled_mask`)."""
        return dict(self._in("SELECT ref, filled FROM temp.salescoach_import_filled", "ref", refs))

    def taken(self, refs: Iterable[int]) -> set[Taken]:
        """The activities met in this import for these contacts."""
        query = "SELECT ref, kind, at FROM temp.salescoach_import_taken"
        return {tuple(row) for row in self._in(query, "ref", refs)}

    def there(self, ids: list[int], earliest: datetime, latest: datetime) -> set[Taken]:
        """The activities the database already has for these contacts within these times."""
        rows = self.session.execute(
            select(Activity.contact_id, Activity.kind, Activity.at).where(
                Activity.contact_id.in_(ids), Activity.at.between(earliest, latest)
            )
        )
        return {(contact, kind.value, moment_key(at)) for contact, kind, at in rows}

    def remember(
        self, keys: dict[str, int], filled: dict[int, int], taken: Iterable[Taken]
    ) -> None:
        self._write(list(keys.items()), list(filled.items()), list(taken))

    def _write(
        self, keys: list[tuple[str, int]], filled: list[tuple[int, int]], taken: list[Taken]
    ) -> None:
        for table, rows in (
            ("salescoach_import_key", keys),
            ("salescoach_import_filled", filled),
            ("salescoach_import_taken", taken),
        ):
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                verb = "INSERT OR IGNORE" if table.endswith("key") else "INSERT OR REPLACE"
                self.connection.exec_driver_sql(f"{verb} INTO temp.{table} VALUES ({marks})", rows)

    def _in(self, query: str, column: str, values: Iterable[object]) -> list[tuple[Any, ...]]:
        """`query`'s rows whose `column` is one of `values` (passed as one JSON array, so
        any number fits)."""
        wanted = json.dumps(list(values))
        sql = f"{query} WHERE {column} IN (SELECT value FROM json_each(?))"
        return [tuple(row) for row in self.connection.exec_driver_sql(sql, (wanted,))]

    def close(self) -> None:
        for name in _TABLES:
            self.connection.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{name}")
