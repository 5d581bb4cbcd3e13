"""The store package loads its modules when a name is first asked for, and opening a
tagged file leaves the journal module unloaded (#10 item 8)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import amp_desktop.core.store as store
from amp_desktop.core.store import Catalogue


@pytest.mark.parametrize("name", store.__all__)
def test_every_public_name_is_there_and_the_one_its_module_defines(name: str) -> None:
    value = getattr(store, name)
    module = sys.modules[f"amp_desktop.core.store.{store._WHERE[name]}"]  # noqa: SLF001
    assert value is getattr(module, name)
    assert name in dir(store)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        store.no_such_name  # noqa: B018
    with pytest.raises(ImportError):
        exec("from amp_desktop.core.store import no_such_name", {})


def test_asking_for_an_error_class_loads_neither_the_catalogue_nor_the_writer() -> None:
    script = (
        "import sys\n"
        "from amp_desktop.core.store import StoreError, LockedError\n"
        "print(sorted(m for m in sys.modules if m.startswith('amp_desktop.core.store.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    for heavy in ("catalogue", "writer", "changes", "mandates", "kolada", "results"):
        assert f"'amp_desktop.core.store.{heavy}'" not in result.stdout, result.stdout
    assert "'amp_desktop.core.store.errors'" in result.stdout


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def test_opening_for_editing_tags_an_untagged_file_and_keeps_a_tag(catalogue_path: Path) -> None:
    tag = _user_version(catalogue_path)
    assert tag != 0  # tagged when made
    Catalogue.open(catalogue_path).close()
    assert _user_version(catalogue_path) == tag  # kept: the journal module not needed
    conn = sqlite3.connect(catalogue_path)
    conn.execute("PRAGMA user_version = 0")  # as a file from before the tag
    conn.close()
    Catalogue.open(catalogue_path, read_only=True).close()
    assert _user_version(catalogue_path) == 0  # read-only: nothing written
    Catalogue.open(catalogue_path).close()
    assert _user_version(catalogue_path) != 0
