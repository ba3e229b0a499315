"""Noisy rep years with planted signals: what the coach's precision is measured on.

A rep's year as a SalesCoach JSON document, through the ordinary importer: new files every
week (more in spring, fewer in August, none over the Christmas and summer holidays), each
walked through the funnel with the rep's own odds at each step; customers checked in on
every few weeks, the loyal ones (who sent referrals) more often; wins followed by a call.
Half-way through the year the rep changes habits: more files a week and a warmer mix of
channels. The odds differ from seed to seed, with one step clearly the rep's weakest.

On top of that healthy year, `plant` puts the plain signal of chosen lessons, as a rep
would leave it: referrers or customers left silent, a quiet week, prospects worked on while
late deals wait, proposals made without listening, promises let slip, cold calls that yield
nothing while warm contacts do, wins with nothing since, one step of the chain falling.
`RepYear.truth` says which lessons a good coach should name on that history.
"""

import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from salescoach.core.coach.tips import LESSONS
from salescoach.interchange.record_values import format_when

STEPS = ("qualification", "appointment", "proposal", "closing")
RATIO_LESSONS = {
    "qualification-rate": "qualification",
    "appointment-rate": "appointment",
    "proposal-rate": "proposal",
    "closing-rate": "closing",
}
#: The lessons read from people and habits rather than from one ratio.
PEOPLE_LESSONS = tuple(lesson for lesson in LESSONS if lesson not in RATIO_LESSONS)
#: A planted fall multiplies a step's odds by this over the coach's last 90 days.
FALL = 0.4
#: Steps whose expected ratio is within this factor of the weakest are its equals: naming
#: either is right.
TIE = 1.25
WARM = ("referral", "social", "inbound", "event")
#: The coach's default margin for a ratio that fell (CoachSettings.ratio_drop), and the
#: most appointments a cold call brings for cold calling to be barren (cold_rate_max).
DROP, COLD_RATE = 0.2, 0.05
#: Cold calls made per cold file, on average (one or two, and one more in two).
COLD_CALLS = 4 / 3


@dataclass
class RepYear:
    seed: int
    today: date
    planted: frozenset[str]
    #: Each step's expected ratio over the coach's last 90 days, and the 90 days before.
    expected: dict[str, float]
    before: dict[str, float]
    #: Appointments a cold call is expected to bring in the coach's last 90 days.
    cold_yield: float
    document: dict[str, Any] = field(repr=False)

    @property
    def truth(self) -> frozenset[str]:
        """The lessons a good coach names here: the planted ones, and the ratio lessons of
        the steps that are truly weak: the weakest of the chain (and any as weak within
        `TIE`), and any that truly fell by the coach's margin (a channel gone cold lowers
        qualification too); and social selling where cold calls truly yield next to nothing
        (qualification can fall the most on cold calls)."""
        weakest = min(self.expected.values())
        weak = {
            lesson
            for lesson, step in RATIO_LESSONS.items()
            if self.expected[step] <= weakest * TIE
            or self.expected[step] <= self.before[step] * (1 - DROP)
        }
        if self.cold_yield <= COLD_RATE * TIE:
            weak.add("social-selling")
        return self.planted | weak


