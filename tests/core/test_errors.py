"""Every error class in AMP whose message is meant for the user derives from AmpError."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import amp_desktop
from amp_desktop.core.errors import AmpError

# Raised for the developer, not the user: a failed self-test check shows a traceback on purpose.
NOT_FOR_THE_USER = {"amp_desktop.selftest.SelfTestError"}


def test_every_error_class_derives_from_amp_error() -> None:
    stray = []
    for info in pkgutil.walk_packages(amp_desktop.__path__, "amp_desktop."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            qualified = f"{cls.__module__}.{name}"
            if (
                cls.__module__ == info.name
                and name.endswith("Error")
                and issubclass(cls, Exception)
                and not issubclass(cls, AmpError)
                and qualified not in NOT_FOR_THE_USER
            ):
                stray.append(qualified)
    assert stray == []


def test_the_old_bases_still_hold() -> None:
    from amp_desktop.core.excel.safety import ExcelFileError
    from amp_desktop.core.parse.errors import ParseError
    from amp_desktop.core.store.errors import StoreError

    assert issubclass(ParseError, ValueError)
    assert issubclass(ExcelFileError, ValueError)
    assert issubclass(StoreError, RuntimeError)
