"""The team from the command line: set up, join, sync, the manager's figures; a sync killed
at random points loses nothing."""

import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from datetime import datetime

from sqlalchemy import create_engine, select, text

from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.records import ActivityFields
from salescoach.store import Store
from salescoach.store.models import SyncOutbox
from salescoach.store.records.activities import save_activity
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.running import run


def passwords(output: str) -> dict[str, str]:
    return dict(re.findall(r"(?:rep|manager) (\w+): role \w+, password (\S+)", output))


def test_init_join_sync_and_the_managers_funnel(pg, tmp_path):
    admin = pg.url(db="team")
    made = run(
        "team",
        "init",
        "--server",
        admin,
        "--rep",
        "Carla",
        "--manager",
        "Dario",
        db=tmp_path / "unused.sqlite3",
    )
    assert made.returncode == 0, made.stderr
    secret = passwords(made.stdout)
    laptop = tmp_path / "carla.sqlite3"
    carla = pg.url("sc_carla", secret["Carla"], "team")
    joined = run("team", "join", "--server", carla, "--rep", "Carla", db=laptop)
    assert joined.returncode == 0, joined.stderr
    assert "as Carla" in joined.stdout and secret["Carla"] not in joined.stdout
    assert "***" not in joined.stdout  # the address kept has no password at all
    with Store.open(laptop) as store, store.session() as session:
        client = add_contact(session, "Elena Neri")
        add_opportunity(session, client, (Stage.SUSPECT, datetime(2026, 11, 2)))
        call = ActivityFields(
            ActivityKind.CALL,
            ActivityStatus.DONE,
            datetime(2026, 11, 23, 10),
            client,
            outcome="wants a quote, call back Friday",
            lesson="customers-for-granted",
        )
        save_activity(session, call)
    synced = run("sync", db=laptop, PGPASSWORD=secret["Carla"])  # as a script gives it
    assert synced.returncode == 0, synced.stderr
    assert "5 changes sent" in synced.stdout  # account, contact, deal, step, call
    manager = pg.url("sc_mgr_dario", secret["Dario"], "team")
    figures = run("team", "funnel", "--json", "--server", manager, db=laptop)
    assert figures.returncode == 0, figures.stderr
    document = json.loads(figures.stdout)
    assert [rep["rep"] for rep in document["reps"]] == ["Carla"]
    assert document["reps"][0]["counts"]["suspects"] == 1
    assert set(document) == {"period", "reps", "team"}
    assert set(document["reps"][0]) == {"rep", "counts", "ratios"}  # the contract's shape
    assert set(document["team"]) == {"counts", "ratios"}
    plan = run("team", "plan", "--target", "2", "--json", "--server", manager, db=laptop)
    assert plan.returncode == 0, plan.stderr
    assert json.loads(plan.stdout)["needed"]["suspects"] is None  # nothing won yet: no ratio
    table = run("team", "funnel", "--server", manager, db=laptop)
    assert "Team funnel" in table.stdout and "Carla" in table.stdout
    week = run("team", "week", "--json", "--target", "4", "--server", manager, db=laptop)
    assert week.returncode == 0, week.stderr
    (carla_week,) = json.loads(week.stdout)["reps"]
    assert carla_week["rep"] == "Carla"
    assert carla_week["week"]["calls"]["done"] == 1
    (acted,) = carla_week["outcomes"]
    assert acted["lesson"] == "customers-for-granted"
    assert (acted["acted"], acted["done"], acted["reached"]) == (1, 1, 1)
    assert "won_value" not in acted and "call back" not in week.stdout  # counts only
    said = run("--lang", "fr", "team", "week", "--server", manager, db=laptop).stdout
    assert said.startswith("Carla, semaine du 2026-11-23 au 2026-11-29")
    with create_engine(admin).begin() as connection:
        connection.execute(text("DROP VIEW team_work"))  # as an older SalesCoach left it
        connection.execute(
            text("CREATE VIEW team_work AS SELECT rep, uid, kind, status, at FROM activities")
        )
        connection.execute(text("GRANT SELECT ON team_work TO salescoach_managers"))
    old = run("team", "week", "--server", manager, db=laptop)
    assert old.returncode == 1 and "team init" in old.stderr and "Traceback" not in old.stderr
    again = run("team", "init", "--server", admin, db=tmp_path / "unused.sqlite3")
    assert again.returncode == 0, again.stderr
    assert run("team", "week", "--server", manager, db=laptop).returncode == 0


def test_a_wrong_password_or_no_server_is_one_sentence(pg, tmp_path):
    refused = run(
        "team",
        "join",
        "--server",
        pg.url("sc_nobody", "wrong", "team"),
        "--rep",
        "X",
        db=tmp_path / "x.sqlite3",
    )
    assert refused.returncode != 0 and refused.stderr.count("\n") == 1
    assert "refused the login" in refused.stderr
    nowhere = run(
        "team",
        "join",
        "--server",
        "postgresql://a:b@127.0.0.1:1/team",
        "--rep",
        "X",
        db=tmp_path / "x.sqlite3",
    )
    assert nowhere.returncode != 0 and "cannot be reached" in nowhere.stderr
    Store.open(tmp_path / "alone.sqlite3", create=True).close()
    alone = run("sync", db=tmp_path / "alone.sqlite3")
    assert alone.returncode != 0 and "has not joined a team" in alone.stderr


KILLS = int(os.environ.get("SALESCOACH_SYNC_KILLS", "30"))


def test_a_sync_killed_anywhere_loses_nothing(team, tmp_path):
    """The rep's laptop syncs in a separate process killed after a random delay, again and
    again while the rep keeps working; then one sync completes, and the server holds
    exactly the laptop's rows."""
    from tests.team_fixtures import Laptop

    laptop = Laptop(team, "Anna", tmp_path)
    laptop.store.close()
    path = tmp_path / "Anna.sqlite3"
    rng = random.Random(14)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env["PGPASSWORD"] = team.members["Anna"].password or ""
    moment = datetime(2026, 11, 2, 9)
    for round_ in range(KILLS):
        with Store.open(path) as store, store.session() as session:
            client = add_contact(session, f"Client {round_}")
            deal = add_opportunity(session, client, (Stage.SUSPECT, moment))
            add_activity(session, client, ActivityKind.CALL, ActivityStatus.DONE, moment, deal)
        process = subprocess.Popen(
            [sys.executable, "-m", "salescoach", "--db", str(path), "sync"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.05, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
    laptop = Laptop.__new__(Laptop)
    laptop.rep, laptop.store, laptop.engine = "Anna", Store.open(path), team.engine("Anna")
    laptop.sync()
    laptop.sync()
    with laptop.store.reader() as session:
        assert session.scalars(select(SyncOutbox.uid)).all() == []
        mine = {
            table: set(session.execute(text(f"SELECT uid FROM {table}")).scalars())
            for table in ("contacts", "opportunities", "stage_events", "activities")
        }
    with team.engine("Anna").connect() as server:
        theirs = {
            table: set(server.execute(text(f"SELECT uid FROM {table}")).scalars()) for table in mine
        }
    assert theirs == mine
    assert len(mine["contacts"]) == KILLS
    laptop.close()
