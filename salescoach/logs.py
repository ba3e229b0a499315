"""The log file and the record of crashes, shared by the CLI and the GUI."""

import logging
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

log = logging.getLogger("salescoach")


def log_file() -> Path:
    return user_log_path("SalesCoach", appauthor=False, ensure_exists=True) / "salescoach.log"


def setup_logging() -> None:
    if log.handlers:
        return
    try:
        handler: logging.Handler = logging.FileHandler(log_file(), encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)


def record_crash(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """Log a bug with its traceback; return the traceback text for a crash report."""
    text = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error\n%s", text)
    return text
