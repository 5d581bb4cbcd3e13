"""The catalogue's results, mandate, audit-setting and Kolada reads, joined to it on first use.

:class:`~amp_desktop.core.store.catalogue.Catalogue` has the methods of
``ResultsReads``, ``MandateReads``, ``AuditSettingsReads`` and ``KoladaReads`` as
if it inherited them (which is what the type checker sees), but their modules —
with the change classes and the ``core.mandate`` model they import — load only
when a name the catalogue lacks is first asked for, of an instance or of the
class: opening a catalogue and showing its programmes needs none of them (#10
item 8).  Then every attribute of the four classes is copied onto
:class:`FeatureReads`, the first one found winning, so each name resolves to what
it resolved to through the inheritance (``tests/core/store/test_feature_reads.py``).
"""

from __future__ import annotations

import importlib
import threading
from typing import Any

#: The mixed-in classes, in the catalogue's order of inheritance: (module, class).
MIXINS = (
    ("result_reads", "ResultsReads"),
    ("mandates", "MandateReads"),
    ("mandates", "AuditSettingsReads"),
    ("kolada", "KoladaReads"),
)

#: What every class has of its own: not copied.
_OWN = frozenset(
    {
        "__module__",
        "__qualname__",
        "__doc__",
        "__dict__",
        "__weakref__",
        "__annotations__",
        "__firstlineno__",
        "__static_attributes__",
    }
)

_joining = threading.Lock()
_joined: list[type] = []  # the classes, once copied


def mixins() -> list[type]:
    """The mixed-in classes (their modules imported)."""
    return [
        getattr(importlib.import_module(f"amp_desktop.core.store.{module}"), name)
        for module, name in MIXINS
    ]


def join() -> None:
    """Copy the mixed-in classes' attributes onto :class:`FeatureReads` (once)."""
    with _joining:
        if _joined:
            return
        classes = mixins()
        for mixin in classes:
            for name, value in vars(mixin).items():
                if name in _OWN or name in vars(FeatureReads):
                    continue
                if name.startswith("__") and name.endswith("__"):
                    # A special method would be wanted from the first instance on.
                    raise TypeError(f"{mixin.__name__}.{name} cannot be joined late")
                setattr(FeatureReads, name, value)
        _joined.extend(classes)


def _special(name: str) -> bool:
    return name.startswith("__") and name.endswith("__")


class _JoiningOnFirstUse(type):
    """The metaclass: a name the class lacks joins the reads, then is looked up again."""

    def __getattr__(cls, name: str) -> Any:
        if _special(name) or _joined:
            raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
        join()
        return type.__getattribute__(cls, name)

    def __dir__(cls) -> list[str]:
        join()
        return list(type.__dir__(cls))


class FeatureReads(metaclass=_JoiningOnFirstUse):
    """The base the four read classes' attributes are copied onto (see the module)."""

    def __getattr__(self, name: str) -> Any:
        if _special(name) or _joined:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        join()
        return object.__getattribute__(self, name)
