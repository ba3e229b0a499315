"""The command line: `salescoach` starts the GUI; sub-commands work on the database.

Errors the rep can fix print one sentence on stderr and exit non-zero; anything else is a
bug, logged with its traceback.
"""

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from salescoach import __version__
from salescoach.cli_args import (
    LANGUAGES,
    iso_date,
    language_of,
    parser_class,
    speak,
    whole_number,
)
from salescoach.cli_files import cmd_export, cmd_import
from salescoach.cli_team import add_commands as add_team_commands
from salescoach.cli_team import cmd_sync, cmd_team
from salescoach.core.clock import Clock
from salescoach.core.errors import UserError
from salescoach.core.rotation import KeepPolicy
from salescoach.interchange.demo_size import (
    DEMO_ACTIVITIES,
    DEMO_CONTACTS,
    MAX_ACTIVITIES,
    MAX_CONTACTS,
)
from salescoach.logs import log_file, record_crash, record_problem, setup_logging
from salescoach.reports.results import count, say

if TYPE_CHECKING:
    from salescoach.store import Store

#: The most new customers a plan may aim at: more is a typo, not a target.
MAX_TARGET = 1_000_000


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    speak(lang)
    Parser = parser_class(lang)
    parser = Parser(prog="salescoach", description="An offline coach for field sales reps.")
    parser.add_argument("--version", action="version", version=f"salescoach {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: user data folder; env SALESCOACH_DB)"
    )
    parser.add_argument(
        "--today",
        type=iso_date(lang),
        metavar="YYYY-MM-DD",
        help="reference date for anything time-based (default: today)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of texts (en, fr, it)")
    parser.add_argument(
        "--create",
        action="store_true",
        help="create the database if it does not exist (demo and import always may)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = commands.add_parser(
        "demo", help="fill an empty database with a year of realistic demo data"
    )
    demo.add_argument("--seed", type=whole_number(2**31, lang), default=1)
    demo.add_argument("--contacts", type=whole_number(MAX_CONTACTS, lang), default=DEMO_CONTACTS)
    demo.add_argument(
        "--activities", type=whole_number(MAX_ACTIVITIES, lang), default=DEMO_ACTIVITIES
    )

    imp = commands.add_parser(
        "import",
        help="import a SalesCoach .json file, or contacts from a .csv or .xlsx export",
        description="Import a SalesCoach .json file, or contacts from a spreadsheet or CSV "
        "export (Excel, Outlook, Google Contacts, another CRM): the columns are recognised "
        "by their names in English, French or Italian; a contact already there (same "
        "e-mail, or same name and company) only gets its empty fields filled.",
    )
    imp.add_argument("file", type=Path, nargs="?")
    imp.add_argument("--sheet", help="the workbook's sheet to read (default: the first)")
    imp.add_argument(
        "--undo-last",
        action="store_true",
        help="take back the last import: what it added goes, what it changed comes back "
        "unless changed since",
    )
    exp = commands.add_parser(
        "export",
        help="export to a file chosen by extension (.json, .csv, .xlsx, .ics, .vcf, .pdf)",
        description="Export everything as SalesCoach JSON (.json) or an Excel workbook with "
        "one sheet per table (.xlsx), one table as CSV (.csv, UTF-8 for Excel), or the "
        "planned activities as a calendar (.ics: importing a newer one updates the events), "
        "the contacts as vCards (.vcf), or the last 90 days' report (.pdf).",
    )
    exp.add_argument("file", type=Path)
    exp.add_argument(
        "--table",
        choices=("contacts", "opportunities", "activities"),
        default="contacts",
        help="the table a .csv holds (default: contacts)",
    )
    check = commands.add_parser(
        "check", help="check the database's integrity, schema version and kept funnel times"
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="compute the kept first-reached times again from the stage history",
    )
    backup = commands.add_parser(
        "backup", help="back up the database (into FILE, else into the rotating set)"
    )
    backup.add_argument("file", type=Path, nargs="?")
    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    restore.add_argument("file", type=Path)
    commands.add_parser(
        "protect", help="protect the database and its backups with a passphrase (encryption)"
    )
    commands.add_parser("unprotect", help="remove the passphrase from the database and backups")

    funnel = commands.add_parser("funnel", help="funnel counts and ratios for a period")
    plan = commands.add_parser("plan", help="what it takes to win N customers at your ratios")
    plan.add_argument("--target", type=whole_number(MAX_TARGET, lang), required=True, metavar="N")
    dates = _period_arguments(lang)
    for sub in (funnel, plan):
        dates(sub)
    funnel.add_argument(
        "--cohort",
        action="store_true",
        help="the files new in the period, followed up to --today (default: the period's flow)",
    )
    tips = commands.add_parser("tips", help="the coach's tips from your own figures")
    tips.add_argument("--json", action="store_true", help="print one JSON object")
    today = commands.add_parser(
        "today", help="overdue and today's follow-ups, today's appointments, top tip, the week"
    )
    today.add_argument("--json", action="store_true", help="print one JSON object")
    briefing = commands.add_parser(
        "briefing", help="one page to read before a planned meeting or visit, as a PDF"
    )
    briefing.add_argument("activity", metavar="ACTIVITY-UID")
    briefing.add_argument("file", type=Path, metavar="FILE.pdf")
    add_team_commands(commands, dates, whole_number(MAX_TARGET, lang))
    return parser


