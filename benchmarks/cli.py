"""The command line on a rep's decade (the 100,000-activity demo): wall time per command.

Each command runs as a rep's shell runs it (a new process), best of 3 after a warm-up. The
floor, in the same run, is the interpreter starting and importing SQLAlchemy's ORM, which
every command that opens the database needs. Targets: `tips` 0.6 s, `funnel` and `plan`
0.4 s, `--help` and `--version` 0.15 s.
"""

import subprocess
import sys
from pathlib import Path

from benchmarks.data import TODAY, best_of, salescoach_command

COMMANDS = {
    "--version": (["--version"], 0.15),
    "--help": (["--help"], 0.15),
    "funnel": (["funnel"], 0.4),
    "plan": (["plan", "--target", "5"], 0.4),
    "tips": (["tips"], 0.6),
}


def _wall(command: list[str]) -> float:
    def once() -> None:
        subprocess.run(command, check=True, capture_output=True)

    once()
    return best_of(3, once)[0]


def run(database: Path) -> int:
    floor = _wall([sys.executable, "-c", "import sqlalchemy.orm"])
    print(f"command line on {database.name} (best of 3, wall):")
    print(f"  python + import sqlalchemy.orm (floor)  {floor:5.2f} s")
    missed = 0
    for label, (args, target) in COMMANDS.items():
        where = [] if label.startswith("--") else ["--db", str(database), "--today", str(TODAY)]
        took = _wall([*salescoach_command(), *where, *args])
        met = took <= target
        missed += not met
        print(
            f"  salescoach {label:<28} {took:5.2f} s (target <= {target} s)",
            "ok" if met else "MISSED",
        )
    return missed
