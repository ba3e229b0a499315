"""The coach's snapshot, computed from a real SQLite file, and dismissals that persist."""

from dataclasses import replace
from datetime import date, datetime, timedelta

from salescoach.core.coach import CoachSettings
from salescoach.core.coach.snapshot import Channel, ContactRef, Group
from salescoach.core.domain import ActivityKind, ActivityStatus, Source, Stage
from salescoach.core.records import ActivityFields
from salescoach.store.models import Contact, Preference
from salescoach.store.preferences import coach_settings, save_coach_settings
from salescoach.store.queries.coach_snapshot import coach_snapshot, current_tips, set_aside
from salescoach.store.records.activities import save_activity
from tests.helpers import add_activity, add_contact, add_opportunity

TODAY = date(2026, 11, 23)
NOON = datetime(2026, 11, 23, 12)
CALL, VISIT, MEETING, PROPOSAL = (
    ActivityKind.CALL,
    ActivityKind.VISIT,
    ActivityKind.MEETING,
    ActivityKind.PROPOSAL,
)
DONE, PLANNED, CANCELLED = ActivityStatus.DONE, ActivityStatus.PLANNED, ActivityStatus.CANCELLED


def days_ago(days: int, hour: int = 10) -> datetime:
    return datetime.combine(TODAY - timedelta(days=days), datetime.min.time()).replace(hour=hour)


def snapshot(store, **settings):
    with store.reader() as session:
        return coach_snapshot(session, TODAY, CoachSettings(**settings))


def created(session, contact_id: int, days: int) -> None:
    session.get(Contact, contact_id).created_at = days_ago(days)


def test_customers_and_referrers_with_their_silence(store):
    with store.session() as session:
        loyal = add_contact(session, "Loyal", is_customer=True)
        add_activity(session, loyal, CALL, DONE, days_ago(70))
        add_activity(session, loyal, VISIT, PLANNED, days_ago(1))  # planned: not contact made
        for name in ("Friend 1", "Friend 2"):
            add_contact(session, name, referred_by_id=loyal)
        quiet = add_contact(session, "Quiet customer", is_customer=True)
        created(session, quiet, 100)  # never any activity: silent since added
        add_contact(session, "Just a prospect")
    known = {c.name: c for c in snapshot(store).known_contacts}
    assert set(known) == {"Loyal", "Quiet customer"}
    assert (known["Loyal"].referrals, known["Loyal"].silent_days) == (2, 70)
    assert (known["Quiet customer"].referrals, known["Quiet customer"].silent_days) == (0, 100)


def test_overdue_follow_ups_know_customers_and_late_stages(store):
    with store.session() as session:
        customer = add_contact(session, "Customer", is_customer=True)
        prospect = add_contact(session, "Prospect")
        deal = add_opportunity(
            session, prospect, (Stage.SUSPECT, days_ago(40)), (Stage.NEGOTIATION, days_ago(20))
        )
        add_activity(session, customer, CALL, PLANNED, days_ago(5))
        add_activity(session, prospect, CALL, PLANNED, days_ago(2), opportunity_id=deal)
        add_activity(session, prospect, CALL, PLANNED, NOON)  # due today: not overdue yet
        add_activity(session, prospect, CALL, DONE, days_ago(9))
    overdue = snapshot(store).overdue
    assert (overdue.count, overdue.weighty, overdue.oldest_days) == (2, 2, 5)
    assert overdue.contacts == (
        ContactRef(customer, "Customer", 5),
        ContactRef(prospect, "Prospect", 2),
    )


