"""What a file may not bring back: the rows deleted on this laptop.

A deletion leaves a tombstone (the row's uid), so it can travel to other laptops. While the
tombstone stays, a file that still holds the row (an older export, a colleague's) must not
bring it back, nor what hangs on it: a deleted contact's opportunities and activities stay
out, an activity of a deleted opportunity comes without it, a deleted step stays out of its
history (an opportunity left with no step stays out too).
"""

from dataclasses import replace
from itertools import chain

from sqlalchemy.orm import Session

from salescoach.interchange.document import Document
from salescoach.store.models import tombstoned


def without_deleted(session: Session, document: Document) -> tuple[Document, int]:
    """The document without the rows deleted here, and how many rows were left out."""
    uids = list(
        chain(
            (a.uid for a in document.accounts),
            (c.uid for c in document.contacts),
            (o.uid for o in document.opportunities),
            (u for o in document.opportunities for u in o.stage_uids if u),
            (a.uid for a in document.activities),
        )
    )
    gone = tombstoned(session, uids)
    if not gone:
        return document, 0
    accounts = [a for a in document.accounts if a.uid not in gone]
    contacts = [
        replace(c, account=None) if c.account in gone else c
        for c in document.contacts
        if c.uid not in gone
    ]
    kept_contacts = {c.uid for c in contacts}
    opportunities = []
    for opportunity in document.opportunities:
        if opportunity.uid in gone or opportunity.values["contact_id"] not in kept_contacts:
            continue
        steps = [
            (step, uid)
            for step, uid in zip(opportunity.stages, opportunity.stage_uids, strict=True)
            if uid not in gone
        ]
        if steps:
            opportunities.append(
                replace(
                    opportunity,
                    stages=[step for step, _ in steps],
                    stage_uids=[uid for _, uid in steps],
                )
            )
    kept_opportunities = {o.uid for o in opportunities}
    activities = [
        a
        if a.values["opportunity_id"] in kept_opportunities | {None}
        else replace(a, values={**a.values, "opportunity_id": None})
        for a in document.activities
        if a.uid not in gone and a.values["contact_id"] in kept_contacts
    ]
    for contact in contacts:
        if contact.values["referred_by_id"] not in kept_contacts:
            contact.values = {**contact.values, "referred_by_id": None}
    kept = replace(
        document,
        accounts=accounts,
        contacts=contacts,
        opportunities=opportunities,
        activities=activities,
    )
    return kept, _size(document) - _size(kept)


def _size(document: Document) -> int:
    steps = sum(len(o.stages) for o in document.opportunities)
    return (
        len(document.accounts)
        + len(document.contacts)
        + len(document.opportunities)
        + steps
        + len(document.activities)
    )
