"""A rep's day, driven through the real widgets: the issue's acceptance scenarios."""

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton
from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.models import Activity, Contact, Opportunity
from salescoach.store.opportunities import stage_history
from tests.helpers import add_activity, add_contact, add_opportunity


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def choose_contact(qtbot, picker, text):
    """Type into the picker and take the first suggestion, as a rep does."""
    qtbot.waitUntil(picker.window().isActiveWindow)
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: picker.completer().completionModel().rowCount() > 0)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    popup.setCurrentIndex(picker.completer().completionModel().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.contact_id() is not None)


def test_add_a_contact_with_inline_validation(qtbot, window, opened, bus, store):
    window.findChild(type(window.log_action), "newContact").trigger()
    dialog = opened.last
    qtbot.keyClicks(dialog.name, "Marie Dupont")
    qtbot.keyClicks(dialog.company, "Boulangerie Dupont")
    qtbot.keyClicks(dialog.email, "marie.dupont")
    assert dialog.email_error.isVisible()
    assert not save_button(dialog).isEnabled()
    qtbot.keyClicks(dialog.email, "@boulangerie.fr")
    assert not dialog.email_error.isVisible()
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    with store.reader() as session:
        contact = session.scalars(select(Contact)).one()
        assert (contact.name, contact.email) == ("Marie Dupont", "marie.dupont@boulangerie.fr")
        assert contact.account.name == "Boulangerie Dupont"
    window.show_page(window.contacts)
    model = window.contacts.model
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "Marie Dupont"
    assert window.count_label.text().startswith("1 contact")


def test_log_a_call_with_needs_then_plan_the_follow_up(qtbot, window, opened, bus, store):
    with store.session() as session:
        contact_id = add_contact(session)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    log = opened.last
    assert log.windowTitle() == "Log activity"
    choose_contact(qtbot, log.contact, "Dupont")
    assert log.contact.contact_id() == contact_id
    qtbot.keyClicks(log.outcome, "Interested in a new oven")
    qtbot.keyClicks(log.needs, "Wants to cut energy costs")
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(log.follow_up_button, Qt.MouseButton.LeftButton)
    plan = opened.last
    assert plan is not log and plan.windowTitle() == "Plan follow-up"
    assert plan.contact.contact_id() == contact_id
    assert plan.status.currentData() == ActivityStatus.PLANNED
    assert "Interested in a new oven" in plan.notes.toPlainText()
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(save_button(plan), Qt.MouseButton.LeftButton)

    with store.reader() as session:
        done, planned = session.scalars(select(Activity).order_by(Activity.id)).all()
    assert (done.kind, done.status, done.needs) == (
        ActivityKind.CALL,
        ActivityStatus.DONE,
        "Wants to cut energy costs",
    )
    assert planned.status is ActivityStatus.PLANNED and planned.at > datetime.now()

    window.show_page(window.follow_ups)
    follow_ups = window.follow_ups.model
    assert follow_ups.rowCount() == 1
    assert follow_ups.index(0, 5).data() == "Marie Dupont"


def test_overdue_follow_ups_come_first_and_one_click_marks_done(qtbot, window, opened, bus, store):
    now = datetime.now().replace(second=0, microsecond=0)
    with store.session() as session:
        contact = add_contact(session)
        later = add_activity(
            session, contact, ActivityKind.CALL, ActivityStatus.PLANNED, now + timedelta(days=3)
        )
        overdue = add_activity(
            session, contact, ActivityKind.VISIT, ActivityStatus.PLANNED, now - timedelta(days=2)
        )
    window.show_page(window.follow_ups)
    page = window.follow_ups
    page.refresh()
    assert page.model.row_id(0) == overdue
    assert page.model.index(0, 0).data() == "Overdue"
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.index(1, 0).data() == "Upcoming"
    assert page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None

    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = opened.last
    assert dialog.status.currentData() == ActivityStatus.DONE
    qtbot.keyClicks(dialog.outcome, "Showed the catalogue")
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    with store.reader() as session:
        visit = session.get(Activity, overdue)
        assert (visit.status, visit.outcome) == (ActivityStatus.DONE, "Showed the catalogue")
    assert page.model.rowCount() == 1
    assert page.model.row_id(0) == later


