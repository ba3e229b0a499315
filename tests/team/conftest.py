"""Two reps' laptops joined to a fresh team (the server fixtures are in tests/conftest.py)."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.team_fixtures import Laptop, Team


@pytest.fixture
def laptops(team: Team, tmp_path: Path) -> Iterator[dict[str, Laptop]]:
    made = {rep: Laptop(team, rep, tmp_path) for rep in ("Anna", "Bruno")}
    yield made
    for laptop in made.values():
        laptop.close()
