"""The server orders changes, not the laptops' clocks, each change is applied once, and a
laptop brought back from a backup catches up (issue 22, items 3 to 5)."""

import shutil
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from salescoach.store.models import Contact, SyncConflict, SyncOutbox
from salescoach.store.records.contacts import load_contact, save_contact
from salescoach.store.session.stamps import utc_now
from salescoach.store.team import push as sync_push
from salescoach.store.team.conflicts import conflict_log, keep
from tests.helpers import add_contact
from tests.team_fixtures import Laptop


def edit(laptop, name: str, **fields) -> None:
    with laptop.store.session() as session:
        contact_id = session.scalar(select(Contact.id).where(Contact.name == name))
        save_contact(session, replace(load_contact(session, contact_id), **fields), contact_id)


def field_of(laptop, name: str, field: str):
    with laptop.store.reader() as session:
        contact_id = session.scalar(select(Contact.id).where(Contact.name == name))
        return getattr(load_contact(session, contact_id), field)


def marie(laptops) -> None:
    with laptops["Anna"].store.session() as session:
        add_contact(
            session, "Marie Dupont", phone="01 00 00 00 01", email="marie@old.fr", role="Owner"
        )
    laptops["Anna"].sync()
    laptops["Bruno"].sync()


def test_a_fast_clock_wins_nothing(laptops):
    """Anna's laptop is three days ahead; Bruno's change reaches the server last and wins,
    and both see the conflict with both values."""
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    marie(laptops)
    edit(anna, "Marie Dupont", phone="02 00 00 00 02")
    with anna.store.session() as session:
        session.execute(update(Contact).values(updated_at=utc_now() + timedelta(days=3)))
    anna.sync()
    edit(bruno, "Marie Dupont", phone="03 00 00 00 03")
    bruno.sync()
    anna.sync()
    assert field_of(anna, "Marie Dupont", "phone") == field_of(bruno, "Marie Dupont", "phone")
    assert field_of(anna, "Marie Dupont", "phone") == "03 00 00 00 03"
    for laptop, mine, theirs, other in (
        (anna, "02 00 00 00 02", "03 00 00 00 03", "Bruno"),
        (bruno, "03 00 00 00 03", "02 00 00 00 02", "Anna"),
    ):
        with laptop.store.reader() as session:
            [logged] = conflict_log(session)
        assert (logged.mine, logged.theirs, logged.other) == (
            {"phone": mine},
            {"phone": theirs},
            other,
        ), laptop.rep


