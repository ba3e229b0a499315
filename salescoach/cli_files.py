"""`salescoach import` and `salescoach export`: files in and out, and taking an import back.

The work and its sentences are the use cases' (`usecases`), the same the window runs.
"""

from pathlib import Path
from typing import Any

from salescoach.cli_args import Arguments
from salescoach.cli_context import CliContext
from salescoach.core.errors import InvalidInput


def add_commands(commands: Any, _arguments: Arguments) -> None:
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
    imp.set_defaults(run=import_command)
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
    exp.set_defaults(run=export_command)


def import_command(cli: CliContext) -> int:
    from salescoach.usecases.backing_up import back_up
    from salescoach.usecases.importing import import_path

    args = cli.args
    if args.undo_last:
        return _undo_last_import(cli)
    if args.file is None:
        raise InvalidInput("import_needs_file")
    with cli.open_store(create=True) as store:
        imported = import_path(
            store, args.file, language=cli.language, now=cli.clock.now(), sheet=args.sheet
        ).result
        back_up(store, cli.clock.instant())  # what was just brought in is in a backup at once
    print("\n".join(imported.lines(cli.language)))
    return 0


def _undo_last_import(cli: CliContext) -> int:
    from salescoach.usecases.importing import undo_an_import

    with cli.open_store() as store:
        undone = undo_an_import(store, None, cli.clock.now()).result
    print(undone.text(cli.language, f"{undone.undone.at:%Y-%m-%d %H:%M}"))
    return 0


def export_command(cli: CliContext) -> int:
    from salescoach.usecases.exporting import export

    with cli.open_store() as store:
        exported = export(store, cli.args.file, cli.clock.now(), cli.language, cli.args.table)
    print(exported.text(cli.language))
    return 0
