"""The editing dialogs, typed into as a rep does: one save however many clicks, Esc while
saving, Tab, dates in one format, a referrer typed in full, and what a bug looks like."""

import os
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import contextmanager
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import func, select

from salescoach.core.domain import ActivityKind, ActivityStatus
from salescoach.store.models import Activity, Contact
from salescoach.ui.errors import report_bug
from salescoach.ui.labels import datetime_format, when_text
from salescoach.ui.operations import alive
from tests.helpers import add_activity, add_contact
from tests.ui.actions import (
    CTRL,
    SHIFT,
    choose_contact,
    click,
    click_row,
    press,
    save_button,
    settled,
    type_where_focused,
)


@contextmanager
def database_held_by_another_program(store):
    """Another connection holds the write lock, so a save waits (up to the busy timeout)."""
    other = sqlite3.connect(store.file, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.rollback()
        other.close()


def activities(store) -> int:
    with store.reader() as session:
        return session.scalar(select(func.count()).select_from(Activity))


def test_esc_while_saving_closes_quietly_and_the_save_completes(qtbot, threaded_window, store):
    window = threaded_window
    with store.session() as session:
        add_contact(session)
    opened = []
    window.launcher.opened.connect(opened.append)
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    dialog = opened[-1]
    choose_contact(qtbot, dialog.contact, "Dupont")
    with database_held_by_another_program(store):
        click(qtbot, save_button(dialog))
        assert dialog.saving and not save_button(dialog).isEnabled()
        press(qtbot, dialog, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
    qtbot.waitUntil(lambda: activities(store) == 1, timeout=10000)
    settled(qtbot, window)
    assert window.findChild(QMessageBox, "crashBox") is None
    assert window.findChild(QMessageBox, "problemBox") is None


def test_a_double_click_on_save_plans_one_follow_up(qtbot, threaded_window, store, now):
    window = threaded_window
    with store.session() as session:
        marie = add_contact(session)
    opened = []
    window.launcher.opened.connect(opened.append)
    window.launcher.plan_follow_ups({marie: "Marie Dupont"}, "A tip")
    dialog = opened[-1]
    with database_held_by_another_program(store):
        click(qtbot, save_button(dialog))  # a double click: two clicks in a row,
        click(qtbot, save_button(dialog))  # the second while the first is saving
        press(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not alive(dialog) or not dialog.isVisible(), timeout=10000)
    settled(qtbot, window)
    assert activities(store) == 1


def test_a_double_click_on_save_reschedules_once(qtbot, threaded_window, store, now):
    window = threaded_window
    with store.session() as session:
        add_activity(session, add_contact(session), ActivityKind.CALL, ActivityStatus.PLANNED, now)
    opened = []
    window.launcher.opened.connect(opened.append)
    press(qtbot, window, Qt.Key.Key_6, CTRL)
    qtbot.waitUntil(lambda: window.follow_ups.model.rowCount() == 1)
    qtbot.waitUntil(lambda: window.follow_ups.model.index(0, 2).data() == "Reschedule")
    click_row(qtbot, window.follow_ups.table, 0, column=2)
    dialog = opened[-1]
    saves = []
    dialog.saved.connect(saves.append)
    with database_held_by_another_program(store):
        click(qtbot, save_button(dialog))
        click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: bool(saves), timeout=10000)
    settled(qtbot, window)
    assert len(saves) == 1


def test_tab_leaves_the_needs_and_notes_boxes(qtbot, window, opened):
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    dialog = opened.last
    dialog.needs.setFocus()
    qtbot.keyClicks(dialog.needs, "Wants a quote")
    press(qtbot, dialog.needs, Qt.Key.Key_Tab)
    assert dialog.notes.hasFocus()
    assert dialog.needs.toPlainText() == "Wants a quote"
    press(qtbot, dialog.notes, Qt.Key.Key_Tab)
    assert not dialog.notes.hasFocus()
    assert "\t" not in dialog.notes.toPlainText()


def test_a_follow_up_in_the_past_is_said_and_still_saved(qtbot, window, opened, store, now):
    with store.session() as session:
        add_contact(session)
    press(qtbot, window, Qt.Key.Key_L, CTRL | SHIFT)
    dialog = opened.last
    choose_contact(qtbot, dialog.contact, "Dupont")
    assert not dialog.at_note.isVisible()
    dialog.at.setDateTime(dialog.at.dateTime().addDays(-10))
    assert dialog.at_note.isVisible()
    assert dialog.at_note.text() == "This is in the past: it will show as overdue."
    click(qtbot, save_button(dialog))
    with store.reader() as session:
        saved = session.scalars(select(Activity)).one()
    assert saved.status is ActivityStatus.PLANNED and saved.at < now


def test_lists_and_dialogs_write_dates_the_same_way(qtbot, window, opened, store, now):
    when = now.replace(hour=9, minute=5) + timedelta(days=1)
    with store.session() as session:
        add_activity(session, add_contact(session), ActivityKind.CALL, ActivityStatus.PLANNED, when)
    press(qtbot, window, Qt.Key.Key_5, CTRL)
    shown_in_list = window.activities.model.index(0, 0).data()
    assert shown_in_list == when_text(when) == f"{when:%d/%m/%Y 09:05}"
    click_row(qtbot, window.activities.table, 0)
    press(qtbot, window, Qt.Key.Key_F2)
    dialog = opened.last
    assert dialog.at.displayFormat() == datetime_format()
    assert dialog.at.text() == shown_in_list


def in_paris(script: str) -> str:
    """What `script` prints, run where the night of 29 March 2026 has no 02:30 (Paris), in
    a process that has had that time zone from its start."""
    env = {**os.environ, "TZ": "Europe/Paris", "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    return run.stdout.strip()


def test_a_time_the_spring_night_skips_is_listed_as_it_was_typed():
    """A QDateTime in local time moved 02:30 on that night to 03:30 in the lists."""
    shown = in_paris(
        """
        from datetime import datetime
        from salescoach.ui.labels import when_text
        print(when_text(datetime(2026, 3, 29, 2, 30)))
        """
    )
    assert shown.endswith("2026 02:30")


def test_a_dialog_keeps_a_time_the_spring_night_skips():
    """A dialog opened on an activity at 02:30 that night showed 03:30, and saved it."""
    kept = in_paris(
        """
        from datetime import datetime
        from PySide6.QtWidgets import QApplication
        from salescoach.ui.dialogs.common import moment_of, when_edit
        app = QApplication([])
        field = when_edit(datetime(2026, 3, 29, 2, 30), None)
        print(moment_of(field), field.text()[-5:])
        field.setDateTime(field.dateTime().addDays(1))  # the calendar's next day
        print(moment_of(field))
        """
    )
    assert kept.splitlines() == ["2026-03-29 02:30:00 02:30", "2026-03-30 02:30:00"]


def test_a_referrer_typed_in_full_is_found_with_accents_folded(qtbot, window, opened, store):
    with store.session() as session:
        lefevre = add_contact(session, "Élodie Lefèvre")
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    dialog = opened.last
    qtbot.keyClicks(dialog.name, "Paul Martin")
    qtbot.keyClicks(dialog.referred_by, "elodie lefevre")
    click(qtbot, save_button(dialog))
    assert not dialog.isVisible()
    with store.reader() as session:
        paul = session.scalars(select(Contact).where(Contact.name == "Paul Martin")).one()
        assert paul.referred_by_id == lefevre


def test_a_referrer_nobody_is_called_is_refused_inside_the_dialog(qtbot, window, opened, store):
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    dialog = opened.last
    qtbot.keyClicks(dialog.name, "Paul Martin")
    qtbot.keyClicks(dialog.referred_by, "Nobody Known")
    click(qtbot, save_button(dialog))
    assert dialog.isVisible()
    assert dialog.problem.text().startswith("No contact is called 'Nobody Known'")
    with store.reader() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 0


@pytest.fixture
def crashed_save(qtbot, window, opened, monkeypatch) -> tuple[QDialog, QMessageBox]:
    """A contact dialog whose save hits a bug of ours, and the box that says so."""
    import salescoach.ui.dialogs.contact_dialog as module

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug of ours")

    monkeypatch.setattr(module, "save_contact", broken)
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    dialog = opened.last
    qtbot.keyClicks(dialog.name, "Paul Martin")
    click(qtbot, save_button(dialog))
    return dialog, dialog.findChild(QMessageBox, "crashBox")


def test_a_bug_during_a_save_shows_the_crash_dialog(crashed_save):
    dialog, box = crashed_save
    assert box is not None and box.isVisible()
    assert box.text().startswith("Something went wrong inside SalesCoach. Your data is safe")
    assert "builtins.RuntimeError (message withheld" in box.detailedText()
    assert 'raise RuntimeError("a bug of ours")' in box.detailedText()  # our line of code
    assert dialog.isVisible() and save_button(dialog).isEnabled()


def test_the_crash_report_is_copyable_and_names_the_versions(qtbot, crashed_save):
    from PySide6.QtGui import QGuiApplication

    dialog, box = crashed_save
    assert box.detailedText().startswith("SalesCoach 0.1.0 · Python 3.")
    click(qtbot, box.findChild(type(save_button(dialog)), "copyReport"))
    assert box.isVisible()  # copying does not close it
    assert "builtins.RuntimeError" in QGuiApplication.clipboard().text()
    assert "Paul Martin" not in box.detailedText()


def test_a_bug_outside_any_window_still_shows_its_box_until_closed(qtbot):
    """The excepthook's report (a bug in a slot) has no window to own its box: it stays on
    screen until the rep closes it, then goes."""
    import sys

    def crash_boxes() -> list[QMessageBox]:
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "crashBox"]
        return [box for box in found if isinstance(box, QMessageBox) and box.isVisible()]

    try:
        raise RuntimeError("a bug in a slot")
    except RuntimeError:
        report_bug(*sys.exc_info())
    QApplication.processEvents()
    (box,) = crash_boxes()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not crash_boxes())


