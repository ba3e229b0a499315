"""`make bench`: performance targets measured against floors taken in the same run."""

import sys

from benchmarks import (
    cli,
    coach,
    dashboard,
    funnel,
    import_csv,
    lists,
    start,
    team_fifty,
    team_sync,
    week,
)
from benchmarks.data import TODAY, database, demo_database


def main() -> int:
    big, decade = database(), demo_database()
    failures = (
        funnel.run(big)
        + coach.run({"100k demo": (decade, TODAY), "1M bench": (big, TODAY)})
        + week.run({"100k demo": (decade, TODAY), "1M bench": (big, TODAY)})
        + dashboard.run(big)
        + lists.run(big)
        + cli.run(decade)
        + cli.after_a_change({"100k demo": decade, "1M bench": big})
        + start.run(decade)
        + import_csv.run()
        + team_sync.run(decade)
        + team_fifty.run()
    )
    print("all targets met" if not failures else f"{failures} target(s) missed")
    return 1 if failures else 0


sys.exit(main())
