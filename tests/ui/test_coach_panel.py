"""The Coach panel, driven by clicks: each tip's actions open the right list or dialog."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QPushButton, QToolButton
from sqlalchemy import select

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.funnel import Period
from salescoach.store.models import Activity, Contact
from salescoach.store.queries.coach_snapshot import current_tips, dismissals
from salescoach.store.session.changes import Change
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.ui.actions import CTRL, press, save_button, settled

TODAY = date(2026, 11, 23)


@pytest.fixture
def now() -> datetime:
    return datetime.combine(TODAY, time(12, 0))


def long_ago(days: int) -> datetime:
    return datetime(2026, 11, 23, 10) - timedelta(days=days)


def forgotten_customers(store) -> dict[str, int]:
    """Two customers nobody has called for months, one seen last week, one prospect."""
    with store.session() as session:
        ids = {}
        for name, days in (("Anna Bianchi", 90), ("Paul Martin", 75), ("Seen Lately", 5)):
            ids[name] = add_contact(session, name, is_customer=True)
            add_activity(
                session, ids[name], ActivityKind.VISIT, ActivityStatus.DONE, long_ago(days)
            )
        ids["Just a prospect"] = add_contact(session, "Just a prospect")
    return ids


def refreshed_coach(qtbot, window):
    """The Coach panel after the test's own writes, announced as the app's are (the panel
    would show the reading Today made before them)."""
    window.show_page(window.dashboard)
    coach = window.dashboard.coach
    with qtbot.waitSignal(coach.refreshed, timeout=15000):
        window.context.bus.announce(Change.ACTIVITIES)
        coach.refresh()
    return coach


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_panel_lists_tips_with_their_evidence(qtbot, window, store):
    forgotten_customers(store)
    coach = refreshed_coach(qtbot, window)
    assert [card.shown.tip.lesson for card in coach.cards] == ["customers-for-granted"]
    card = coach.card("customers-for-granted")
    assert card.findChild(type(card.why), "evidence_silent").text() == "2"
    assert card.findChild(type(card.why), "evidence_longest").text() == "90"
    assert coach.summary.text() == "1 tip from your own figures."
    assert not card.why.isVisibleTo(card)
    click(qtbot, card.why_button)
    assert card.why.isVisibleTo(card) and "trust you" in card.why.text()


def test_open_these_contacts_shows_exactly_them(qtbot, window, store):
    ids = forgotten_customers(store)
    card = refreshed_coach(qtbot, window).card("customers-for-granted")
    click(qtbot, card.button("open_contacts"))
    contacts = window.contacts
    assert window.current_page() is contacts
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 2)
    shown = {contacts.model.row_id(row) for row in range(2)}
    assert shown == {ids["Anna Bianchi"], ids["Paul Martin"]}
    assert contacts.banner.isVisible()
    assert "Your customers will not wait for you" in contacts.banner_label.text()
    click(qtbot, contacts.banner.findChild(type(card.buttons[0]), "showAll"))
    qtbot.waitUntil(lambda: contacts.model.rowCount() == 4)
    assert not contacts.banner.isVisible()


def test_plan_follow_ups_for_the_contacts_of_a_tip(qtbot, window, store, opened, bus):
    ids = forgotten_customers(store)
    card = refreshed_coach(qtbot, window).card("customers-for-granted")
    click(qtbot, card.button("plan_follow_ups"))
    dialog = opened.last
    assert dialog.windowTitle() == "Plan follow-ups"
    people = {dialog.people.item(r).text(): dialog.people.item(r) for r in range(2)}
    assert set(people) == {"Anna Bianchi", "Paul Martin"}  # longest silence first
    assert dialog.notes.text() == "Your customers will not wait for you"
    people["Paul Martin"].setCheckState(Qt.CheckState.Unchecked)
    assert dialog.count.text() == "1 follow-up will be planned."
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.VISIT))
    with qtbot.waitSignal(bus.changed, timeout=15000):
        click(qtbot, save_button(dialog))
    with store.reader() as session:
        planned = session.scalars(
            select(Activity).where(Activity.status == ActivityStatus.PLANNED)
        ).all()
    assert [(a.contact_id, a.kind, a.notes, a.lesson) for a in planned] == [
        (
            ids["Anna Bianchi"],
            ActivityKind.VISIT,
            "Your customers will not wait for you",
            "customers-for-granted",  # remembered, so outcomes can measure acting on it
        )
    ]


def test_a_dismissed_tip_goes_away_and_stays_away(qtbot, window, store):
    forgotten_customers(store)
    coach = refreshed_coach(qtbot, window)
    card = coach.card("customers-for-granted")
    with qtbot.waitSignal(coach.refreshed, timeout=15000):
        click(qtbot, card.findChild(type(card.why_button), "dismiss"))
    assert coach.cards == []
    assert coach.summary.text() == "Nothing to point out today: keep going."
    with store.reader() as session:
        assert set(dismissals(session)) == {"customers-for-granted"}
    # a third forgotten customer: the signal is worse, the tip is back
    with store.session() as session:
        add_contact(session, "Third", is_customer=True)
        session.flush()
        third = session.scalars(select(Contact).where(Contact.name == "Third")).one()
        third.created_at = long_ago(120)
    coach = refreshed_coach(qtbot, window)
    assert [card.shown.tip.lesson for card in coach.cards] == ["customers-for-granted"]


def weak_qualification(store) -> None:
    """Six new suspects in the period, one of them qualified: the weakest link."""
    with store.session() as session:
        contact = add_contact(session, "Target")
        for n in range(6):
            moves = [(Stage.SUSPECT, long_ago(30 + n))]
            if n == 0:
                moves.append((Stage.PROSPECT, long_ago(20)))
            add_opportunity(session, contact, *moves, title=f"File {n}")


def test_show_the_ratio_on_the_dashboard(qtbot, window, store):
    weak_qualification(store)
    window.show_page(window.contacts)
    card = refreshed_coach(qtbot, window).card("qualification-rate")
    assert card.findChild(type(card.why), "evidence_ratio").text() == "17%"
    click(qtbot, card.button("show_ratio"))
    assert window.current_page() is window.dashboard
    tile = window.dashboard.tiles["qualification"]
    assert tile.property("highlighted") is True
    settled(qtbot, window)  # the refreshes the move asked for: the highlight stays
    assert tile.property("highlighted") is True
    assert not window.dashboard.tiles["closing"].property("highlighted")


def test_log_a_call_from_a_tip(qtbot, window, store, opened):
    weak_qualification(store)
    card = refreshed_coach(qtbot, window).card("qualification-rate")
    click(qtbot, card.button("log_activity"))
    dialog = opened.last
    assert dialog.windowTitle() == "Log activity"
    assert dialog.kind.currentData() == ActivityKind.CALL


def test_tips_follow_the_language(qtbot, window, store, qapp):
    from salescoach.ui.app import install_translations

    forgotten_customers(store)
    install_translations(qapp, "fr_FR")
    try:
        coach = refreshed_coach(qtbot, window)
        assert coach.cards[0].shown.title == "Vos clients ne vous attendront pas"
        assert coach.summary.text() == "1 conseil tiré de vos propres chiffres."
    finally:
        install_translations(qapp, "en_GB")


def test_the_reps_own_thresholds(qtbot, window, store, opened):
    with store.session() as session:
        contact = add_contact(session, "Forty Days", is_customer=True)
        add_activity(session, contact, ActivityKind.CALL, ActivityStatus.DONE, long_ago(40))
    coach = refreshed_coach(qtbot, window)
    assert coach.cards == []  # 40 days is fine at the default 60
    click(qtbot, coach.findChild(QToolButton, "coachSettings"))
    dialog = opened.last
    assert (
        dialog.windowTitle() == "Settings" and dialog.tabs.currentWidget().objectName() == "coach"
    )
    box = dialog.boxes["customer_silence_days"]
    assert box.value() == 60
    box.selectAll()
    qtbot.keyClicks(box.lineEdit(), "30")
    with qtbot.waitSignal(coach.refreshed, timeout=15000):
        click(qtbot, save_button(dialog))
    assert [card.shown.tip.lesson for card in coach.cards] == ["customers-for-granted"]
    assert (
        coach.card("customers-for-granted").findChild(type(coach.summary), "evidence_days").text()
        == "30"
    )


def test_a_snoozed_tip_can_be_listed_and_brought_back(qtbot, window, store):
    forgotten_customers(store)
    coach = refreshed_coach(qtbot, window)
    card = coach.card("customers-for-granted")
    with qtbot.waitSignal(coach.refreshed, timeout=15000):
        click(qtbot, card.findChild(QToolButton, "snooze"))
    assert coach.cards == []
    shown_aside = coach.findChild(QToolButton, "showSetAside")
    assert shown_aside.isVisible() and shown_aside.text() == "Show 1 set aside"
    click(qtbot, shown_aside)
    (aside,) = coach.cards
    assert aside.shown.tip.lesson == "customers-for-granted"
    assert aside.findChild(QToolButton, "snooze") is None
    with qtbot.waitSignal(coach.refreshed, timeout=15000):
        click(qtbot, aside.findChild(QToolButton, "bringBack"))
    assert [c.shown.tip.lesson for c in coach.cards] == ["customers-for-granted"]
    assert not shown_aside.isVisible()
    with store.reader() as session:
        assert dismissals(session) == {}


def test_the_coach_reads_the_period_chosen_in_settings_whatever_the_dashboard_shows(
    qtbot, window, store, opened
):
    """One coach period for the panel, Today and `tips`: Settings' "Compare periods of"
    days ending today; the dashboard's period picker changes the figures, not the tips."""
    weak_qualification(store)  # the six files started 30 to 35 days ago
    window.context.bus.announce(Change.ACTIVITIES)  # as the app's own writes are
    dashboard, coach = window.dashboard, window.dashboard.coach
    window.show_page(dashboard)
    with qtbot.waitSignal(dashboard.refreshed, timeout=15000):
        dashboard.picker.choose("month")  # November: none of the six files started in it
    assert "qualification-rate" in [c.shown.tip.lesson for c in coach.cards]
    assert coach.reading.text() == (
        "Reading 26/08/2026 – 23/11/2026, against the same length before."
    )
    window.commands["coachSettings"].trigger()
    qtbot.waitUntil(lambda: bool(opened.dialogs))
    dialog = opened.last
    dialog.boxes["period_days"].setValue(20)  # the six files started before these 20 days
    with qtbot.waitSignal(coach.refreshed, timeout=15000):
        click(qtbot, save_button(dialog))
    qtbot.waitUntil(lambda: coach.reading.text().startswith("Reading 04/11/2026 – 23/11/2026"))
    assert "qualification-rate" not in [c.shown.tip.lesson for c in coach.cards]
    with store.reader() as session:
        assert "qualification-rate" not in [t.lesson for t in current_tips(session, TODAY)]


