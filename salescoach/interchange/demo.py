"""Realistic, reproducible demo data: a good field rep's year, as a SalesCoach JSON document.

The story follows the figures of shared/LESSONS.md. About a fifth of the contacts are
customers from before; the rest arrive as new files spread over the year (about 50 a month
at the default size). Cold calls mostly go unanswered: of 100, about 20 are answered and 3
interested. Warm contacts (referrals, social, inbound, events) qualify far more often. A
qualified prospect is offered a meeting or a visit, most are honoured, about two thirds
lead to a proposal and about half the proposals are signed: some 5 wins from 50 suspects.
Customers get calls and the occasional visit, some too few; a few follow-ups are overdue.
The document goes through the real importer.
"""

import random
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Any

from salescoach.core.domain import Source
from salescoach.interchange import demo_texts as texts
from salescoach.interchange.demo_size import DemoSize
from salescoach.interchange.record_values import format_when

_SOURCES = [Source.COLD_CALL, Source.REFERRAL, Source.SOCIAL, Source.INBOUND, Source.EVENT]
_SOURCE_WEIGHTS = [40, 18, 17, 13, 12]
#: A cold call is answered 1 time in 5, and 3 answers in 20 are interested (LESSONS.md).
COLD_ANSWERED, COLD_INTERESTED = 0.20, 0.15
#: A warm contact's first exchange makes a prospect this often.
WARM_QUALIFIED = {Source.REFERRAL: 0.75, Source.SOCIAL: 0.55, Source.INBOUND: 0.65}
WARM_DEFAULT = 0.5
#: After qualification, the same for everyone: an appointment offered, honoured, an offer
#: made, signed, delivered.
BOOKED, HONOURED, PROPOSED, SIGNED, DELIVERED = 0.92, 0.85, 0.66, 0.53, 0.9
NEEDS_HEARD = 0.8  # meetings where the rep wrote down what the customer needs


