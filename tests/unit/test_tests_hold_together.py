"""The tests' own house rules, checked on their source: shared helpers live in helper
modules (tests/helpers.py, tests/running.py, tests/ui/actions.py), never in another test
module, and GUI tests wait for an event, never for a fixed time."""

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _sources() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text("utf-8"))) for path in sorted(TESTS.rglob("*.py"))]


def test_no_test_module_imports_another():
    offenders = []
    for path, tree in _sources():
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            offenders += [
                f"{path.relative_to(TESTS)} imports {name}"
                for name in names
                if name.startswith("tests.") and name.rsplit(".", 1)[-1].startswith("test_")
            ]
    assert offenders == []


def test_no_test_waits_a_fixed_time():
    offenders = [
        f"{path.relative_to(TESTS)}:{node.lineno}"
        for path, tree in _sources()
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "wait"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "qtbot"
    ]
    assert offenders == []
