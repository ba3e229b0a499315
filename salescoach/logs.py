"""The log file, shared by the CLI and the GUI: rotating, with hard crashes written to it.

Logs never hold customer data: a problem the rep can fix is logged by its message key, a bug
by its traceback: our code's lines and the exception's type, never its message (a library's
message quotes the value it choked on, which may be a contact's notes).
"""

import faulthandler
import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path

from salescoach.core.errors import UserError

log = logging.getLogger("salescoach")

#: A few weeks of a rep's use; older lines rotate away.
MAX_BYTES, BACKUPS = 1_000_000, 3


def log_file() -> Path:
    return user_log_path("SalesCoach", appauthor=False, ensure_exists=True) / "salescoach.log"


class _Handler(RotatingFileHandler):
    """Points `faulthandler` at the current file again after every rotation, so a segfault
    or a Python fatal error lands in the log the rep sends us."""

    def doRollover(self) -> None:
        super().doRollover()
        if self.stream is not None:
            faulthandler.enable(self.stream)


def setup_logging() -> None:
    if log.handlers:
        return
    try:
        handler: logging.Handler = _Handler(
            log_file(), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    stream = getattr(handler, "stream", None)
    if stream is not None:
        faulthandler.enable(stream)


def record_problem(error: UserError) -> None:
    """A problem the rep can fix: its key and exit code only, never the values it names."""
    log.info("user problem %s (exit %d)", error.key, error.exit_code)


def record_crash(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """Log a bug with its traceback; return the traceback text for a crash report."""
    error.__traceback__ = tb or error.__traceback__
    text = withheld_traceback(error)
    log.error("unexpected error\n%s", text)
    return text


def withheld_traceback(error: BaseException) -> str:
    """The traceback of `error` and of those that led to it, each message withheld."""
    chain: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and all(current is not seen for seen in chain):
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    parts: list[str] = []
    for number, exception in enumerate(reversed(chain)):
        if number:
            parts.append("\nWhile handling the above, another exception occurred:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(exception.__traceback__))
        kind = type(exception)
        parts.append(
            f"{kind.__module__}.{kind.__qualname__} (message withheld: it may quote data)\n"
        )
    return "".join(parts)
