"""The window's commands, pressed and clicked as a rep does: every shortcut works wherever
the focus is, is shown in its menu, and acts on what is selected."""

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QToolBar, QWidgetAction

from salescoach.core.domain import Stage
from salescoach.ui.shortcuts import ShortcutsDialog
from tests.helpers import add_contact, add_opportunity
from tests.ui.actions import CTRL, SHIFT, click, click_row, menu_entry, press


@pytest.mark.parametrize("number", range(6))
def test_ctrl_and_a_number_shows_that_page(qtbot, window, number):
    window.go(5 if number == 0 else 0)
    press(qtbot, window, getattr(Qt.Key, f"Key_{number + 1}"), CTRL)
    assert window.current_page() is window.pages[number]
    assert window.nav.currentRow() == number


@pytest.mark.parametrize("number", range(6))
def test_every_entry_of_the_go_menu_shows_its_page(qtbot, window, number):
    window.go(5 if number == 0 else 0)
    menu_entry(window, "goMenu", f"go{number}").trigger()
    assert window.current_page() is window.pages[number]


def test_ctrl_n_works_right_after_clicking_a_page_in_the_sidebar(qtbot, window, opened):
    rect = window.nav.visualItemRect(window.nav.item(2))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.nav.hasFocus() and window.current_page() is window.contacts
    press(qtbot, window.nav, Qt.Key.Key_N, CTRL)
    assert opened.dialogs and opened.last.windowTitle() == "New contact"


def test_shortcuts_work_with_the_focus_in_the_search_box(qtbot, window, opened):
    press(qtbot, window, Qt.Key.Key_5, CTRL)
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert window.search.hasFocus()
    press(qtbot, window.search, Qt.Key.Key_L, CTRL)
    assert opened.last.windowTitle() == "Log activity"


def test_every_shortcut_is_shown_in_a_menu(window):
    in_menus = {
        action.objectName()
        for menu in window.menuBar().findChildren(QMenu)
        for action in menu.actions()
    }
    with_keys = {n for n, a in window.commands.actions.items() if not a.shortcut().isEmpty()}
    assert with_keys <= in_menus
    assert {"newContact", "logActivity", "planFollowUp", "delete", "advance", "go0"} <= with_keys
    assert window.commands["newContact"].shortcut().toString() == "Ctrl+N"


def test_esc_clears_the_search_box(qtbot, window, store):
    with store.session() as session:
        add_contact(session, "Marie Dupont")
        add_contact(session, "Giulia Rossi")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search, "rossi")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    press(qtbot, window.search, Qt.Key.Key_Escape)
    assert window.search.text() == ""
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 2)


def test_delete_in_the_search_box_edits_the_text_not_the_list(qtbot, window, opened, store):
    with store.session() as session:
        add_contact(session, "Marie Dupont")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    click_row(qtbot, window.contacts.table, 0)
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(window.search, "ma")
    press(qtbot, window.search, Qt.Key.Key_Home)
    press(qtbot, window.search, Qt.Key.Key_Delete)
    assert window.search.text() == "a"
    assert not opened.dialogs


def test_log_and_plan_from_a_selected_contact_are_prefilled(qtbot, window, opened, store):
    with store.session() as session:
        add_contact(session, "Other One")
        marie = add_contact(session, "Marie Dupont")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    click_row(qtbot, window.contacts.table, 0)  # sorted by name: Marie first
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    log = opened.last
    assert log.contact.contact_id() == marie
    assert log.contact.text() == "Marie Dupont (Boulangerie Dupont)"
    log.reject()
    press(qtbot, window, Qt.Key.Key_L, CTRL | SHIFT)
    assert opened.last.windowTitle() == "Plan follow-up"
    assert opened.last.contact.contact_id() == marie
    opened.last.reject()
    press(qtbot, window, Qt.Key.Key_N, CTRL | SHIFT)
    assert opened.last.windowTitle() == "New opportunity"
    assert opened.last.contact.contact_id() == marie


def test_log_from_a_selected_deal_names_the_deal(qtbot, window, opened, store):
    with store.session() as session:
        contact = add_contact(session, "Marie Dupont")
        add_opportunity(session, contact, (Stage.SUSPECT, datetime(2026, 1, 5)), title="Four")
        deal = add_opportunity(
            session, contact, (Stage.PROSPECT, datetime(2026, 1, 5)), title="Vitrine"
        )
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    click_row(qtbot, window.board.columns[Stage.PROSPECT].list, 0)
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    log = opened.last
    assert log.contact.contact_id() == contact
    assert log.opportunity.currentData() == deal
    assert log.opportunity.count() == 3  # (none) and both deals of the contact


def test_the_toolbar_button_and_the_shortcut_are_the_same_action(qtbot, window, opened, store):
    with store.session() as session:
        marie = add_contact(session, "Marie Dupont")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    click_row(qtbot, window.contacts.table, 0)
    toolbar = window.contacts.toolbar
    click(qtbot, toolbar.widgetForAction(window.commands["logActivity"]))
    assert opened.last.contact.contact_id() == marie


def test_help_lists_the_shortcuts(qtbot, window):
    press(qtbot, window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["New contact…"] == "Ctrl+N"
    assert rows["Delete…"] == "Del"
    assert rows["Clear the search"] == "Esc in the search box"


def test_every_toolbar_button_is_also_in_a_menu(window):
    """A toolbar that overflows in a long language hides its last buttons behind a popup
    that can be clipped; a menu entry is always there."""

    def entries(menu: QMenu) -> set:
        found = set(menu.actions())
        for action in menu.actions():
            if action.menu() is not None:
                found |= entries(action.menu())
        return found

    in_menus = set().union(*(entries(top.menu()) for top in window.menuBar().actions()))
    buttons = {
        action
        for toolbar in window.findChildren(QToolBar)
        for action in toolbar.actions()
        if not action.isSeparator() and not isinstance(action, QWidgetAction)
    }
    assert window.board.show_lost in buttons
    assert {a.text() for a in buttons - in_menus} == set()


@pytest.mark.parametrize("language", ["en_GB", "fr_FR", "it_IT"])
def test_each_alt_letter_opens_one_menu_and_one_entry(
    qtbot, qapp, operations, bus, settings, clock, language
):
    """Alt and a letter opens one menu of the bar, and in a menu picks one entry."""
    import re

    from salescoach.ui.main_window import MainWindow
    from salescoach.ui.translations import install_translations

    def letters(texts):
        found = [re.search(r"&([^&\s])", t.replace("&&", "")) for t in texts]
        picked = [f.group(1).casefold() for f in found if f]
        return {letter for letter in picked if picked.count(letter) > 1}

    install_translations(qapp, language)
    try:
        window = MainWindow(operations, bus, settings, clock)
        qtbot.addWidget(window)
        bar = window.menuBar().actions()
        clashes = {"bar": letters([a.text() for a in bar])}
        for top in bar:
            entries = [a.text() for a in top.menu().actions() if not a.isSeparator()]
            clashes[top.text()] = letters(entries)
        assert {where: found for where, found in clashes.items() if found} == {}
    finally:
        install_translations(qapp, "en_GB")
