"""Small builders for tests: a contact, an opportunity with a history, an activity."""

from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from salescoach.core.domain import ActivityKind, ActivityStatus, Source, Stage
from salescoach.core.records import ActivityFields, ContactFields, OpportunityFields
from salescoach.store.records.activities import save_activity
from salescoach.store.records.contacts import save_contact
from salescoach.store.records.opportunities import create_opportunity, move_opportunity


def add_contact(session: Session, name: str = "Marie Dupont", **fields: object) -> int:
    fields.setdefault("company", "Boulangerie Dupont")
    fields.setdefault("source", Source.REFERRAL)
    return save_contact(session, ContactFields(name=name, **fields))  # type: ignore[arg-type]


def add_opportunity(
    session: Session,
    contact_id: int,
    *moves: tuple[Stage, datetime],
    title: str = "Four",
    value: float = 12000,
) -> int:
    first_stage, first_at = moves[0]
    opp = create_opportunity(
        session, OpportunityFields(contact_id, title, value), first_stage, first_at
    )
    for stage, at in moves[1:]:
        move_opportunity(session, opp, stage, at)
    return opp


def add_activity(
    session: Session,
    contact_id: int,
    kind: ActivityKind,
    status: ActivityStatus,
    at: datetime,
    opportunity_id: int | None = None,
    needs: str = "",
) -> int:
    return save_activity(
        session, ActivityFields(kind, status, at, contact_id, opportunity_id, needs=needs)
    )


def pdf_pages(path: Path) -> int:
    """How many pages a PDF has (0 if it is no PDF), from its page objects."""
    import re

    data = path.read_bytes()
    return len(re.findall(rb"/Type\s*/Page(?!s)", data)) if data.startswith(b"%PDF-") else 0
