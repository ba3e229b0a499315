"""Plan my week, driven as a rep does: Ctrl+Shift+W or Today's button, untick, move, Save;
one Ctrl+Z takes the whole week back. A tip's Plan follow-ups spreads its calls."""

from datetime import datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QComboBox, QTimeEdit
from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.store.models import Activity
from salescoach.store.queries.week_plan import spread
from salescoach.ui.labels import day_text
from tests.helpers import TODAY, add_activity, add_contact
from tests.ui.actions import CTRL, SHIFT, click, click_row, press, save_button

MONDAY_NOON = datetime.combine(TODAY, time(12, 0))


@pytest.fixture
def now() -> datetime:
    return MONDAY_NOON


def silent_customers(store, count: int) -> list[int]:
    with store.session() as session:
        ids = [add_contact(session, f"Customer {n}", is_customer=True) for n in range(count)]
        for n, contact in enumerate(ids):
            when = MONDAY_NOON - timedelta(days=90 + n)
            add_activity(session, contact, ActivityKind.VISIT, ActivityStatus.DONE, when)
    return ids


def planned(store) -> list[Activity]:
    with store.reader() as session:
        return list(
            session.scalars(
                select(Activity)
                .where(Activity.status == ActivityStatus.PLANNED)
                .order_by(Activity.at)
            )
        )


def test_plan_the_week_adjust_it_and_take_it_back_with_one_undo(qtbot, window, store, opened):
    silent_customers(store, 3)
    press(qtbot, window, Qt.Key.Key_W, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    dialog = opened.last
    assert dialog.objectName() == "weekPlanDialog"
    table = dialog.table
    assert table.rowCount() == 3
    assert {table.item(row, 3).text() for row in range(3)} == {
        "Customer 0",
        "Customer 1",
        "Customer 2",
    }
    assert "no contact for" in table.item(0, 5).text()
    table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.count.text() == "2 follow-ups will be planned."
    day = table.cellWidget(2, 1)
    at = table.cellWidget(2, 2)
    assert isinstance(day, QComboBox) and isinstance(at, QTimeEdit)
    for row, item in enumerate(dialog.plan.items):  # each row shows its own day and time
        assert table.cellWidget(row, 1).currentText() == day_text(item.at.date())
        assert table.cellWidget(row, 2).time() == QTime(item.at.hour, item.at.minute)
    day.setCurrentIndex(day.count() - 1)  # Friday
    at.setTime(QTime(16, 30))
    click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: len(planned(store)) == 2)
    visits = planned(store)
    assert all(v.kind is ActivityKind.VISIT for v in visits)
    assert visits[-1].at == datetime.combine(TODAY + timedelta(days=4), time(16, 30))
    assert all(v.at > MONDAY_NOON for v in visits)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: planned(store) == [])


def test_two_items_swap_their_day_and_time_before_saving(qtbot, window, store, opened):
    silent_customers(store, 3)
    press(qtbot, window, Qt.Key.Key_W, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    dialog = opened.last
    table, items = dialog.table, dialog.plan.items
    assert not dialog.swap_button.isEnabled()
    click_row(qtbot, table, 0, 3)
    assert not dialog.swap_button.isEnabled()  # one item has nothing to swap with
    rect = table.visualRect(table.model().index(2, 3))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, CTRL, rect.center())
    assert dialog.swap_button.isEnabled()
    click(qtbot, dialog.swap_button)
    click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: len(planned(store)) == 3)
    at = {visit.contact_id: visit.at for visit in planned(store)}
    first, middle, last = (item.candidate.contact_id for item in items)
    assert items[0].at != items[2].at
    assert at[first] == items[2].at and at[last] == items[0].at
    assert at[middle] == items[1].at


def test_todays_button_opens_the_same_plan(qtbot, window, store, opened):
    silent_customers(store, 1)
    window.show_page(window.today)
    click(qtbot, window.today.board.plan_button)
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    assert opened.last.objectName() == "weekPlanDialog"
    assert opened.last.table.rowCount() == 1


def test_a_tips_follow_ups_are_spread_not_stacked(store):
    ids = silent_customers(store, 39)
    start = datetime.combine(TODAY + timedelta(days=1), time(9))
    with store.session() as session:
        placed = spread(session, ids, ActivityKind.CALL, start)
    moments = [at for _contact, at in placed]
    assert len(placed) == 39 and len(set(moments)) == 39
    assert min(moments) == start
    per_day: dict[object, int] = {}
    for at in moments:
        per_day[at.date()] = per_day.get(at.date(), 0) + 1
        assert time(9) <= at.time() < time(18) and at.weekday() < 5
    assert max(per_day.values()) <= 8


def test_the_dashboard_says_what_acting_on_a_lesson_did(qtbot, window, store, opened):
    silent_customers(store, 3)
    press(qtbot, window, Qt.Key.Key_W, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    click(qtbot, save_button(opened.last))
    qtbot.waitUntil(lambda: len(planned(store)) == 3)
    window.show_page(window.dashboard)
    dashboard = window.dashboard
    dashboard.scroll_area.ensureWidgetVisible(dashboard.what_worked)  # below the figures
    body = dashboard.what_worked.body
    qtbot.waitUntil(lambda: "Your customers will not wait for you" in body.text())
    assert "3 follow-ups" in body.text()
    assert "within 30 days of each follow-up" in body.text()
    assert "too few to tell yet" in body.text()
    assert "your own contacts" in body.text()


def test_today_shows_the_weeks_one_focus(qtbot, window, store):
    from salescoach.core.domain import Stage
    from tests.helpers import add_opportunity

    with store.session() as session:  # six new files, one qualified: qualification is weakest
        contact = add_contact(session, "Target")
        for n in range(6):
            moves = [(Stage.SUSPECT, MONDAY_NOON - timedelta(days=30 + n))]
            if n == 0:
                moves.append((Stage.PROSPECT, MONDAY_NOON - timedelta(days=20)))
            add_opportunity(session, contact, *moves, title=f"File {n}")
    window.show_page(window.today)
    focus = window.today.board.focus
    qtbot.waitUntil(lambda: focus.text().startswith("This week's focus: Qualification"))
    assert not focus.isHidden()


def test_today_counts_what_the_saved_plan_adds_to_the_week(qtbot, window, store, opened):
    with store.session() as session:
        for n in range(2):
            contact = add_contact(session, f"Referrer {n}")
            add_contact(session, f"Referred {n}", referred_by_id=contact)
            when = MONDAY_NOON - timedelta(days=60)
            add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, when)
    window.show_page(window.today)
    press(qtbot, window, Qt.Key.Key_W, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    dialog = opened.last
    assert dialog.table.rowCount() == 2  # the two referrers, called
    click(qtbot, save_button(dialog))
    calls = window.today.board.bars["calls"]
    qtbot.waitUntil(lambda: "2 more planned" in calls.text())
