"""The command line on a rep's decade (the 100,000-activity demo): wall time per command;
and the first command after one that wrote, against a repeat of it (target 1.3x), on the
demo and on the 1M bench.

Each command runs as a rep's shell runs it (a new process), best of 5 after a warm-up: the
warm-up checks every page of the file and notes it sound, the timed runs find it unchanged
(`store/safety/known_sound.py`); the first opening after a change is printed beside them. The
floor, in the same run, is the interpreter starting and importing SQLAlchemy's ORM, which
every command that opens the database needs, and leaving without the interpreter's teardown,
as a command does (`cli.run`). Targets (issue 25): `tips`, `today`, `funnel` and `plan`
0.4 s, `--help` and `--version` 0.15 s.
"""

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.data import TODAY, best_of, salescoach_command, verdict

#: The first command after one of ours that wrote, against a repeat of the same command.
AFTER_A_CHANGE = 1.3

COMMANDS = {
    "--version": (["--version"], 0.15),
    "--help": (["--help"], 0.15),
    "funnel": (["funnel"], 0.4),
    "plan": (["plan", "--target", "5"], 0.4),
    "tips": (["tips"], 0.4),
    "today": (["today"], 0.4),
}


def _wall(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """(the first run, with the file's check; the best of 5 after it)."""

    def once() -> None:
        subprocess.run(command, check=True, capture_output=True, env=env)

    first, _ = best_of(1, once)
    return first, best_of(5, once)[0]


def run(database: Path) -> int:
    floor_code = "import gc, os; gc.disable(); import sqlalchemy.orm; os._exit(0)"  # as cli.run
    floor = _wall([sys.executable, "-c", floor_code])[1]
    cache = tempfile.mkdtemp(prefix="salescoach-cli-")
    env = {**os.environ, "XDG_CACHE_HOME": cache}  # no note yet: the first run checks
    print(f"command line on {database.name} (best of 5, wall):")
    print(f"  python + import sqlalchemy.orm (floor)  {floor:5.2f} s")
    missed = 0
    for label, (args, target) in COMMANDS.items():
        where = [] if label.startswith("--") else ["--db", str(database), "--today", str(TODAY)]
        first, took = _wall([*salescoach_command(), *where, *args], env)
        met = took <= target
        missed += not met
        print(
            f"  salescoach {label:<10} first {first:5.2f} s, then {took:5.2f} s "
            f"(target <= {target} s)",
            "ok" if met else "MISSED",
        )
        shutil.rmtree(cache, ignore_errors=True)  # the next command's first run checks too
    return missed


def after_a_change(databases: dict[str, Path]) -> int:
    """`funnel` right after an import wrote one contact, against `funnel` again: our own
    writes leave the file noted sound (`store/safety/known_sound.py`), so the first command
    after them reads no page it does not need. On a copy, in a fresh cache folder."""
    missed = 0
    for label, database in databases.items():
        folder = Path(tempfile.mkdtemp(prefix="salescoach-change-"))
        try:
            copy = folder / database.name
            shutil.copyfile(database, copy)
            env = {**os.environ, "XDG_CACHE_HOME": str(folder / "cache")}
            one = folder / "one.json"
            one.write_text(
                '{"format": "salescoach", "version": 1, '
                '"contacts": [{"id": "c1", "name": "Benchmark Newcomer"}]}',
                encoding="utf-8",
            )
            where = [*salescoach_command(), "--db", str(copy), "--today", str(TODAY)]
            funnel = [*where, "funnel"]
            subprocess.run(funnel, check=True, capture_output=True, env=env)  # checked, noted
            subprocess.run([*where, "import", str(one)], check=True, capture_output=True, env=env)

            def once(funnel: list[str] = funnel, env: dict[str, str] = env) -> None:
                subprocess.run(funnel, check=True, capture_output=True, env=env)

            first, _ = best_of(1, once)
            again, _ = best_of(5, once)
            print(f"  funnel after a write, {label}: first {first:5.2f} s, then {again:5.2f} s")
            missed += verdict(f"after a write, {label}", first / again, AFTER_A_CHANGE, "x")
        finally:
            shutil.rmtree(folder, ignore_errors=True)
    return missed