def test_keep_theirs_on_one_laptop_settles_it_on_both(laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    marie(laptops)
    edit(anna, "Marie Dupont", role="Manager")
    anna.sync()
    edit(bruno, "Marie Dupont", role="Buyer")
    bruno.sync()
    anna.sync()
    with bruno.store.session() as session:  # Bruno gives way: Anna's value comes back
        [logged] = conflict_log(session)
        keep(session, logged.id, mine=False)
    bruno.sync()
    anna.sync()
    assert field_of(anna, "Marie Dupont", "role") == "Manager"
    assert field_of(bruno, "Marie Dupont", "role") == "Manager"
    with anna.store.reader() as session:
        [logged] = conflict_log(session)
    assert (logged.kept_mine, logged.resolution, logged.open) == (True, "lost", False)


def test_different_fields_merge_without_a_conflict(laptops):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    marie(laptops)
    edit(anna, "Marie Dupont", phone="02 00 00 00 02")
    edit(bruno, "Marie Dupont", email="marie@new.fr")
    anna.sync()
    bruno.sync()
    anna.sync()
    for laptop in (anna, bruno):
        assert field_of(laptop, "Marie Dupont", "phone") == "02 00 00 00 02"
        assert field_of(laptop, "Marie Dupont", "email") == "marie@new.fr"
        with laptop.store.reader() as session:
            assert session.scalars(select(SyncConflict)).all() == []


def test_a_sync_cut_off_after_the_servers_commit_applies_nothing_twice(laptops, monkeypatch):
    """The server applied the push, the laptop never heard: its next sync neither reverts
    the rep's newer edit nor logs the rep against himself."""
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    marie(laptops)
    edit(anna, "Marie Dupont", phone="02 00 00 00 02")

    def cut_off(*_args, **_kwargs):
        raise ConnectionError("the laptop lost the answer")

    monkeypatch.setattr(sync_push, "settle", cut_off)
    import salescoach.store.team.sync as sync_module

    monkeypatch.setattr(sync_module, "settle", cut_off)
    with pytest.raises(ConnectionError):
        anna.sync()
    monkeypatch.undo()
    edit(anna, "Marie Dupont", phone="04 00 00 00 04")  # the rep goes on: a newer value
    anna.sync()
    bruno.sync()
    assert field_of(bruno, "Marie Dupont", "phone") == "04 00 00 00 04"
    assert field_of(anna, "Marie Dupont", "phone") == "04 00 00 00 04"
    for laptop in (anna, bruno):
        with laptop.store.reader() as session:
            assert session.scalars(select(SyncConflict)).all() == []
            assert session.scalars(select(SyncOutbox)).all() == []


def test_a_laptop_restored_from_an_older_backup_catches_up(laptops, tmp_path, team):
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    marie(laptops)
    backup = tmp_path / "anna-backup.sqlite3"
    anna.store.close()
    shutil.copy(tmp_path / "Anna.sqlite3", backup)
    anna.store = type(anna.store).open(tmp_path / "Anna.sqlite3")
    with anna.store.session() as session:  # work after the backup, synced
        add_contact(session, "Luca Bianchi")
    edit(anna, "Marie Dupont", phone="05 00 00 00 05")
    anna.sync()
    edit(bruno, "Marie Dupont", role="Buyer")  # and a teammate's newer change
    bruno.sync()
    anna.close()
    shutil.copy(backup, tmp_path / "Anna.sqlite3")  # the laptop comes back from the backup
    restored = Laptop.__new__(Laptop)
    restored.rep, restored.engine = "Anna", team.engine("Anna")
    restored.store = type(bruno.store).open(tmp_path / "Anna.sqlite3")
    laptops["Anna"] = restored
    restored.sync()
    with restored.store.reader() as session:
        assert sorted(session.scalars(select(Contact.name))) == ["Luca Bianchi", "Marie Dupont"]
    assert field_of(restored, "Marie Dupont", "phone") == "05 00 00 00 05"
    assert field_of(restored, "Marie Dupont", "role") == "Buyer"
    edit(restored, "Marie Dupont", email="marie@new.fr")  # an edit of an old row
    restored.sync()
    bruno.sync()
    for laptop in (restored, bruno):
        assert (
            field_of(laptop, "Marie Dupont", "phone"),
            field_of(laptop, "Marie Dupont", "role"),
            field_of(laptop, "Marie Dupont", "email"),
        ) == ("05 00 00 00 05", "Buyer", "marie@new.fr")


def test_a_restored_laptops_older_changes_lose_to_the_teams_and_are_logged(laptops, tmp_path, team):
    """Changes waiting in the backup were overtaken on the server: the server's values win
    and the older ones are in the log, to keep if the rep wants."""
    anna, bruno = laptops["Anna"], laptops["Bruno"]
    marie(laptops)
    edit(anna, "Marie Dupont", role="Manager")  # waiting to be sent when the backup is made
    anna.store.close()
    backup = tmp_path / "anna-backup.sqlite3"
    shutil.copy(tmp_path / "Anna.sqlite3", backup)
    anna.store = type(anna.store).open(tmp_path / "Anna.sqlite3")
    anna.sync()
    edit(bruno, "Marie Dupont", role="Buyer")
    bruno.sync()
    anna.close()
    shutil.copy(backup, tmp_path / "Anna.sqlite3")
    restored = Laptop.__new__(Laptop)
    restored.rep, restored.engine = "Anna", team.engine("Anna")
    restored.store = type(bruno.store).open(tmp_path / "Anna.sqlite3")
    laptops["Anna"] = restored
    restored.sync()
    bruno.sync()
    assert field_of(restored, "Marie Dupont", "role") == "Buyer"
    assert field_of(bruno, "Marie Dupont", "role") == "Buyer"
    with restored.store.reader() as session:
        [logged] = conflict_log(session)  # the same two values: logged once
    assert (logged.mine, logged.theirs) == ({"role": "Manager"}, {"role": "Buyer"})


def test_a_pull_that_deletes_takes_a_backup_first(laptops, tmp_path):
    from salescoach.core.clock import Clock
    from salescoach.store.records.contacts import delete_contact
    from salescoach.store.safety.backup import backup_folder
    from salescoach.usecases.syncing import sync_with_team

    anna, bruno = laptops["Anna"], laptops["Bruno"]
    marie(laptops)
    with anna.store.session() as session:
        delete_contact(session, session.scalar(select(Contact.id)))
    anna.sync()
    folder = backup_folder(tmp_path / "Bruno.sqlite3")
    before = set(folder.glob("*")) if folder.exists() else set()
    sync_with_team(bruno.store, Clock(), bruno.engine.url.password)
    made = set(backup_folder(tmp_path / "Bruno.sqlite3").glob("*")) - before
    assert len(made) == 1
    with bruno.store.reader() as session:
        assert session.scalars(select(Contact.name)).all() == []
