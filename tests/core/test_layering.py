"""The layers inside the core, and no import cycles anywhere in AMP.

A module may import its own layer and those below it, never one above:

0. vocabulary — ``domain``, ``mandate``, ``i18n``, ``formatting``, ``personal``,
   ``given_names``, ``progress``, ``errors``, ``lazy``, ``months``
1. parsing and rules — ``parse``, ``rules``, ``files``
2. the file — ``store``
3. computation — ``planning``, ``results``, ``example``
4. table declarations — ``tables`` (what every screen, page and CLI table shows)
5. exchange and yearly figures — ``excel``, ``kolada``, ``yearly``, ``audit``
6. printed reports — ``reports``

Imports under ``if TYPE_CHECKING:`` are for the type checker only and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import amp_desktop

PACKAGE = Path(amp_desktop.__file__).parent
LAYERS = {
    **dict.fromkeys(
        (
            "domain",
            "mandate",
            "i18n",
            "formatting",
            "personal",
            "given_names",
            "progress",
            "errors",
            "lazy",
            "months",
        ),
        0,
    ),
    **dict.fromkeys(("parse", "rules", "files"), 1),
    "store": 2,
    **dict.fromkeys(("planning", "results", "example"), 3),
    "tables": 4,
    **dict.fromkeys(("excel", "kolada", "yearly", "audit"), 5),
    "reports": 6,
}


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _imports(name: str, path: Path) -> set[str]:
    """The AMP modules *name* imports when it is loaded (module level, not TYPE_CHECKING)."""
    found: set[str] = set()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]

    def visit(body: list[ast.stmt]) -> None:
        for node in body:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
                visit(node.orelse)
                continue
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*anchor, base] if base else anchor)
                subs = [f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES]
                found.update(subs)
                if len(subs) < len(node.names):
                    found.add(base)
            elif isinstance(node, (ast.If, ast.Try, ast.With)):
                visit(node.body)
                visit(getattr(node, "orelse", []))
                for handler in getattr(node, "handlers", []):
                    visit(handler.body)

    visit(ast.parse(path.read_text(encoding="utf-8")).body)
    return {m for m in found if m in MODULES and m != name}


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(name: str) -> int | None:
    parts = name.split(".")
    if len(parts) < 3 or parts[1] != "core":
        return None
    return LAYERS.get(parts[2])


def test_every_core_module_has_a_layer() -> None:
    unplaced = sorted(n for n in MODULES if n.startswith("amp_desktop.core.") and _layer(n) is None)
    assert unplaced == []


def test_no_core_module_imports_a_layer_above_its_own() -> None:
    upward = sorted(
        f"{name} → {other}"
        for name, imported in GRAPH.items()
        for other in imported
        if (mine := _layer(name)) is not None
        and (theirs := _layer(other)) is not None
        and theirs > mine
    )
    assert upward == []


def test_no_import_cycles() -> None:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0

    def connect(v: str) -> None:  # Tarjan's strongly connected components
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in GRAPH[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for name in GRAPH:
        if name not in index:
            connect(name)
    assert cycles == []


def test_the_checker_sees_a_real_import() -> None:
    assert "amp_desktop.core.store.changes" in GRAPH["amp_desktop.core.store.writer"]
    assert _layer("amp_desktop.core.reports.document") == 6
