"""The team from the window, as a rep and a manager use it: Sync now (Ctrl+Shift+S), the
status bar, joining, the conflict log and the Team page, against a real PostgreSQL."""

import json
from dataclasses import replace
from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog
from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.records import ActivityFields
from salescoach.store.models import Contact, SyncConflict
from salescoach.store.records.activities import save_activity
from salescoach.store.records.contacts import load_contact
from salescoach.store.session.stamps import utc_now
from salescoach.store.team.link import join_team, server_url
from tests.helpers import add_contact
from tests.team_fixtures import Laptop
from tests.ui.actions import CTRL, click, menu_entry, press, save_button

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


def test_keep_mine_puts_my_value_back_and_is_sent_with_the_next_sync(qtbot, joined_store, request):
    with joined_store.session() as session:
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
                kept=json.dumps({"phone": "01 02 03 04 05"}),
                lost_by="Anna",
                kept_by="Bruno",
                server_id=7,
            )
        )
    window = request.getfixturevalue("window")
    qtbot.waitUntil(lambda: "1 conflict" in window.team.label.text(), timeout=10000)
    menu_entry(window, "fileMenu", "syncConflicts").trigger()
    dialog = visible("conflictsDialog")
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    cells = [dialog.table.item(0, column).text() for column in range(5)]
    assert cells[1:] == [
        "Marie Dupont",
        "changed by you and by Bruno",
        "phone: 06 07 08 09 10",
        "phone: 01 02 03 04 05",
    ]
    assert not dialog.mine_button.isEnabled()
    dialog.table.selectRow(0)
    click(qtbot, dialog.mine_button)
    qtbot.waitUntil(lambda: "your value kept" in dialog.table.item(0, 2).text(), timeout=10000)
    assert not dialog.mine_button.isEnabled() and not dialog.theirs_button.isEnabled()
    with joined_store.reader() as session:
        assert load_contact(session, marie).phone == "06 07 08 09 10"
        logged = session.scalars(select(SyncConflict)).one()
        assert (logged.resolution, logged.resolved_by, logged.to_send) == ("lost", "Anna", True)
    dialog.reject()
    qtbot.waitUntil(lambda: "conflict" not in window.team.label.text(), timeout=10000)


def test_the_team_page_shows_each_reps_ratios_week_and_outcomes(qtbot, team, tmp_path, request):
    anna = Laptop(team, "Anna", tmp_path)
    with anna.store.session() as session:  # a follow-up the week's plan made, done
        client = add_contact(session, "Elena Neri", is_customer=True)
        at = datetime.combine(date.today(), time(9))
        call = ActivityFields(ActivityKind.CALL, ActivityStatus.DONE, at, client, outcome="ok")
        save_activity(session, replace(call, lesson="customers-for-granted"))
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
    week, outcomes = dialog.week_table, dialog.outcomes_table
    assert [week.verticalHeaderItem(r).text() for r in range(week.rowCount())] == [
        "Anna",
        "Bruno",
    ]
    # Anna's call this week; one call is no history to set a target from
    assert week.item(0, 0).text() == "1 (no target yet: log more to measure your ratios)"
    assert "5 new customers a month each" in dialog.week_note.text()  # 10 shared by two
    assert outcomes.rowCount() == 1
    assert outcomes.verticalHeaderItem(0).text() == "Anna · Your customers will not wait for you"
    assert [outcomes.item(0, c).text() for c in range(3)] == ["1", "1", "1"]
    press(qtbot, dialog, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget().objectName() == "outcomes"
    dialog.reject()
    anna.close()


def test_undo_forgets_what_a_sync_changed_under_it(
    qtbot, joined_store, team, tmp_path, monkeypatch, request
):
    """Anna adds Marie, syncs; Bruno changes Marie's phone; Anna's next sync brings it, and
    Ctrl+Z no longer takes Marie away over Bruno's change: the status bar says so."""
    monkeypatch.setattr(
        QInputDialog, "getText", lambda *_a, **_k: (team.members["Anna"].password, True)
    )
    opened = request.getfixturevalue("opened")
    window = request.getfixturevalue("window")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(opened.last.name, "Marie Dupont")
    click(qtbot, save_button(opened.last))
    undo = menu_entry(window, "editMenu", "undo")
    qtbot.waitUntil(lambda: undo.text() == "&Undo add contact Marie Dupont", timeout=10000)
    press(qtbot, window, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: "Synced" in window.team.label.text(), timeout=20000)
    bruno = Laptop(team, "Bruno", tmp_path)
    bruno.sync()
    with bruno.store.session() as session:
        session.scalars(select(Contact)).one().phone = "06 07 08 09 10"
    bruno.sync()
    assert undo.isEnabled()  # nothing came in yet
    press(qtbot, window, Qt.Key.Key_S, CTRL | SHIFT)
    qtbot.waitUntil(lambda: not undo.isEnabled(), timeout=20000)
    assert "Undo forgot 1 step" in window.statusBar().currentMessage()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    with joined_store.reader() as session:
        assert session.scalars(select(Contact.phone)).all() == ["06 07 08 09 10"]
    bruno.close()
