"""The frozen app against a frozen hello-world window: bundle size and start-up.

`make bench-package` (after `make package`): builds the hello-world window with the same
PyInstaller options and trimming as the app, then times, for each, the wall time from
launching the process to its first window being painted (and, for SalesCoach, to its pages
being filled in from the database), the median of 7 runs, under Xvfb
when it is installed (else on the offscreen platform). The app opens the default demo
database, as on a rep's first day. Targets: the app's start at most 2.5x the hello world's;
the bundle at most 200 MB.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.data import verdict

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


def time_to_paint(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching `command` to its "painted" line (the window is on screen) and
    to its last line ("ready": SalesCoach's pages are filled in; the hello world has none)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    assert process.stdout is not None
    painted = ready = None
    for line in process.stdout:
        if line.split()[:1] in (["painted"], ["ready"]):
            ready = time.perf_counter() - start
            painted = painted or ready
    process.wait(timeout=60)
    if painted is None or ready is None:
        raise SystemExit(f"{command[0]} never painted its window")
    return painted, ready


def median_start(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    time_to_paint(command, env)  # warm the disk cache, as a second start of the day would be
    runs = [time_to_paint(command, env) for _ in range(RUNS)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def main() -> int:
    app = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "salescoach" / "salescoach")
    if not app.exists():
        raise SystemExit(f"no bundle at {app}: run `make package` first")
    work = Path(tempfile.mkdtemp(prefix="salescoach-frozen-"))
    hello = build_hello(work)
    env = {
        **os.environ,
        "HOME": str(work),
        "XDG_DATA_HOME": str(work / "data"),
        "XDG_CONFIG_HOME": str(work / "config"),
        "SALESCOACH_EXIT_AFTER_PAINT": "1",
    }
    db = work / "demo.sqlite3"
    subprocess.run([str(app), "--db", str(db), "demo"], check=True, env=env, capture_output=True)
    prefix: list[str] = []
    if shutil.which("xvfb-run"):
        prefix = ["xvfb-run", "-a", "-s", "-screen 0 1366x768x24"]
    else:
        env["QT_QPA_PLATFORM"] = "offscreen"
    floor, _ = median_start([*prefix, str(hello)], env)
    ours, filled = median_start([*prefix, str(app), "--db", str(db)], env)
    ratio = ours / floor
    size = size_mb(app.parent)
    where = "Xvfb" if prefix else "offscreen"
    print(f"frozen start ({where}, median of {RUNS}, launch to first paint):")
    print(f"  hello-world window  {floor:6.2f} s   ({size_mb(hello.parent):.0f} MB bundle)")
    print(f"  SalesCoach (demo)   {ours:6.2f} s   ({size:.0f} MB bundle)")
    print(f"  ... pages filled in {filled:6.2f} s   (database open, pages built)")
    failures = verdict("start ratio", ratio, START_RATIO, "x") + verdict(
        "bundle size", size, BUNDLE_MB, " MB"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
