"""`salescoach import` and `salescoach export`: files in and out, and taking an import back.

The work and its sentences are the use cases' (`usecases`), the same the window runs."""

import argparse
from collections.abc import Callable
from typing import Any

from salescoach.core.clock import Clock
from salescoach.core.errors import InvalidInput

#: Opens the database the command names (`cli._open`).
Opener = Callable[..., Any]


def cmd_import(args: argparse.Namespace, open_store: Opener, language: str) -> int:
    from salescoach.usecases.backing_up import back_up
    from salescoach.usecases.importing import import_path

    if args.undo_last:
        return _undo_last_import(args, open_store, language)
    if args.file is None:
        raise InvalidInput("import_needs_file")
    clock = Clock.pinned(args.today)
    with open_store(args, create=True) as store:
        imported = import_path(
            store, args.file, language=language, now=clock.now(), sheet=args.sheet
        ).result
        back_up(store, clock.instant())  # what was just brought in is in a backup at once
    print("\n".join(imported.lines(language)))
    return 0


def _undo_last_import(args: argparse.Namespace, open_store: Opener, language: str) -> int:
    from salescoach.usecases.importing import undo_an_import

    with open_store(args) as store:
        undone = undo_an_import(store, None, Clock.pinned(args.today).now()).result
    print(undone.text(language, f"{undone.undone.at:%Y-%m-%d %H:%M}"))
    return 0


def cmd_export(args: argparse.Namespace, open_store: Opener, language: str) -> int:
    from salescoach.usecases.exporting import export

    with open_store(args) as store:
        exported = export(store, args.file, Clock.pinned(args.today).now(), language, args.table)
    print(exported.text(language))
    return 0