class _Year:
    def __init__(self, seed: int, today: date, plant: frozenset[str]) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.now = datetime.combine(today, time(18))
        self.start = today - timedelta(days=365)
        self.plant = plant
        rng = self.rng
        weakest = rng.choice(STEPS)
        self.odds = {
            step: rng.uniform(0.22, 0.3) if step == weakest else rng.uniform(0.6, 0.85)
            for step in STEPS
        }
        self.change = today - timedelta(days=rng.randint(200, 240))  # habits change here
        self.contacts: list[dict[str, Any]] = []
        self.opportunities: list[dict[str, Any]] = []
        self.activities: list[dict[str, Any]] = []
        self.numbered = 0
        self.customers: list[dict[str, Any]] = []
        self.referrers: list[dict[str, Any]] = []
        #: When each file won became a customer: its check-ins start there.
        self.won: dict[str, datetime] = {}

    # -- time --------------------------------------------------------------------------------
    def holiday(self, day: date) -> bool:
        return (day.month == 8 and 3 <= day.day <= 24) or (
            (day.month == 12 and day.day >= 22) or (day.month == 1 and day.day <= 3)
        )

    def working(self, day: date) -> date:
        while day.weekday() >= 5 or self.holiday(day):
            day += timedelta(days=1)
        return day

    def at(self, day: date) -> datetime:
        return datetime.combine(
            self.working(day), time(self.rng.randint(8, 17), self.rng.choice((0, 15, 30, 45)))
        )

    def later(self, moment: datetime, low: int, high: int) -> datetime:
        then = self.at(moment.date() + timedelta(days=self.rng.randint(low, high)))
        return then if then > moment else moment + timedelta(minutes=30)

    def recent(self, moment: datetime) -> bool:
        """In the coach's last 90 days: where a planted fall of the odds applies."""
        return moment.date() > self.today - timedelta(days=90)

    # -- records -----------------------------------------------------------------------------
    def contact(self, source: str, customer: bool = False, since: int = 0) -> dict[str, Any]:
        number = len(self.contacts) + 1
        contact = {
            "id": f"c{number}",
            "name": f"Contact {number}",
            "company": f"Company {number}",
            "source": source,
            "is_customer": customer,
            "referred_by": None,
            "created_at": (self.start - timedelta(days=since)).isoformat(),
        }
        self.contacts.append(contact)
        return contact

    def log(
        self,
        contact: dict[str, Any],
        kind: str,
        at: datetime,
        opportunity: str | None = None,
        status: str = "done",
        needs: str = "",
        outcome: str = "spoke",
    ) -> dict[str, Any]:
        if at > self.now:
            status = "planned"
        self.numbered += 1
        activity = {
            "id": f"a{self.numbered}",
            "contact": contact["id"],
            "opportunity": opportunity,
            "kind": kind,
            "status": status,
            "at": format_when(at),
            "outcome": outcome if status == "done" else "",
            "notes": "",
            "needs": needs,
        }
        self.activities.append(activity)
        return activity

    def keep(self, contact: dict[str, Any], stages: list[tuple[str, datetime]]) -> str:
        opp = f"o{len(self.opportunities) + 1}"
        self.opportunities.append(
            {
                "id": opp,
                "contact": contact["id"],
                "title": f"Deal {len(self.opportunities) + 1}",
                "value": self.rng.randrange(2000, 30000, 500),
                "currency": "EUR",
                "stages": [{"stage": s, "at": format_when(at)} for s, at in stages],
            }
        )
        return opp

    # -- the healthy year --------------------------------------------------------------------
    def base(self) -> None:
        rng = self.rng
        for _ in range(rng.randint(30, 45)):
            self.customers.append(self.contact("other", True, rng.randint(60, 700)))
        self.referrers = rng.sample(self.customers, rng.randint(6, 10))
        day = self.start
        while day <= self.today:
            week = [day + timedelta(days=n) for n in range(7)]
            mean = (12 if day < self.change else 16) * (1.25 if day.month in (3, 4, 5) else 1)
            for _ in range(_poisson(rng, mean)):
                when = self.at(rng.choice(week[:5]))
                if when <= self.now:
                    self.file(when)
            day += timedelta(days=7)
        for customer in self.customers:
            self.look_after(customer, self.start)

    def file(self, start: datetime) -> None:
        """A new file walked through the funnel at the rep's odds."""
        rng = self.rng
        warm_share = 0.3 if start.date() < self.change else 0.45
        source = rng.choice(WARM) if rng.random() < warm_share else "cold_call"
        contact = self.contact(source)
        contact["created_at"] = format_when(start - timedelta(days=rng.randint(0, 3)))
        if source == "referral":
            contact["referred_by"] = rng.choice(self.referrers)["id"]
        stages: list[tuple[str, datetime]] = [("suspect", start)]
        opp = f"o{len(self.opportunities) + 1}"
        cold = source == "cold_call"
        # cold calls gone barren for four months: the coach's 90 days see no late harvest
        planted_cold = (
            cold and "social-selling" in self.plant and start.date() > self.today - timedelta(130)
        )

        def odds(step: str, moment: datetime) -> float:
            """The rep's odds at `step`, fallen where a fall is planted and it is recent."""
            fell = any(
                lesson in self.plant and this == step and self.recent(moment)
                for lesson, this in RATIO_LESSONS.items()
            )
            return self.odds[step] * (FALL if fell else 1)

        at = start
        for _ in range(3 if planted_cold else rng.choice((1, 1, 2)) if cold else 1):
            self.log(contact, "call" if cold else rng.choice(("call", "email")), at, opp)
            at = self.later(at, 1, 2)
        if at > self.now:
            self.keep(contact, stages)
            return
        qualify = 0.04 if planted_cold else odds("qualification", at) * (0.85 if cold else 1.1)
        if rng.random() >= min(qualify, 1.0):
            self.lose(contact, stages, at)
            return
        stages.append(("prospect", at))
        meeting = self.later(at, 3, 9)
        kind = rng.choice(("meeting", "visit"))
        if meeting > self.now:
            self.log(contact, kind, meeting, opp)
            self.keep(contact, stages)
            return
        if rng.random() >= odds("appointment", meeting):
            self.log(contact, kind, meeting, opp, status="no_show", outcome="")
            self.lose(contact, stages, meeting)
            return
        silent = "listen-and-respond" in self.plant and self.recent(meeting) and rng.random() < 0.1
        self.log(contact, kind, meeting, opp, needs="" if silent else "a faster delivery")
        stages.append(("approach", meeting))
        if rng.random() >= odds("proposal", meeting):
            self.lose(contact, stages, meeting)
            return
        sent = self.later(meeting, 2, 8)
        self.log(contact, "proposal", sent, opp)
        if sent > self.now:
            self.keep(contact, stages)
            return
        stages.append(("negotiation", sent))
        self.log(contact, "call", self.later(sent, 2, 4), opp)
        decided = self.later(sent, 4, 10)
        if decided > self.now:
            self.keep(contact, stages)
            return
        if rng.random() >= odds("closing", decided):
            self.lose(contact, stages, decided)
            return
        self.log(contact, "call", decided, opp, outcome="signed")
        stages.append(("conclusion", decided))
        self.keep(contact, stages)
        contact["is_customer"] = True
        self.customers.append(contact)
        self.won[contact["id"]] = decided

    def lose(self, contact: dict[str, Any], stages: list[tuple[str, datetime]], at: datetime):
        lost = self.later(at, 2, 9)
        if lost <= self.now:
            stages.append(("lost", lost))
        self.keep(contact, stages)

    def look_after(self, customer: dict[str, Any], since: date) -> None:
        """Check-ins every few weeks (the loyal base more often), one planned ahead."""
        rng = self.rng
        loyal = customer in self.referrers
        won = self.won.get(customer["id"])
        moment = won if won is not None else self.at(since + timedelta(days=rng.randint(0, 20)))
        while True:
            moment = self.later(moment, 8, 18) if loyal else self.later(moment, 15, 40)
            # calls and e-mails: a visit would count as an appointment in the funnel
            kind = rng.choices(("call", "email"), (80, 20))[0]
            self.log(customer, kind, moment)
            if moment > self.now:
                return

    # -- planted signals ---------------------------------------------------------------------
    def silence(self, people: list[dict[str, Any]], low: int, high: int) -> None:
        """The last contact with `people` `low` to `high` days ago, nothing since or planned."""
        for person in people:
            quiet = self.at(self.today - timedelta(days=self.rng.randint(low, high)))
            self.activities = [
                a
                for a in self.activities
                if a["contact"] != person["id"] or a["at"] < format_when(quiet)
            ]
            self.log(person, "call", quiet)

    def plant_signals(self) -> None:
        rng, today = self.rng, self.today
        plain = [c for c in self.customers if c not in self.referrers and c["id"] not in self.won]
        if "rally-the-base" in self.plant:
            self.silence(rng.sample(self.referrers, 3), 36, 55)
        if "customers-for-granted" in self.plant:
            self.silence(rng.sample(plain, 4), 75, 160)
            plain = [c for c in plain if any(a["contact"] == c["id"] for a in self.activities)]
        if "loyalty-is-earned" in self.plant:
            for customer in rng.sample(self.customers, 3):
                due = self.at(today - timedelta(days=rng.randint(4, 20)))
                self.log(customer, "call", due, status="planned")
        if "retention" in self.plant:
            for _ in range(3):
                contact = self.contact("referral")
                won = self.at(today - timedelta(days=rng.randint(33, 45)))
                self.log(contact, "visit", won - timedelta(days=15), needs="a yearly contract")
                self.log(contact, "proposal", won - timedelta(days=4))
                self.log(contact, "call", won, outcome="signed")
                contact["is_customer"] = True
                opp = self.keep(
                    contact,
                    [
                        ("suspect", won - timedelta(days=30)),
                        ("prospect", won - timedelta(days=25)),
                        ("approach", won - timedelta(days=15)),
                        ("negotiation", won - timedelta(days=4)),
                        ("conclusion", won),
                    ],
                )
                for activity in self.activities[-3:]:
                    activity["opportunity"] = opp
        if "know-your-customers" in self.plant:
            for _ in range(3):  # prospects worked on for weeks without moving
                contact = self.contact("cold_call")
                reached = self.at(today - timedelta(days=rng.randint(35, 60)))
                self.keep(
                    contact, [("suspect", reached - timedelta(days=3)), ("prospect", reached)]
                )
                opp = self.opportunities[-1]["id"]
                for _call in range(3):
                    self.log(
                        contact, "call", self.at(today - timedelta(days=rng.randint(1, 25))), opp
                    )
            for _ in range(3):  # ... while deals in approach wait
                contact = self.contact("referral")
                met = self.at(today - timedelta(days=rng.randint(20, 40)))
                self.log(contact, "visit", met, needs="a new line")
                self.keep(contact, [("suspect", met - timedelta(days=12)), ("approach", met)])
                self.activities[-1]["opportunity"] = self.opportunities[-1]["id"]
        if "back-to-basics" in self.plant:
            week = format_when(self.now - timedelta(days=7))
            self.activities = [
                a
                for a in self.activities
                if not (  # the rep stopped calling this week (the visits booked still held)
                    a["status"] == "done"
                    and a["kind"] == "call"
                    and a["at"] > week
                    and rng.random() < 0.9
                )
            ]
        if "listen-and-respond" in self.plant:  # a few more, for the signal to be plain
            for _ in range(2):
                contact = self.contact("inbound")
                met = self.at(today - timedelta(days=rng.randint(10, 60)))
                self.log(contact, "meeting", met)
                sent = self.later(met, 2, 6)
                self.log(contact, "proposal", sent)
                self.keep(contact, [("suspect", met - timedelta(days=5)), ("negotiation", sent)])
                for activity in self.activities[-2:]:
                    activity["opportunity"] = self.opportunities[-1]["id"]


