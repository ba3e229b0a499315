"""`salescoach import` and `salescoach export`: files in and out, and taking an import back."""

import argparse
from collections.abc import Callable
from typing import Any

from salescoach.core.clock import Clock
from salescoach.core.errors import InvalidInput
from salescoach.reports.results import import_lines, say, undone_text

#: Opens the database the command names (`cli._open`).
Opener = Callable[..., Any]


def cmd_import(args: argparse.Namespace, open_store: Opener, language: str) -> int:
    from salescoach.interchange.files import import_file, import_table
    from salescoach.store.backup import take_backup
    from salescoach.store.preferences import backup_policy

    if args.undo_last:
        return _undo_last_import(args, open_store, language)
    if args.file is None:
        raise InvalidInput("import_needs_file")
    now = Clock.pinned(args.today).now()
    with open_store(args, create=True) as store:
        if args.sheet is not None:
            applied = import_table(store, args.file, sheet=args.sheet, language=language, now=now)
            summary = applied.result
        else:
            summary = import_file(store, args.file, language=language, now=now).result
        with store.reader() as session:
            policy = backup_policy(session)
        database, key = store.file, store.passphrase
    if database is not None:  # what was just brought in is in a backup at once
        take_backup(database, Clock.pinned(args.today).instant(), policy, passphrase=key)
    print("\n".join(import_lines(summary, args.file.name, language)))
    return 0


def _undo_last_import(args: argparse.Namespace, open_store: Opener, language: str) -> int:
    from salescoach.store.imports import last_import, undo_import

    now = Clock.pinned(args.today).now()
    with open_store(args) as store:
        undone = store.apply(lambda session: undo_import(session, last_import(session), now))
    result = undone.result
    print(undone_text(result, f"{result.at:%Y-%m-%d %H:%M}", language))
    return 0


def cmd_export(args: argparse.Namespace, open_store: Opener, language: str) -> int:
    from salescoach.reports.exports import export

    with open_store(args) as store:
        export(store, args.file, Clock.pinned(args.today).today(), language, args.table)
    print(say(language, "done.exported", path=args.file))
    return 0
