"""Opening the database at start, and what to do when it cannot be opened as it is.

The problem is said in one sentence, on stderr too (a GUI started by a script must not wait
in silence), with the choices that make sense for it: create the database a mistyped path
points to, restore a backup of a damaged one, open it read-only, choose another file, quit.
"""

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from salescoach.core.clock import Clock
from salescoach.core.rotation import KeepPolicy
from salescoach.store import Store
from salescoach.store.database import upgrade_file
from salescoach.store.errors import DatabaseProblem
from salescoach.store.migrate import known_revisions
from salescoach.store.safety.backup import list_backups, restore_database
from salescoach.store.safety.cipher import PassphraseNeeded
from salescoach.ui.errors import problem_text
from salescoach.ui.protection import ask_passphrase

translate = QCoreApplication.translate
Opener = Callable[..., Store]

#: Problems a read-only look can get round: a file being written by another program, or
#: damaged pages that may spare what the rep needs to read.
READABLE = {"db_busy", "db_locked", "db_damaged"}
#: Problems a backup can cure.
RESTORABLE = {"db_damaged", "not_our_database", "db_empty_file"}


def open_database(
    location: str, is_default: bool, clock: Clock, opener: Opener = Store.open
) -> Store | None:
    """The store to work on, or None when the rep chose to quit. The default database in
    the user data folder is created on first start; any other missing file is asked about."""
    path, create, key, wrong = Path(location).expanduser(), is_default, None, False
    while True:
        try:
            return opener(path, create=create, passphrase=key)
        except PassphraseNeeded:
            choice = "passphrase"
        except DatabaseProblem as problem:
            if problem.key == "wrong_passphrase" and key is not None:
                choice, wrong = "passphrase", True
            else:
                choice = ask(problem, path)
        if choice == "passphrase":
            key = ask_passphrase(None, path.name, wrong)
            if key is None:
                return None
            continue
        if choice == "restore":
            choice = _restore_newest(path, clock, key)  # the rep's answer if it failed
        if choice == "create":
            create = True
        elif choice == "read_only":
            try:
                return opener(path, damaged_ok=True, read_only=True, passphrase=key)
            except DatabaseProblem as problem:
                ask(problem, path, ("quit",))
                return None
        elif choice == "other":
            chosen = _choose_file()
            if chosen is None:
                return None
            path, create = chosen, False
        elif choice not in ("retry", "restored"):
            return None


def ask(problem: DatabaseProblem, path: Path, only: tuple[str, ...] | None = None) -> str:
    """Say the problem and let the rep choose; returns the choice's name."""
    message = problem_text(problem)
    print(f"salescoach: {message}", file=sys.stderr)
    key = problem.key
    choices = only or _choices(key, path)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Opening", "SalesCoach"), message)
    box.setObjectName("openProblem")
    labels = {
        "create": translate("Opening", "Create a new database here"),
        "restore": translate("Opening", "Restore the latest backup"),
        "read_only": translate("Opening", "Open read-only"),
        "retry": translate("Opening", "Try again"),
        "other": translate("Opening", "Choose another file…"),
        "quit": translate("Opening", "Quit"),
    }
    buttons = {}
    for name in choices:
        role = (
            QMessageBox.ButtonRole.RejectRole
            if name == "quit"
            else QMessageBox.ButtonRole.AcceptRole
        )
        buttons[name] = box.addButton(labels[name], role)
        buttons[name].setObjectName(f"choice_{name}")
    box.setDefaultButton(buttons[choices[0]])
    box.exec()
    clicked = box.clickedButton()
    return next((name for name, button in buttons.items() if button is clicked), "quit")


def _choices(key: str, path: Path) -> tuple[str, ...]:
    found: list[str] = []
    if key == "db_missing":
        found.append("create")
    if key in RESTORABLE and list_backups(path):
        found.append("restore")
    if key in READABLE:
        found.append("read_only")
    if key in ("db_busy", "db_locked"):
        found.append("retry")
    return (*found, "other", "quit")


def _restore_newest(path: Path, clock: Clock, key: str | None) -> str:
    """Restore the newest backup: "restored", or the rep's answer to why it failed."""
    newest = list_backups(path, key)[0].path
    try:
        restore_database(
            path,
            newest,
            clock.instant(),
            KeepPolicy(),
            known_revisions(),
            upgrade_file,
            passphrase=key,
        )
    except DatabaseProblem as problem:
        return ask(problem, path, ("other", "quit"))
    return "restored"


def _choose_file() -> Path | None:
    parent: QWidget | None = QApplication.activeWindow()
    name, _filter = QFileDialog.getOpenFileName(
        parent,
        translate("Opening", "Open a SalesCoach database"),
        "",
        translate("Opening", "SalesCoach databases (*.sqlite3 *.db);;All files (*)"),
    )
    return Path(name) if name else None