class _Builder:
    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.now = datetime.combine(today, time(18, 0))
        self.contacts: list[dict[str, Any]] = []
        self.opportunities: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        self.language: dict[str, str] = {}
        self.accounts: dict[str, dict[str, str]] = {}

    # -- helpers ---------------------------------------------------------------------------
    def pick(self, items: list[str]) -> str:
        return self.rng.choice(items)

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def working_time(self, day: date) -> datetime:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return datetime.combine(
            day, time(self.rng.randint(8, 17), self.rng.choice([0, 15, 30, 45]))
        )

    def later(self, moment: datetime, low: int, high: int) -> datetime:
        """A working moment `low` to `high` days on, never before `moment` itself."""
        then = self.working_time((moment + timedelta(days=self.rng.randint(low, high))).date())
        return then if then > moment else moment + timedelta(minutes=30)

    def past(self, moment: datetime) -> bool:
        return moment <= self.now

    def log(
        self,
        contact: dict[str, Any],
        kind: str,
        at: datetime,
        situation: str = "other",
        opportunity: str | None = None,
        status: str = "done",
        needs: str = "",
    ) -> None:
        """An activity; one dated after today is a planned follow-up, whatever was asked."""
        if not self.past(at):
            status, situation = "planned", ""
        lang = self.language[contact["id"]]
        outcome = (
            self.pick(texts.OUTCOMES[situation][lang]) if status == "done" and situation else ""
        )
        self.activities.append(
            {
                "id": f"a{len(self.activities) + 1}",
                "contact": contact["id"],
                "opportunity": opportunity,
                "kind": kind,
                "status": status,
                "at": format_when(at),
                "outcome": outcome,
                "notes": "",
                "needs": needs,
            }
        )

    # -- people ----------------------------------------------------------------------------
    def add_contacts(self, count: int) -> None:
        for index in range(count):
            lang = self.rng.choices(["fr", "it", "en"], [45, 35, 20])[0]
            first, last = self.pick(texts.FIRST[lang]), self.pick(texts.LAST[lang])
            city = self.pick(texts.CITIES[lang])
            company = self.pick(texts.COMPANY_PATTERNS[lang]).format(last=last, city=city)
            self.accounts.setdefault(
                company,
                {
                    "id": f"acc{len(self.accounts) + 1}",
                    "name": company,
                    "city": city,
                    "industry": self.pick(texts.INDUSTRIES),
                },
            )
            customer = self.chance(0.2)
            source = Source.OTHER if customer else self.rng.choices(_SOURCES, _SOURCE_WEIGHTS)[0]
            contact_id = f"c{index + 1}"
            self.language[contact_id] = lang
            self.contacts.append(
                {
                    "id": contact_id,
                    "name": f"{first} {last}",
                    "company": company,
                    "email": _email(first, last, company, lang),
                    "phone": _phone(self.rng, lang),
                    "role": self.pick(texts.ROLES[lang]),
                    "address": _address(contact_id, lang, city),
                    "source": source.value,
                    "is_customer": customer,
                    "referred_by": None,
                    "created_at": (
                        self.today - timedelta(days=self.rng.randint(400, 1100))
                    ).isoformat(),
                }
            )

    def add_referrals(self) -> None:
        """Referred contacts were sent by customers: the loyal base."""
        customers = [c for c in self.contacts if c["is_customer"]]
        for contact in self.contacts:
            if contact["source"] == Source.REFERRAL.value and customers:
                contact["referred_by"] = self.rng.choice(customers)["id"]

    # -- a file through the funnel ---------------------------------------------------------
    def add_file(self, contact: dict[str, Any]) -> None:
        lang, source = self.language[contact["id"]], Source(contact["source"])
        opp = f"o{len(self.opportunities) + 1}"
        start = self.working_time(self.today - timedelta(days=self.rng.randint(1, 365)))
        contact["created_at"] = format_when(start - timedelta(days=self.rng.randint(0, 3)))
        stages = [("suspect", start)]
        at = self.later(start, 0, 3)
        if not self._qualifies(contact, source, opp, at):
            self._keep(contact, opp, lang, stages)
            return
        stages.append(("prospect", at))
        for stage, step in (
            ("approach", self._meet),
            ("negotiation", self._propose),
            ("conclusion", self._sign),
            ("order", self._deliver),
        ):
            outcome = step(contact, opp, lang, at)
            if outcome is None:  # still in progress: a follow-up is planned
                break
            if outcome is False:  # it did not happen: lost, or left to sleep
                if self.chance(0.7):
                    lost = self.later(at, 5, 20)
                    if self.past(lost):
                        stages.append(("lost", lost))
                break
            at = outcome
            stages.append((stage, at))
        self._keep(contact, opp, lang, stages)

    def _qualifies(self, contact: dict[str, Any], source: Source, opp: str, at: datetime) -> bool:
        """The first call or message: cold calls mostly go unanswered."""
        if source is Source.COLD_CALL:
            answered = self.chance(COLD_ANSWERED)
            interested = answered and self.chance(COLD_INTERESTED)
            situation = (
                "interested" if interested else "not_interested" if answered else "no_answer"
            )
            self.log(contact, "call", at, situation, opp)
            return interested and self.past(at)
        kind = self.rng.choice(["call", "call", "email", "social"])
        qualified = self.chance(WARM_QUALIFIED.get(source, WARM_DEFAULT))
        self.log(contact, kind, at, "interested" if qualified else "not_interested", opp)
        return qualified and self.past(at)

    def _meet(self, contact: dict[str, Any], opp: str, lang: str, at: datetime) -> Any:
        if not self.chance(BOOKED):
            return False
        meeting = self.later(at, 3, 12)
        kind = self.rng.choice(["meeting", "visit"])
        if not self.past(meeting):
            self.log(contact, kind, meeting, opportunity=opp)
            return None
        if not self.chance(HONOURED):
            self.log(
                contact,
                kind,
                meeting,
                opportunity=opp,
                status=self.rng.choice(["no_show", "cancelled"]),
            )
            return False
        needs = self.pick(texts.NEEDS[lang]) if self.chance(NEEDS_HEARD) else ""
        self.log(contact, kind, meeting, "meeting", opp, needs=needs)
        return meeting

    def _propose(self, contact: dict[str, Any], opp: str, lang: str, at: datetime) -> Any:
        if not self.chance(PROPOSED):
            return False
        sent = self.later(at, 2, 10)
        self.log(contact, "proposal", sent, "proposal", opp)
        if not self.past(sent):
            return None
        self.log(contact, "call", self.later(sent, 3, 8), "other", opp)  # the follow-up call
        return sent

    def _sign(self, contact: dict[str, Any], opp: str, lang: str, at: datetime) -> Any:
        signed = self.later(at, 5, 25)
        if not self.past(signed):
            return None
        if not self.chance(SIGNED):
            return False
        self.log(contact, "call", signed, "closing", opp)
        contact["is_customer"] = True
        return signed

    def _deliver(self, contact: dict[str, Any], opp: str, lang: str, at: datetime) -> Any:
        delivered = self.later(at, 7, 30)
        if not self.past(delivered):
            self.log(contact, "call", delivered, opportunity=opp)
            return None
        if not self.chance(DELIVERED):
            return None
        self.log(contact, "note", delivered, "delivery", opp)
        return delivered

    def _keep(
        self, contact: dict[str, Any], opp: str, lang: str, stages: list[tuple[str, datetime]]
    ) -> None:
        self.opportunities.append(
            {
                "id": opp,
                "contact": contact["id"],
                "title": self.pick(texts.PRODUCTS[lang]),
                "value": self.rng.randrange(1500, 40000, 250),
                "currency": "GBP" if lang == "en" else "EUR",
                "stages": [{"stage": stage, "at": format_when(at)} for stage, at in stages],
            }
        )

    # -- customers and the everyday diary -------------------------------------------------
    def look_after_customers(self) -> None:
        """Calls, e-mails and the odd visit to customers; a third of them neglected lately,
        and a few follow-ups the rep let slip."""
        for contact in self.contacts:
            if not contact["is_customer"]:
                continue
            neglected = self.chance(0.33)
            last = self.today - timedelta(days=self.rng.randint(70, 200) if neglected else 0)
            day = self.today - timedelta(days=365)
            while True:
                day += timedelta(days=self.rng.randint(20, 60))
                if day > last:
                    break
                kind = self.rng.choices(["call", "email", "visit"], [70, 24, 6])[0]
                self.log(contact, kind, self.working_time(day), "checkin")
            if not neglected and self.chance(0.25):
                due = self.working_time(self.today + timedelta(days=self.rng.randint(-9, 20)))
                self.log(contact, "call", due, status="planned")

    def book_visits(self, room: int, seed: int) -> None:
        """Meetings and visits booked for the next two weeks, two of them today: customers to
        see and files in approach or negotiation. Drawn from their own generator, so the
        year's history (and the figures it gives) is the same with or without them."""
        rng = random.Random(seed * 7919 + 17)
        open_files = {
            opp["contact"]: opp["id"]
            for opp in self.opportunities
            if opp["stages"][-1]["stage"] in ("approach", "negotiation")
        }
        people = [c for c in self.contacts if c["is_customer"] or c["id"] in open_files]
        if not people:
            return
        for offset in range(14):
            day = self.today + timedelta(days=offset)
            if day.weekday() >= 5:
                continue
            for hour, minute in rng.sample(
                [(9, 30), (11, 0), (14, 30), (16, 0)], 2 if offset == 0 else rng.randint(0, 2)
            ):
                if room <= 0:
                    return
                contact = rng.choice(people)
                kind = rng.choice(["visit", "visit", "meeting"])
                at = datetime.combine(day, time(hour, minute))
                self.log(
                    contact, kind, at, opportunity=open_files.get(contact["id"]), status="planned"
                )
                room -= 1

    def fill_diary(self, total: int) -> None:
        """Everyday calls, e-mails and notes up to `total` activities (never appointments,
        which would tell the funnel a story that did not happen)."""
        kinds, weights = ["call", "email", "social", "note"], [50, 30, 10, 10]
        while len(self.activities) < total:
            contact = self.rng.choice(self.contacts)
            at = self.working_time(self.today - timedelta(days=self.rng.randint(1, 365)))
            self.log(contact, self.rng.choices(kinds, weights)[0], at)


