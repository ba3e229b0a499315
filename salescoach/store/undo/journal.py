"""What a unit of work did to each row, so it can be taken back (Undo) and done again (Redo).

While a session keeps a journal, every flush records each row it touches: its values before
(None for a new row) and after (None for a deleted one), by table and primary key. Rows the
database changes itself on a delete (ON DELETE SET NULL or CASCADE) are read first, so they
come back too. Taking a journal back writes the "before" images: deleted rows return with
their ids and uids, new rows (tombstones included) go, edited rows revert.
"""

from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Table, and_, delete, insert, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction

from salescoach.core.errors import UserError
from salescoach.store.models import Base, Tombstone
from salescoach.store.team.outbox import SYNCED, fields_of, plain

_JOURNAL = "salescoach.journal"
Image = dict[str, Any]
Key = tuple[str, tuple[Any, ...]]


@dataclass
class Journal:
    """Row images of one unit of work; `complete` is False when it ran a bulk statement
    whose rows cannot be known (such work cannot be undone)."""

    rows: dict[Key, list[Image | None]] = field(default_factory=dict)
    complete: bool = True

    def note(
        self, table: str, key: tuple[Any, ...], before: Image | None, after: Image | None
    ) -> None:
        entry = self.rows.setdefault((table, key), [before, after])
        entry[1] = after  # the first "before" stays; the last "after" wins

    def __bool__(self) -> bool:
        return any(before != after for before, after in self.rows.values())


def keep_journal(session: Session) -> Journal:
    journal = Journal()
    session.info[_JOURNAL] = journal
    return journal


def _journal(session: Session) -> Journal | None:
    return session.info.get(_JOURNAL)


def _image(obj: Any) -> tuple[str, tuple[Any, ...], Image]:
    mapper = inspect(obj).mapper
    values = {attr.columns[0].name: getattr(obj, attr.key) for attr in mapper.column_attrs}
    table = mapper.local_table
    return table.name, tuple(values[c.name] for c in table.primary_key.columns), values


def _committed_image(obj: Any) -> Image:
    """The values as last read from the database, before this flush's changes."""
    state = inspect(obj)
    values = _image(obj)[2]
    for attr in state.mapper.column_attrs:
        if attr.key in state.committed_state:
            values[attr.columns[0].name] = state.committed_state[attr.key]
    return values


