"""`make bench`: performance targets measured against baselines taken in the same run."""

import sys

from benchmarks import dashboard, funnel, lists
from benchmarks.data import database


def main() -> int:
    path = database()
    failures = funnel.run(path) + dashboard.run(path) + lists.run(path)
    print("all targets met" if not failures else f"{failures} target(s) missed")
    return 1 if failures else 0


sys.exit(main())
