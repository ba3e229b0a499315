"""Reminders that arrive: the due computation with the app's clock, the notification on
start for what fell due while closed and when one falls due, the tray, closing to it."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from salescoach.core.agenda import Later, postponed
from salescoach.core.clock import Clock
from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.ui.machine_settings import REMINDERS_LAST_SEEN as LAST_SEEN
from salescoach.ui.machine_settings import REMINDERS_LEAD as LEAD
from salescoach.ui.machine_settings import REMINDERS_ON as ENABLED
from salescoach.ui.machine_settings import TOLD_ABOUT_TRAY
from tests.helpers import add_activity, add_contact

PLANNED = ActivityStatus.PLANNED
NOW = datetime(2026, 11, 25, 10, 0)


class Ticking:
    """A clock the test moves forward, as time passes for the app."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def now(self) -> datetime:
        return self.moment

    def today(self):
        return self.moment.date()


@pytest.fixture
def ticking() -> Ticking:
    return Ticking(NOW)


@pytest.fixture
def clock(ticking) -> Clock:
    return ticking  # type: ignore[return-value]


def plan(store, when: datetime, name: str = "Marie Dupont", kind=ActivityKind.CALL) -> int:
    def fill(session):
        contact = add_contact(session, name)
        return add_activity(session, contact, kind, PLANNED, when)

    return store.apply(fill).result


def notifications(window) -> list[tuple[str, str]]:
    seen: list[tuple[str, str]] = []
    window.reminders.notified.connect(lambda title, message: seen.append((title, message)))
    return seen


def test_on_start_what_fell_due_while_closed_is_said_once(qtbot, window, store, settings):
    settings.setValue(LAST_SEEN, (NOW - timedelta(hours=20)).isoformat())
    plan(store, NOW - timedelta(hours=2), "Marie Dupont")
    plan(store, NOW - timedelta(hours=1), "Luca Bianchi")
    plan(store, NOW - timedelta(days=3), "Anna Rossi")  # before the app was last open
    plan(store, NOW + timedelta(hours=3), "Paul Martin")  # not due yet
    seen = notifications(window)
    window.reminders.start()
    assert seen == [("2 follow-ups due", "Marie Dupont, Luca Bianchi")]
    window.reminders.check()
    assert len(seen) == 1  # nothing new: nothing said again
    assert window.reminders.overdue == 1  # Anna's, planned before today


def test_a_follow_up_falling_due_while_the_app_runs_is_notified(qtbot, window, store, ticking):
    activity = plan(store, NOW + timedelta(minutes=30))
    seen = notifications(window)
    window.reminders.start()
    assert seen == []
    ticking.moment = NOW + timedelta(minutes=31)
    window.reminders.timer.timeout.emit()  # the minute's check
    assert seen and seen[0][0] == "Call with Marie Dupont"
    assert seen[0][1].startswith("Boulangerie Dupont. Due ")
    opened = []
    window.launcher.opened.connect(opened.append)
    window.reminders.notification_clicked()  # a click on the notification
    assert opened[-1].objectName() == "reminderCard" and opened[-1].activity_id == activity


def test_the_head_start_warns_before_the_due_time(qtbot, window, store, settings):
    settings.setValue(LEAD, 15)
    plan(store, NOW + timedelta(minutes=10))
    seen = notifications(window)
    window.reminders.start()
    assert len(seen) == 1


def test_reminders_off_say_nothing(qtbot, window, store, settings):
    settings.setValue(ENABLED, False)
    plan(store, NOW - timedelta(minutes=5))
    seen = notifications(window)
    window.reminders.start()
    assert seen == [] and not window.reminders.timer.isActive()
    assert not window.reminders.keeps_running()


def test_logging_a_follow_up_updates_the_overdue_count_at_once(qtbot, window, store):
    window.reminders.start()
    assert window.reminders.overdue == 0
    window.operations.mutate(
        window,
        lambda s: add_activity(
            s, add_contact(s, "Luca Bianchi"), ActivityKind.CALL, PLANNED, NOW - timedelta(days=1)
        ),
    )
    assert window.reminders.overdue == 1


def test_quick_reschedules_keep_the_hour():
    due = datetime(2026, 11, 20, 9, 15)
    assert postponed(Later.HOUR, NOW.replace(minute=7), due) == datetime(2026, 11, 25, 11, 15)
    assert postponed(Later.TOMORROW, NOW, due) == datetime(2026, 11, 26, 9, 15)
    assert postponed(Later.NEXT_WEEK, NOW, due) == datetime(2026, 12, 2, 9, 15)
    friday = datetime(2026, 12, 4, 17, 0)  # "tomorrow" is the next working day, as it says
    assert postponed(Later.TOMORROW, friday, due) == datetime(2026, 12, 7, 9, 15)


class FakeTray:
    """Where the platform has a tray (not offscreen): what the window does with it."""

    def __init__(self) -> None:
        self.messages: list[str] = []

    def showMessage(self, title, message, *_args) -> None:
        self.messages.append(title)

    def setIcon(self, _icon) -> None: ...

    def setToolTip(self, _text) -> None: ...

    def show(self) -> None: ...

    def hide(self) -> None: ...


def test_closing_keeps_the_app_in_the_tray_and_says_so_once(qtbot, window, settings):
    window.reminders.tray = FakeTray()  # type: ignore[assignment]
    window.close()
    assert not window.isVisible()
    assert window.reminders.tray.messages == ["SalesCoach is still running"]
    assert settings.value(TOLD_ABOUT_TRAY, type=bool)
    window.show()
    window.close()
    assert window.reminders.tray.messages == ["SalesCoach is still running"]  # once
    settings.setValue(ENABLED, False)
    window.show()
    window.close()  # reminders off: closing closes
    assert not window.isVisible()


def test_without_a_tray_the_window_says_it_in_the_status_bar(qtbot, window, store):
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this platform has a tray")
    plan(store, NOW - timedelta(minutes=1), "Luca Bianchi")
    window.reminders.start()
    assert "Luca Bianchi" in window.statusBar().currentMessage()


def test_a_follow_up_planned_inside_the_head_start_is_still_announced_once(
    qtbot, window, store, settings, ticking
):
    """With a quarter of an hour's head start, the look at 10:00 covers up to 10:15; a call
    planned at 10:01 for 10:10 falls in that window and must still be said, once."""
    settings.setValue(LEAD, 15)
    seen = notifications(window)
    window.reminders.start()
    assert seen == []
    ticking.moment = NOW + timedelta(minutes=1)
    plan(store, NOW + timedelta(minutes=10), "Luca Bianchi")  # announces through the bus
    window.reminders.check()
    assert [title for title, _message in seen] == ["Call with Luca Bianchi"]
    ticking.moment = NOW + timedelta(minutes=2)
    window.reminders.timer.timeout.emit()
    assert len(seen) == 1
