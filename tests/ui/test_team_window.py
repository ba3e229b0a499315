"""The team from the window, as a rep and a manager use it: Sync now (Ctrl+Shift+S), the
status bar, joining, the conflict log and the Team page, against a real PostgreSQL."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from salescoach.store.contacts import load_contact
from salescoach.store.models import Contact, SyncConflict
from salescoach.store.stamps import utc_now
from salescoach.store.team_link import join_team, server_url
from tests.helpers import add_contact
from tests.team_fixtures import Laptop
from tests.ui.actions import CTRL, click, menu_entry, press

SHIFT = Qt.KeyboardModifier.ShiftModifier


def visible(name: str):
    return next(
        w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()
    )


@pytest.fixture
def joined_store(store, team):
    """The window's database, joined to the team as Anna (no password kept anywhere)."""
    url = server_url(team.url("Anna"))
    engine = team.engine("Anna")
    store.apply(lambda session: join_team(session, engine, url.set(password=None), "Anna"))
    engine.dispose()
    return store


def test_sync_now_asks_the_password_then_brings_the_teams_contacts(
    qtbot, joined_store, team, tmp_path, monkeypatch, request
):
    bruno = Laptop(team, "Bruno", tmp_path)
    with bruno.store.session() as session:
        add_contact(session, "Luca Bianchi")
    bruno.sync()
    asked = []

    def give_password(*_args, **_kwargs):
        asked.append(True)
        return team.members["Anna"].password, True

    monkeypatch.setattr(QInputDialog, "getText", give_password)
    window = request.getfixturevalue("window")
    qtbot.waitUntil(lambda: window.team.label.isVisible(), timeout=10000)
    assert "Not synced yet" in window.team.label.text()
    press(qtbot, window, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "Synced" in window.team.label.text(), timeout=20000)
    assert asked == [True]  # no keyring, no PGPASSWORD: asked once, kept for the session
    with joined_store.reader() as session:
        assert session.scalars(select(Contact.name)).all() == ["Luca Bianchi"]
    bruno.close()


def test_a_laptop_joins_from_the_window(qtbot, store, team, request):
    window = request.getfixturevalue("window")
    assert not window.team.label.isVisible()
    menu_entry(window, "fileMenu", "syncNow").trigger()
    dialog = visible("joinTeamDialog")
    dialog.server.setText(team.url("Bruno").replace(f":{team.members['Bruno'].password}", ""))
    dialog.rep.setText("Bruno")
    dialog.password.setText(team.members["Bruno"].password)  # no keyring here: kept in memory
    click(qtbot, dialog.join_button)
    qtbot.waitUntil(lambda: "Synced" in window.team.label.text(), timeout=20000)


def test_a_conflict_is_applied_again_from_the_log(qtbot, store, request):
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont", phone="01 02 03 04 05")
        uid = session.get(Contact, marie).uid
        session.add(
            SyncConflict(
                at=utc_now(),
                entity="contacts",
                uid=uid,
                label="Marie Dupont",
                why="later_edit",
                lost=json.dumps({"phone": "06 07 08 09 10"}),
            )
        )
    window = request.getfixturevalue("window")
    menu_entry(window, "fileMenu", "syncConflicts").trigger()
    dialog = visible("conflictsDialog")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert not dialog.apply_button.isEnabled()
    dialog.table.selectRow(0)
    click(qtbot, dialog.apply_button)
    qtbot.waitUntil(lambda: "applied again" in dialog.table.item(0, 2).text(), timeout=10000)
    with store.reader() as session:
        assert load_contact(session, marie).phone == "06 07 08 09 10"
    dialog.reject()


def test_the_team_page_shows_each_reps_ratios(qtbot, team, tmp_path, request):
    anna = Laptop(team, "Anna", tmp_path)
    anna.sync()
    window = request.getfixturevalue("window")
    menu_entry(window, "fileMenu", "teamPage").trigger()
    dialog = visible("teamDialog")
    dialog.server.setText(team.url("Maria"))
    click(qtbot, dialog.show_button)
    qtbot.waitUntil(lambda: dialog.table.columnCount() == 3, timeout=20000)
    headers = [dialog.table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Anna", "Bruno", "Team"]
    assert "needs" in dialog.plan.text()
    dialog.reject()
    anna.close()
