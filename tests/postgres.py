"""A throwaway PostgreSQL server for the tests: its own cluster in a temporary folder,
listening on a loopback port, stopped and removed afterwards.

`initdb` refuses to run as root, and CI runs as root: the cluster then belongs to the
`postgres` account (`runuser`). Missing server binaries fail the tests; they never skip.
"""

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ADMIN, ADMIN_PASSWORD = "salescoach_admin", "admin-secret"


def server_binaries() -> Path:
    """The newest PostgreSQL's bin folder (Debian installs them under /usr/lib/postgresql)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise RuntimeError(
        "PostgreSQL's server binaries (initdb, pg_ctl) are missing: install the postgresql "
        "package (.ci/run does)"
    )


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    folder: Path

    def url(self, user: str = ADMIN, password: str = ADMIN_PASSWORD, db: str = "team") -> str:
        return f"postgresql+psycopg://{user}:{password}@{self.host}:{self.port}/{db}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def postgres_server() -> Iterator[Server]:
    binaries = server_binaries()
    folder = Path(tempfile.mkdtemp(prefix="salescoach-pg-"))
    data = folder / "data"
    password = folder / "password"
    password.write_text(ADMIN_PASSWORD)
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        shutil.chown(password, "postgres")
    port = _free_port()
    quiet = {"check": True, "capture_output": True}
    subprocess.run(
        _as_owner(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                ADMIN,
                f"--pwfile={password}",
                "-A",
                "scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
            ]
        ),
        **quiet,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_owner(
            [
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "log"),
                "-w",
                "start",
            ]
        ),
        **quiet,
    )
    try:
        server = Server("127.0.0.1", port, folder)
        import psycopg

        with psycopg.connect(
            server.url(db="postgres").replace("+psycopg", ""), autocommit=True
        ) as c:
            c.execute("CREATE DATABASE team")
        yield server
    finally:
        subprocess.run(
            _as_owner([str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)
