"""Today, the contact card, the visit briefing and the reminder card, driven as a rep does."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.models import Activity
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.ui.actions import CTRL, click, menu_entry, press

PLANNED, DONE = ActivityStatus.PLANNED, ActivityStatus.DONE


@pytest.fixture
def now() -> datetime:
    return datetime(2026, 11, 25, 10, 30)  # a Wednesday morning


@pytest.fixture
def day(store, now):
    """Marie (a deal in negotiation, needs heard at a visit) is overdue a call; Luca has a
    visit today; a call to Anna is due this afternoon."""

    def fill(session):
        marie = add_contact(session, "Marie Dupont", phone="+33 6 12 34 56 78")
        luca = add_contact(session, "Luca Bianchi", company="Albergo Bianchi")
        anna = add_contact(session, "Anna Rossi", company="")
        deal = add_opportunity(
            session,
            marie,
            (Stage.SUSPECT, now - timedelta(days=40)),
            (Stage.APPROACH, now - timedelta(days=30)),
            (Stage.NEGOTIATION, now - timedelta(days=20)),
            title="Four à pain",
        )
        add_activity(
            session,
            marie,
            ActivityKind.VISIT,
            DONE,
            now - timedelta(days=30),
            deal,
            needs="Un four plus économe",
        )
        overdue = add_activity(
            session, marie, ActivityKind.CALL, PLANNED, now - timedelta(days=2), deal
        )
        visit = add_activity(session, luca, ActivityKind.VISIT, PLANNED, now.replace(hour=15))
        call = add_activity(session, anna, ActivityKind.CALL, PLANNED, now.replace(hour=16))
        add_activity(session, anna, ActivityKind.CALL, DONE, now.replace(hour=9))
        return {"overdue": overdue, "visit": visit, "call": call, "marie": marie}

    return store.apply(fill).result


def today(qtbot, window):
    page = window.today
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        press(qtbot, window, Qt.Key.Key_1, CTRL)
    return page


def test_ctrl_1_shows_the_day_in_order(qtbot, window, day):
    page = today(qtbot, window)
    assert window.current_page() is page
    assert [i.contact for i in page.board.lists["overdue"].items] == ["Marie Dupont"]
    assert [i.contact for i in page.board.lists["today"].items] == [
        "Anna Rossi"
    ]  # the visit: below
    assert page.board.titles["today"].text() == "Other follow-up today (1)"
    assert [i.kind for i in page.board.lists["appointments"].items] == [ActivityKind.VISIT]
    assert page.board.titles["overdue"].text() == "Overdue (1)"
    assert page.board.bars["calls"].text().startswith("1")  # Anna's call this morning
    assert "Wednesday" in page.board.heading.text()


def test_a_follow_up_opens_its_card_with_the_context(qtbot, window, opened, day):
    page = today(qtbot, window)
    overdue = page.board.lists["overdue"]
    overdue.setFocus()
    overdue.setCurrentItem(overdue.topLevelItem(0))
    press(qtbot, overdue, Qt.Key.Key_Return)
    card = opened.last
    assert card.objectName() == "reminderCard"
    assert "Marie Dupont" in card.heading.text()
    assert card.due.text().startswith("Overdue since")
    assert "Un four plus économe" in card.values["needs"].text()
    assert (
        "Four à pain" in card.values["deal"].text() and "Negotiation" in card.values["deal"].text()
    )
    assert card.values["lastVisit"].text() == "30 days ago"
    # the window's own commands act on the line selected on Today
    assert window.commands["markDone"].isEnabled() and not window.commands["briefing"].isEnabled()


def test_later_tomorrow_moves_the_follow_up_at_the_same_hour(
    qtbot, window, opened, day, store, now
):
    window.launcher.open_reminder(day["overdue"])
    card = opened.last
    click(qtbot, card.findChild(QPushButton, "later_tomorrow"))
    moved = due_of(store, day["overdue"])
    assert moved == datetime(2026, 11, 26, (now - timedelta(days=2)).hour, 30)
    assert not card.isVisible()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # and Undo takes it back
    qtbot.waitUntil(lambda: due_of(store, day["overdue"]).day == 23)


def test_log_it_done_opens_the_activity_as_done(qtbot, window, opened, day):
    window.launcher.open_reminder(day["call"])
    card = opened.last
    click(qtbot, card.findChild(QPushButton, "done"))
    assert opened.last.windowTitle() == "Log activity"


def test_a_visit_opens_its_briefing(qtbot, window, opened, day):
    page = today(qtbot, window)
    visits = page.board.lists["appointments"]
    visits.setFocus()
    visits.setCurrentItem(visits.topLevelItem(0))
    assert window.commands["briefing"].isEnabled()
    menu_entry(window, "workMenu", "briefing").trigger()
    briefing = opened.last
    assert briefing.objectName() == "briefingDialog"
    qtbot.waitUntil(lambda: briefing.view.sheet is not None)
    text = briefing.view.toPlainText()
    assert "Luca Bianchi" in text and "Albergo Bianchi" in text
    assert briefing.findChild(QPushButton, "savePdf") and briefing.findChild(QPushButton, "print")


def test_the_briefing_saves_as_pdf_on_a_worker(qtbot, window, opened, day, tmp_path):
    window.launcher.open_briefing(day["visit"])
    briefing = opened.last
    qtbot.waitUntil(lambda: briefing.view.sheet is not None)
    with qtbot.waitSignal(briefing.view.saved, timeout=10000):
        briefing.view.save_pdf(tmp_path / "luca")
    assert (tmp_path / "luca.pdf").read_bytes().startswith(b"%PDF-")


def test_the_contact_card_shows_the_story_and_follows_referrals(qtbot, window, opened, day, store):
    with store.session() as session:
        add_contact(session, "Paul Martin", referred_by_id=day["marie"])
    window.launcher.open_contact(day["marie"])
    card = opened.last
    qtbot.waitUntil(lambda: card.story is not None)
    text = card.view.toPlainText()
    assert "Un four plus économe" in text and "Four à pain" in text and "Paul Martin" in text
    card.view.link_followed.emit(f"contact:{store_contact(store, 'Paul Martin')}")
    qtbot.waitUntil(lambda: card.story.profile.name == "Paul Martin")
    assert card.windowTitle() == "Paul Martin"


def test_a_new_activity_shows_on_today_at_once(qtbot, window, day, store, now):
    page = today(qtbot, window)
    with qtbot.waitSignal(page.refreshed, timeout=10000):
        window.operations.mutate(
            window,
            lambda s: add_activity(
                s, day["marie"], ActivityKind.MEETING, PLANNED, now.replace(hour=11)
            ),
        )
    assert [i.kind for i in page.board.lists["appointments"].items] == [
        ActivityKind.MEETING,
        ActivityKind.VISIT,
    ]


def test_an_empty_day_says_so(qtbot, window):
    page = today(qtbot, window)
    assert page.board.empty["overdue"].isVisible() and not page.board.lists["overdue"].isVisible()
    assert page.board.no_tip.isVisible()
    assert isinstance(page.findChild(QLabel, "weekNote"), QLabel)


def due_of(store, activity_id):
    with store.reader() as session:
        return session.get(Activity, activity_id).at


def store_contact(store, name):
    from salescoach.store.records.contacts import contact_named

    with store.reader() as session:
        return contact_named(session, name)