def test_typing_right_after_ctrl_l_goes_into_the_outcome(qtbot, window, opened, store):
    with store.session() as session:
        add_contact(session)
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1)
    click_row(qtbot, window.contacts.table, 0)
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    dialog = opened.last
    type_where_focused(qtbot, dialog, "ok va")
    assert dialog.isVisible() and dialog.outcome.text() == "ok va"
    assert activities(store) == 0
    press(qtbot, dialog.outcome, Qt.Key.Key_Return)  # the form is whole: Enter saves it
    qtbot.waitUntil(lambda: activities(store) == 1)
    with store.reader() as session:
        assert session.scalars(select(Activity.outcome)).one() == "ok va"


def test_typing_right_after_ctrl_n_goes_into_the_name_and_enter_waits_for_one(
    qtbot, window, opened, store
):
    press(qtbot, window, Qt.Key.Key_N, CTRL)
    dialog = opened.last
    type_where_focused(qtbot, dialog, Qt.Key.Key_Space)
    type_where_focused(qtbot, dialog, Qt.Key.Key_Return)  # no name yet: nothing saved
    assert dialog.isVisible()
    type_where_focused(qtbot, dialog, "Paul Martin")
    assert dialog.name.text() == " Paul Martin"
    press(qtbot, dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.reader() as session:
        assert session.scalars(select(Contact.name)).one() == "Paul Martin"


def test_enter_in_a_log_without_a_contact_says_so_and_saves_nothing(qtbot, window, opened, store):
    press(qtbot, window, Qt.Key.Key_L, CTRL)
    dialog = opened.last
    type_where_focused(qtbot, dialog, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.contact
    assert dialog.isVisible() and dialog.contact_error.isVisible()
    assert activities(store) == 0


def test_planning_a_follow_up_never_picks_a_lost_deal_by_itself(qtbot, window, opened, store, now):
    from salescoach.core.domain import Stage
    from tests.helpers import add_opportunity

    with store.session() as session:
        marie = add_contact(session)
        add_opportunity(session, marie, (Stage.SUSPECT, now - timedelta(days=9)), (Stage.LOST, now))
    press(qtbot, window, Qt.Key.Key_3, CTRL)
    click_row(qtbot, window.contacts.table, 0)
    press(qtbot, window, Qt.Key.Key_L, CTRL | SHIFT)
    dialog = opened.last
    assert dialog.opportunity.count() == 2  # (none) and the lost deal, to pick if meant
    assert dialog.opportunity.currentData() is None