def image_before(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    journal = _journal(session)
    if journal is None:
        return
    with session.no_autoflush:
        for obj in (*session.dirty, *session.deleted):
            if not hasattr(obj, "__table__") or inspect(obj).key is None:
                continue
            table, key, _values = _image(obj)
            if (table, key) not in journal.rows:
                journal.note(table, key, _committed_image(obj), None)
        for obj in list(session.deleted):
            if hasattr(obj, "__table__"):
                _note_cascades(session, journal, obj.__table__, _image(obj)[1])


def _note_cascades(session: Session, journal: Journal, parent: Table, key: tuple[Any, ...]) -> None:
    """Rows the database itself will null or delete when this row goes."""
    for table in Base.metadata.sorted_tables:
        for foreign in table.foreign_keys:
            if foreign.column.table is not parent or not foreign.ondelete:
                continue
            rows = session.execute(select(table).where(foreign.parent == key[0])).mappings()
            for row in rows:
                row_key = tuple(row[c.name] for c in table.primary_key.columns)
                before = dict(row)
                cascade = foreign.ondelete.upper() == "CASCADE"
                after = None if cascade else {**before, foreign.parent.name: None}
                if (table.name, row_key) not in journal.rows:
                    journal.note(table.name, row_key, before, after)
                if cascade:
                    _note_cascades(session, journal, table, row_key)


def image_after(session: Session, _flush: UOWTransaction) -> None:
    journal = _journal(session)
    if journal is None:
        return
    for obj in (*session.new, *session.dirty):
        if hasattr(obj, "__table__"):
            table, key, values = _image(obj)
            before = journal.rows.get((table, key), [None, None])[0]
            journal.note(table, key, before, values)
    for obj in session.deleted:
        if hasattr(obj, "__table__"):
            table, key, _values = _image(obj)
            journal.note(table, key, journal.rows.get((table, key), [None])[0], None)


#: Tables derived from others and computed again on every commit: taking the others back is
#: enough to take them back.
DERIVED = {"first_reached"}


def image_bulk(state: ORMExecuteState) -> None:
    journal = _journal(state.session)
    if journal is not None and (state.is_insert or state.is_update or state.is_delete):
        table = getattr(state.statement, "table", None)
        if getattr(table, "name", None) not in DERIVED:
            journal.complete = False


def write_images(session: Session, journal: Journal, side: Literal["before", "after"]) -> None:
    """Make every journaled row what it was before (Undo) or after (Redo) the work."""
    index = 0 if side == "before" else 1
    order = {table.name: n for n, table in enumerate(Base.metadata.sorted_tables)}
    tables = Base.metadata.tables
    wanted = [
        (table, key, images[index], images[1 - index])
        for (table, key), images in journal.rows.items()
    ]
    gone = sorted((w for w in wanted if w[2] is None), key=lambda w: -order[w[0]])
    back = sorted(
        (w for w in wanted if w[3] is None and w[2] is not None), key=lambda w: order[w[0]]
    )
    changed = [w for w in wanted if w[2] is not None and w[3] is not None and w[2] != w[3]]
    _still_as_left(session, back, gone, changed)
    for table, key, _target, _current in gone:  # children first
        session.execute(delete(tables[table]).where(_where(tables[table], key)))
    _tombstone(session, [(table, current) for table, _key, _target, current in gone])
    _untombstone(session, [target for _table, _key, target, _current in back])
    for table, _key, target, _current in back:  # parents first
        assert target is not None
        session.execute(insert(tables[table]).values(**target))
    for table, key, target, _current in changed:
        assert target is not None
        session.execute(update(tables[table]).where(_where(tables[table], key)).values(**target))


Wanted = tuple[str, tuple[Any, ...], Image | None, Image | None]


def _still_as_left(
    session: Session, back: list[Wanted], gone: list[Wanted], changed: list[Wanted]
) -> None:
    """Refuse to take back work whose rows changed since (a sync brought a teammate's
    change, or a new row took a deleted one's place): the old values would overwrite it."""
    tables = Base.metadata.tables
    for table, key, _target, _current in back:
        if session.execute(select(tables[table]).where(_where(tables[table], key))).first():
            raise UserError("undo_overtaken")
    for table, key, _target, current in [*gone, *changed]:
        if table not in SYNCED or current is None:
            continue
        row = session.execute(select(tables[table]).where(_where(tables[table], key))).first()
        compared = fields_of(table)
        if row is None or any(
            plain(row._mapping[name]) != plain(current.get(name)) for name in compared
        ):
            raise UserError("undo_overtaken")


def _tombstone(session: Session, rows: list[tuple[str, Image | None]]) -> None:
    """A synced row taken away leaves a tombstone, as any deletion does (unless the journal
    itself brings the tombstone back)."""
    stones = {
        image["uid"]: table
        for table, image in rows
        if image is not None and "uid" in image and table != Tombstone.__tablename__
    }
    if stones:
        existing = set(session.scalars(select(Tombstone.uid).where(Tombstone.uid.in_(stones))))
        fresh = [
            {"uid": uid, "entity": table} for uid, table in stones.items() if uid not in existing
        ]
        if fresh:
            session.execute(insert(Tombstone), fresh)


def _untombstone(session: Session, images: list[Image | None]) -> None:
    """A synced row put back is no longer deleted."""
    uids = [image["uid"] for image in images if image is not None and "uid" in image]
    if uids:
        session.execute(delete(Tombstone).where(Tombstone.uid.in_(uids)))


def _where(table: Table, key: tuple[Any, ...]) -> Any:
    return and_(
        *(column == value for column, value in zip(table.primary_key.columns, key, strict=True))
    )
