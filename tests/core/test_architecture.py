"""The core stays free of Qt, so the CLI and tests use it without a screen."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import amp_desktop.core

CORE = Path(amp_desktop.core.__file__).parent


def test_no_core_module_imports_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            names += [
                f"amp_desktop.{n.split('.')[1]}"
                for n in names
                if n.startswith("amp_desktop.") and n.count(".") >= 1
            ]
            for name in names:
                if name.startswith(
                    (
                        "PySide6",
                        "shiboken6",
                        "amp_desktop.ui",
                        "amp_desktop.i18n",
                        "amp_desktop.cli",
                    )
                ):
                    offenders.append(f"{path.relative_to(CORE)}: {name}")
    assert offenders == []


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages([str(CORE)], "amp_desktop.core.")]
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert len(modules) > 5
    assert result.stdout.strip() == "[]"
