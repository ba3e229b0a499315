"""Running SalesCoach as a rep or a crash would: the command line in this process or as a
separate one, and a child process killed at a random moment. Shared by the tests; no test
module imports another."""

import io
import multiprocessing
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from salescoach.cli import main

TODAY = "2026-11-23"


@dataclass(frozen=True)
class Result:
    returncode: int
    stdout: str
    stderr: str


@contextmanager
def environment(**values: str) -> Iterator[None]:
    """An English-speaking rep in the UK, whatever this machine's locale; `values` on top."""
    saved = dict(os.environ)
    for name in [n for n in os.environ if n.startswith("LC_")]:
        del os.environ[name]
    os.environ.update({"LANG": "en_GB.UTF-8", **values})
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run(*args: str, db: Path, **env: str) -> Result:
    """`salescoach --today TODAY --db DB ARGS...` in this process."""
    out, err = io.StringIO(), io.StringIO()
    with environment(**env), redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(["--today", TODAY, "--db", str(db), *args])
        except SystemExit as exit:  # argparse's own exits (--help, bad arguments)
            code = int(exit.code or 0)
    return Result(code, out.getvalue(), err.getvalue())


def run_process(*args: str, db: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The same, as a separate process: what a shell script sees."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env |= {"LANG": "en_GB.UTF-8", "PYTHONUTF8": "1"}
    if db is not None:
        env["SALESCOACH_DB"] = str(db)
    return subprocess.run(
        [sys.executable, "-m", "salescoach", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


# -- kills ----------------------------------------------------------------------------
KILLS = int(os.environ.get("SALESCOACH_KILLS", "50"))
FORK = multiprocessing.get_context("fork")  # the child starts at once, modules loaded


def sound(path: Path) -> bool:
    """Checked and closed: no connection may be open in this process when the next child is
    forked (SQLite's locks do not survive a fork)."""
    with closing(sqlite3.connect(path)) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def kill_at_random(
    target: Callable[[Path, Connection], None],
    path: Path,
    rng: random.Random,
    longest: float = 0.08,
) -> list[object]:
    """Run `target` in a child; once it says it is at work, kill it at a random moment
    within `longest` seconds; return what it reported."""
    receiver, sender = FORK.Pipe(duplex=False)
    child = FORK.Process(target=target, args=(path, sender), daemon=True)
    child.start()
    sender.close()
    reported: list[object] = []
    if receiver.poll(30):
        reported.append(receiver.recv())  # at work
    time.sleep(rng.uniform(0.0, longest))
    os.kill(child.pid, signal.SIGKILL)
    child.join()
    while True:
        try:
            reported.append(receiver.recv())
        except (EOFError, OSError):
            break
    receiver.close()
    return reported
