"""Realistic, reproducible demo data: a field rep's year, as a SalesCoach JSON document.

The generator walks each opportunity through the funnel with stage odds that depend on the
contact's source (referrals convert better than cold calls), logging the calls, meetings,
proposals and visits that each move implies, then fills the diary with the everyday contacts
and planned follow-ups. It returns a document so the demo goes through the real importer.
"""

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from salescoach.core.domain import FUNNEL, Source, Stage
from salescoach.interchange import demo_texts as texts
from salescoach.interchange.fields import format_when

#: Chance of moving on from each stage, by contact source (the rest stall or are lost).
_ADVANCE = {
    Source.COLD_CALL: (0.35, 0.65, 0.60, 0.40, 0.9),
    Source.REFERRAL: (0.75, 0.80, 0.75, 0.60, 0.95),
    Source.SOCIAL: (0.55, 0.70, 0.65, 0.50, 0.9),
    Source.INBOUND: (0.65, 0.75, 0.65, 0.50, 0.9),
    Source.EVENT: (0.50, 0.70, 0.60, 0.45, 0.9),
    Source.OTHER: (0.45, 0.65, 0.60, 0.45, 0.9),
}
_SOURCES = list(_ADVANCE)
_SOURCE_WEIGHTS = [40, 15, 15, 10, 10, 10]


#: A year of a good rep's work by default: about 50 new files a month.
DEMO_CONTACTS, DEMO_ACTIVITIES = 600, 4000


