"""The lists: the saved row is selected and the selection survives refreshes, search
ignores accents, right-click offers the commands, Activities opens on today, and hidden
lists wait until shown to refresh."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QPushButton

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.store.queries.lists import row_ids
from tests.helpers import add_activity, add_contact
from tests.ui.actions import CTRL, click, click_row, press, right_click_row, save_button


def selected_name(page) -> str | None:
    row = page.selected_row()
    return None if row is None else page.model.index(row, 0).data()


def test_a_new_contact_is_selected_once_saved(qtbot, window, opened, store):
    with store.session() as session:
        for name in ("Anna", "Bruno", "Zoe"):
            add_contact(session, name)
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(opened.last.name, "Marie Dupont")
    click(qtbot, save_button(opened.last))
    page = window.contacts
    assert selected_name(page) == "Marie Dupont"
    assert window.commands["edit"].isEnabled() and window.commands["delete"].isEnabled()


def test_the_selection_stays_after_an_edit_that_moves_the_row(qtbot, window, opened, store):
    with store.session() as session:
        for name in ("Anna", "Bruno", "Carla"):
            add_contact(session, name)
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    page = window.contacts
    click_row(qtbot, page.table, 0)
    press(qtbot, page.table, Qt.Key.Key_Return)  # Enter opens the contact's card
    card = opened.last
    assert card.objectName() == "storyDialog"
    click(qtbot, card.findChild(QPushButton, "editContact"))  # editing: one button away
    dialog = opened.last
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Zelda")
    click(qtbot, save_button(dialog))
    assert [page.model.index(r, 0).data() for r in range(3)] == ["Bruno", "Carla", "Zelda"]
    assert selected_name(page) == "Zelda"


def test_the_selection_survives_a_change_made_elsewhere(qtbot, window, opened, store):
    with store.session() as session:
        for name in ("Anna", "Bruno"):
            add_contact(session, name)
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    click_row(qtbot, window.contacts.table, 1)
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(opened.last.outcome, "Called")
    click(qtbot, save_button(opened.last))
    assert selected_name(window.contacts) == "Bruno"


def test_search_from_the_window_ignores_accents(qtbot, window, store):
    with store.session() as session:
        add_contact(session, "Élodie Lefèvre", company="Pharmacie")
        add_contact(session, "Marco Rossi", company="Farmacia Città")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search, "lefevre")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    assert window.contacts.model.index(0, 0).data() == "Élodie Lefèvre"
    window.search.clear()
    qtbot.keyClicks(window.search, "citta")
    qtbot.waitUntil(lambda: window.contacts.model.index(0, 0).data() == "Marco Rossi")


def test_right_click_offers_the_commands_for_that_row(qtbot, window, store, monkeypatch):
    with store.session() as session:
        add_contact(session, "Anna")
        add_contact(session, "Bruno")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda menu, _pos, _action=None: shown.append(menu))
    right_click_row(window.contacts.table, 1)
    assert selected_name(window.contacts) == "Bruno"
    (menu,) = shown
    names = [action.objectName() for action in menu.actions() if not action.isSeparator()]
    assert names == [
        "newContact",
        "openContact",
        "edit",
        "delete",
        "newOpportunity",
        "logActivity",
        "planFollowUp",
        "erase",  # in the menu only, never a toolbar button
    ]
    assert all(action.isEnabled() for action in menu.actions())
    assert "erase" not in [a.objectName() for a in window.contacts.toolbar.actions()]


def test_activities_open_on_today_not_on_next_months_plans(qtbot, window, store, now):
    with store.session() as session:
        contact = add_contact(session)
        for days in range(1, 60):  # two months of plans ahead
            add_activity(
                session,
                contact,
                ActivityKind.CALL,
                ActivityStatus.PLANNED,
                now + timedelta(days=days),
            )
        today = add_activity(session, contact, ActivityKind.VISIT, ActivityStatus.DONE, now)
        for days in range(1, 60):
            add_activity(
                session,
                contact,
                ActivityKind.CALL,
                ActivityStatus.DONE,
                now - timedelta(days=days),
            )
    window.resize(1000, 600)
    press(qtbot, window, Qt.Key.Key_5, CTRL)
    table = window.activities.table
    qtbot.waitUntil(lambda: table.rowAt(0) > 0)
    top = table.rowAt(0)
    assert window.activities.model.row_id(top) == today


def test_a_hidden_list_refreshes_when_shown_not_before(qtbot, window, opened, store):
    with store.session() as session:
        add_contact(session, "Anna")
    press(qtbot, window, Qt.Key.Key_5, CTRL)
    asked: list[object] = []
    original = window.contacts.model.refresh
    window.contacts.model.refresh = lambda: (asked.append(1), original())
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(opened.last.outcome, "x")
    opened.last.reject()
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    qtbot.keyClicks(opened.last.name, "Bruno")
    click(qtbot, save_button(opened.last))
    assert asked == []  # the contacts list is hidden: nothing asked yet
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    assert asked == [1]
    assert window.contacts.model.rowCount() == 2


def test_down_in_the_search_box_goes_into_the_results_and_enter_opens_one(
    qtbot, window, opened, store
):
    with store.session() as session:
        for name in ("Anna Rossi", "Élodie Lefèvre", "Bruno Lefebvre"):
            add_contact(session, name)
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search, "lefe")
    press(qtbot, window.search, Qt.Key.Key_Down)  # before the search's pause is over
    page = window.contacts
    assert page.table.hasFocus()
    assert selected_name(page) == "Bruno Lefebvre"
    press(qtbot, page.table, Qt.Key.Key_Down)
    assert selected_name(page) == "Élodie Lefèvre"
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    press(qtbot, window.search, Qt.Key.Key_Return)
    card = opened.last
    assert card.objectName() == "storyDialog"
    qtbot.waitUntil(lambda: "Élodie Lefèvre" in card.windowTitle())


def test_enter_in_the_search_box_opens_the_first_match(qtbot, window, opened, store):
    with store.session() as session:
        for name in ("Anna Rossi", "Zoé Martin"):
            add_contact(session, name)
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search, "zoe")
    press(qtbot, window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    qtbot.waitUntil(lambda: "Zoé Martin" in opened.last.windowTitle())


def test_an_activities_search_opens_on_its_newest_match(qtbot, window, store, now):
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont")
        paul = add_contact(session, "Paul Roux")
        for days in range(60):  # a long past with Paul, and Marie long ago and lately
            add_activity(
                session, paul, ActivityKind.CALL, ActivityStatus.DONE, now - timedelta(days=days)
            )
        for days in (400, 3):
            add_activity(
                session, marie, ActivityKind.CALL, ActivityStatus.DONE, now - timedelta(days=days)
            )
        for days in range(1, 40):  # and plenty planned ahead
            add_activity(
                session, paul, ActivityKind.CALL, ActivityStatus.PLANNED, now + timedelta(days=days)
            )
    window.resize(1000, 600)
    press(qtbot, window, Qt.Key.Key_5, CTRL)
    page = window.activities
    qtbot.waitUntil(lambda: page.table.rowAt(0) > 0)  # opened on today, below the plans
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search, "marie")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    qtbot.waitUntil(lambda: page.table.rowAt(0) == 0)
    assert page.selected_row() == 0
    assert page.model.value(0, "at") == now - timedelta(days=3)


def test_a_save_moves_only_its_row_in_the_open_list(qtbot, window, opened, store, now):
    """A call logged from the Activities list goes in at its place and is selected, and the
    list is not read again (at a million, that took seconds)."""
    with store.session() as session:
        contact = add_contact(session, "Anna")
        for days in (1, 3, 5):
            add_activity(
                session, contact, ActivityKind.VISIT, ActivityStatus.DONE, now - timedelta(days)
            )
    press(qtbot, window, Qt.Key.Key_5, CTRL)
    page = window.activities
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    click_row(qtbot, page.table, 2)
    resets, inserted = [], []
    page.model.modelReset.connect(lambda: resets.append(True))
    page.model.rowsInserted.connect(lambda _parent, first, _last: inserted.append(first))
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(opened.last.outcome, "Called back")
    click(qtbot, save_button(opened.last))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    assert resets == [] and inserted == [0]  # newest first: logged now, it leads
    assert page.model.value(0, "outcome") == "Called back"
    assert page.selected_row() == 0
    with store.reader() as session:
        assert [page.model.row_id(r) for r in range(4)] == list(
            row_ids(session, page.model.spec, page.model.query)
        )
