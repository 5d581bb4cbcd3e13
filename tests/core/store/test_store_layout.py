"""The store's layout: modules by job and of a readable size, one error base, and no
caller outside the store that needs ``sqlite3`` to catch its errors."""

from __future__ import annotations

import ast
from pathlib import Path

import amp_desktop
from amp_desktop.core import store

PACKAGE = Path(amp_desktop.__file__).parent


def test_store_modules_are_of_a_readable_size() -> None:
    """catalogue.py was one 922-line class with five jobs."""
    sizes = {p.name: len(p.read_text().splitlines()) for p in (PACKAGE / "core/store").glob("*.py")}
    for name in ("catalogue.py", "connection.py", "opening.py", "reads.py", "rows.py"):
        assert sizes[name] <= 400, name
    for name in ("writer.py", "builders.py", "change_log.py", "errors.py"):
        assert sizes[name] <= 400, name


def test_every_store_error_has_one_base() -> None:
    for name in store.__all__:
        value = getattr(store, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, store.StoreError), name


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_window_or_command_module_catches_sqlite3() -> None:
    """The window imported sqlite3 to catch what escaped the store."""
    for folder in ("ui", "cli"):
        for path in (PACKAGE / folder).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            assert "sqlite3.Error" not in source and "sqlite3.OperationalError" not in source, path
            if path.name != "about.py":  # it names SQLite's version
                assert "sqlite3" not in _imports(path), path


def test_cli_common_does_not_import_the_cli_package() -> None:
    """cli/__init__ imported cli/common, which imported cli/__init__ back."""
    assert "amp_desktop.cli" not in _imports(PACKAGE / "cli/common.py")
    assert "amp_desktop.cli" not in _imports(PACKAGE / "cli/catalogue.py")