@dataclass(frozen=True, slots=True)
class DemoSize:
    contacts: int = DEMO_CONTACTS
    activities: int = DEMO_ACTIVITIES


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

    def working_time(self, day: date) -> datetime:
        while day.weekday() >= 5:
            day += timedelta(days=1)
        return datetime.combine(
            day, time(self.rng.randint(8, 17), self.rng.choice([0, 15, 30, 45]))
        )

    def activity(
        self,
        contact: dict[str, Any],
        kind: str,
        status: str,
        at: datetime,
        opportunity: str | None = None,
        needs: str = "",
    ) -> None:
        lang = self.language[contact["id"]]
        group = kind if kind in texts.OUTCOMES else ("meeting" if kind == "visit" else "other")
        outcome = self.pick(texts.OUTCOMES[group][lang]) if status == "done" else ""
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

    # -- contacts --------------------------------------------------------------------------
    def add_contacts(self, count: int) -> None:
        for index in range(count):
            lang = self.rng.choices(["fr", "it", "en"], [45, 35, 20])[0]
            first, last = self.pick(texts.FIRST[lang]), self.pick(texts.LAST[lang])
            city = self.pick(texts.CITIES[lang])
            company = self.pick(texts.COMPANY_PATTERNS[lang]).format(last=last, city=city)
            source = self.rng.choices(_SOURCES, _SOURCE_WEIGHTS)[0]
            self.accounts.setdefault(
                company,
                {
                    "id": f"acc{len(self.accounts) + 1}",
                    "name": company,
                    "city": city,
                    "industry": self.pick(texts.INDUSTRIES),
                },
            )
            customers = [c for c in self.contacts if c["is_customer"]]
            referred_by = None
            if source is Source.REFERRAL and customers:
                referred_by = self.rng.choice(customers)["id"]
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
                    "source": source.value,
                    "is_customer": self.rng.random() < 0.2,
                    "referred_by": referred_by,
                    "created_at": (
                        self.today - timedelta(days=self.rng.randint(200, 900))
                    ).isoformat(),
                }
            )

    # -- opportunities ---------------------------------------------------------------------
    def add_opportunity(self, contact: dict[str, Any]) -> None:
        lang = self.language[contact["id"]]
        opp_id = f"o{len(self.opportunities) + 1}"
        start = self.working_time(self.today - timedelta(days=self.rng.randint(5, 360)))
        stages = [{"stage": Stage.SUSPECT.value, "at": format_when(start)}]
        at, odds = start, _ADVANCE[Source(contact["source"])]
        for step, chance in enumerate(odds):
            gap = timedelta(days=self.rng.randint(3, 21))
            if at + gap > self.now:
                break
            if self.rng.random() > chance:
                if step >= 1 and self.rng.random() < 0.6:
                    stages.append({"stage": Stage.LOST.value, "at": format_when(at + gap)})
                break
            at = self.working_time((at + gap).date())
            stage = FUNNEL[step + 1]
            stages.append({"stage": stage.value, "at": format_when(at)})
            self.log_move(contact, opp_id, stage, at, lang)
        self.opportunities.append(
            {
                "id": opp_id,
                "contact": contact["id"],
                "title": self.pick(texts.PRODUCTS[lang]),
                "value": self.rng.randrange(1500, 40000, 250),
                "currency": "GBP" if lang == "en" else "EUR",
                "stages": stages,
            }
        )
        if stages[-1]["stage"] in ("conclusion", "order"):
            contact["is_customer"] = True

    def log_move(
        self, contact: dict[str, Any], opp: str, stage: Stage, at: datetime, lang: str
    ) -> None:
        """The activities that make a stage move believable."""
        before = at - timedelta(hours=2)
        if stage is Stage.PROSPECT:
            self.activity(
                contact, self.rng.choice(["call", "call", "email", "social"]), "done", before, opp
            )
        elif stage is Stage.APPROACH:
            for _ in range(self.rng.choice([0, 0, 0, 1])):
                self.activity(
                    contact,
                    "meeting",
                    self.rng.choice(["no_show", "cancelled"]),
                    before - timedelta(days=4),
                    opp,
                )
            needs = self.pick(texts.NEEDS[lang]) if self.rng.random() < 0.8 else ""
            self.activity(contact, self.rng.choice(["meeting", "visit"]), "done", at, opp, needs)
        elif stage is Stage.NEGOTIATION:
            self.activity(contact, "proposal", "done", at, opp)
        elif stage is Stage.CONCLUSION:
            self.activity(contact, "call", "done", before, opp)
        elif stage is Stage.ORDER:
            self.activity(contact, "visit", "done", at, opp)

    # -- everyday diary --------------------------------------------------------------------
    def fill_diary(self, total: int) -> None:
        kinds, weights = (
            ["call", "email", "social", "visit", "meeting", "note"],
            [45, 20, 10, 12, 8, 5],
        )
        while len(self.activities) < total:
            contact = self.rng.choice(self.contacts)
            kind = self.rng.choices(kinds, weights)[0]
            if self.rng.random() < 0.08 and kind != "note":
                due = self.working_time(self.today + timedelta(days=self.rng.randint(-10, 21)))
                self.activity(contact, kind, "planned", due)
                continue
            at = self.working_time(self.today - timedelta(days=self.rng.randint(1, 365)))
            status = "done"
            if kind in ("meeting", "visit"):
                status = self.rng.choices(["done", "no_show", "cancelled"], [85, 8, 7])[0]
            self.activity(contact, kind, status, at)


def build_demo(
    seed: int = 1, size: DemoSize | None = None, today: date | None = None
) -> dict[str, Any]:
    """A complete SalesCoach JSON document; the same seed and size give the same data."""
    size = size or DemoSize()
    builder = _Builder(seed, today or date.today())
    builder.add_contacts(size.contacts)
    for contact in builder.contacts:
        if builder.rng.random() < (0.35 if contact["is_customer"] else 0.75):
            builder.add_opportunity(contact)
    if len(builder.activities) > size.activities:
        keep = sorted(builder.rng.sample(range(len(builder.activities)), size.activities))
        builder.activities = [builder.activities[i] for i in keep]
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


def _phone(rng: random.Random, lang: str) -> str:
    digits = " ".join(f"{rng.randint(0, 99):02d}" for _ in range(4))
    prefix = {"fr": "+33 6", "it": "+39 3", "en": "+44 7"}[lang]
    return f"{prefix}{rng.randint(10, 99)} {digits}"
