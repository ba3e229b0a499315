"""What every command works with: its arguments, the rep's language, the clock, and the
database they name, opened only when the command needs it.

One per run, built by `main` from the parsed arguments and handed to the command's
handler, so no handler reads the environment or pins the clock on its own.
"""

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from salescoach.cli_args import language_of
from salescoach.core.clock import Clock
from salescoach.core.errors import UserError
from salescoach.reports.results import say

if TYPE_CHECKING:
    from salescoach.store import Store

PASSPHRASE_ENV = "SALESCOACH_PASSPHRASE"
NEW_PASSPHRASE_ENV = "SALESCOACH_NEW_PASSPHRASE"


@dataclass(frozen=True)
class CliContext:
    args: argparse.Namespace
    #: --lang, else the language of the environment (LANG=fr_FR.UTF-8 -> fr), else English.
    language: str = field(init=False)
    #: --today pins the date; the time of day still runs.
    clock: Clock = field(init=False)

    def __post_init__(self) -> None:
        language = self.args.lang or language_of([], os.environ)
        object.__setattr__(self, "language", str(language))
        object.__setattr__(self, "clock", Clock.pinned(self.args.today))

    def say(self, key: str, **values: object) -> str:
        """The sentence `key` of the results, in the rep's language."""
        return say(self.language, key, **values)

    def open_store(self, create: bool = False, **options: bool) -> "Store":
        """Open the database lazily, so `--help` and argument errors stay instant. A missing
        file is created only by commands that fill it, or with --create: a mistyped path
        must not quietly become an empty database."""
        from salescoach.store import Store
        from salescoach.store.location import default_database
        from salescoach.store.safety.cipher import PassphraseNeeded

        location = self.args.db or default_database()
        create = create or self.args.create
        passphrase = passphrase_from_environment()
        try:
            store = Store.open(location, create=create, passphrase=passphrase, **options)
        except PassphraseNeeded:
            if passphrase is not None or not sys.stdin.isatty():
                raise
            asked = self.ask_secret("ask.passphrase")
            store = Store.open(location, create=create, passphrase=asked, **options)
        store.clock = self.clock  # --today stamps what the command writes too
        return store

    def database_file(self) -> Path:
        """The database as a file (backups, restores and protection work on files)."""
        from salescoach.store.location import default_database

        location = self.args.db or default_database()
        if "://" in location:
            raise UserError("backup_needs_file")
        return Path(location).expanduser().resolve()

    def ask_secret(self, key: str, **values: object) -> str:
        import getpass

        return getpass.getpass(self.say(key, **values))

    def ask_new_passphrase(self) -> str:
        """SALESCOACH_NEW_PASSPHRASE for scripts, else typed twice."""
        given = os.environ.get(NEW_PASSPHRASE_ENV)
        if given:
            return given
        if not sys.stdin.isatty():  # a script: getpass would read its input, or fail on none
            raise UserError("new_passphrase_needed")
        first = self.ask_secret("ask.new_passphrase")
        if not first or first != self.ask_secret("ask.once_more"):
            raise UserError("passphrases_differ")
        return first


def passphrase_from_environment() -> str | None:
    """An encrypted database's passphrase, for scripts: SALESCOACH_PASSPHRASE."""
    return os.environ.get(PASSPHRASE_ENV) or None
