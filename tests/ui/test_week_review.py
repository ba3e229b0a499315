"""The week's review on its last working day: Today offers it, Work ▸ Review my week and
Ctrl+Shift+R open it, and it saves as a PDF the way the briefing does."""

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.core.records import ActivityFields
from salescoach.store.records.activities import save_activity
from tests.helpers import TODAY, add_contact
from tests.ui.actions import CTRL, SHIFT, click, menu_entry, press

FRIDAY_NOON = datetime.combine(TODAY + timedelta(days=4), time(12, 0))


@pytest.fixture
def now() -> datetime:
    return FRIDAY_NOON


def plan_followed(store) -> None:
    """Two follow-ups a lesson asked for this week, one of them done."""
    with store.session() as session:
        for n, status in enumerate((ActivityStatus.DONE, ActivityStatus.PLANNED)):
            contact = add_contact(session, f"Customer {n}", is_customer=True)
            at = FRIDAY_NOON - timedelta(days=2 - n)
            outcome = "asked for a new quote" if status is ActivityStatus.DONE else ""
            fields = ActivityFields(ActivityKind.CALL, status, at, contact, outcome=outcome)
            save_activity(session, replace(fields, lesson="customers-for-granted"))


def test_today_offers_the_review_on_the_last_working_day(qtbot, window, store, opened):
    plan_followed(store)
    window.show_page(window.today)
    button = window.today.board.review_button
    qtbot.waitUntil(lambda: not button.isHidden())
    assert "last working day" in window.today.board.review_note.text()
    assert not window.today.board.review_note.isHidden()
    click(qtbot, button)
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    review = opened.last
    assert review.objectName() == "reviewDialog"
    qtbot.waitUntil(lambda: review.view.sheet is not None)
    sheet = review.view.sheet
    assert sheet.title == "Your week in review, 2026-11-23 to 2026-11-29"
    assert sheet.sections[0].heading == "The plan's follow-ups"
    plan = sheet.sections[0].lines[0].text
    assert plan == "Your customers will not wait for you: 2 planned, 1 done"
    assert "2 follow-ups" in review.view.toPlainText()
    assert review.findChild(QPushButton, "print") and review.findChild(QPushButton, "savePdf")


def test_ctrl_shift_r_and_the_work_menu_open_the_review_and_it_saves_as_pdf(
    qtbot, window, store, opened, tmp_path, monkeypatch
):
    plan_followed(store)
    assert menu_entry(window, "workMenu", "reviewWeek").shortcut().toString() == "Ctrl+Shift+R"
    press(qtbot, window, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    review = opened.last
    qtbot.waitUntil(lambda: review.view.sheet is not None)
    target = tmp_path / "week.pdf"
    monkeypatch.setattr(
        "salescoach.ui.widgets.sheet_view.QFileDialog.getSaveFileName",
        lambda *args: (str(target), ""),
    )
    with qtbot.waitSignal(review.view.saved):
        click(qtbot, review.findChild(QPushButton, "savePdf"))
    assert target.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("now", [FRIDAY_NOON - timedelta(days=1)])
def test_no_review_before_the_last_working_day(qtbot, window, now):
    window.show_page(window.today)
    qtbot.waitUntil(lambda: window.today.board.week_title.text() != "")
    assert window.today.board.review_button.isHidden()
