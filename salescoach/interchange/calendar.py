"""What is planned, as a calendar the rep subscribes to or imports (.ics).

Every planned activity becomes an event: meetings and visits for an hour (at the contact's
address), calls for a quarter of an hour, the rest for half an hour; overdue follow-ups
too, since they are still to do. Each event's UID is the activity's own uid, and its
sequence grows with each edit, so importing a newer export into a calendar updates the
events instead of adding them again. Times are written as the rep's local time.
"""

from datetime import UTC, datetime, timedelta

from icalendar import Calendar, Event
from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.text import printable
from salescoach.resources import texts
from salescoach.store.models import Account, Activity, Contact, Opportunity
from salescoach.store.session.stamps import aware_utc

LENGTH = {
    ActivityKind.MEETING: timedelta(hours=1),
    ActivityKind.VISIT: timedelta(hours=1),
    ActivityKind.CALL: timedelta(minutes=15),
}
OTHERWISE = timedelta(minutes=30)
DOMAIN = "salescoach.invalid"
#: An event's sequence is the seconds from this day to its activity's last edit: it grows
#: with every edit, and stays a 32-bit number for decades.
SINCE = datetime(2020, 1, 1)  # UIDs must look like addresses; this names no real host


def planned_calendar(session: Session, language: str, now: datetime) -> bytes:
    """The .ics text of every planned activity, in `language`."""
    words = texts("reports", language)
    kinds, stages = words["kinds"], words["stages"]
    labels = words["calendar"]
    calendar = Calendar()
    calendar.add("prodid", "-//SalesCoach//Planned activities//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", labels["name"])
    file = aliased(Opportunity)
    rows = session.execute(
        select(Activity, Contact.name, Contact.address, Contact.phone, Account.name, file)
        .join(Contact, Contact.id == Activity.contact_id)
        .outerjoin(Account, Account.id == Contact.account_id)
        .outerjoin(file, file.id == Activity.opportunity_id)
        .where(Activity.status == ActivityStatus.PLANNED)
        .order_by(Activity.at, Activity.id)
    )
    for activity, name, address, phone, company, opportunity in rows:
        calendar.add_component(
            _event(activity, name, address, phone, company, opportunity, kinds, stages, labels, now)
        )
    ics: bytes = calendar.to_ical()
    return ics


def _event(
    activity: Activity,
    name: str,
    address: str,
    phone: str,
    company: str | None,
    opportunity: Opportunity | None,
    kinds: dict[str, str],
    stages: dict[str, str],
    labels: dict[str, str],
    now: datetime,
) -> Event:
    who = f"{name} ({company})" if company else name
    event = Event()
    event.add("uid", f"{activity.uid}@{DOMAIN}")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", activity.at)
    try:
        end = activity.at + LENGTH.get(activity.kind, OTHERWISE)
    except OverflowError:  # the end of the calendar (a date from before dates were checked)
        end = activity.at
    event.add("dtend", end)
    summary = labels["summary"].format(kind=kinds[activity.kind.value], who=who)
    event.add("summary", printable(summary))
    event.add("sequence", int((activity.updated_at - SINCE).total_seconds()))
    event.add("last-modified", aware_utc(activity.updated_at))
    deal = f"{opportunity.title} ({stages[opportunity.stage.value]})" if opportunity else ""
    lines = [
        labels["line"].format(label=labels[key], value=value)
        for key, value in (
            ("contact", who),
            ("phone", phone),
            ("opportunity", deal),
            ("needs", activity.needs),
            ("notes", activity.notes),
        )
        if value
    ]
    event.add("description", printable("\n".join(lines)))  # RFC 5545 refuses controls
    if activity.kind in (ActivityKind.VISIT, ActivityKind.MEETING) and address:
        event.add("location", printable(address))
    event.add("categories", [labels["category"]])
    return event
