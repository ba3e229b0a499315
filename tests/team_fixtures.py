"""A real PostgreSQL for the team tests, started once for the session when a test asks for
it; a database of its own for each test, so every test starts from an empty team; and a
rep's laptop joined to it."""

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine

from salescoach.store import Store
from salescoach.store.team.link import join_team, server_url
from salescoach.store.team.server import Member, init_team
from salescoach.store.team.sync import sync
from tests.postgres import Server, postgres_server

_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> Iterator[Server]:
    with postgres_server() as server:
        yield server


@dataclass
class Team:
    server: Server
    database: str
    members: dict[str, Member]

    def admin_url(self) -> str:
        return self.server.url(db=self.database)

    def url(self, name: str) -> str:
        member = self.members[name]
        return self.server.url(member.role, member.password or "", self.database)

    def engine(self, name: str):
        return create_engine(self.url(name))


@pytest.fixture
def team(pg: Server) -> Iterator[Team]:
    database = f"team_{next(_numbers)}"
    with psycopg.connect(pg.url(db="postgres").replace("+psycopg", ""), autocommit=True) as c:
        c.execute(f"CREATE DATABASE {database}")
    admin = create_engine(pg.url(db=database))
    members = init_team(admin, ["Anna", "Bruno"], ["Maria"])
    admin.dispose()
    yield Team(pg, database, {m.name: m for m in members})


class Laptop:
    """A rep's laptop: its own SQLite file, joined to the team."""

    def __init__(self, team: Team, rep: str, folder: Path, name: str | None = None) -> None:
        self.rep = rep
        self.store = Store.open(folder / f"{name or rep}.sqlite3", create=True)
        self.engine = team.engine(rep)
        url = server_url(team.url(rep))
        self.store.apply(lambda session: join_team(session, self.engine, url, rep))

    def sync(self):
        return sync(self.store, self.engine, now=lambda: datetime(2026, 11, 26))

    def close(self) -> None:
        self.engine.dispose()
        self.store.close()
