"""Start-up from the source tree on a rep's decade (the 100,000-activity demo).

Times, for a bare PySide6 QMainWindow (the floor: `benchmarks/hello_window.py`) and for
SalesCoach, the wall time from launching the process to the window first painted; for
SalesCoach also to the first page (Today, for a new install) painted with its figures
("filled": those the last close kept, `ui/last_today.py`, as at every start but the first
and after the file changed elsewhere), to the database open (SQLAlchemy and the store
imported: "opened"), to the page painted with the figures it read ("live"), to the rest of
the window built after it ("ready": every page and command), and to the dashboard filled
with its charts once asked for ("dashboard"), with the resident memory at each; the app says
when each step happened. Also, apart, a new install's start (nothing kept: Today is filled
live). Median of 5 runs after a warm-up, in the same run, on one Xvfb server when it is
installed (else offscreen). Targets: first paint at most 2.5x the floor and 120 MB; the
first page filled at most 4x the floor and 160 MB; the dashboard 0.5 s after the live page,
under 200 MB, both when asked for the moment the window is complete and when asked after
the rep has read the first page for a while (`READ_S`: the window imports matplotlib
meanwhile). Beside the floor, the same window that then imports SQLAlchemy's ORM
(`hello_window.py --orm`): what any first page read from the database costs at least with
this stack, before a line of ours.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.data import demo_database, verdict

RUNS = 5
RATIO, PAINTED_MB = 2.5, 120.0
FILLED_RATIO, FILLED_MB = 4.0, 160.0
DASHBOARD_S, DASHBOARD_MB = 0.5, 200.0
#: How long the rep reads the first page before asking for the dashboard, in the second case.
READ_S = 2.0
HELLO = Path(__file__).with_name("hello_window.py")
#: The memory floor: a process holding only the fixed stack the dashboard needs (Qt with a
#: shown window, SQLAlchemy's ORM, numpy and a matplotlib chart drawn), nothing of ours.
STACK = """
import os
from PySide6.QtWidgets import QApplication, QMainWindow
from salescoach.ui.pyside_imports import quicken
quicken()
import sqlalchemy.orm, numpy
from matplotlib.figure import Figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
app = QApplication([])
window = QMainWindow()
window.resize(1280, 760)
window.show()
app.processEvents()
figure = Figure()
figure.add_subplot().bar([1, 2], [3, 4])
FigureCanvasAgg(figure).draw()
print(int(open("/proc/self/statm").read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6)
"""


@contextmanager
def display() -> Iterator[dict[str, str]]:
    """The environment of a shared Xvfb server, or of Qt's offscreen platform."""
    if not shutil.which("Xvfb"):
        yield {"QT_QPA_PLATFORM": "offscreen"}
        return
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        yield {"DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
    finally:
        server.terminate()
        server.wait()


def launch(
    command: list[str], env: dict[str, str], new_install: bool = False
) -> dict[str, tuple[float, float]]:
    """{word: (seconds since launch, resident MB)} for each word the process says. No
    settings are kept from the start before, so each opens on Today; a `new_install` has
    no cache either (no Today kept from the last close)."""
    shutil.rmtree(env.get("XDG_CONFIG_HOME", ""), ignore_errors=True)
    if new_install:
        shutil.rmtree(env.get("XDG_CACHE_HOME", ""), ignore_errors=True)
    start, started = time.perf_counter(), time.time()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert process.stdout is not None
    said: dict[str, tuple[float, float]] = {}
    for line in process.stdout:
        word, *rest = line.split() or [""]
        if word in ("painted", "filled", "opened", "live", "ready", "dashboard"):
            # the moment the app says the step happened, else the moment the line came
            at = float(rest[1]) - started if len(rest) > 1 else time.perf_counter() - start
            said[word] = (at, float(rest[0]) if rest else 0.0)
    process.wait(timeout=120)
    if "painted" not in said:
        raise SystemExit(f"{command} never painted its window")
    return said


def median(runs: list[dict[str, tuple[float, float]]], word: str, at: int) -> float:
    return statistics.median(run[word][at] for run in runs)


def run(database: Path) -> int:
    home = Path(tempfile.mkdtemp(prefix="salescoach-start-"))
    base = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "SALESCOACH_EXIT_AFTER_PAINT": "1",
    }
    app = [sys.executable, "-m", "salescoach", "--db", str(database)]
    hello = [sys.executable, str(HELLO)]
    with display() as screen:
        env = {**base, **screen}
        launch(hello, env), launch(app, env)  # warm the disk cache, as a second start would
        floors = [launch(hello, env) for _ in range(RUNS)]
        with_orm = [launch([*hello, "--orm"], env) for _ in range(RUNS)]
        ours = [launch(app, env) for _ in range(RUNS)]
        new_installs = [launch(app, env, new_install=True) for _ in range(RUNS)]
        reading = {**env, "SALESCOACH_EXIT_AFTER_PAINT": str(int(READ_S * 1000))}
        after_reading = [launch(app, reading) for _ in range(RUNS)]
        stack = subprocess.run(
            [sys.executable, "-c", STACK], env=env, capture_output=True, text=True, check=True
        )
    shutil.rmtree(home, ignore_errors=True)
    floor, painted = median(floors, "painted", 0), median(ours, "painted", 0)
    where = "Xvfb" if "DISPLAY" in screen else "offscreen"
    print(f"start-up on {database.name} ({where}, median of {RUNS}):")
    print(f"  bare QMainWindow painted   {floor:5.2f} s")
    stack_floor = median(with_orm, "filled", 0)
    print(f"  ... then SQLAlchemy's ORM  {stack_floor:5.2f} s ({stack_floor / floor:.1f}x)")
    print(f"  SalesCoach painted         {painted:5.2f} s")
    filled, live = median(ours, "filled", 0), median(ours, "live", 0)
    dashboard = statistics.median(run["dashboard"][0] - run["live"][0] for run in ours)
    print(f"  ... first page filled      {filled:5.2f} s ({filled / floor:.1f}x, as kept)")
    print(f"  ... database open          {median(ours, 'opened', 0):5.2f} s")
    print(f"  ... first page read live   {live:5.2f} s")
    print(f"  ... the rest of the window {median(ours, 'ready', 0):5.2f} s")
    print(f"  ... dashboard asked, filled {dashboard:4.2f} s later")
    read_first = statistics.median(
        run["dashboard"][0] - run["ready"][0] - READ_S for run in after_reading
    )
    print(f"  ... asked after {READ_S:.0f} s of Today {read_first:5.2f} s later")
    first_start = median(new_installs, "filled", 0)
    print(f"  a new install's first page {first_start:5.2f} s ({first_start / floor:.1f}x, live)")
    print(
        f"  the stack alone (Qt, SQLAlchemy, numpy, matplotlib) holds {float(stack.stdout):.0f} MB"
    )
    return (
        verdict("paint ratio", painted / floor, RATIO, "x")
        + verdict("memory at paint", median(ours, "painted", 1), PAINTED_MB, " MB")
        + verdict("first page filled ratio", filled / floor, FILLED_RATIO, "x")
        + verdict("memory filled", median(ours, "filled", 1), FILLED_MB, " MB")
        + verdict("dashboard after that", dashboard, DASHBOARD_S, " s")
        + verdict(f"dashboard after {READ_S:.0f} s reading", read_first, DASHBOARD_S, " s")
        + verdict("memory, dashboard", median(ours, "dashboard", 1), DASHBOARD_MB, " MB")
    )


if __name__ == "__main__":
    sys.exit(run(demo_database()))