def build_demo(
    seed: int = 1, size: DemoSize | None = None, today: date | None = None
) -> dict[str, Any]:
    """A complete SalesCoach JSON document; the same seed and size give the same data."""
    size = size or DemoSize()
    builder = _Builder(seed, today or date.today())
    builder.add_contacts(size.contacts)
    builder.add_referrals()
    for contact in builder.contacts:
        if not contact["is_customer"]:
            builder.add_file(contact)
    builder.look_after_customers()
    if len(builder.activities) > size.activities:  # fewer asked: keep the most recent
        builder.activities.sort(key=lambda a: a["at"])
        builder.activities = builder.activities[len(builder.activities) - size.activities :]
    builder.book_visits(size.activities - len(builder.activities), seed)
    builder.fill_diary(size.activities)
    return {
        "format": "salescoach",
        "version": 1,
        "accounts": list(builder.accounts.values()),
        "contacts": builder.contacts,
        "opportunities": builder.opportunities,
        "activities": builder.activities,
    }


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


def _email(first: str, last: str, company: str, lang: str) -> str:
    return f"{_ascii(first)}.{_ascii(last)}@{_ascii(company)}.{texts.EMAIL_DOMAINS[lang]}"


def _address(contact_id: str, lang: str, city: str) -> str:
    """A street in the company's city; its own generator, so the rest of the demo (and the
    figures the tests expect of it) stays the same."""
    rng = random.Random(contact_id)
    return rng.choice(texts.STREETS[lang]).format(n=rng.randint(1, 120), city=city)


def _phone(rng: random.Random, lang: str) -> str:
    digits = " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    prefix = {"fr": "+33 6", "it": "+39 3", "en": "+44 7"}[lang]
    return f"{prefix}{rng.randint(10, 99)} {digits}"
