"""Remembering that a database file was found sound, so an unchanged file is not read
page by page again.

Checking every page of a decade's database takes a sixth of a second (two seconds at a
million activities): too long before each `salescoach tips`. After a check finds the file
sound, its identity is noted in the user's cache folder: device, inode, size and
modification time, of the file and of its WAL. Any write changes them, so the next opening
checks again; a file replaced or copied in is another file. The note never goes into the
database itself, and losing it only costs one check.
"""

import json
import os
from pathlib import Path

from platformdirs import user_cache_path

_NOTE = "checked.json"


def _identity(path: Path) -> list[int]:
    stamp: list[int] = []
    for file in (path, Path(f"{path}-wal")):
        try:
            info = file.stat()
        except FileNotFoundError:
            stamp += [0, 0, 0, 0]
        else:
            stamp += [info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns]
    return stamp


def _notes() -> dict[str, list[int]]:
    try:
        notes = json.loads((user_cache_path("salescoach") / _NOTE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return notes if isinstance(notes, dict) else {}


def unchanged_since_checked(path: Path) -> bool:
    """Whether this very file, untouched, was found sound before."""
    return _notes().get(str(path.resolve())) == _identity(path)


def note_sound(path: Path) -> None:
    """Remember that the file, as it is now, was found sound (best effort)."""
    folder = user_cache_path("salescoach")
    notes = _notes()
    notes[str(path.resolve())] = _identity(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f"{_NOTE}.{os.getpid()}"
        partial.write_text(json.dumps(notes), encoding="utf-8")
        partial.replace(folder / _NOTE)
    except OSError:
        pass
