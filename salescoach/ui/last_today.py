"""The Today the rep would see, kept when the window closes (for that day and for their next
working day) and shown at the next start while SQLAlchemy loads and the database opens: the
rep reads their day at once instead of "Opening your database…".

It is shown only when it is certain to be what the database says: kept for this very file,
this day and this language, and the file (with its write-ahead log and journal) unchanged
since it was kept, down to the inode and the change time: the identity by which an
unchanged file is known sound (`store/safety/known_sound.py`).
The Today page reads its live figures right after and takes its place. An encrypted
database keeps nothing in the clear (`forget`), nor does a team's server.

The figures are core dataclasses, kept with pickle in the user's cache folder, readable by
the rep alone; reading them back admits the core's own classes and nothing else.
"""

import hashlib
import os
import pickle
import tempfile
from dataclasses import fields, is_dataclass
from datetime import date
from pathlib import Path
from typing import Any, get_args, get_type_hints

from platformdirs import user_cache_path

from salescoach import __version__
from salescoach.core.today import TodayFigures
from salescoach.store.safety.known_sound import identity


def _shape(kind: object, seen: set[object]) -> list[str]:
    """The fields and field types of each dataclass `kind` is made of, as text."""
    if kind in seen:
        return []
    seen.add(kind)
    found = [line for part in get_args(kind) for line in _shape(part, seen)]
    if isinstance(kind, type) and is_dataclass(kind):
        hints = get_type_hints(kind)
        names = ", ".join(f"{field.name}: {hints[field.name]}" for field in fields(kind))
        found.append(f"{kind.__module__}.{kind.__qualname__}({names})")
        for field in fields(kind):
            found += _shape(hints[field.name], seen)
    return found


#: Changes whenever the kept figures could read differently: with the app's version, and
#: with the shape of any class they are made of (a field added, renamed or moved).
FORMAT = hashlib.sha256("\n".join([__version__, *_shape(TodayFigures, set())]).encode()).hexdigest()


def kept(file: Path, day: date, language: str) -> TodayFigures | None:
    """The Today kept for `file` on `day` in `language`, if the file has not changed since;
    else None. Anything unreadable is None too: the page reads its figures anyway."""
    try:
        with _place(file).open("rb") as stream:
            found = _CoreOnly(stream).load()
        version, path, state, kept_language, by_day = found
        figures = by_day.get(day)
    except Exception:  # a cache: whatever is wrong with it, it is not used
        return None
    if (version, path, kept_language) != (FORMAT, str(file.resolve()), language):
        return None
    if state != identity(file) or not isinstance(figures, TodayFigures):
        return None
    return figures


def keep(file: Path, by_day: dict[date, TodayFigures], language: str) -> None:
    """Keep each day's figures for the next start (this evening's, the next morning's):
    call it once the database is closed (closing folds the write-ahead log into the file),
    so that the state kept is the one the next start finds."""
    place = _place(file)
    payload = (FORMAT, str(file.resolve()), identity(file), language, by_day)
    try:
        place.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=place.parent, prefix=".today-")  # 0600
    except OSError:  # a read-only cache: the next start reads live
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            pickle.dump(payload, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, place)
    except OSError:  # a full disk: the next start reads live
        Path(temporary).unlink(missing_ok=True)
        forget(file)


def forget(file: Path) -> None:
    """Whatever is kept for `file` is gone (an encrypted database keeps nothing in the
    clear)."""
    _place(file).unlink(missing_ok=True)


def _place(file: Path) -> Path:
    name = hashlib.sha256(str(file.resolve()).encode()).hexdigest()[:32]
    return user_cache_path("salescoach") / "today" / f"{name}.pickle"


class _CoreOnly(pickle.Unpickler):
    """Admits the core's dataclasses and enums, dates and times, and nothing else: a file
    in the cache cannot make the app run anything."""

    def find_class(self, module: str, name: str) -> Any:
        if module == "datetime" or module.startswith("salescoach.core."):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"{module}.{name} is not kept here")
