"""The board: the moved deal stays selected, Move to shows where it is, cards and columns
fit."""

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton

from salescoach.core.domain import Stage
from salescoach.store.models import Opportunity
from salescoach.store.records.opportunities import stage_history
from tests.helpers import add_contact, add_opportunity
from tests.ui.actions import CTRL, click, click_row, menu_entry, press


def two_suspects(store, now) -> tuple[int, int]:
    start = now - timedelta(days=20)
    with store.session() as session:
        contact = add_contact(session)
        first = add_opportunity(session, contact, (Stage.SUSPECT, start), title="A", value=900)
        second = add_opportunity(session, contact, (Stage.SUSPECT, start), title="B", value=500)
    return first, second


def test_ctrl_right_twice_moves_the_same_deal_twice(qtbot, window, store, now):
    first, second = two_suspects(store, now)
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    board = window.board
    click_row(qtbot, board.columns[Stage.SUSPECT].list, 0)  # by value: A first
    assert board.selected_id() == first
    press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert board.selected_id() == first
    assert board.current is board.columns[Stage.PROSPECT]
    press(qtbot, window, Qt.Key.Key_Right, CTRL)
    assert board.selected_id() == first
    with store.reader() as session:
        assert session.get(Opportunity, first).stage is Stage.APPROACH
        assert session.get(Opportunity, second).stage is Stage.SUSPECT
        assert [s.stage for s in stage_history(session, second)] == [Stage.SUSPECT]
    assert "Approach" in board.history.text()


def test_move_to_marks_the_current_stage(qtbot, window, store, now):
    two_suspects(store, now)
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    click_row(qtbot, window.board.columns[Stage.SUSPECT].list, 0)
    entries = {a.data(): a for a in window.commands.move_menu.actions()}
    assert entries["suspect"].isChecked() and not entries["suspect"].isEnabled()
    assert not entries["negotiation"].isChecked() and entries["negotiation"].isEnabled()
    entries["negotiation"].trigger()
    assert window.board.current is window.board.columns[Stage.NEGOTIATION]
    entries = {a.data(): a for a in window.commands.move_menu.actions()}
    assert entries["negotiation"].isChecked()


def test_cards_give_the_value_a_line_of_its_own(qtbot, window, store, now):
    two_suspects(store, now)
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    text = window.board.columns[Stage.SUSPECT].model.index(0, 0).data()
    assert text.split("\n") == ["A", "Marie Dupont", "€900"]


def test_with_lost_shown_every_column_fits_the_page(qtbot, window, store, now):
    two_suspects(store, now)
    window.resize(1280, 720)
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    board = window.board
    menu_entry(window, "viewMenu", "showLost").trigger()
    lost = board.columns[Stage.LOST]
    qtbot.waitUntil(lost.isVisible)
    right = lost.mapTo(board, lost.rect().topRight()).x()
    assert right <= board.width()
    assert lost.width() >= 110


def test_show_lost_in_the_toolbar_and_in_the_view_menu_are_one_switch(qtbot, window, store, now):
    two_suspects(store, now)
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    board = window.board
    toolbar = board.findChild(QToolBar)
    button = toolbar.widgetForAction(board.show_lost)
    assert isinstance(button, QToolButton)
    click(qtbot, button)
    assert board.columns[Stage.LOST].isVisible()
    assert menu_entry(window, "viewMenu", "showLost").isChecked()
    menu_entry(window, "viewMenu", "showLost").trigger()
    assert not board.columns[Stage.LOST].isVisible()
