"""A team server's address as reps paste it: libpq's postgres:// too, and never echoed with
its password."""

import pytest

from salescoach.core.errors import UserError
from salescoach.store.team.link import server_url, without_password
from tests.running import run


def test_libpqs_own_scheme_is_accepted():
    url = server_url("postgres://anna:s3cret@db.example:5433/team")
    assert (url.drivername, url.username, url.host, url.port) == (
        "postgresql+psycopg",
        "anna",
        "db.example",
        5433,
    )
    assert "s3cret" not in without_password(url)


@pytest.mark.parametrize(
    "address", ["mysql://anna:s3cret@db/team", "postgres://anna:s3cret@db:port/team"]
)
def test_a_refused_address_is_said_without_its_password(address):
    with pytest.raises(UserError) as refused:
        server_url(address)
    assert "s3cret" not in refused.value.text()
    assert "anna:***@" in refused.value.text() or "***" in refused.value.text()


def test_team_join_with_a_bad_address_does_not_print_the_password(tmp_path):
    result = run(
        "--create",
        "team",
        "join",
        "--server",
        "mysql://bruno:hunter2@db/team",
        "--rep",
        "bruno",
        db=tmp_path / "db.sqlite3",
    )
    assert result.returncode != 0
    assert "hunter2" not in result.stderr + result.stdout
