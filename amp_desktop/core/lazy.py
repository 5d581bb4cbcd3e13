"""Public names of a package loaded from their modules the first time they are asked for.

Start-up imports only what the first window needs; a package lists where each of its
other names lives, and :func:`lazy_names` gives the package the module-level
``__getattr__`` and ``__dir__`` that load a name on first use (PEP 562).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    namespace: dict[str, Any], where: Mapping[str, str], package: str
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``__getattr__`` and ``__dir__`` for the module whose globals are *namespace*:
    name → module in *where*, each module under *package*."""
    owner = namespace["__name__"]

    def __getattr__(name: str) -> Any:  # noqa: N807
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {owner!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # asked for once
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted([*namespace, *where])

    return __getattr__, __dir__
