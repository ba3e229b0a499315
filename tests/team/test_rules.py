"""The server itself refuses what a role must not do: tried by connecting as each role."""

from datetime import date, datetime

import pytest
from sqlalchemy import exc, text

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.funnel import Period
from salescoach.reports.funnel_tables import funnel_document
from salescoach.reports.team_tables import team_document
from salescoach.store.team.funnel import team_counts
from tests.helpers import add_activity, add_contact, add_opportunity

T0 = datetime(2026, 9, 1, 9)
PERIOD = Period(date(2026, 8, 1), date(2026, 11, 25))


def seeded(laptops) -> None:
    with laptops["Anna"].store.session() as session:
        marie = add_contact(session, "Marie Dupont")
        deal = add_opportunity(session, marie, (Stage.SUSPECT, T0))
        add_activity(session, marie, ActivityKind.VISIT, ActivityStatus.DONE, T0, deal, "secret")
    laptops["Anna"].sync()
    laptops["Bruno"].sync()


def test_a_rep_cannot_read_or_write_another_reps_work(team, laptops):
    seeded(laptops)
    with team.engine("Bruno").connect() as bruno:
        assert bruno.execute(text("SELECT count(*) FROM activities")).scalar() == 0
        assert bruno.execute(text("SELECT count(*) FROM opportunities")).scalar() == 0
        assert bruno.execute(text("SELECT count(*) FROM contacts")).scalar() == 1  # shared
        changed = bruno.execute(text("UPDATE activities SET notes = 'mine now'"))
        assert changed.rowcount == 0
        with pytest.raises(exc.ProgrammingError, match="row-level security"):
            bruno.execute(  # a row of Anna's, forged
                text(
                    "INSERT INTO activities (contact_id, kind, status, at, outcome, notes, needs,"
                    " uid, created_at, updated_at, search_key, rep) SELECT id, 'call', 'done',"
                    " now(), '', 'forged', '', 'forged-uid', now(), now(), '', 'Anna' FROM contacts"
                )
            )
        bruno.rollback()
        with pytest.raises(exc.ProgrammingError, match="row-level security"):
            bruno.execute(text("UPDATE activities SET rep = 'Anna'"))  # his own, given to her
            bruno.execute(
                text(
                    "INSERT INTO activities (contact_id, kind, status, at, outcome, notes, needs,"
                    " uid, created_at, updated_at, search_key, rep) SELECT id, 'call', 'done',"
                    " now(), '', '', '', 'own-uid', now(), now(), '', 'Bruno' FROM contacts"
                )
            )
            bruno.execute(text("UPDATE activities SET rep = 'Anna' WHERE uid = 'own-uid'"))
    with team.engine("Anna").connect() as anna:
        assert anna.execute(text("SELECT needs FROM activities")).scalars().all() == ["secret"]


def test_a_manager_sees_counts_not_notes(team, laptops):
    seeded(laptops)
    with team.engine("Maria").connect() as maria:
        for table in ("activities", "contacts", "opportunities", "stage_events"):
            with pytest.raises(exc.ProgrammingError, match="permission denied"):
                maria.execute(text(f"SELECT * FROM {table}"))
            maria.rollback()
        columns = maria.execute(text("SELECT * FROM team_work")).keys()
        assert "notes" not in columns and "needs" not in columns
        assert maria.execute(text("SELECT count(*) FROM team_steps")).scalar() == 1
        with pytest.raises(exc.ProgrammingError, match="permission denied"):
            maria.execute(text("UPDATE team_reps SET manager = false"))


def test_the_team_funnel_is_each_reps_own_funnel(team, laptops):
    """The seed figures: Anna wins 5 of 50 suspects, Bruno 5 of 60."""
    for rep, suspects in (("Anna", 50), ("Bruno", 60)):
        with laptops[rep].store.session() as session:
            for n in range(suspects):
                contact = add_contact(session, f"{rep} client {n}")
                moves = [(Stage.SUSPECT, T0)]
                if n < 5:
                    moves += [(Stage.PROSPECT, T0.replace(day=3)), (Stage.ORDER, T0.replace(day=9))]
                add_opportunity(session, contact, *moves)
                add_activity(session, contact, ActivityKind.VISIT, ActivityStatus.DONE, T0)
        laptops[rep].sync()
    counts = team_counts(team.engine("Maria"), PERIOD)
    document = team_document(counts, PERIOD)
    for rep in document["reps"]:
        with laptops[rep["rep"]].store.reader() as session:
            own = funnel_document(session, PERIOD)
        assert (rep["counts"], rep["ratios"]) == (own["counts"], own["ratios"])
    assert [rep["counts"]["won"] for rep in document["reps"]] == [5, 5]
    assert document["team"]["counts"]["suspects"] == 110
    assert document["team"]["counts"]["won"] == 10