def _poisson(rng: random.Random, mean: float) -> int:
    """A Poisson draw (Knuth's method): the week's new files."""
    limit, count, product = pow(2.718281828459045, -mean), 0, rng.random()
    while product > limit:
        count += 1
        product *= rng.random()
    return count


def rep_year(seed: int, today: date, plant: Iterable[str] = ()) -> RepYear:
    """A noisy year of one rep ending `today`, with the signals of `plant` planted."""
    planted = frozenset(plant)
    year = _Year(seed, today, planted)
    year.base()
    year.plant_signals()
    before, expected = dict(year.odds), dict(year.odds)
    for lesson, step in RATIO_LESSONS.items():
        if lesson in planted:
            expected[step] *= FALL
    warm = 0.45  # the mix since the change of habits

    def qualification(odds: float, cold: float) -> float:
        return warm * odds * 1.1 + (1 - warm) * cold

    before["qualification"] = qualification(before["qualification"], before["qualification"] * 0.85)
    cold_odds = 0.04 if "social-selling" in planted else expected["qualification"] * 0.85
    cold_yield = 0.04 / 3 if "social-selling" in planted else cold_odds / COLD_CALLS
    expected["qualification"] = qualification(expected["qualification"], cold_odds)
    document = {
        "format": "salescoach",
        "version": 1,
        "accounts": [],
        "contacts": year.contacts,
        "opportunities": year.opportunities,
        "activities": year.activities,
    }
    return RepYear(seed, today, planted, expected, before, cold_yield, document)
