"""Takes the README's screenshots: `xvfb-run -s "-screen 0 1366x768x24" .venv/bin/python
docs/screenshots.py` (a window manager such as openbox makes the frame real).

A demo database with a fixed seed and day, the window maximised on a 1366x768 screen, each
page grabbed once the data and the charts are in.
"""

import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings

from salescoach.core.clock import Clock
from salescoach.interchange.files import load_demo
from salescoach.store import Store
from salescoach.ui.app import install_translations, make_application
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import ChangeBus, Database, Operations
from salescoach.ui.theme import apply_theme

TODAY = date(2026, 11, 25)
DOCS = Path(__file__).resolve().parent
PAGES = {
    "en": ("today", "dashboard", "contacts", "board", "follow-ups"),
    "fr": ("today", "dashboard", "follow-ups"),
    "dark": ("today", "dashboard"),
}


def settle(seconds: float) -> None:
    loop, until = QEventLoop(), time.monotonic() + seconds
    while time.monotonic() < until:
        loop.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def cards(window: MainWindow) -> None:
    """The reminder card of the oldest overdue follow-up, the contact's card, the briefing
    of the first visit of the day, and the week's review."""
    agenda = window.today.view.agenda if window.today.view else None
    if agenda is None or not agenda.overdue or not agenda.appointments:
        raise SystemExit("the demo day has no overdue follow-up or no visit to show")
    for name, dialog in (
        ("reminder", window.launcher.open_reminder(agenda.overdue[0].id)),
        ("contact-card", window.launcher.open_contact(agenda.overdue[0].contact_id)),
        ("briefing", window.launcher.open_briefing(agenda.appointments[0].id)),
        ("review", window.launcher.review_week()),
    ):
        settle(3)
        dialog.grab().save(str(DOCS / f"screenshot-{name}.png"))
        dialog.reject()
        settle(0.5)


def wizard(window: MainWindow, operations: Operations, folder: Path) -> None:
    """The import wizard on a French Excel-style CSV export, one row with a bad e-mail."""
    from salescoach.ui.dialogs.import_wizard import ImportWizard

    export = folder / "clients-salon.csv"
    export.write_bytes(
        (
            "Prénom;Nom;Société;Courriel;Téléphone;Ville;Origine;Remarque\n"
            "Françoise;Lefèvre;Boulangerie Éclair;f.lefevre@eclair.fr;01 23 45 67 89;"
            "Besançon;Salon;four à sole\n"
            "Jérôme;Dupré;Garage Dupré;jerome@;02 11 22 33 44;Nîmes;Recommandation;\n"
            "Claire;Morel;Cabinet Morel;c.morel@morel.fr;04 78 00 11 22;Lyon;Site web;\n"
        ).encode("cp1252")
    )
    dialog = ImportWizard(operations, Clock.pinned(TODAY), export, window)
    dialog.resize(900, 700)
    dialog.show()
    settle(3)
    dialog.grab().save(str(DOCS / "screenshot-import-wizard.png"))
    dialog.reject()
    settle(0.5)


def team(operations: Operations, folder: Path) -> None:
    """The manager's Team page on a throwaway team server: the seed figures of the issue
    (Anna wins 5 of 50 suspects, Bruno 5 of 60)."""
    from datetime import datetime

    from sqlalchemy import create_engine

    from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
    from salescoach.store.team.server import init_team
    from salescoach.ui.dialogs.team_dialogs import TeamFunnelDialog
    from tests.helpers import add_activity, add_contact, add_opportunity
    from tests.postgres import postgres_server
    from tests.team_fixtures import Laptop, Team

    start = datetime(2026, 10, 1, 9)
    with postgres_server() as server:
        members = init_team(create_engine(server.url()), ["Anna", "Bruno"], ["Maria"])
        crew = Team(server, "team", {m.name: m for m in members})
        for rep, suspects, visits in (("Anna", 50, 2), ("Bruno", 60, 1)):
            laptop = Laptop(crew, rep, folder)
            with laptop.store.session() as session:
                for n in range(suspects):
                    client = add_contact(session, f"{rep} client {n}")
                    moves = [(Stage.SUSPECT, start)]
                    if n < 5:
                        moves += [(Stage.PROSPECT, start.replace(day=3))]
                        moves += [(Stage.ORDER, start.replace(day=9))]
                    add_opportunity(session, client, *moves)
                    for day in range(visits):
                        when = start.replace(day=2 + day)
                        add_activity(session, client, ActivityKind.VISIT, ActivityStatus.DONE, when)
            laptop.sync()
            laptop.close()
        dialog = TeamFunnelDialog(operations, Clock.pinned(TODAY))
        maria = crew.members["Maria"]
        dialog.server.setText(server.url(maria.role, "", "team").replace(":@", "@"))
        dialog.password.setText(maria.password or "")
        dialog.show()
        dialog.show_button.click()
        settle(3)
        dialog.grab().save(str(DOCS / "screenshot-team.png"))
        dialog.reject()


def main() -> int:
    folder = Path(tempfile.mkdtemp())
    path = folder / "demo.sqlite3"
    with Store.open(path, create=True) as store:
        load_demo(store, seed=1, today=TODAY)
    app = make_application("en_GB")
    for language, pages in PAGES.items():
        install_translations(app, {"en": "en_GB", "fr": "fr_FR", "dark": "en_GB"}[language])
        apply_theme(app, "dark" if language == "dark" else "system")
        store = Store.open(path)
        bus = ChangeBus()
        operations = Operations(Database(store), bus)
        settings = QSettings(str(folder / f"{language}.ini"), QSettings.Format.IniFormat)
        window = MainWindow(operations, bus, settings, Clock.pinned(TODAY))
        window.showMaximized()
        settle(6)
        suffix = "" if language == "en" else f"-{language}"
        for name in pages:
            page = {
                "today": window.today,
                "dashboard": window.dashboard,
                "contacts": window.contacts,
                "board": window.board,
                "follow-ups": window.follow_ups,
            }[name]
            window.show_page(page)
            settle(3)
            window.grab().save(str(DOCS / f"screenshot-{name}{suffix}.png"))
        if language == "en":
            cards(window)
            wizard(window, operations, folder)
            team(operations, folder)
        operations.drain()
        window.garbage.release()
        window.quit_window()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