def test_proposals_without_needs_heard_before_them(store):
    with store.session() as session:
        heard = add_contact(session, "Heard")
        deaf = add_contact(session, "Deaf")
        late = add_contact(session, "Too late")
        opp_heard = add_opportunity(session, heard, (Stage.PROSPECT, days_ago(30)))
        opp_deaf = add_opportunity(session, deaf, (Stage.PROSPECT, days_ago(30)))
        opp_late = add_opportunity(session, late, (Stage.PROSPECT, days_ago(30)))
        add_activity(session, heard, MEETING, DONE, days_ago(20), opp_heard, needs="A faster oven")
        add_activity(session, heard, PROPOSAL, DONE, days_ago(10), opp_heard)
        # a meeting with needs, but on another file of the same contact
        other = add_opportunity(session, deaf, (Stage.PROSPECT, days_ago(30)), title="Other")
        add_activity(session, deaf, MEETING, DONE, days_ago(20), other, needs="Something else")
        add_activity(session, deaf, MEETING, DONE, days_ago(15), opp_deaf)  # no needs noted
        add_activity(session, deaf, PROPOSAL, DONE, days_ago(10), opp_deaf)
        add_activity(session, late, PROPOSAL, DONE, days_ago(10), opp_late)
        add_activity(session, late, VISIT, DONE, days_ago(5), opp_late, needs="Heard after")
        add_activity(session, late, PROPOSAL, PLANNED, days_ago(1), opp_late)  # not done
        # heard only after, but on a meeting the tip planned: the rep went back to listen
        back = add_contact(session, "Went back")
        opp_back = add_opportunity(session, back, (Stage.PROSPECT, days_ago(30)))
        add_activity(session, back, PROPOSAL, DONE, days_ago(10), opp_back)
        listened = ActivityFields(
            MEETING, DONE, days_ago(2), back, opp_back, lesson="listen-and-respond"
        )
        save_activity(session, listened)
    shot = snapshot(store)
    assert shot.proposals == 4
    assert [c.name for c in shot.proposals_without_needs] == ["Deaf", "Too late"]


def test_only_a_done_listening_follow_up_after_a_proposal_excuses_it(store):
    """The lesson's follow-up excuses the proposals before it, once done: not one planned,
    not one done before the proposal, and not a later proposal made without listening."""

    def listening(contact: int, status: ActivityStatus, days: int) -> ActivityFields:
        return ActivityFields(MEETING, status, days_ago(days), contact, lesson="listen-and-respond")

    with store.session() as session:
        planned = add_contact(session, "Only planned")
        add_activity(session, planned, PROPOSAL, DONE, days_ago(10))
        save_activity(session, listening(planned, PLANNED, 5))
        before = add_contact(session, "Listened before")
        save_activity(session, listening(before, DONE, 20))
        add_activity(session, before, PROPOSAL, DONE, days_ago(10))
        twice = add_contact(session, "Proposed again")
        add_activity(session, twice, PROPOSAL, DONE, days_ago(30))  # excused by the one after
        save_activity(session, listening(twice, DONE, 20))
        add_activity(session, twice, PROPOSAL, DONE, days_ago(10))  # not excused
    shot = snapshot(store)
    assert [(c.name, c.days) for c in shot.proposals_without_needs] == [
        ("Listened before", 1),
        ("Only planned", 1),
        ("Proposed again", 1),
    ]


def test_effort_on_stuck_early_files_and_untouched_late_ones(store):
    with store.session() as session:
        busy = add_contact(session, "Busy")
        stuck = add_opportunity(session, busy, (Stage.SUSPECT, days_ago(60)))
        fresh = add_opportunity(session, busy, (Stage.PROSPECT, days_ago(5)), title="Fresh")
        for day in (3, 8, 12):
            add_activity(session, busy, CALL, DONE, days_ago(day), stuck)
        add_activity(session, busy, CALL, DONE, days_ago(40), stuck)  # before the window
        add_activity(session, busy, CALL, DONE, days_ago(2), fresh)  # not stuck
        waiting = add_contact(session, "Waiting")
        late = add_opportunity(
            session, waiting, (Stage.PROSPECT, days_ago(90)), (Stage.NEGOTIATION, days_ago(50))
        )
        add_activity(session, waiting, VISIT, DONE, days_ago(25), late)
        moving = add_contact(session, "Moving")
        add_opportunity(
            session, moving, (Stage.SUSPECT, days_ago(30)), (Stage.APPROACH, days_ago(3))
        )
    shot = snapshot(store)
    assert (shot.stale_early_effort, shot.stale_early_files) == (3, 1)
    assert shot.untouched_late == Group(1, (ContactRef(waiting, "Waiting", 25),))


def test_channels_count_calls_and_appointments_per_source(store):
    with store.session() as session:
        cold = add_contact(session, "Cold", source=Source.COLD_CALL)
        warm = add_contact(session, "Warm", source=Source.SOCIAL)
        for day in range(1, 6):
            add_activity(session, cold, CALL, DONE, days_ago(day))
        add_activity(session, cold, CALL, PLANNED, days_ago(1))  # not made
        add_activity(session, cold, CALL, DONE, days_ago(120))  # before the period
        add_activity(session, warm, CALL, DONE, days_ago(3))
        add_activity(session, warm, MEETING, CANCELLED, days_ago(2))  # made, whatever happened
    assert snapshot(store).channels == {
        Source.COLD_CALL: Channel(calls=5, appointments=0),
        Source.SOCIAL: Channel(calls=1, appointments=1),
    }


