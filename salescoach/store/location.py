"""Where the rep's database lives: the platform's user data folder unless told otherwise."""

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "SalesCoach"
DB_ENV = "SALESCOACH_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_database() -> str:
    """`SALESCOACH_DB` when set, else salescoach.sqlite3 in the user data folder."""
    return os.environ.get(DB_ENV) or str(data_dir() / "salescoach.sqlite3")
