"""The PySide6 we run on keeps Python's reference counts right.

PySide6 6.12.0 loses a reference to ``None`` on every call of a Qt method that
returns void (``QPainter.setPen``, ``QFont.setBold`` …); on CPython 3.11 the
interpreter aborts ("none_dealloc") after a few thousand such calls — a long
session or a 1,000-programme PDF.  pyproject.toml excludes that release; this
test fails on any release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QFont


def test_void_qt_calls_do_not_lose_references_to_none(qapp) -> None:
    font = QFont()
    before = sys.getrefcount(None)
    for _ in range(2_000):
        font.setBold(True)
    assert sys.getrefcount(None) >= before - 50