def test_won_deals_followed_up_or_not(store):
    with store.session() as session:
        forgotten = add_contact(session, "Forgotten", is_customer=True)
        add_opportunity(
            session, forgotten, (Stage.NEGOTIATION, days_ago(80)), (Stage.CONCLUSION, days_ago(45))
        )
        add_activity(session, forgotten, CALL, DONE, days_ago(50))  # before the win
        add_activity(session, forgotten, CALL, CANCELLED, days_ago(10))  # does not count
        cared = add_contact(session, "Cared for", is_customer=True)
        add_opportunity(
            session, cared, (Stage.NEGOTIATION, days_ago(80)), (Stage.ORDER, days_ago(40))
        )
        add_activity(session, cared, VISIT, PLANNED, days_ago(-3))  # a visit is booked
    assert snapshot(store).won_without_follow_up == Group(
        1, (ContactRef(forgotten, "Forgotten", 45),)
    )
    assert not snapshot(store, won_silence_days=46).won_without_follow_up


def test_personal_calls_and_visits_in_rolling_weeks(store):
    with store.session() as session:
        rep = add_contact(session, "Anyone")
        add_activity(session, rep, CALL, DONE, days_ago(0))
        add_activity(session, rep, VISIT, DONE, days_ago(6))
        add_activity(session, rep, CALL, DONE, days_ago(7))  # the week before
        add_activity(session, rep, MEETING, DONE, days_ago(1))  # not a call or a visit
        add_activity(session, rep, CALL, PLANNED, days_ago(2))
        add_activity(session, rep, CALL, DONE, days_ago(7 * 8 + 6))  # the 8th week before
    shot = snapshot(store)
    assert shot.basics_this_week == 2
    assert shot.basics_weeks_before == (1, 0, 0, 0, 0, 0, 0, 1)


def test_a_dismissed_tip_is_remembered_and_returns_when_worse(store):
    with store.session() as session:
        for name in ("One", "Two"):
            created(session, add_contact(session, name, is_customer=True), 90)
    with store.reader() as session:
        (tip,) = current_tips(session, TODAY)
    assert tip.lesson == "customers-for-granted"
    with store.session() as session:
        set_aside(session, tip, until=None)
    with store.reader() as session:
        assert current_tips(session, TODAY) == []
    with store.session() as session:
        created(session, add_contact(session, "Three", is_customer=True), 90)
    with store.reader() as session:
        assert [t.lesson for t in current_tips(session, TODAY)] == ["customers-for-granted"]


def test_a_snooze_lasts_until_its_day(store):
    with store.session() as session:
        created(session, add_contact(session, "One", is_customer=True), 90)
    with store.reader() as session:
        (tip,) = current_tips(session, TODAY)
    with store.session() as session:
        set_aside(session, tip, until=TODAY + timedelta(days=7))
    with store.reader() as session:
        assert current_tips(session, TODAY + timedelta(days=6)) == []
        assert len(current_tips(session, TODAY + timedelta(days=7))) == 1


def test_coach_settings_are_kept_in_the_database(store):
    with store.session() as session:
        created(session, add_contact(session, "One", is_customer=True), 40)
    with store.reader() as session:
        assert coach_settings(session) == CoachSettings()
        assert current_tips(session, TODAY) == []  # 40 days: not yet neglected at 60
    with store.session() as session:
        save_coach_settings(session, replace(CoachSettings(), customer_silence_days=30))
    with store.reader() as session:
        assert coach_settings(session).customer_silence_days == 30
        assert [t.lesson for t in current_tips(session, TODAY)] == ["customers-for-granted"]


def test_a_damaged_preference_falls_back_to_the_defaults(store):
    with store.session() as session:
        session.add(Preference(key="coach", value="{not json"))
    with store.reader() as session:
        assert coach_settings(session) == CoachSettings()
    with store.session() as session:
        session.get(
            Preference, "coach"
        ).value = '{"customer_silence_days": 45, "gone": 1, "ratio_drop": "x"}'
    with store.reader() as session:
        assert coach_settings(session) == replace(CoachSettings(), customer_silence_days=45)
