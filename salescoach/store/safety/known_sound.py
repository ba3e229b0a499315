"""Remembering that a database file was found sound, so an unchanged file is not read
page by page again.

Checking every page of a decade's database takes a sixth of a second (two seconds at a
million activities): too long before each `salescoach tips`. After a check finds the file
sound, its identity is noted in the user's cache folder: device, inode, size, modification
and change times, of the file, its WAL and its journal. Any write changes them (and no
program sets a change time by hand), so the next opening checks again; a file replaced or
copied in is another file. The window's kept Today (`ui/last_today.py`) is shown by the
same token. The note never goes into the
database itself, and losing it only costs one check.

Our own writes need no check: SQLite writes its pages whole. So a `Voucher` carries the
note across them: a store that opened a sound file notes the file again after each of its
commits and when it closes, as long as the file is still as the store last left it. When
something else changed it in between (another program, another SalesCoach), the store
stops vouching and the next opening checks every page again.
"""

import json
import os
from pathlib import Path

from platformdirs import user_cache_path

_NOTE = "checked.json"


def identity(path: Path) -> list[int]:
    """What any change to the database leaves its mark on (zeros for a side file that is
    not there)."""
    stamp: list[int] = []
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-journal")):
        try:
            info = file.stat()
        except FileNotFoundError:
            stamp += [0, 0, 0, 0, 0]
        else:
            stamp += [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]
    return stamp


def _notes() -> dict[str, list[int]]:
    try:
        notes = json.loads((user_cache_path("salescoach") / _NOTE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return notes if isinstance(notes, dict) else {}


def unchanged_since_checked(path: Path) -> bool:
    """Whether this very file, untouched, was found sound before."""
    return _notes().get(str(path.resolve())) == identity(path)


def note_sound(path: Path) -> None:
    """Remember that the file, as it is now, was found sound (best effort)."""
    folder = user_cache_path("salescoach")
    notes = _notes()
    notes[str(path.resolve())] = identity(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{_NOTE}.{os.getpid()}"
        partial.write_text(json.dumps(notes), encoding="utf-8")
        partial.replace(folder / _NOTE)
    except OSError:
        pass


class Voucher:
    """Vouches for a file a store opened sound, through the store's own writes."""

    def __init__(self, path: Path) -> None:
        self.path = path
        #: The file as this store last left it; None once someone else changed it.
        self.left: list[int] | None = identity(path)
        note_sound(path)

    def before_write(self) -> None:
        """Stop vouching if the file changed since this store last left it."""
        if self.left is not None and identity(self.path) != self.left:
            self.left = None

    def after_write(self) -> None:
        """Note the file sound as this store's own write left it."""
        if self.left is not None:
            note_sound(self.path)
            self.left = identity(self.path)
