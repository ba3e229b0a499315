"""How much demo data to make: the command line's defaults and limits, read without
loading the demo's generator (every command's start pays for what `cli` imports)."""

from dataclasses import dataclass

#: A year of a good rep's work by default: about 50 new files a month.
DEMO_CONTACTS, DEMO_ACTIVITIES = 750, 5000
#: A manager's roll-up of a team is as large as a demo needs to be.
MAX_CONTACTS, MAX_ACTIVITIES = 200_000, 2_000_000


@dataclass(frozen=True, slots=True)
class DemoSize:
    contacts: int = DEMO_CONTACTS
    activities: int = DEMO_ACTIVITIES
