"""PySide6's import hook still learns which modules mention it, without keeping their source."""

import linecache
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from salescoach.ui import pyside_imports


@pytest.fixture
def modules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    (tmp_path / "speaks_qt.py").write_text('"""Built on PySide6."""\nVALUE = 1\n')
    (tmp_path / "plain_python.py").write_text("VALUE = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("speaks_qt", "plain_python"):
        sys.modules.pop(name, None)


def test_the_hook_answers_from_the_files_bytes_and_keeps_nothing(modules: Path) -> None:
    feature = sys.modules[pyside_imports.FEATURE_MODULE]
    # import statements: what PySide6's hook watches (importlib.import_module goes round it)
    import plain_python  # type: ignore[import-not-found]  # noqa: F401
    import speaks_qt  # type: ignore[import-not-found]  # noqa: F401

    # 0: PySide6's features may switch it; -1: PySide6 leaves it alone
    assert feature.pyside_feature_dict["speaks_qt"] == 0
    assert feature.pyside_feature_dict["plain_python"] == -1
    kept = {Path(name).name for name in linecache.cache}
    assert not kept & {"speaks_qt.py", "plain_python.py"}


def test_quickened_once_and_a_module_without_file_goes_to_pyside() -> None:
    assert pyside_imports.quicken() is False  # the package did it on import
    test = getattr(sys.modules[pyside_imports.FEATURE_MODULE], pyside_imports.TEST_NAME)
    assert test.quickened
    assert test(sys) is False  # built in: PySide6's own test says no
