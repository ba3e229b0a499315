"""A 100,000-row CSV export of contacts brought in, as `salescoach import` does it.

Times reading, planning (duplicates, invalid rows) and writing the contacts in one
transaction on a fresh database, against the floor of reading the same file with Python's
csv module alone, measured in the same run. Memory must stay flat: what the import adds to
the process at its peak, over what it held before, must not grow with the file (a file
held in memory would cost well over 100 MB here). Targets: under 5 s, under 30 MB.
"""

import csv
import random
import tempfile
from pathlib import Path

from benchmarks.data import as_the_app_runs, best_of, verdict
from salescoach.interchange.files import import_file
from salescoach.store import Store

ROWS = 100_000
TARGET_S = 5.0
TARGET_MB = 30.0


def status_mb(field: str) -> float:
    """A memory figure of this process from /proc/self/status (VmRSS now, VmHWM its peak)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def reset_peak() -> None:
    """Start the peak afresh, so what came before (other benchmarks) does not count."""
    with open("/proc/self/clear_refs", "w") as refs:
        refs.write("5")


def export_file(path: Path) -> None:
    """A CRM-like export: names, companies shared by many contacts, e-mails, phones."""
    rng = random.Random(7)
    first = ["Marie", "Jean", "Luca", "Anna", "Paul", "Sofia", "Hugo", "Chiara", "Léa", "Noé"]
    last = ["Dupont", "Rossi", "Martin", "Bianchi", "Durand", "Ferrari", "Lefèvre", "Romano"]
    sources = ["Web", "Referral", "Trade show", "Cold call", "LinkedIn"]
    with path.open("w", newline="", encoding="utf-8") as file:
        out = csv.writer(file)
        out.writerow(
            ["First Name", "Last Name", "Company", "Email", "Phone", "City", "Lead Source"]
        )
        for n in range(ROWS):
            out.writerow(
                [
                    rng.choice(first),
                    f"{rng.choice(last)} {n}",
                    f"Company {n % 3000}",
                    f"contact{n}@example.com",
                    f"+33 1 {n % 100:02d} {n % 97:02d} 00 00",
                    rng.choice(["Lyon", "Milano", "Genève"]),
                    rng.choice(sources),
                ]
            )


def run() -> int:
    folder = Path(tempfile.mkdtemp(prefix="salescoach-import-"))
    source = folder / "contacts.csv"
    export_file(source)

    def floor() -> int:
        with source.open(newline="", encoding="utf-8") as file:
            return sum(1 for _ in csv.reader(file))

    floor_time, _ = best_of(3, floor)
    store = Store.open(folder / "fresh.sqlite3", create=True)
    before = status_mb("VmRSS")
    reset_peak()
    took, imported = as_the_app_runs(lambda: import_file(store, source))
    summary = imported.result
    store.close()
    peak = status_mb("VmHWM")
    print(f"import of a {ROWS:,}-row CSV export ({summary.contacts:,} contacts):")
    print(f"  the csv module reading it (floor)  {floor_time:6.2f} s")
    print(f"  resident memory before the import  {before:6.0f} MB, at its peak {peak:.0f} MB")
    missed = verdict("import, read to commit", took, TARGET_S, " s")
    return missed | verdict("memory the import adds", peak - before, TARGET_MB, " MB")


if __name__ == "__main__":
    raise SystemExit(run())
