"""Two reps and the team's server: a rep's work is theirs, and a teammate's delete of a shared
contact never takes it (issue 22, items 1 and 7)."""

from datetime import datetime

from sqlalchemy import create_engine, select, text

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.store.models import Activity, Contact, Opportunity, StageEvent, SyncConflict
from salescoach.store.records.contacts import delete_contact
from tests.helpers import add_activity, add_contact, add_opportunity

T0 = datetime(2026, 10, 1, 9)


def counts(laptop) -> tuple[int, int, int, int]:
    with laptop.store.reader() as session:
        return tuple(  # type: ignore[return-value]
            len(session.scalars(select(model.id)).all())
            for model in (Contact, Opportunity, StageEvent, Activity)
        )


def contact_id(laptop, name: str) -> int | None:
    with laptop.store.reader() as session:
        return session.scalar(select(Contact.id).where(Contact.name == name))


def two_deals(laptop, name: str) -> None:
    with laptop.store.session() as session:
        contact = session.scalar(select(Contact.id).where(Contact.name == name))
        for _deal in range(2):
            deal = add_opportunity(session, contact, (Stage.SUSPECT, T0), (Stage.PROSPECT, T0))
            add_activity(
                session, contact, ActivityKind.MEETING, ActivityStatus.DONE, T0, deal, "an oven"
            )


def server_rows(team, sql: str) -> list:
    admin = create_engine(team.admin_url())
    with admin.connect() as connection:
        found = connection.execute(text(sql)).all()
    admin.dispose()
    return found


def test_a_shared_contact_deleted_by_one_rep_keeps_the_other_reps_deals(team, laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    with anna.store.session() as session:
        add_contact(session, "Carla Rossi")
    anna.sync()
    bruno.sync()
    two_deals(bruno, "Carla Rossi")
    bruno.sync()
    with anna.store.session() as session:
        delete_contact(session, contact_id(anna, "Carla Rossi"))
    anna.sync()
    assert contact_id(anna, "Carla Rossi") is None  # gone from her lists
    again = anna.sync()
    assert contact_id(anna, "Carla Rossi") is None and again.pulled == 0  # and stays gone
    result = bruno.sync()
    assert counts(bruno) == (1, 2, 4, 2) and result.pulled == 0
    assert server_rows(team, "SELECT count(*) FROM opportunities")[0][0] == 2
    assert server_rows(team, "SELECT count(*) FROM stage_events")[0][0] == 4
    assert server_rows(team, "SELECT count(*) FROM activities")[0][0] == 2


def test_an_offline_deal_brings_back_the_contact_a_teammate_deleted(team, laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    with anna.store.session() as session:
        add_contact(session, "Carla Rossi")
    anna.sync()
    bruno.sync()
    with anna.store.session() as session:  # nobody else uses her yet: deleted for the team
        delete_contact(session, contact_id(anna, "Carla Rossi"))
    anna.sync()
    assert server_rows(team, "SELECT count(*) FROM contacts")[0][0] == 0
    two_deals(bruno, "Carla Rossi")  # offline, before hearing of it
    result = bruno.sync()
    assert result.pushed == 8  # 2 deals, 4 steps, 2 meetings: the server brings Carla back
    assert counts(bruno) == (1, 2, 4, 2)
    assert server_rows(team, "SELECT count(*) FROM opportunities")[0][0] == 2
    anna.sync()
    assert contact_id(anna, "Carla Rossi") is None  # she deleted her: not in her lists


def test_a_rep_deleting_their_own_deal_on_another_laptop_keeps_work_sent_meanwhile(
    team, laptops, tmp_path
):
    from tests.team_fixtures import Laptop

    anna = laptops["Anna"]
    with anna.store.session() as session:
        carla = add_contact(session, "Carla Rossi")
        add_opportunity(session, carla, (Stage.SUSPECT, T0))
    anna.sync()
    other = Laptop(team, "Anna", tmp_path, name="Anna-desktop")
    other.sync()
    with other.store.session() as session:  # a visit logged on the desktop
        add_activity(
            session,
            session.scalar(select(Contact.id)),
            ActivityKind.VISIT,
            ActivityStatus.DONE,
            T0,
        )
    other.sync()
    with anna.store.session() as session:  # Carla deleted on the laptop, not yet told of it
        delete_contact(session, contact_id(anna, "Carla Rossi"))
    anna.sync()
    anna.sync()
    assert counts(anna) == (1, 0, 0, 1)  # the visit she did not delete keeps Carla
    other.sync()
    assert counts(other) == (1, 0, 0, 1)
    other.close()


def test_a_row_the_server_refuses_is_set_aside_and_the_rest_goes(team, laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    with anna.store.session() as session:
        carla = add_contact(session, "Carla Rossi")
        add_activity(session, carla, ActivityKind.CALL, ActivityStatus.DONE, T0)
    anna.sync()
    bruno.sync()
    taken = server_rows(team, "SELECT uid FROM activities")[0][0]
    with bruno.store.session() as session:  # a uid Anna's call has, as Bruno's own
        carla = session.scalar(select(Contact.id))
        add_activity(session, carla, ActivityKind.CALL, ActivityStatus.DONE, T0)
        session.execute(text("UPDATE activities SET uid = :u"), {"u": taken})
        add_contact(session, "Luca Bianchi")
    result = bruno.sync()
    assert result.set_aside == 1
    assert sorted(r[0] for r in server_rows(team, "SELECT name FROM contacts")) == [
        "Carla Rossi",
        "Luca Bianchi",
    ]
    with bruno.store.reader() as session:
        logged = session.scalars(select(SyncConflict)).one()
    assert logged.why == "refused" and logged.entity == "activities"
    again = bruno.sync()  # nothing blocked: later work still goes
    assert again.set_aside == 0
    with bruno.store.session() as session:
        add_contact(session, "Paolo Verdi")
    assert bruno.sync().pushed == 1


def test_a_row_the_server_cannot_take_is_set_aside_and_the_rest_goes(team, laptops):
    """A name longer than the server's column (SQLite took it): that contact waits in the
    log, every other change still goes, and the next sync is not held back."""
    bruno = laptops["Bruno"]
    with bruno.store.session() as session:
        add_contact(session, "Luca Bianchi")
        too_long = add_contact(session, "Paolo Verdi")
        session.execute(
            text("UPDATE contacts SET name = :n WHERE id = :i"), {"n": "P" * 300, "i": too_long}
        )
        add_activity(session, too_long - 1, ActivityKind.CALL, ActivityStatus.DONE, T0)
    result = bruno.sync()
    assert result.set_aside == 1
    assert [r[0] for r in server_rows(team, "SELECT name FROM contacts")] == ["Luca Bianchi"]
    assert server_rows(team, "SELECT count(*) FROM activities")[0][0] == 1
    with bruno.store.reader() as session:
        logged = session.scalars(select(SyncConflict)).one()
    assert logged.why == "refused" and logged.label.startswith("PPP")
    with bruno.store.session() as session:
        add_contact(session, "Carla Rossi")
    assert bruno.sync().set_aside == 0
    assert len(server_rows(team, "SELECT name FROM contacts")) == 2
