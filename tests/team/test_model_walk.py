"""A seeded random walk of a team against a model of what each rep made (issue 22).

Three reps, each on a laptop, and a manager. Each step is one of: create, edit or delete a
shared contact, a deal of one's own, a stage step, an activity; Undo; a SalesCoach file
imported; a backup and, later, that backup brought back; a sync, or a sync killed before
the push, after the server's commit, or in the middle of taking its answer in; the server
restarted; one laptop's clock three days fast. After every round of syncs: every laptop
and the server hold the same rows (each rep without the shared contacts they removed from
their lists); every deal, step and activity a rep made is still there unless that rep
deleted it, and every contact no rep deleted; every conflict the server logged is on both
reps' laptops; and every database passes the integrity check.

`make test` walks SALESCOACH_WALK_STEPS (300) steps from seed 22 and the kept seeds;
`make soak` thousands from random seeds (SALESCOACH_WALK_SEED=random). The seed is printed:
SALESCOACH_WALK_SEED=n replays a failing walk exactly; add it to KEPT_SEEDS to keep it.
"""

import json
import os
import random
import shutil
import subprocess
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, select, text, update

import salescoach.store.team.sync as sync_module
from salescoach.core.domain import ActivityKind, ActivityStatus, Stage
from salescoach.core.errors import UserError
from salescoach.interchange.salescoach_json import import_document
from salescoach.store import Store
from salescoach.store.models import Activity, Contact, Opportunity, SyncConflict
from salescoach.store.records.contacts import delete_contact
from salescoach.store.records.opportunities import delete_opportunity, move_opportunity
from salescoach.store.session.stamps import utc_now
from salescoach.store.team.server import init_team
from salescoach.store.team.sync import sync
from salescoach.store.undo.journal import write_images
from tests.helpers import add_activity, add_contact, add_opportunity
from tests.postgres import server_binaries
from tests.team_fixtures import Team

STEPS = int(os.environ.get("SALESCOACH_WALK_STEPS", "300"))
REPS = ("Anna", "Bruno", "Carla")
T0 = datetime(2026, 9, 1, 9)
STAGES = list(Stage)[:5]


class Killed(Exception):
    """A sync cut off by the walk."""


@dataclass
class Row:
    kind: str  # contacts, opportunities, stage_events, activities
    rep: str  # who made it
    contact: str | None = None
    deal: str | None = None


@dataclass(frozen=True)
class Edit:
    """A rep wrote `value` over `seen` (what their laptop showed) in a contact's field."""

    step: int
    uid: str
    field: str
    seen: str
    value: str
    rep: str
    #: a value the rep typed (False: an Undo putting the one before back)
    made: bool = True


@dataclass
class Model:
    """What each rep made, changed and deleted, as the reps did it."""

    rows: dict[str, Row] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)  # uids a rep deleted (and their cascades)
    deleted_by: dict[str, set[str]] = field(default_factory=dict)  # contact uid -> reps
    edits: list[Edit] = field(default_factory=list)

    def alive(self, uid: str) -> bool:
        return uid in self.rows and uid not in self.deleted


class Laptop:
    def __init__(self, team: Team, rep: str, folder: Path) -> None:
        from salescoach.store.team.link import join_team, server_url

        self.rep, self.path, self.team = rep, folder / f"{rep}.sqlite3", team
        self.store = Store.open(self.path, create=True)
        self.engine = team.engine(rep)
        url = server_url(team.url(rep))
        self.store.apply(lambda session: join_team(session, self.engine, url, rep))
        self.undo: list[tuple[object, dict]] = []  # journals, with what they did to the model
        self.backup: Path | None = None
        self.fast = False
        self.last_journal: object = None

    def reopen(self) -> None:
        self.store.close()
        self.store = Store.open(self.path)

    def new_engine(self) -> None:
        self.engine.dispose()
        self.engine = self.team.engine(self.rep)


