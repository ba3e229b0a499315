"""Imports after PySide6 without its source scan: 40 ms of the start, 20-40 MB held.

From 6.4 on, PySide6 asks of every module imported after it whether its source mentions
"PySide6", to know which modules its `__feature__` switches (snake_case, true_property) may
apply to. It asks through `inspect.getsource`, which decodes the whole file and keeps its
lines in `linecache` for the life of the process: for the thousand modules of SQLAlchemy,
numpy and matplotlib, that is about 40 ms of the start and 20 MB more resident by the first
page, 40 MB by the dashboard. `quicken` answers the same question from the file's bytes and
keeps nothing; a module without a source file (a frozen app's) still goes to PySide6's own
test.
"""

import sys
from collections.abc import Callable
from types import ModuleType

#: Where PySide6 keeps its import hook's test (`shibokensupport` is shiboken6's own package).
FEATURE_MODULE = "shibokensupport.feature"
TEST_NAME = "_mod_uses_pyside"


def quicken() -> bool:
    """Replace PySide6's test with `mentions_pyside`; False when this PySide6 has no such
    test (another version), and nothing was changed."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, TEST_NAME, None)
    if feature is None or not callable(original) or getattr(original, "quickened", False):
        return False
    setattr(feature, TEST_NAME, _mentions_pyside(original))
    return True


def _mentions_pyside(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mentions_pyside(module: ModuleType) -> bool:
        """Whether the module's source says "PySide6", read as bytes and not kept."""
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    mentions_pyside.quickened = True  # type: ignore[attr-defined]
    return mentions_pyside
