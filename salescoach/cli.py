"""The command line: `salescoach` starts the GUI; sub-commands work on the database.

Each `cli_*` module adds its commands' parsers and handlers (`cli_database`, `cli_files`,
`cli_reports`, `cli_team`); a handler receives the run's `CliContext` (`cli_context`).
Errors the rep can fix print one sentence on stderr and exit non-zero; anything else is a
bug, logged with its traceback.
"""

import argparse
import contextlib
import gc
import logging
import os
import sys
from collections.abc import Sequence

from salescoach import __version__, cli_database, cli_files, cli_reports, cli_team
from salescoach.cli_args import LANGUAGES, Arguments, language_of, parser_class, speak
from salescoach.cli_context import CliContext
from salescoach.core.errors import UserError
from salescoach.logs import log_file, record_crash, record_problem, setup_logging

#: The modules whose commands the parser offers, in the order `--help` lists them.
COMMANDS = (cli_database, cli_files, cli_reports, cli_team)


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    speak(lang)
    Parser = parser_class(lang)
    parser = Parser(prog="salescoach", description="An offline coach for field sales reps.")
    arguments = Arguments(lang)
    parser.add_argument("--version", action="version", version=f"salescoach {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help="database file (default: user data folder; env SALESCOACH_DB)"
    )
    parser.add_argument(
        "--today",
        type=arguments.date,
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
    for module in COMMANDS:
        module.add_commands(commands, arguments)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    return _main(argv)[0]


def _main(argv: Sequence[str] | None) -> tuple[int, bool]:
    """The exit code, and whether it was the window's."""
    given = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(language_of(given, os.environ)).parse_args(given)
    return _run(args), args.command is None


def _run(args: argparse.Namespace) -> int:
    setup_logging()
    cli = CliContext(args)
    try:
        if args.command is None:
            from salescoach.ui.app import run_gui

            return run_gui(args.db, args.lang, args.today)
        return int(args.run(cli))
    except UserError as error:
        record_problem(error)
        print(f"salescoach: {error.text(cli.language)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `salescoach today | head`: the reader has what it wanted
        _quiet_stdout()
        return 0
    except Exception:
        exc_type, exc, traceback = sys.exc_info()
        assert exc_type is not None and exc is not None
        record_crash(exc_type, exc, traceback)
        print(f"salescoach: internal error; details are in {log_file()}", file=sys.stderr)
        return 70


def run() -> int:
    """The `salescoach` command: `main` without the cyclic garbage collector, and after a
    command, out at once.

    A command is one short process, and the collector's passes over the objects of its
    imports found little to free: they were 30 ms of `today` and a quarter of an export of
    the 100k demo, with the same peak memory without them. The window hands collection to
    its `GarbageCollector`, which sets the start-up's objects aside unwalked.

    After a command, the command has closed its database and its files: what is left is
    the interpreter taking down every module and object one by one (60 ms with SQLAlchemy
    loaded, a sixth of a quick command), which a process about to end does not need. The
    window ends the usual way, its Qt objects taken down in order."""
    gc.disable()
    code, window = _main(None)
    if window:
        return code
    logging.shutdown()  # the log's last lines are written
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader gone (`| head`), or closed
            stream.flush()
    os._exit(code)


def _quiet_stdout() -> None:
    """Point stdout at nothing, so the interpreter's last flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # no real stdout (a test's capture)
        pass
