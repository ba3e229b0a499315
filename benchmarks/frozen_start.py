"""The frozen app against a frozen hello-world window: bundle size and start-up.

`make bench-package` (after `make package`): builds the hello-world window with the same
PyInstaller options and trimming as the app, then times, for each, the wall time from
launching the process to its first window being painted (and, for SalesCoach, to its first
page filled with its figures, those the last close kept, then to the page read live from
the database, as each says it happened), the median of 7 runs, on one Xvfb server when it
is installed (else on the offscreen platform). The app opens the demo database, as on a
rep's first day. Targets: the app painted within 2.5x the hello world, its first page
filled within 4x (as from the source tree: `start.py`); the bundle at most 200 MB.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.data import verdict
from benchmarks.start import FILLED_RATIO, display, launch

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
START_RATIO = 2.5
BUNDLE_MB = 200


def build_hello(work: Path) -> Path:
    subprocess.run(
        [
            str(Path(sys.executable).parent / "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "benchmarks" / "hello.spec"),
        ],
        check=True,
    )
    return work / "dist" / "hello" / "hello"


def size_mb(folder: Path) -> float:
    files = (f for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def median_start(command: list[str], env: dict[str, str]) -> dict[str, tuple[float, float]]:
    """{word: (median seconds from launch, median resident MB)} over `RUNS` starts, after one
    that warms the disk cache, as a second start of the day would be."""
    launch(command, env)
    runs = [launch(command, env) for _ in range(RUNS)]
    return {
        word: (
            statistics.median(run[word][0] for run in runs),
            statistics.median(run[word][1] for run in runs),
        )
        for word in runs[0]
    }


def main() -> int:
    app = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "salescoach" / "salescoach")
    if not app.exists():
        raise SystemExit(f"no bundle at {app}: run `make package` first")
    work = Path(tempfile.mkdtemp(prefix="salescoach-frozen-"))
    hello = build_hello(work)
    base = {
        **os.environ,
        "HOME": str(work),
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),
        "SALESCOACH_EXIT_AFTER_PAINT": "1",
    }
    db = work / "demo.sqlite3"
    subprocess.run([str(app), "--db", str(db), "demo"], check=True, env=base, capture_output=True)
    with display() as screen:  # one X server for every start, as on a desktop
        env = {**base, **screen}
        floor = median_start([str(hello)], env)["painted"][0]
        ours = median_start([str(app), "--db", str(db)], env)
    painted, filled = ours["painted"][0], ours["filled"][0]
    size = size_mb(app.parent)
    where = "Xvfb" if "DISPLAY" in screen else "offscreen"
    print(f"frozen start ({where}, median of {RUNS}, from launch):")
    print(f"  hello-world window painted  {floor:6.2f} s   ({size_mb(hello.parent):.0f} MB bundle)")
    print(f"  SalesCoach (demo) painted   {painted:6.2f} s   ({size:.0f} MB bundle)")
    print(f"  ... first page filled       {filled:6.2f} s   ({ours['filled'][1]:.0f} MB resident)")
    print(f"  ... first page read live    {ours['live'][0]:6.2f} s")
    print(f"  ... the rest of the window  {ours['ready'][0]:6.2f} s")
    failures = (
        verdict("start ratio", painted / floor, START_RATIO, "x")
        + verdict("first page filled ratio", filled / floor, FILLED_RATIO, "x")
        + verdict("bundle size", size, BUNDLE_MB, " MB")
    )
    shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