def test_a_first_time_rep_gets_first_steps(qtbot, window, opened):
    coach = refreshed_coach(qtbot, window)
    assert coach.summary.text() == "Welcome! Your coach needs something to read."

    # (shown by the layout on the next turn of the event loop; an earlier reading's box may
    # still wait for its deletion)
    def shown():
        return [f for f in coach.findChildren(QFrame, "firstSteps") if f.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    (steps,) = shown()
    click(qtbot, steps.findChild(QPushButton, "start_contact"))
    assert opened.last.windowTitle() == "New contact"
    opened.last.reject()
    click(qtbot, steps.findChild(QPushButton, "start_call"))
    assert opened.last.windowTitle() == "Log activity"


def test_a_card_says_who_is_in_hand_and_goes_when_everyone_is(qtbot, window, store, bus):
    ids = forgotten_customers(store)
    tomorrow = datetime.combine(TODAY + timedelta(days=1), time(10))
    with store.session() as session:
        add_activity(
            session, ids["Anna Bianchi"], ActivityKind.CALL, ActivityStatus.PLANNED, tomorrow
        )
    card = refreshed_coach(qtbot, window).card("customers-for-granted")
    assert card.in_hand.text() == "Concerned: 2 · already planned: 1"
    assert not card.in_hand.isHidden()
    with store.session() as session:
        add_activity(
            session, ids["Paul Martin"], ActivityKind.VISIT, ActivityStatus.PLANNED, tomorrow
        )
    coach = window.dashboard.coach
    with qtbot.waitSignal(coach.refreshed, timeout=15000):
        bus.announce(Change.ACTIVITIES)  # what the write queue says after a save
    assert "customers-for-granted" not in [c.shown.tip.lesson for c in coach.cards]


def test_five_tips_at_most_the_rest_wait_their_turn(qtbot, window, store):
    from salescoach.interchange.salescoach_json import import_document
    from tests.histories import PEOPLE_LESSONS, rep_year

    year = rep_year(5, TODAY, PEOPLE_LESSONS)  # eight lessons' signals at once
    store.apply(lambda session: import_document(session, year.document))
    coach = refreshed_coach(qtbot, window)
    assert len(coach.cards) == 5
    summary = coach.summary.text()
    assert summary.startswith("5 tips from your own figures.")
    assert summary.endswith("until you deal with these.")
    waiting = int(summary.split(". ")[1].split()[0])
    assert waiting >= 3


def test_the_panel_shows_the_tips_today_read_until_something_is_written(
    qtbot, window, store, monkeypatch
):
    """Today and the Coach panel show one reading of the tips: the panel takes the one
    Today made, and a new period on the dashboard keeps it (the tips read the coach's own
    period); once something is written, the tips are read again."""
    from salescoach.ui.views import coach_panel

    forgotten_customers(store)
    window.context.bus.announce(Change.ACTIVITIES)  # as the app's own writes are
    with qtbot.waitSignal(window.today.refreshed, timeout=10000):
        press(qtbot, window, Qt.Key.Key_1, CTRL)
    read: list[date] = []

    def reading(session, today, words, _read=coach_panel.coach_view):
        read.append(today)
        return _read(session, today, words)

    monkeypatch.setattr(coach_panel, "coach_view", reading)
    dashboard, coach = window.dashboard, window.dashboard.coach
    press(qtbot, window, Qt.Key.Key_2, CTRL)
    with qtbot.waitSignal(coach.refreshed, timeout=10000):
        dashboard.picker.choose("year")
    assert read == []
    assert [card.shown.tip.lesson for card in coach.cards] == ["customers-for-granted"]
    with qtbot.waitSignal(coach.refreshed, timeout=10000):
        window.context.operations.mutate(
            None, lambda session: add_contact(session, "Someone New", is_customer=True)
        )
    assert read == [TODAY]


def test_a_reading_asked_before_a_write_is_not_kept_after_it(bus):
    from salescoach.reports.tips import CoachView
    from salescoach.ui.coach_reading import CoachReading

    shared = CoachReading(bus)
    view = CoachView([], [], {}, True, Period(TODAY, TODAY))
    shared.keep(shared.ticket(), TODAY, "en", view)
    assert shared.kept(TODAY, "en") is view
    assert shared.kept(TODAY, "fr") is None  # words of another language
    assert shared.kept(TODAY + timedelta(days=1), "en") is None  # the tips of another day
    asked = shared.ticket()
    bus.announce(Change.ACTIVITIES)
    assert shared.kept(TODAY, "en") is None
    shared.keep(asked, TODAY, "en", view)  # read before the write, answered after it
    assert shared.kept(TODAY, "en") is None
