"""What the command line's arguments take, and argparse's own words, in the rep's language.

The language is known before the arguments are read (`--lang`, else the environment's), so
a French rep's mistyped date or unknown option is said in French too.
"""

import argparse
import os
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from salescoach.reports.results import say
from salescoach.resources import texts

LANGUAGES = ("en", "fr", "it")
#: Dates a rep's work can have: periods of a year and more on either side stay computable.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)


def language_of(argv: Sequence[str], environ: dict[str, str] | os._Environ[str]) -> str:
    """--lang as given among the arguments, else the language of the environment
    (LANG=fr_FR.UTF-8 -> fr), else English."""
    for index, argument in enumerate(argv):
        if argument == "--lang" and index + 1 < len(argv):
            return argv[index + 1] if argv[index + 1] in LANGUAGES else "en"
        if argument.startswith("--lang="):
            chosen = argument.partition("=")[2]
            return chosen if chosen in LANGUAGES else "en"
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        code = environ.get(variable, "")[:2].lower()
        if code:
            return code if code in LANGUAGES else "en"
    return "en"


def speak(language: str) -> None:
    """argparse's own messages ("unrecognized arguments: %s") in `language`."""
    words: dict[str, str] = {
        key: value
        for key, value in texts("results", language)["argparse"].items()
        if "%" in key
        or key in ("usage: ", "options", "positional arguments")
        or key.startswith("show this")
    }
    # argparse offers no hook for its own words: its module's gettext alias is replaced
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]


def parser_class(language: str) -> type[argparse.ArgumentParser]:
    class Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            """One line, not a usage dump: the rep sees what is wrong and where to look."""
            line = say(language, "argparse.see_help", message=message, prog=self.prog)
            self.exit(2, f"{self.prog}: {line}\n")

    return Parser


def iso_date(language: str) -> Callable[[str], date]:
    def parse(text: str) -> date:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                say(language, "argparse.not_a_date", text=text)
            ) from None
        if not FIRST_DAY <= day <= LAST_DAY:
            raise argparse.ArgumentTypeError(
                say(
                    language,
                    "argparse.date_out_of_range",
                    text=text,
                    first=FIRST_DAY,
                    last=LAST_DAY,
                )
            )
        return day

    return parse


def whole_number(limit: int, language: str) -> Callable[[str], int]:
    """A count from 0 to `limit`: a typo of a few digits must not run for ever."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = -1
        if not 0 <= value <= limit:
            raise argparse.ArgumentTypeError(
                say(language, "argparse.not_a_count", text=text, limit=f"{limit:,}")
            )
        return value

    return parse


#: The most new customers a plan may aim at: more is a typo, not a target.
MAX_TARGET = 1_000_000


class Arguments:
    """The arguments several commands share, read in the rep's language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.date = iso_date(language)
        self.target = whole_number(MAX_TARGET, language)

    def day(self, sub: argparse.ArgumentParser, flag: str, dest: str, help: str) -> None:
        """An option taking one day, checked and said in the rep's language."""
        sub.add_argument(flag, dest=dest, type=self.date, metavar="YYYY-MM-DD", help=help)

    def period(self, sub: argparse.ArgumentParser) -> None:
        """--from, --to and --json, as `funnel`, `plan` and the team's figures take them."""
        self.day(sub, "--from", "first", "first day (default: 89 days before --to)")
        self.day(sub, "--to", "last", "last day (default: --today)")
        sub.add_argument("--json", action="store_true", help="print one JSON object")
