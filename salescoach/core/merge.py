"""The three-way merge of a row changed on two sides, field by field.

`base` is the row as this side last had it from the server, `mine` as this side has it
now, `theirs` as the server has it now. A field changed on one side only takes that side;
a field changed on both sides to different values is a conflict, and the change that
reaches the server later wins: by the time a laptop merges, the server already holds
`theirs`, so `mine` is the later one. Nothing here reads a clock.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Image = Mapping[str, Any]
_ABSENT = object()


@dataclass(frozen=True, slots=True)
class Merged:
    values: dict[str, Any]
    #: the fields both sides changed: their value (which lost) and ours (which won)
    lost: dict[str, Any] = field(default_factory=dict)
    kept: dict[str, Any] = field(default_factory=dict)

    @property
    def conflicted(self) -> bool:
        return bool(self.lost)


def three_way(
    base: Image | None,
    mine: Image,
    theirs: Image,
    fields: Iterable[str],
    prefer_theirs: bool = False,
) -> Merged:
    """Merge `mine` into `theirs`; with no base (a row this side never had from the
    server), every field the two sides hold differently is a conflict. `prefer_theirs`
    lets the server's value win a conflict (this side's changes are older than they look:
    a database brought back from a backup)."""
    values = dict(theirs)
    lost: dict[str, Any] = {}
    kept: dict[str, Any] = {}
    for name in fields:
        here, there = mine.get(name), theirs.get(name)
        was = _ABSENT if base is None else base.get(name, _ABSENT)
        if here in (there, was):
            continue  # the same, or not changed here: theirs stands
        if there == was:
            values[name] = here
        elif prefer_theirs:
            lost[name], kept[name] = here, there
        else:
            values[name] = here
            lost[name], kept[name] = there, here
    return Merged(values, lost, kept)
