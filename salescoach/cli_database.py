"""The database itself from the command line: demo data, its check, backups and restores,
and its passphrase."""

from pathlib import Path
from typing import Any

from salescoach.cli_args import Arguments, whole_number
from salescoach.cli_context import CliContext, passphrase_from_environment
from salescoach.core.errors import UserError
from salescoach.core.rotation import KeepPolicy
from salescoach.interchange.demo_size import (
    DEMO_ACTIVITIES,
    DEMO_CONTACTS,
    MAX_ACTIVITIES,
    MAX_CONTACTS,
)
from salescoach.reports.results import count


def add_commands(commands: Any, arguments: Arguments) -> None:
    lang = arguments.language
    demo = commands.add_parser(
        "demo", help="fill an empty database with a year of realistic demo data"
    )
    demo.add_argument("--seed", type=whole_number(2**31, lang), default=1)
    demo.add_argument("--contacts", type=whole_number(MAX_CONTACTS, lang), default=DEMO_CONTACTS)
    demo.add_argument(
        "--activities", type=whole_number(MAX_ACTIVITIES, lang), default=DEMO_ACTIVITIES
    )
    demo.set_defaults(run=demo_command)
    check = commands.add_parser(
        "check", help="check the database's integrity, schema version and kept funnel times"
    )
    check.add_argument(
        "--repair",
        action="store_true",
        help="compute the kept first-reached times again from the stage history",
    )
    check.set_defaults(run=check_command)
    backup = commands.add_parser(
        "backup", help="back up the database (into FILE, else into the rotating set)"
    )
    backup.add_argument("file", type=Path, nargs="?")
    backup.set_defaults(run=backup_command)
    restore = commands.add_parser(
        "restore", help="replace the database with a backup (the current one is backed up first)"
    )
    restore.add_argument("file", type=Path)
    restore.set_defaults(run=restore_command)
    commands.add_parser(
        "protect", help="protect the database and its backups with a passphrase (encryption)"
    ).set_defaults(run=protect_command)
    commands.add_parser(
        "unprotect", help="remove the passphrase from the database and backups"
    ).set_defaults(run=unprotect_command)


def demo_command(cli: CliContext) -> int:
    from salescoach.interchange.demo_size import DemoSize
    from salescoach.interchange.files import load_demo

    args, lang = cli.args, cli.language
    with cli.open_store(create=True) as store:
        size = DemoSize(args.contacts, args.activities)
        summary = load_demo(store, args.seed, size, args.today).result
        location = store.location
    print(
        cli.say(
            "done.demo",
            contacts=count(lang, "contact", summary.contacts),
            opportunities=count(lang, "opportunity", summary.opportunities),
            activities=count(lang, "activity", summary.activities),
            location=location,
        )
    )
    return 0


def check_command(cli: CliContext) -> int:
    from salescoach.store.migrate import head_revision

    if cli.args.repair:
        with cli.open_store() as store:
            store.rebuild_reached()
        print(cli.say("check.repaired"))
    with cli.open_store(damaged_ok=True, read_only=True) as store:
        problems = store.integrity_problems()
        print(cli.say("check.database", location=store.location))
        print(cli.say("check.schema", revision=store.revision, head=head_revision()))
        differing = store.reached_mismatches() if not problems else 0
    print(cli.say("check.sound" if not problems else "check.damaged"))
    for problem in problems:
        print(f"  {problem}")
    if differing:
        print(cli.say("check.times_differ", count=differing))
    elif not problems:
        print(cli.say("check.times_ok"))
    return 0 if not problems and not differing else 3


def backup_command(cli: CliContext) -> int:
    from salescoach.store.safety.backup import backup_file, backup_name
    from salescoach.usecases.backing_up import back_up

    database, now = cli.database_file(), cli.clock.instant()
    with cli.open_store() as store:  # ours and sound, or refused
        if cli.args.file is None:
            rotated = back_up(store, now)
            print(rotated.path if rotated is not None else database)
            return 0
        key = store.passphrase
    target = cli.args.file.expanduser().resolve()
    if target.is_dir():  # `backup /media/usb`: a dated copy inside the folder
        target = target / backup_name(database, now)
    print(backup_file(database, target, passphrase=key))
    return 0


def restore_command(cli: CliContext) -> int:
    from salescoach.store.database import upgrade_file
    from salescoach.store.migrate import known_revisions
    from salescoach.store.preferences import backup_policy
    from salescoach.store.safety.backup import restore_database
    from salescoach.store.safety.protection import readable

    database, chosen = cli.database_file(), cli.args.file.expanduser().resolve()
    given = passphrase_from_environment()
    # the database keeps its protection; a new one takes the backup's
    policy, key = None, None if readable(chosen) else given
    if database.exists():
        with cli.open_store() as store, store.reader() as session:
            policy, key = backup_policy(session), store.passphrase
    safety = restore_database(
        database,
        chosen,
        cli.clock.instant(),
        policy or KeepPolicy(),
        known_revisions(),
        upgrade_file,
        passphrase=key,
        chosen_passphrase=given,
    )
    print(cli.say("done.restored", name=cli.args.file.name, database=database))
    if safety != database:
        print(cli.say("done.kept_as", path=safety))
    return 0


def protect_command(cli: CliContext) -> int:
    from salescoach.store.safety.protection import protect

    with cli.open_store() as store:  # ours and sound, or refused
        if store.passphrase is not None:
            raise UserError("already_protected")
    protect(cli.database_file(), cli.ask_new_passphrase())
    print(cli.say("done.protected"))
    return 0


def unprotect_command(cli: CliContext) -> int:
    from salescoach.store.safety.protection import unprotect

    with cli.open_store() as store:
        key = store.passphrase
    if key is None:
        raise UserError("not_protected")
    unprotect(cli.database_file(), key)
    print(cli.say("done.unprotected"))
    return 0
