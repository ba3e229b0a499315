"""A rep's day, driven through the real widgets: add, log, plan, mark done, move, search."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.models import Activity, Contact, Opportunity
from salescoach.store.records.opportunities import stage_history
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.ui.actions import (
    CTRL,
    answer,
    choose_contact,
    click,
    click_row,
    menu_entry,
    press,
    save_button,
)


def test_add_a_contact_with_inline_validation(qtbot, window, opened, bus, store):
    menu_entry(window, "workMenu", "newContact").trigger()
    dialog = opened.last
    qtbot.keyClicks(dialog.name, "Marie Dupont")
    qtbot.keyClicks(dialog.company, "Boulangerie Dupont")
    qtbot.keyClicks(dialog.email, "marie.dupont")
    assert dialog.email_error.isVisible()
    assert not save_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.email, "@boulangerie.fr")
    assert not dialog.email_error.isVisible()
    with qtbot.waitSignal(bus.changed):
        click(qtbot, save_button(dialog))
    with store.reader() as session:
        contact = session.scalars(select(Contact)).one()
        assert (contact.name, contact.email) == ("Marie Dupont", "marie.dupont@boulangerie.fr")
        assert contact.account.name == "Boulangerie Dupont"
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    model = window.contacts.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Marie Dupont"
    assert window.count_label.text().startswith("1 contact")


def test_log_a_call_with_needs_then_plan_the_follow_up(qtbot, window, opened, bus, store, now):
    with store.session() as session:
        contact_id = add_contact(session)
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    log = opened.last
    assert log.windowTitle() == "Log activity"
    choose_contact(qtbot, log.contact, "Dupont")
    assert log.contact.contact_id() == contact_id
    qtbot.keyClicks(log.outcome, "Interested in a new oven")
    qtbot.keyClicks(log.needs, "Wants to cut energy costs")
    with qtbot.waitSignal(bus.changed):
        click(qtbot, log.follow_up_button)
    plan = opened.last
    assert plan is not log and plan.windowTitle() == "Plan follow-up"
    assert plan.contact.contact_id() == contact_id
    assert plan.status.currentData() == ActivityStatus.PLANNED
    assert "Interested in a new oven" in plan.notes.toPlainText()
    with qtbot.waitSignal(bus.changed):
        click(qtbot, save_button(plan))

    with store.reader() as session:
        done, planned = session.scalars(select(Activity).order_by(Activity.id)).all()
    assert (done.kind, done.status, done.needs) == (
        ActivityKind.CALL,
        ActivityStatus.DONE,
        "Wants to cut energy costs",
    )
    assert planned.status is ActivityStatus.PLANNED and planned.at > now

    press(qtbot, window, Qt.Key.Key_6, CTRL)
    follow_ups = window.follow_ups.model
    assert follow_ups.rowCount() == 1
    assert follow_ups.index(0, 5).data() == "Marie Dupont"


def test_overdue_follow_ups_come_first_and_one_click_marks_done(
    qtbot, window, opened, bus, store, now
):
    with store.session() as session:
        contact = add_contact(session)
        later = add_activity(
            session, contact, ActivityKind.CALL, ActivityStatus.PLANNED, now + timedelta(days=3)
        )
        overdue = add_activity(
            session, contact, ActivityKind.VISIT, ActivityStatus.PLANNED, now - timedelta(days=2)
        )
    press(qtbot, window, Qt.Key.Key_6, CTRL)
    page = window.follow_ups
    assert page.model.row_id(0) == overdue
    assert page.model.index(0, 0).data() == "Overdue"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.index(1, 0).data() == "Upcoming"
    assert page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    click_row(qtbot, page.table, 0, column=1)  # "Mark done"
    dialog = opened.last
    assert dialog.status.currentData() == ActivityStatus.DONE
    qtbot.keyClicks(dialog.outcome, "Showed the catalogue")
    with qtbot.waitSignal(bus.changed):
        click(qtbot, save_button(dialog))
    with store.reader() as session:
        visit = session.get(Activity, overdue)
        assert (visit.status, visit.outcome) == (ActivityStatus.DONE, "Showed the catalogue")
    assert page.model.rowCount() == 1
    assert page.model.row_id(0) == later


def test_reschedule_a_follow_up(qtbot, window, opened, bus, store, now):
    with store.session() as session:
        planned = add_activity(
            session,
            add_contact(session),
            ActivityKind.CALL,
            ActivityStatus.PLANNED,
            now - timedelta(days=1),
        )
    press(qtbot, window, Qt.Key.Key_6, CTRL)
    page = window.follow_ups
    click_row(qtbot, page.table, 0, column=2)  # "Reschedule"
    dialog = opened.last
    click(qtbot, dialog.findChild(type(save_button(dialog)), "tomorrow"))
    with qtbot.waitSignal(bus.changed):
        click(qtbot, save_button(dialog))
    with store.reader() as session:
        assert session.get(Activity, planned).at.date() > now.date()
    assert page.model.index(0, 0).data() == "Upcoming"


def test_move_an_opportunity_from_prospect_to_approach(qtbot, window, bus, store, now):
    start = now - timedelta(days=10)
    with store.session() as session:
        contact = add_contact(session)
        opp = add_opportunity(
            session, contact, (Stage.SUSPECT, start), (Stage.PROSPECT, start + timedelta(days=1))
        )
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    board = window.board
    prospects = board.columns[Stage.PROSPECT]
    assert prospects.model.rowCount() == 1
    assert prospects.summary.text() == "1 opportunity\n€12,000"
    click_row(qtbot, prospects.list, 0)
    advance = window.commands["advance"]
    assert advance.isEnabled()
    assert "Prospect" in board.history.text()
    with qtbot.waitSignal(bus.changed):
        click(qtbot, board.toolbar.widgetForAction(advance))
    with store.reader() as session:
        assert session.get(Opportunity, opp).stage is Stage.APPROACH
        assert [s.stage for s in stage_history(session, opp)] == [
            Stage.SUSPECT,
            Stage.PROSPECT,
            Stage.APPROACH,
        ]
    assert board.columns[Stage.APPROACH].model.rowCount() == 1
    assert prospects.model.rowCount() == 0


def test_mark_lost_asks_first(qtbot, window, opened, bus, store):
    with store.session() as session:
        opp = add_opportunity(
            session, add_contact(session), (Stage.NEGOTIATION, datetime(2026, 1, 5))
        )
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    column = window.board.columns[Stage.NEGOTIATION]
    click_row(qtbot, column.list, 0)
    menu_entry(window, "workMenu", "markLost").trigger()
    box = opened.last
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.waitSignal(bus.changed):
        answer(qtbot, box, QMessageBox.StandardButton.Yes)
    with store.reader() as session:
        assert session.get(Opportunity, opp).stage is Stage.LOST


def test_search_filters_the_current_list(qtbot, window, store):
    with store.session() as session:
        add_contact(session, "Marie Dupont")
        add_contact(session, "Giulia Rossi", company="Panificio Rossi")
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    assert window.contacts.model.rowCount() == 2
    press(qtbot, window, Qt.Key.Key_F, CTRL)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "panificio")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    assert window.contacts.model.index(0, 0).data() == "Giulia Rossi"


def test_a_save_that_fails_keeps_the_dialog_and_says_why_inside_it(qtbot, window, opened, store):
    with store.session() as session:
        contact_id = add_contact(session)
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    click_row(qtbot, window.contacts.table, 0)
    menu_entry(window, "editMenu", "edit").trigger()
    dialog = opened.last
    with store.session() as session:  # someone deletes it meanwhile
        session.delete(session.get(Contact, contact_id))
    click(qtbot, save_button(dialog))
    assert dialog.isVisible() and save_button(dialog).isEnabled()
    assert dialog.problem.isVisible()
    assert dialog.problem.text() == "That contact no longer exists."
    assert dialog.name.text() == "Marie Dupont"  # what was typed is kept


def test_edit_an_opportunity_from_the_board(qtbot, window, opened, store, now):
    with store.session() as session:
        opp = add_opportunity(
            session, add_contact(session), (Stage.PROSPECT, now - timedelta(days=3)), title="Four"
        )
    press(qtbot, window, Qt.Key.Key_4, CTRL)
    column = window.board.columns[Stage.PROSPECT]
    click_row(qtbot, column.list, 0)
    press(qtbot, window, Qt.Key.Key_F2)
    dialog = opened.last
    assert dialog.windowTitle() == "Edit opportunity"
    assert dialog.contact.text() == "Marie Dupont (Boulangerie Dupont)"
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Four mixte")
    dialog.value.selectAll()
    qtbot.keyClicks(dialog.value.lineEdit(), "15000")
    click(qtbot, save_button(dialog))
    with store.reader() as session:
        saved = session.get(Opportunity, opp)
        assert (saved.title, saved.value) == ("Four mixte", 15000)
    assert column.model.index(0, 0).data().split("\n")[0] == "Four mixte"
    assert window.board.selected_id() == opp