class Walk:
    def __init__(self, team: Team, folder: Path, seed: int) -> None:
        self.rng = random.Random(seed)
        self.team, self.folder = team, folder
        self.laptops = {rep: Laptop(team, rep, folder) for rep in REPS}
        self.model = Model()
        self.clock = 0
        self.history: list[str] = []  # what each step did, to explain a failure

    # -- the reps' work --------------------------------------------------------------------
    def when(self) -> datetime:
        self.clock += 1
        return T0 + timedelta(minutes=self.clock)

    def write(self, laptop: Laptop, work, undoable: bool = True):
        applied = laptop.store.apply(work, journal=undoable)
        self.history[-1] += f" {getattr(work, '__qualname__', '')} -> {applied.result}"
        if laptop.fast:  # its clock three days ahead: every stamp it writes says so
            with laptop.store.session() as session:
                for model in (Contact, Opportunity, Activity):
                    session.execute(
                        update(model)
                        .where(model.updated_at > utc_now() - timedelta(minutes=5))
                        .values(updated_at=utc_now() + timedelta(days=3))
                    )
        return applied

    def pick(self, laptop: Laptop, model, mine: bool = False):
        with laptop.store.reader() as session:
            rows = session.execute(select(model.id, model.uid)).all()
        if mine:
            rows = [r for r in rows if self.model.rows.get(r[1], Row("", "")).rep == laptop.rep]
        found = self.rng.choice(rows) if rows else None
        self.history[-1] += f" picked {model.__name__} {found[1] if found else None}"
        return found

    def step(self, laptop: Laptop) -> None:
        self.history.append(f"{laptop.rep}:")
        choice = self.rng.random()
        if choice < 0.12:
            self.new_contact(laptop)
        elif choice < 0.22:
            self.edit_contact(laptop)
        elif choice < 0.27:
            self.delete_contact(laptop)
        elif choice < 0.37:
            self.new_deal(laptop)
        elif choice < 0.44:
            self.move_deal(laptop)
        elif choice < 0.47:
            self.delete_deal(laptop)
        elif choice < 0.58:
            self.new_activity(laptop)
        elif choice < 0.64:
            self.edit_activity(laptop)
        elif choice < 0.67:
            self.delete_activity(laptop)
        elif choice < 0.72:
            self.undo(laptop)
        elif choice < 0.74:
            self.import_file(laptop)
        elif choice < 0.90:
            self.sync(laptop, kill=self.rng.random() < 0.3)
        elif choice < 0.93:
            self.backup_or_restore(laptop)
        elif choice < 0.94:
            laptop.fast = not laptop.fast
        elif choice < 0.945:
            self.restart_server()

    def new_contact(self, laptop: Laptop) -> None:
        def work(session):
            contact = add_contact(session, f"{laptop.rep} {self.rng.randrange(10**6)}")
            return session.get(Contact, contact).uid

        uid = self.write(laptop, work).result
        self.model.rows[uid] = Row("contacts", laptop.rep)
        self._undoable(laptop, added=[uid])

    def edit_contact(self, laptop: Laptop) -> None:
        found = self.pick(laptop, Contact)
        if found is None:
            return
        name, value = self.rng.choice(["notes", "role", "address"]), f"{laptop.rep} {self.clock}"

        def work(session):
            contact = session.get(Contact, found[0])
            seen = getattr(contact, name)
            setattr(contact, name, value)
            return seen

        seen = self.write(laptop, work).result
        self.model.edits.append(Edit(len(self.history), found[1], name, seen, value, laptop.rep))
        self._undoable(laptop)

    def delete_contact(self, laptop: Laptop) -> None:
        found = self.pick(laptop, Contact)
        if found is None:
            return
        self.write(laptop, lambda session: delete_contact(session, found[0]))
        gone = [found[1]] + [
            uid
            for uid, row in self.model.rows.items()
            if row.rep == laptop.rep and row.contact == found[1] and self.model.alive(uid)
        ]
        gone += [
            uid
            for uid, row in self.model.rows.items()
            if row.kind == "stage_events" and row.deal in gone and self.model.alive(uid)
        ]
        self._deleted(laptop, gone)

    def new_deal(self, laptop: Laptop) -> None:
        found = self.pick(laptop, Contact)
        if found is None:
            return

        def work(session):
            deal = add_opportunity(session, found[0], (Stage.SUSPECT, self.when()))
            session.flush()
            made = session.get(Opportunity, deal)
            return made.uid, made.history[0].uid

        deal, first = self.write(laptop, work).result
        self.model.rows[deal] = Row("opportunities", laptop.rep, found[1])
        self.model.rows[first] = Row("stage_events", laptop.rep, found[1], deal)
        self._undoable(laptop, added=[deal, first])

    def move_deal(self, laptop: Laptop) -> None:
        found = self.pick(laptop, Opportunity, mine=True)
        if found is None:
            return

        def work(session):
            deal = session.get(Opportunity, found[0])
            later = [s for s in STAGES if STAGES.index(s) > STAGES.index(deal.stage)]
            if not later:
                return None
            move_opportunity(session, found[0], self.rng.choice(later), self.when())
            session.flush()
            return deal.history[-1].uid

        step = self.write(laptop, work).result
        if step is not None:
            contact = self.model.rows[found[1]].contact
            self.model.rows[step] = Row("stage_events", laptop.rep, contact, found[1])
            self._undoable(laptop, added=[step])

    def delete_deal(self, laptop: Laptop) -> None:
        found = self.pick(laptop, Opportunity, mine=True)
        if found is None:
            return
        self.write(laptop, lambda session: delete_opportunity(session, found[0]))
        steps = [
            u for u, r in self.model.rows.items() if r.deal == found[1] and r.kind == "stage_events"
        ]
        for row in self.model.rows.values():
            if row.kind == "activities" and row.deal == found[1]:
                row.deal = None
        self._deleted(laptop, [found[1], *steps])

    def new_activity(self, laptop: Laptop) -> None:
        found = self.pick(laptop, Contact)
        if found is None:
            return
        deals = [
            u
            for u, r in self.model.rows.items()
            if r.kind == "opportunities"
            and r.rep == laptop.rep
            and r.contact == found[1]
            and self.model.alive(u)
        ]
        deal = self.rng.choice(deals) if deals and self.rng.random() < 0.5 else None

        def work(session):
            deal_id = (
                session.scalar(select(Opportunity.id).where(Opportunity.uid == deal))
                if deal
                else None
            )
            made = add_activity(
                session, found[0], ActivityKind.CALL, ActivityStatus.DONE, self.when(), deal_id
            )
            return session.get(Activity, made).uid

        uid = self.write(laptop, work).result
        self.model.rows[uid] = Row("activities", laptop.rep, found[1], deal)
        self._undoable(laptop, added=[uid])

    def edit_activity(self, laptop: Laptop) -> None:
        found = self.pick(laptop, Activity, mine=True)
        if found is None:
            return
        value = f"{laptop.rep} {self.clock}"
        self.write(
            laptop, lambda session: setattr(session.get(Activity, found[0]), "outcome", value)
        )
        self._undoable(laptop)

    def delete_activity(self, laptop: Laptop) -> None:
        found = self.pick(laptop, Activity, mine=True)
        if found is None:
            return
        self.write(laptop, lambda session: session.delete(session.get(Activity, found[0])))
        self._deleted(laptop, [found[1]])

    def _deleted(self, laptop: Laptop, uids: list[str]) -> None:
        fresh = [u for u in uids if u not in self.model.deleted]
        self.model.deleted.update(uids)
        buried = []  # the contacts this rep had not deleted before
        for uid in uids:
            if self.model.rows.get(uid, Row("", "")).kind == "contacts":
                deleters = self.model.deleted_by.setdefault(uid, set())
                if laptop.rep not in deleters:
                    deleters.add(laptop.rep)
                    buried.append(uid)
        self._undoable(laptop, removed=fresh, buried=buried)

    def _undoable(self, laptop: Laptop, added=(), removed=(), buried=()) -> None:
        """Keep the journal of the write just made (`write` took it) for Undo."""
        did = {"added": list(added), "removed": list(removed), "buried": list(buried)}
        laptop.undo.append((laptop.last_journal, did))

    def undo(self, laptop: Laptop) -> None:
        if not laptop.undo:
            return
        journal, did = laptop.undo.pop()
        if journal is None:
            return
        try:
            laptop.store.apply(lambda session: write_images(session, journal, "before"))
        except UserError:  # overtaken by a sync: the window clears its history, so do we
            laptop.undo.clear()
            return
        self.history[-1] += f" undo {did}"
        for (table, _key), (before, after) in journal.rows.items():  # values written back
            if table == "contacts" and before is not None and after is not None:
                for name in ("notes", "role", "address"):
                    if before[name] != after[name]:
                        edit = Edit(
                            len(self.history),
                            before["uid"],
                            name,
                            after[name],
                            before[name],
                            laptop.rep,
                            made=False,
                        )
                        self.model.edits.append(edit)
        for uid in did["added"]:  # taken back: as if its maker deleted it
            self.model.deleted.add(uid)
            if self.model.rows[uid].kind == "contacts":
                self.model.deleted_by.setdefault(uid, set()).add(laptop.rep)
        for uid in did["removed"]:
            self.model.deleted.discard(uid)
        for uid in did["buried"]:
            self.model.deleted_by.get(uid, set()).discard(laptop.rep)

    def import_file(self, laptop: Laptop) -> None:
        name = f"{laptop.rep} imported {self.rng.randrange(10**6)}"
        raw = {"format": "salescoach", "version": 2, "contacts": [{"id": name, "name": name}]}
        self.write(laptop, lambda session: import_document(session, raw), undoable=False)
        laptop.undo.clear()  # an import cannot be undone step by step
        with laptop.store.reader() as session:
            uid = session.scalar(select(Contact.uid).where(Contact.name == name))
        self.history[-1] += f" imported {uid}"
        self.model.rows[uid] = Row("contacts", laptop.rep)

    # -- syncs, backups, the server --------------------------------------------------------
    def sync(self, laptop: Laptop, kill: bool = False) -> bool:
        where = self.rng.choice(["pull", "send", "settle"]) if kill else None
        originals = {name: getattr(sync_module, name) for name in ("pull", "send", "settle")}

        def cut(name):
            def run(*args, **kwargs):
                if name == where and name != "send":
                    raise Killed(name)
                result = originals[name](*args, **kwargs)
                if name == where:
                    raise Killed("after the server's commit")
                return result

            return run

        for name in originals:
            setattr(sync_module, name, cut(name))
        self.history[-1] += f" sync (cut at {where})"
        try:
            result = sync(laptop.store, laptop.engine)
        except Killed:
            return False
        except Exception as error:  # the server restarted under the laptop's connections
            if "server closed" not in str(error) and "terminating" not in str(error):
                raise
            laptop.new_engine()
            return False
        finally:
            for name, original in originals.items():
                setattr(sync_module, name, original)
        if result.touched:  # Undo forgets the steps over rows the sync changed, and older
            touched = [
                n
                for n, (journal, _did) in enumerate(laptop.undo)
                if journal is not None
                and any(
                    image is not None and image.get("uid") in result.touched
                    for images in journal.rows.values()
                    for image in images
                )
            ]
            if touched:
                laptop.undo = laptop.undo[touched[-1] + 1 :]
        return True

    def backup_or_restore(self, laptop: Laptop) -> None:
        """A backup right after a sync that completed, and later that backup brought back
        right after another: what was sent in between must come back from the server."""
        if not self.sync(laptop):
            return
        with laptop.store.reader() as session:
            if session.execute(text("SELECT count(*) FROM sync_outbox")).scalar():
                return
        self.history[-1] += " backup" if laptop.backup is None else " restore"
        if laptop.backup is None:
            laptop.store.close()
            laptop.backup = self.folder / f"{laptop.rep}-backup.sqlite3"
            shutil.copy(laptop.path, laptop.backup)
            laptop.store = Store.open(laptop.path)
            return
        laptop.store.close()
        shutil.copy(laptop.backup, laptop.path)
        for suffix in ("-wal", "-shm"):
            Path(f"{laptop.path}{suffix}").unlink(missing_ok=True)
        laptop.store = Store.open(laptop.path)
        laptop.backup = None
        laptop.undo.clear()

    def restart_server(self) -> None:
        data = self.team.server.folder / "data"
        command = [
            str(server_binaries() / "pg_ctl"),
            "-D",
            str(data),
            "-m",
            "fast",
            "-w",
            "restart",
        ]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        options = f"-p {self.team.server.port} -k {self.team.server.folder} "
        options += "-c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(
            [*command, "-o", options, "-l", str(self.team.server.folder / "log")],
            check=True,
            capture_output=True,
        )
        for laptop in self.laptops.values():
            laptop.new_engine()

    # -- what must hold --------------------------------------------------------------------
    def settle_all(self) -> None:
        for _round in range(3):
            for laptop in self.laptops.values():
                assert self.sync(laptop)

    def check(self) -> None:
        admin = create_engine(self.team.admin_url())
        with admin.connect() as server:
            hidden = {
                rep: set(
                    server.execute(
                        text("SELECT uid FROM team_hidden WHERE rep = :r"), {"r": rep}
                    ).scalars()
                )
                for rep in REPS
            }
            contacts = set(server.execute(text("SELECT uid FROM contacts")).scalars())
            private = {
                (table, rep): set(
                    server.execute(
                        text(f"SELECT uid FROM {table} WHERE rep = :r"), {"r": rep}
                    ).scalars()
                )
                for table in ("opportunities", "stage_events", "activities")
                for rep in REPS
            }
            logged = server.execute(text("SELECT id, lost_by, kept_by FROM team_conflicts")).all()
            values_logged = {
                (uid, name, value)
                for uid, lost, kept in server.execute(
                    text("SELECT uid, lost, kept FROM team_conflicts")
                )
                for side in (json.loads(lost), json.loads(kept))
                for name, value in side.items()
            }
            final = {
                (uid, name): value
                for uid, notes, role, address in server.execute(
                    text("SELECT uid, notes, role, address FROM contacts")
                )
                for name, value in (("notes", notes), ("role", role), ("address", address))
            }
            shared_rows = set(
                server.execute(
                    text("SELECT uid, name, notes, role, address, is_customer FROM contacts")
                ).all()
            )
        admin.dispose()
        for rep, laptop in self.laptops.items():
            with laptop.store.reader() as session:
                connection = session.connection()
                here = set(
                    connection.execute(
                        text("SELECT uid, name, notes, role, address, is_customer FROM contacts")
                    ).all()
                )
                wanted = {r for r in shared_rows if r[0] not in hidden[rep]}
                assert here == wanted, self.explain(rep, here ^ wanted)
                for table in ("opportunities", "stage_events", "activities"):
                    mine = set(connection.execute(text(f"SELECT uid FROM {table}")).scalars())
                    differ = {(uid, table) for uid in mine ^ private[(table, rep)]}
                    assert not differ, self.explain(rep, differ)
                conflicts = set(
                    session.scalars(
                        select(SyncConflict.server_id).where(SyncConflict.server_id.is_not(None))
                    )
                )
                assert {
                    i for i, lost_by, kept_by in logged if rep in (lost_by, kept_by)
                } <= conflicts
            assert laptop.store.integrity_problems() == []
            assert laptop.store.reached_mismatches() == 0
        for edit in self.model.edits:  # every value a rep wrote: there, replaced by someone
            # who saw it, or in the conflict log
            if not edit.made or edit.seen == edit.value or (edit.uid, edit.field) not in final:
                continue
            if edit.rep in self.model.deleted_by.get(edit.uid, set()):
                continue  # its writer deleted the contact since: that edit went with it
            seen_later = any(
                later.step > edit.step
                and (later.uid, later.field, later.seen) == (edit.uid, edit.field, edit.value)
                for later in self.model.edits
            )
            assert (
                final[(edit.uid, edit.field)] == edit.value
                or seen_later
                or (edit.uid, edit.field, edit.value) in values_logged
            ), self.explain(self.model.rows[edit.uid].rep, {(edit.uid, repr(edit))})
        for uid, row in self.model.rows.items():
            if row.kind == "contacts":
                if uid not in self.model.deleted_by or not self.model.deleted_by[uid]:
                    assert uid in contacts, self.explain(row.rep, {(uid, "made, never deleted")})
            elif self.model.alive(uid):
                assert uid in private[(row.kind, row.rep)], self.explain(
                    row.rep, {(uid, repr(row))}
                )
                if row.contact is not None:
                    assert row.contact in contacts, f"the contact of {uid} disappeared"

    def explain(self, rep: str, rows: set) -> str:
        """Where each differing row stands, on the server and on the laptop."""
        lines = [f"{rep}'s laptop and the server differ:"]
        admin = create_engine(self.team.admin_url())
        with admin.connect() as server, self.laptops[rep].store.reader() as session:
            for row in rows:
                uid = row[0]
                lines.append(f"  {row}")
                for sql in (
                    "SELECT uid, server_seq, rep, writer FROM contacts WHERE uid = :u",
                    "SELECT a.uid, a.server_seq, a.rep, a.writer, c.uid, o.uid FROM activities a "
                    "LEFT JOIN contacts c ON c.id = a.contact_id "
                    "LEFT JOIN opportunities o ON o.id = a.opportunity_id WHERE a.uid = :u",
                    "SELECT entity, rep FROM team_graveyard WHERE uid = :u",
                    "SELECT uid, rep, server_seq FROM tombstones WHERE uid = :u",
                    "SELECT rep FROM team_hidden WHERE uid = :u",
                    "SELECT uid, seq, outcome FROM team_applied WHERE uid = :u",
                ):
                    lines.append(f"    server {server.execute(text(sql), {'u': uid}).all()}")
                for sql in (
                    "SELECT * FROM sync_outbox WHERE uid = :u",
                    "SELECT * FROM sync_versions WHERE uid = :u",
                    "SELECT uid, contact_id, opportunity_id FROM activities WHERE uid = :u",
                    "SELECT uid FROM tombstones WHERE uid = :u",
                ):
                    found = session.execute(text(sql), {"u": uid}).all()
                    lines.append(f"    laptop {found}")
            link = session.execute(text("SELECT value FROM preferences WHERE key = 'team'")).all()
            lines.append(f"  link {link}")
            waiting = session.execute(text("SELECT uid, entity, changes FROM sync_outbox")).all()
            lines.append(f"  outbox {waiting}")
        import re

        uids = set(re.findall(r"[0-9a-f]{8}-[0-9a-f-]{27}", "\n".join(lines)))
        told = [line for line in self.history if any(uid in line for uid in uids)]
        uids |= set(re.findall(r"[0-9a-f]{8}-[0-9a-f-]{27}", "\n".join(told)))
        lines += [
            f"{n}: {line}"
            for n, line in enumerate(self.history)
            if any(uid in line for uid in uids)
            or (line.startswith(f"{rep}:") and ("restore" in line or "backup" in line))
        ]
        with admin.connect() as server, self.laptops[rep].store.reader() as session:
            for uid in uids:
                lines.append(f"  {uid}:")
                for sql in (
                    "SELECT uid, server_seq, rep, writer FROM contacts WHERE uid = :u",
                    "SELECT uid, rep, server_seq FROM tombstones WHERE uid = :u",
                    "SELECT rep, server_seq FROM team_hidden WHERE uid = :u",
                ):
                    lines.append(f"    server {server.execute(text(sql), {'u': uid}).all()}")
                for sql in (
                    "SELECT uid FROM contacts WHERE uid = :u",
                    "SELECT uid FROM opportunities WHERE uid = :u",
                    "SELECT * FROM sync_versions WHERE uid = :u",
                    "SELECT uid FROM tombstones WHERE uid = :u",
                ):
                    lines.append(f"    laptop {session.execute(text(sql), {'u': uid}).all()}")
        admin.dispose()
        return "\n".join(lines)

    def close(self) -> None:
        for laptop in self.laptops.values():
            laptop.engine.dispose()
            laptop.store.close()


