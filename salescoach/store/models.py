"""SQLAlchemy models for accounts, contacts, opportunities, their stage history and activities.

Every synced row carries a stable `uid` and an `updated_at`, and deleting one leaves a
tombstone, so that a future team server can merge laptops without redesign.
"""

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Enum,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    Table,
    Text,
    false,
    literal_column,
    select,
    text,
)
from sqlalchemy.orm import (
    DeclarativeBase,
    Mapped,
    Session,
    mapped_column,
    relationship,
)

from salescoach.core.domain import APPOINTMENT_KINDS, ActivityKind, ActivityStatus, Source, Stage
from salescoach.store.session.stamps import utc_now


def new_uid() -> str:
    return str(uuid.uuid4())


def _enum(cls: type[StrEnum]) -> Enum:
    """Store an enum as its value, with a CHECK constraint, portable to PostgreSQL."""
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        length=16,
        name=f"{cls.__name__.lower()}_enum",
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


#: The meetings and visits that recorded needs (of any status: the index is keyed by it),
#: the condition of the "heard" partial index.
HEARD = text(
    "kind IN ({}) AND needs != ''".format(", ".join(f"'{k.value}'" for k in APPOINTMENT_KINDS))
)


def heard(activities: Any) -> tuple[ColumnElement[bool], ...]:
    """`HEARD` as conditions on `activities` (the table or an alias) that reach that
    index: the database uses a partial index only for a query that repeats its condition
    word for word, with the values written in, not passed as parameters."""
    kinds = [literal_column(f"'{kind.value}'", String) for kind in APPOINTMENT_KINDS]
    return activities.kind.in_(kinds), activities.needs != literal_column("''")


NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every synced row has: a laptop-generated uid and when it was created and last
    written, in UTC (`store.session.stamps`)."""

    uid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uid)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class Searchable:
    """The folded text of the row's searchable fields (`store.session.search`), kept on
    write."""

    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")


class Sorted:
    """The row's name as it sorts (`core.text.sort_key`), kept on write: lists sort by it
    through its index, and accounts are matched by it (one company, one account)."""

    sort_key: Mapped[str] = mapped_column(Text, default="", server_default="", index=True)


class Account(Synced, Searchable, Sorted, Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    city: Mapped[str] = mapped_column(String(100), default="")
    industry: Mapped[str] = mapped_column(String(100), default="")

    contacts: Mapped[list["Contact"]] = relationship(back_populates="account")


class Contact(Synced, Searchable, Sorted, Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    account_id: Mapped[int | None] = mapped_column(
        ForeignKey("accounts.id", ondelete="SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    role: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    source: Mapped[Source] = mapped_column(_enum(Source), default=Source.OTHER, index=True)
    is_customer: Mapped[bool] = mapped_column(default=False, index=True)
    referred_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    account: Mapped[Account | None] = relationship(back_populates="contacts")
    referred_by: Mapped["Contact | None"] = relationship(
        remote_side="Contact.id", back_populates="referrals"
    )
    referrals: Mapped[list["Contact"]] = relationship(
        back_populates="referred_by", passive_deletes=True
    )
    opportunities: Mapped[list["Opportunity"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )
    activities: Mapped[list["Activity"]] = relationship(
        back_populates="contact", cascade="all, delete-orphan"
    )


class Opportunity(Synced, Searchable, Sorted, Base):
    """A file in SPANCO terms. `stage` caches the last history entry for fast boards."""

    __tablename__ = "opportunities"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    value: Mapped[float] = mapped_column(default=0.0)
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    stage: Mapped[Stage] = mapped_column(_enum(Stage), default=Stage.SUSPECT, index=True)

    contact: Mapped[Contact] = relationship(back_populates="opportunities")
    history: Mapped[list["StageEvent"]] = relationship(
        back_populates="opportunity",
        cascade="all, delete-orphan",
        order_by="(StageEvent.at, StageEvent.id)",
    )
    activities: Mapped[list["Activity"]] = relationship(
        back_populates="opportunity", passive_deletes=True
    )


class StageEvent(Synced, Base):
    """The opportunity entered `stage` at `at`."""

    __tablename__ = "stage_events"
    __table_args__ = (
        Index("ix_stage_events_stage_at", "stage", "at"),
        Index("ix_stage_events_opportunity_at", "opportunity_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(ForeignKey("opportunities.id", ondelete="CASCADE"))
    stage: Mapped[Stage] = mapped_column(_enum(Stage))
    at: Mapped[datetime]

    opportunity: Mapped[Opportunity] = relationship(back_populates="history")


class FirstReached(Base):
    """When an opportunity first reached a funnel stage (DESIGN.md: entering it or any later
    one, lost aside): derived from the stage history, kept in the same transaction as every
    change to it (`store.session.reached`), never synced. The funnel counts read it by
    (stage, at)."""

    __tablename__ = "first_reached"
    # the file carried along: the counts per source read no row of the table itself
    __table_args__ = (Index("ix_first_reached_stage_at_file", "stage", "at", "opportunity_id"),)

    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), primary_key=True
    )
    stage: Mapped[Stage] = mapped_column(_enum(Stage), primary_key=True)
    at: Mapped[datetime]


class Activity(Synced, Searchable, Base):
    __tablename__ = "activities"
    __table_args__ = (
        # the funnel's and the coach's counts by kind, status and time, and the overdue
        # follow-ups: the contact (and file) are carried along so they never read the table
        Index(
            "ix_activities_kind_status_at_covering",
            "kind",
            "status",
            "at",
            "contact_id",
            "opportunity_id",
        ),
        Index("ix_activities_status_at_covering", "status", "at", "contact_id", "opportunity_id"),
        Index("ix_activities_contact_at", "contact_id", "at"),
        # the follow-ups planned for a lesson (`lesson > ''`: the few the coach asked for)
        Index("ix_activities_lesson_at", "lesson", "at"),
        # the coach's "last done activity" per contact, a few index reads each
        Index("ix_activities_contact_status_at", "contact_id", "status", "at"),
        # a file's last activity, and its overdue follow-ups (with their contact)
        Index(
            "ix_activities_opportunity_status_at", "opportunity_id", "status", "at", "contact_id"
        ),
        # when needs were first heard from a contact: only the meetings and visits that
        # recorded needs are in it, so "listened before proposing" is one index read per
        # proposal however long the contact's history (a file's own few activities are read
        # from the index above)
        Index(
            "ix_activities_heard_contact",
            "contact_id",
            "status",
            "at",
            sqlite_where=HEARD,  # the migration gives PostgreSQL the same condition; naming
            # the dialect here would load it on every start
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="SET NULL")
    )
    kind: Mapped[ActivityKind] = mapped_column(_enum(ActivityKind))
    status: Mapped[ActivityStatus] = mapped_column(_enum(ActivityStatus))
    at: Mapped[datetime] = mapped_column(index=True)
    outcome: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    needs: Mapped[str] = mapped_column(Text, default="")
    #: The lesson a follow-up was planned for (`ActivityFields.lesson`).
    lesson: Mapped[str] = mapped_column(String(64), default="", server_default="")

    contact: Mapped[Contact] = relationship(back_populates="activities")
    opportunity: Mapped[Opportunity | None] = relationship(back_populates="activities")


class Tombstone(Base):
    """A deleted synced row, remembered so the deletion can be propagated."""

    __tablename__ = "tombstones"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    deleted_at: Mapped[datetime] = mapped_column(default=utc_now, index=True)  # UTC


class ImportBatch(Base):
    """One import of a file (a spreadsheet, CSV, vCard or SalesCoach file), so it can be
    listed and taken back."""

    __tablename__ = "import_batches"

    id: Mapped[int] = mapped_column(primary_key=True)
    file: Mapped[str] = mapped_column(String(255))
    at: Mapped[datetime] = mapped_column(default=datetime.now)
    added: Mapped[int] = mapped_column(default=0)
    activities: Mapped[int] = mapped_column(default=0)
    opportunities: Mapped[int] = mapped_column(default=0, server_default="0")
    merged: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    invalid: Mapped[int] = mapped_column(default=0)
    undone_at: Mapped[datetime | None] = mapped_column(default=None)

    items: Mapped[list["ImportItem"]] = relationship(
        back_populates="batch", cascade="all, delete-orphan", passive_deletes=True
    )


class ImportItem(Base):
    """A row an import added, or one it changed: a contact it filled in (each field's value
    before and after), or a row a SalesCoach file updated (each column's stored value before
    and after, under "columns", and an opportunity's stage history under "stages")."""

    __tablename__ = "import_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    entity: Mapped[str] = mapped_column(String(16), default="contact")
    uid: Mapped[str] = mapped_column(String(36))
    added: Mapped[bool] = mapped_column(default=True)
    #: JSON {field: [before, after]} of what a merge filled in
    filled: Mapped[str] = mapped_column(Text, default="{}")

    batch: Mapped[ImportBatch] = relationship(back_populates="items")


def tombstoned(session: Session, uids: list[str]) -> set[str]:
    """Which of these uids were deleted here (their tombstones are there)."""
    found: set[str] = set()
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        found.update(session.scalars(select(Tombstone.uid).where(Tombstone.uid.in_(chunk))))
    return found


class TipDismissal(Base):
    """A coach tip the rep set aside: until a date (snoozed) or until it gets worse.

    A local preference, not business data: it is neither synced nor exported."""

    __tablename__ = "tip_dismissals"

    lesson: Mapped[str] = mapped_column(String(64), primary_key=True)
    severity: Mapped[float] = mapped_column(Float)
    until: Mapped[date | None]
    dismissed_at: Mapped[datetime] = mapped_column(default=datetime.now)


class Preference(Base):
    """One of the rep's choices (e.g. a coach threshold), as JSON; local, not synced."""

    __tablename__ = "preferences"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class SyncOutbox(Base):
    """A synced row changed on this laptop since the last sync (kept by triggers once the
    laptop joins a team), with the row as it was before its first unsent change (JSON; None
    for a new row): the base of a three-way merge with the team's version."""

    __tablename__ = "sync_outbox"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    entity: Mapped[str] = mapped_column(String(32))
    base: Mapped[str | None] = mapped_column(Text, default=None)
    changes: Mapped[int] = mapped_column(default=1, server_default="1")
    #: the entry's identity on the server, which applies each one once
    change_id: Mapped[str | None] = mapped_column(String(36), default=None)
    #: the server version `base` is (None: a row the server has not had from here)
    base_seq: Mapped[int | None] = mapped_column(BigInteger, default=None)


class SyncVersion(Base):
    """The server version a synced row here is at: a change is sent with it, and a pulled
    row at the same version is this laptop's own write coming back."""

    __tablename__ = "sync_versions"

    uid: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger)


