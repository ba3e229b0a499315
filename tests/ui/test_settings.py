"""Settings: one dialog; the machine's choices in QSettings, the rep's in the database; the
language switched live; the window's columns kept between runs."""

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication

from salescoach.core.targets import Targets
from salescoach.store.preferences import coach_settings, default_period, save_targets, targets
from salescoach.ui.machine_settings import REMINDERS_LEAD as LEAD
from salescoach.ui.machine_settings import REMINDERS_ON as ENABLED
from salescoach.ui.machine_settings import VERSION, VERSION_KEY, WINDOW_PAGE, upgrade
from salescoach.ui.main_window import MainWindow
from salescoach.ui.operations import alive
from salescoach.ui.shell import Shell
from salescoach.ui.single_instance import SingleInstance
from salescoach.ui.translations import install_translations
from tests.ui.actions import CTRL, click, menu_entry, press, save_button


def open_settings(qtbot, window, opened):
    menu_entry(window, "editMenu", "settings").trigger()
    qtbot.waitUntil(lambda: opened.dialogs and opened.last.objectName() == "settingsDialog")
    return opened.last


def test_the_reps_choices_go_to_the_database_and_the_machines_to_qsettings(
    qtbot, window, opened, store, settings
):
    dialog = open_settings(qtbot, window, opened)
    dialog.tabs.setCurrentWidget(dialog.tabs.findChild(type(dialog.tabs.widget(0)), "targets"))
    dialog.monthly.setValue(8)
    dialog.weekly["calls"].setValue(40)
    dialog.period.setCurrentIndex(dialog.period.findData("month"))
    dialog.start_page.setCurrentIndex(dialog.start_page.findData("today"))
    dialog.reminders_on.setChecked(False)
    dialog.boxes["customer_silence_days"].setValue(45)
    dialog.boxes["outcome_days"].setValue(14)
    click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.reader() as session:
        assert targets(session) == Targets(monthly_wins=8, calls=40)
        assert default_period(session) == "month"
        assert coach_settings(session).customer_silence_days == 45
        assert coach_settings(session).outcome_days == 14
    assert settings.value("startPage") == "today"
    assert settings.value(ENABLED, type=bool) is False and settings.value(LEAD, type=int) == 0
    assert window.dashboard.picker.choice.currentData() == "month"  # followed at once
    assert not window.reminders.timer.isActive()


def test_the_start_page_and_the_weekly_target_reach_today(
    qtbot, operations, bus, settings, clock, store
):
    store.apply(lambda s: save_targets(s, Targets(calls=25)))
    settings.setValue("startPage", "today")
    window = MainWindow(operations, bus, settings, clock)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() is window.today
    qtbot.waitUntil(lambda: window.today.view is not None)
    assert window.today.board.bars["calls"].text() == "0 of 25"


def test_ctrl_comma_opens_settings(qtbot, window, opened):
    press(qtbot, window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: opened.dialogs and opened.last.objectName() == "settingsDialog")


def test_the_language_switches_live(qtbot, qapp, operations, bus, settings, clock, tmp_path):
    shell = Shell(qapp, operations, bus, settings, clock, operations.store.file)
    first = shell.window  # closed by the switch (below, should the test stop before it)
    first.show()
    first.show_page(first.contacts)
    opened = []
    first.launcher.opened.connect(opened.append)
    menu_entry(first, "editMenu", "settings").trigger()
    dialog = opened[-1]
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    try:
        with qtbot.waitSignal(shell.replaced, timeout=10000):
            click(qtbot, save_button(dialog))
        second = shell.window
        qtbot.addWidget(second)
        assert second is not first and second.isVisible() and not first.isVisible()
        assert second.current_page() is second.contacts  # where the rep was
        titles = [a.text() for a in second.menuBar().actions()]
        assert titles[0] == "&Fichier" and "&Aide" in titles
        assert settings.value("language") == "fr"
        # a second launch on this database brings forward the window showing now
        instance = SingleInstance(tmp_path / "mine.sqlite3")
        assert instance.claim()
        instance.activation_requested.connect(shell.come_forward)  # as the app wires it
        second.showMinimized()
        try:
            with qtbot.waitSignal(instance.activation_requested, timeout=5000):
                assert not SingleInstance(tmp_path / "mine.sqlite3").claim()
        finally:
            instance.release()
        assert not second.isMinimized() and second.isVisible()
    finally:
        install_translations(QApplication.instance(), "en_GB")
        if alive(first):
            first.close()
            first.deleteLater()


def test_column_widths_and_sort_are_kept_between_runs(qtbot, operations, bus, settings, clock):
    first = MainWindow(operations, bus, settings, clock)
    qtbot.addWidget(first)
    first.show()
    first.show_page(first.contacts)
    first.contacts.table.setColumnWidth(1, 333)
    first.contacts.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: settings.value("columns/contactsPage") is not None, timeout=3000)
    first.quit_window()
    second = MainWindow(operations, bus, settings, clock)
    qtbot.addWidget(second)
    header = second.contacts.table.horizontalHeader()
    assert header.sectionSize(1) == 333
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        1,
        Qt.SortOrder.DescendingOrder,
    )


def test_an_older_salescoachs_settings_are_upgraded_and_a_newer_ones_left_alone(
    qtbot, operations, bus, settings, clock
):
    settings.setValue(WINDOW_PAGE, "3")  # the first windows kept the page by number
    upgrade(settings)
    assert settings.value(VERSION_KEY, type=int) == VERSION
    assert settings.value(WINDOW_PAGE) == "activitiesPage"
    window = MainWindow(operations, bus, settings, clock)
    qtbot.addWidget(window)
    window.show()
    assert window.current_page() is window.activities
    settings.setValue(VERSION_KEY, VERSION + 1)
    settings.setValue(WINDOW_PAGE, "7")
    upgrade(settings)
    assert settings.value(WINDOW_PAGE) == "7"
    assert settings.value(VERSION_KEY, type=int) == VERSION + 1


def test_the_working_week_is_kept_and_plan_my_week_follows_it(qtbot, window, opened, store):
    from datetime import time

    from salescoach.store.preferences import working_week

    dialog = open_settings(qtbot, window, opened)
    for day in range(3, 7):  # Monday to Wednesday only
        dialog.working_days[day].setChecked(False)
    dialog.day_starts.setTime(QTime(8, 0))
    dialog.calls_a_day.setValue(2)
    click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with store.reader() as session:
        week = working_week(session)
    assert week.working_days == (0, 1, 2)
    assert (week.start, week.calls_per_day) == (time(8, 0), 2)
    again = open_settings(qtbot, window, opened)
    assert [box.isChecked() for box in again.working_days] == [True] * 3 + [False] * 4
    assert again.calls_a_day.value() == 2
    again.reject()