def _period_arguments(lang: str) -> Callable[[argparse.ArgumentParser], None]:
    return lambda sub: _period_arguments_of(sub, lang)


def _period_arguments_of(sub: argparse.ArgumentParser, lang: str) -> None:
    sub.add_argument(
        "--from",
        dest="first",
        type=iso_date(lang),
        metavar="YYYY-MM-DD",
        help="first day (default: 89 days before --to)",
    )
    sub.add_argument(
        "--to",
        dest="last",
        type=iso_date(lang),
        metavar="YYYY-MM-DD",
        help="last day (default: --today)",
    )
    sub.add_argument("--json", action="store_true", help="print one JSON object")


def language(args: argparse.Namespace) -> str:
    """--lang, else the language of the environment (LANG=fr_FR.UTF-8 -> fr), else English."""
    if args.lang:
        return str(args.lang)
    return language_of([], os.environ)


def main(argv: Sequence[str] | None = None) -> int:
    given = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(language_of(given, os.environ)).parse_args(given)
    setup_logging()
    try:
        if args.command is None:
            from salescoach.ui.app import run_gui

            return run_gui(args.db, args.lang, args.today)
        return _COMMANDS[args.command](args)
    except UserError as error:
        record_problem(error)
        print(f"salescoach: {error.text(language(args))}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `salescoach today | head`: the reader has what it wanted
        _quiet_stdout()
        return 0
    except Exception:
        record_crash(*sys.exc_info())  # type: ignore[arg-type]
        print(f"salescoach: internal error; details are in {log_file()}", file=sys.stderr)
        return 70


def _quiet_stdout() -> None:
    """Point stdout at nothing, so the interpreter's last flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a test's capture)
        pass


PASSPHRASE_ENV = "SALESCOACH_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SALESCOACH_NEW_PASSPHRASE"


def _open(args: argparse.Namespace, create: bool = False, **options: bool) -> "Store":
    """Open the database lazily, so `--help` and argument errors stay instant. A missing
    file is created only by commands that fill it, or with --create: a mistyped path must
    not quietly become an empty database."""
    from salescoach.store import Store
    from salescoach.store.location import default_database
    from salescoach.store.safety.cipher import PassphraseNeeded

    location = args.db or default_database()
    passphrase = _passphrase()
    try:
        return Store.open(location, create=create or args.create, passphrase=passphrase, **options)
    except PassphraseNeeded:
        if passphrase is not None or not sys.stdin.isatty():
            raise
        return Store.open(
            location, create=create or args.create, passphrase=_ask(language(args)), **options
        )


def _passphrase() -> str | None:
    """An encrypted database's passphrase, for scripts: SALESCOACH_PASSPHRASE."""
    return os.environ.get(PASSPHRASE_ENV) or None


def _ask(lang: str) -> str:
    import getpass

    return getpass.getpass(say(lang, "ask.passphrase"))


def cmd_demo(args: argparse.Namespace) -> int:
    from salescoach.interchange.demo_size import DemoSize
    from salescoach.interchange.files import load_demo

    with _open(args, create=True) as store:
        size = DemoSize(args.contacts, args.activities)
        summary = load_demo(store, args.seed, size, args.today).result
        location = store.location
    lang = language(args)
    print(
        say(
            lang,
            "done.demo",
            contacts=count(lang, "contact", summary.contacts),
            opportunities=count(lang, "opportunity", summary.opportunities),
            activities=count(lang, "activity", summary.activities),
            location=location,
        )
    )
    return 0


def _report(args: argparse.Namespace, kind: str) -> int:
    from salescoach.reports.funnel_tables import funnel_output, plan_output, resolve_period

    today = Clock.pinned(args.today).today()
    period = resolve_period(args.first, args.last, today)
    with _open(args) as store, store.reader() as session:
        if kind == "funnel":
            cohort_until = max(today, period.last) if args.cohort else None
            text = funnel_output(session, period, args.json, language(args), cohort_until)
        else:
            text = plan_output(session, period, args.target, args.json, language(args))
    print(text)
    return 0


def cmd_tips(args: argparse.Namespace) -> int:
    from salescoach.reports.tips import tips_output

    with _open(args) as store, store.reader() as session:
        today = Clock.pinned(args.today).today()
        print(tips_output(session, today, language(args), args.json))
    return 0


def cmd_today(args: argparse.Namespace) -> int:
    from salescoach.reports.today import today_output

    with _open(args) as store, store.reader() as session:
        today = Clock.pinned(args.today).today()
        print(today_output(session, today, language(args), args.json))
    return 0


def cmd_briefing(args: argparse.Namespace) -> int:
    from salescoach.reports.briefing import SheetWords, briefing_for
    from salescoach.reports.sheets import write_pdf
    from salescoach.store.queries.customer_story import activity_id_of

    if args.file.suffix.lower() != ".pdf":
        raise UserError("pdf_name")
    lang = language(args)
    with _open(args) as store, store.reader() as session:
        today = Clock.pinned(args.today).today()
        sheet = briefing_for(
            session, activity_id_of(session, args.activity), today, lang, SheetWords.of(lang)
        )
    write_pdf(sheet, args.file)
    print(say(lang, "done.briefing", path=args.file))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from salescoach.store.migrate import head_revision

    lang = language(args)
    if args.repair:
        with _open(args) as store:
            store.rebuild_reached()
        print(say(lang, "check.repaired"))
    with _open(args, damaged_ok=True, read_only=True) as store:
        problems = store.integrity_problems()
        print(say(lang, "check.database", location=store.location))
        print(say(lang, "check.schema", revision=store.revision, head=head_revision()))
        differing = store.reached_mismatches() if not problems else 0
    print(say(lang, "check.sound" if not problems else "check.damaged"))
    for problem in problems:
        print(f"  {problem}")
    if differing:
        print(say(lang, "check.times_differ", count=differing))
    elif not problems:
        print(say(lang, "check.times_ok"))
    return 0 if not problems and not differing else 3


def _database_file(args: argparse.Namespace) -> Path:
    from salescoach.store.location import default_database

    location = args.db or default_database()
    if "://" in location:
        raise UserError("backup_needs_file")
    return Path(location).expanduser().resolve()


def cmd_backup(args: argparse.Namespace) -> int:
    from salescoach.store.safety.backup import backup_file, backup_name
    from salescoach.usecases.backing_up import back_up

    database = _database_file(args)
    now = Clock.pinned(args.today).instant()
    with _open(args) as store:  # ours and sound, or refused
        if args.file is None:
            rotated = back_up(store, now)
            print(rotated.path if rotated else database)
            return 0
        key = store.passphrase
    target = args.file.expanduser().resolve()
    if target.is_dir():  # `backup /media/usb`: a dated copy inside the folder
        target = target / backup_name(database, now)
    print(backup_file(database, target, passphrase=key))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from salescoach.store.database import upgrade_file
    from salescoach.store.migrate import known_revisions
    from salescoach.store.preferences import backup_policy
    from salescoach.store.safety.backup import restore_database
    from salescoach.store.safety.protection import readable

    database, chosen = _database_file(args), args.file.expanduser().resolve()
    given = _passphrase()
    # the database keeps its protection; a new one takes the backup's
    policy, key = None, None if readable(chosen) else given
    if database.exists():
        with _open(args) as store, store.reader() as session:
            policy, key = backup_policy(session), store.passphrase
    safety = restore_database(
        database,
        chosen,
        Clock.pinned(args.today).instant(),
        policy or KeepPolicy(),
        known_revisions(),
        upgrade_file,
        passphrase=key,
        chosen_passphrase=given,
    )
    lang = language(args)
    print(say(lang, "done.restored", name=args.file.name, database=database))
    if safety != database:
        print(say(lang, "done.kept_as", path=safety))
    return 0


def cmd_protect(args: argparse.Namespace) -> int:
    from salescoach.store.safety.protection import protect

    with _open(args) as store:  # ours and sound, or refused
        if store.passphrase is not None:
            raise UserError("already_protected")
    new = os.environ.get(NEW_PASSPHRASE_ENV) or _ask_new(language(args))
    protect(_database_file(args), new)
    print(say(language(args), "done.protected"))
    return 0


def cmd_unprotect(args: argparse.Namespace) -> int:
    from salescoach.store.safety.protection import unprotect

    with _open(args) as store:
        key = store.passphrase
    if key is None:
        raise UserError("not_protected")
    unprotect(_database_file(args), key)
    print(say(language(args), "done.unprotected"))
    return 0


def _ask_new(lang: str) -> str:
    import getpass

    if not sys.stdin.isatty():  # a script: getpass would read its input, or fail on none
        raise UserError("new_passphrase_needed")
    first = getpass.getpass(say(lang, "ask.new_passphrase"))
    if not first or first != getpass.getpass(say(lang, "ask.once_more")):
        raise UserError("passphrases_differ")
    return first


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "funnel": lambda args: _report(args, "funnel"),
    "plan": lambda args: _report(args, "plan"),
    "demo": cmd_demo,
    "import": lambda args: cmd_import(args, _open, language(args)),
    "export": lambda args: cmd_export(args, _open, language(args)),
    "check": cmd_check,
    "tips": cmd_tips,
    "today": cmd_today,
    "briefing": cmd_briefing,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "protect": cmd_protect,
    "unprotect": cmd_unprotect,
    "team": lambda args: cmd_team(args, _open, language(args)),
    "sync": lambda args: cmd_sync(args, _open, language(args)),
}