class SyncState(Base):
    """One row: whether a pull is writing (the outbox triggers then note nothing)."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    applying: Mapped[int] = mapped_column(default=0, server_default="0")


class SyncConflict(Base):
    """What a sync set aside: a value that lost to a later edit elsewhere, or an edit to a
    row deleted elsewhere (`why`), kept so the rep can read it and apply it again."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (Index("ix_sync_conflicts_server_id", "server_id", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]  # UTC
    entity: Mapped[str] = mapped_column(String(32))
    uid: Mapped[str] = mapped_column(String(36))
    label: Mapped[str] = mapped_column(String(200), default="", server_default="")
    why: Mapped[str] = mapped_column(String(16))
    #: JSON {field: value} of what lost
    lost: Mapped[str] = mapped_column(Text)
    applied_at: Mapped[datetime | None] = mapped_column(default=None)
    #: the conflict's id on the team's server (None: noted here only)
    server_id: Mapped[int | None] = mapped_column(BigInteger, default=None)
    #: JSON {field: value} of what won
    kept: Mapped[str] = mapped_column(Text, default="{}", server_default="{}")
    lost_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    kept_by: Mapped[str] = mapped_column(String(100), default="", server_default="")
    #: which values stay, as chosen by one of the two reps: "lost" (put back) or "kept"
    resolution: Mapped[str | None] = mapped_column(String(8), default=None)
    resolved_by: Mapped[str | None] = mapped_column(String(100), default=None)
    #: chosen here, not yet told to the server
    to_send: Mapped[bool] = mapped_column(default=False, server_default=false())


def model_of(table: str) -> Any:
    """The mapped class of a table, by the table's name."""
    return _BY_TABLE[table]


def table_of(model: type[Base]) -> Table:
    """A model's table, as a `Table` (SQLAlchemy types `__table__` as any FROM clause)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


_BY_TABLE = {table_of(mapper.class_).name: mapper.class_ for mapper in Base.registry.mappers}
