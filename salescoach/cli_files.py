"""`salescoach import` and `salescoach export`: files in and out, and taking an import back."""

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from salescoach.core.clock import Clock
from salescoach.core.errors import InvalidInput

if TYPE_CHECKING:
    from salescoach.interchange.salescoach_json import ImportSummary

#: Opens the database the command names (`cli._open`).
Opener = Callable[..., Any]


def cmd_import(args: argparse.Namespace, open_store: Opener, language: str) -> int:
    from salescoach.interchange.files import import_file, import_table
    from salescoach.store.backup import take_backup
    from salescoach.store.preferences import backup_policy

    if args.undo_last:
        return _undo_last_import(args, open_store)
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
    print(_imported(summary, args.file.name))
    return 0


def _undo_last_import(args: argparse.Namespace, open_store: Opener) -> int:
    from salescoach.store.imports import last_import, undo_import

    now = Clock.pinned(args.today).now()
    with open_store(args) as store:
        undone = store.apply(lambda session: undo_import(session, last_import(session), now))
    result = undone.result
    print(
        f"Undid the import of {result.file} ({result.at:%Y-%m-%d %H:%M}): "
        f"{result.removed} contacts, {result.removed_opportunities} opportunities and "
        f"{result.removed_activities} activities removed, {result.restored} changed records "
        "put back."
    )
    return 0


def _imported(summary: "ImportSummary", name: str) -> str:
    """What an import did, with the rows it could not read and why."""
    if name.lower().endswith(".json"):
        lines = [
            f"Imported {summary.contacts} contacts, {summary.opportunities} opportunities and "
            f"{summary.activities} activities from {name}."
        ]
        if summary.left_out:
            lines.append(
                f"{summary.left_out} records deleted on this computer were left out "
                "(they stay deleted)."
            )
    else:
        activities = f" and {summary.activities} activities" if summary.activities else ""
        lines = [
            f"Imported {summary.contacts} new contacts{activities} from {name}; "
            f"{summary.merged} contacts already there got empty details filled in; "
            f"{summary.unchanged} rows were already there."
        ]
    if summary.invalid:
        lines.append(f"{len(summary.invalid)} rows skipped:")
        lines += [f"  line {row.line}: {row.reason}" for row in summary.invalid]
    if summary.fields_left_out:
        lines.append(f"{len(summary.fields_left_out)} values left out of contacts imported:")
        lines += [
            f"  line {left.line}, column '{left.column}': {left.reason}"
            for left in summary.fields_left_out
        ]
    return "\n".join(lines)


def cmd_export(args: argparse.Namespace, open_store: Opener, language: str) -> int:
    from salescoach.reports.exports import export

    with open_store(args) as store:
        export(store, args.file, Clock.pinned(args.today).today(), language, args.table)
    print(f"Exported to {args.file}.")
    return 0