def test_reschedule_a_follow_up(qtbot, window, opened, bus, store):
    now = datetime.now().replace(second=0, microsecond=0)
    with store.session() as session:
        planned = add_activity(
            session,
            add_contact(session),
            ActivityKind.CALL,
            ActivityStatus.PLANNED,
            now - timedelta(days=1),
        )
    window.show_page(window.follow_ups)
    page = window.follow_ups
    page.refresh()
    rect = page.table.visualRect(page.model.index(0, 2))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = opened.last
    tomorrow = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Tomorrow")
    qtbot.mouseClick(tomorrow, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(bus.changed):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    with store.reader() as session:
        assert session.get(Activity, planned).at.date() > now.date()
    assert page.model.index(0, 0).data() == "Upcoming"


def test_move_an_opportunity_from_prospect_to_approach(qtbot, window, bus, store):
    start = datetime.now() - timedelta(days=10)
    with store.session() as session:
        contact = add_contact(session)
        opp = add_opportunity(
            session, contact, (Stage.SUSPECT, start), (Stage.PROSPECT, start + timedelta(days=1))
        )
    window.show_page(window.board)
    board = window.board
    board.refresh()
    prospects = board.columns[Stage.PROSPECT]
    assert prospects.model.rowCount() == 1
    assert prospects.summary.text() == "1 opportunity\n€12,000"
    rect = prospects.list.visualRect(prospects.model.index(0, 0))
    qtbot.mouseClick(prospects.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert board.advance_action.isEnabled()
    assert "Prospect" in board.history.text()
    with qtbot.waitSignal(bus.changed):
        board.toolbar.widgetForAction(board.advance_action).click()
    with store.reader() as session:
        assert session.get(Opportunity, opp).stage is Stage.APPROACH
        assert [s.stage for s in stage_history(session, opp)] == [
            Stage.SUSPECT,
            Stage.PROSPECT,
            Stage.APPROACH,
        ]
    assert board.columns[Stage.APPROACH].model.rowCount() == 1
    assert prospects.model.rowCount() == 0


def test_mark_lost_asks_first(qtbot, window, bus, store, monkeypatch):
    with store.session() as session:
        opp = add_opportunity(
            session, add_contact(session), (Stage.NEGOTIATION, datetime(2026, 1, 5))
        )
    board = window.board
    board.refresh()
    column = board.columns[Stage.NEGOTIATION]
    column.list.setCurrentIndex(column.model.index(0, 0))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(bus.changed):
        board.lost_action.trigger()
    with store.reader() as session:
        assert session.get(Opportunity, opp).stage is Stage.LOST


def test_search_filters_the_current_list(qtbot, window, store):
    with store.session() as session:
        add_contact(session, "Marie Dupont")
        add_contact(session, "Giulia Rossi", company="Panificio Rossi")
    window.show_page(window.contacts)
    window.contacts.refresh()
    assert window.contacts.model.rowCount() == 2
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "panificio")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    assert window.contacts.model.index(0, 0).data() == "Giulia Rossi"


def test_first_start_offers_demo_data(qtbot, window, store):
    box = window.offer_demo()
    load = next(b for b in box.buttons() if b.text() == "Load demo data")
    qtbot.mouseClick(load, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() > 0, timeout=10000)
    assert not store.is_empty()
    assert window.settings.value("firstStartDone", type=bool)


def test_a_save_that_fails_shows_one_sentence_and_keeps_the_dialog(qtbot, window, opened, store):
    with store.session() as session:
        contact_id = add_contact(session)
    window.launcher.edit_contact(contact_id)
    dialog = opened.last
    with store.session() as session:  # someone deletes it meanwhile
        session.delete(session.get(Contact, contact_id))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problemBox") is not None)
    box = window.findChild(QMessageBox, "problemBox")
    assert box.text() == "That contact no longer exists."
    assert dialog.isVisible() and save_button(dialog).isEnabled()
    assert not window.findChildren(QLabel, "crashBox")