@pytest.fixture
def walk_team(pg):
    with psycopg.connect(pg.url(db="postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute("DROP DATABASE IF EXISTS walk")
        c.execute("CREATE DATABASE walk")
    admin = create_engine(pg.url(db="walk"))
    members = init_team(admin, list(REPS), ["Maria"])
    admin.dispose()
    return Team(pg, "walk", {m.name: m for m in members})


#: Walks that once failed, kept as regular tests, with the steps they took to fail (each
#: replays exactly: uids come from the seed too).
KEPT_SEEDS = {23: 200, 122: 200, 202: 1200}


def seeded_walk_seed() -> int:
    chosen = os.environ.get("SALESCOACH_WALK_SEED", "22")
    return random.randrange(10**6) if chosen == "random" else int(chosen)


@pytest.mark.parametrize("kept", [None, *KEPT_SEEDS])
def test_a_team_walks_at_random_and_loses_nothing(walk_team, tmp_path, monkeypatch, kept):
    seed = kept if kept is not None else seeded_walk_seed()
    print(f"SALESCOACH_WALK_SEED={seed}")
    uids = random.Random(seed)
    monkeypatch.setattr(uuid, "uuid4", lambda: uuid.UUID(int=uids.getrandbits(128), version=4))
    walk = Walk(walk_team, tmp_path, seed)
    original = Store.apply

    def keeping_journal(store, work, journal=False):
        applied = original(store, work, journal=journal)
        for laptop in walk.laptops.values():
            if laptop.store is store:
                laptop.last_journal = applied.journal
        return applied

    monkeypatch.setattr(Store, "apply", keeping_journal)
    steps = STEPS if kept is None else KEPT_SEEDS[kept]
    try:
        for number in range(steps):
            walk.step(walk.rng.choice(list(walk.laptops.values())))
            if number % 50 == 49:
                walk.settle_all()
                walk.check()
        walk.settle_all()
        walk.check()
    finally:
        walk.close()
