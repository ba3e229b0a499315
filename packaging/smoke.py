"""Smoke test of a frozen bundle, as a rep would first try it (`make package` runs it).

The frozen binary prints its version, imports a small SalesCoach file, checks the database,
gives tips in French, writes a visit briefing, and opens its window headless (under Xvfb
when it is installed, so the X11 platform plugin is tried too). Any failure exits non-zero
with the command that failed.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SMALL_FILE = {
    "format": "salescoach",
    "version": 1,
    "contacts": [
        {
            "id": "c1",
            "name": "Élodie Lefèvre",
            "company": "Boulangerie Lefèvre",
            "source": "referral",
            "is_customer": True,
        },
        {"id": "c2", "name": "Luca Bianchi", "company": "Albergo Bianchi", "source": "cold_call"},
    ],
    "opportunities": [
        {
            "id": "o1",
            "contact": "c1",
            "title": "Four",
            "value": 12000,
            "currency": "EUR",
            "stages": [
                {"stage": "suspect", "at": "2026-09-01"},
                {"stage": "negotiation", "at": "2026-10-01"},
            ],
        },
    ],
    "activities": [
        {
            "id": "a1",
            "contact": "c1",
            "opportunity": "o1",
            "kind": "visit",
            "status": "done",
            "at": "2026-09-20T10:00",
            "needs": "Un four plus économe",
        },
        {
            "id": "a2",
            "contact": "c1",
            "opportunity": "o1",
            "kind": "visit",
            "status": "planned",
            "at": "2026-11-26T10:00",
        },
        {
            "id": "a3",
            "contact": "c2",
            "kind": "call",
            "status": "planned",
            "at": "2026-11-20T09:00",
        },
    ],
}


def run(binary: Path, *args: str, env: dict[str, str], expect: str = "") -> str:
    command = [str(binary), *args]
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    # a command that worked says nothing on stderr: a rep reads anything there as a fault
    if result.returncode != 0 or expect not in result.stdout or result.stderr.strip():
        sys.exit(
            f"smoke test failed: {' '.join(command)} (exit {result.returncode})\n"
            f"{result.stdout}\n{result.stderr}"
        )
    return result.stdout


def installed(package: Path, folder: Path) -> Path:
    """The binary as the .deb installs it (unpacked into `folder`, not onto this machine)."""
    subprocess.run(["dpkg-deb", "-x", str(package), str(folder / "root")], check=True)
    for name in (
        "usr/share/applications/salescoach.desktop",
        "usr/share/metainfo",
        "usr/share/icons/hicolor/scalable/apps/salescoach.svg",
        "usr/bin/salescoach",
    ):
        if not (folder / "root" / name).exists() and not (folder / "root" / name).is_symlink():
            sys.exit(f"smoke test failed: the package has no {name}")
    return folder / "root" / "opt" / "salescoach" / "salescoach"


def interchange(binary: Path, base: list[str], folder: Path, env: dict[str, str]) -> None:
    """The formats whose libraries the bundle must carry: a CSV in Windows-1252, a vCard
    (vobject), a workbook and the calendar (openpyxl, icalendar) and the report (PDF); then
    the last import taken back."""
    csv_file, vcf = folder / "clients.csv", folder / "phone.vcf"
    csv_file.write_bytes("Prénom;Nom;Société\nRené;Faure;Garage Faure\n".encode("cp1252"))
    vcf.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Chiara Neri\nORG:Neri Srl\nEND:VCARD\n", encoding="utf-8"
    )
    run(binary, *base, "import", str(csv_file), env=env, expect="Imported 1 new contact from")
    run(binary, *base, "import", str(vcf), env=env, expect="Imported 1 new contact from")
    for name in ("all.xlsx", "planned.ics", "report.pdf"):
        run(binary, *base, "export", str(folder / name), env=env, expect="Exported")
    workbook = folder / "all.xlsx"
    run(
        binary,
        "--today",
        "2026-11-25",
        "--db",
        str(folder / "other.sqlite3"),
        "import",
        str(workbook),
        "--sheet",
        "Contacts",
        env=env,
        expect="new contacts",
    )
    if b"BEGIN:VCALENDAR" not in (folder / "planned.ics").read_bytes():
        sys.exit("smoke test failed: the calendar is not iCalendar")
    run(binary, *base, "import", "--undo-last", env=env, expect="Undid the import of phone.vcf")


def size_mb(bundle: Path) -> float:
    files = (f for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    return sum(f.stat().st_size for f in files) / 1e6


def main() -> int:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "dist" / "salescoach" / "salescoach")
    folder = Path(tempfile.mkdtemp(prefix="salescoach-smoke-"))
    binary = installed(target, folder) if target.suffix == ".deb" else target
    print(f"bundle: {size_mb(binary.parent):.0f} MB")
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("LC_", "QT_", "PYTHON"))},
        "HOME": str(folder),
        "XDG_DATA_HOME": str(folder / "data"),
        "XDG_CONFIG_HOME": str(folder / "config"),
        "LANG": "en_GB.UTF-8",
    }
    db, small = folder / "smoke.sqlite3", folder / "small.json"
    small.write_text(json.dumps(SMALL_FILE, ensure_ascii=False), encoding="utf-8")
    base = ["--today", "2026-11-25", "--db", str(db)]
    print(run(binary, "--version", env=env, expect="salescoach ").strip())
    run(binary, *base, "import", str(small), env=env, expect="Imported 2 contacts")
    run(binary, *base, "check", env=env, expect="Integrity: ok")
    tips = run(binary, *base, "--lang", "fr", "tips", "--json", env=env)
    if json.loads(tips)["language"] != "fr":
        sys.exit("smoke test failed: tips are not in French")
    today = json.loads(run(binary, *base, "today", "--json", env=env))
    if [item["contact"] for item in today["overdue"]] != ["Luca Bianchi"]:
        sys.exit("smoke test failed: today's overdue follow-up is missing")
    run(binary, *base, "funnel", "--json", env=env, expect='"counts"')
    export = folder / "export.json"
    run(binary, *base, "export", str(export), env=env, expect="Exported")
    uid = next(
        a["id"]
        for a in json.loads(export.read_text(encoding="utf-8"))["activities"]
        if a["status"] == "planned" and a["kind"] == "visit"
    )
    pdf = folder / "briefing.pdf"
    run(binary, *base, "--lang", "fr", "briefing", uid, str(pdf), env=env, expect="Fiche de visite")
    if not pdf.read_bytes().startswith(b"%PDF-"):
        sys.exit("smoke test failed: the briefing is not a PDF")
    interchange(binary, base, folder, env)
    window_env = {**env, "SALESCOACH_EXIT_AFTER_PAINT": "1"}
    xvfb = shutil.which("xvfb-run")
    gui = [str(binary), *base]
    if xvfb:
        gui = [xvfb, "-a", "-s", "-screen 0 1366x768x24", *gui]
    else:
        window_env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(gui, capture_output=True, text=True, env=window_env, timeout=120)
    if result.returncode != 0 or "ready" not in result.stdout.split():
        sys.exit(f"smoke test failed: the window did not open\n{result.stdout}\n{result.stderr}")
    print(f"smoke test passed: {binary} ({'X11 under Xvfb' if xvfb else 'offscreen'})")
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
