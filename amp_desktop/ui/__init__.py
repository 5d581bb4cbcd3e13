"""AMP's Qt front end: windows, models, dialogs, charts and printing."""

import sys


def _keep_none_alive() -> None:
    """Work around PySide6 6.12 on CPython 3.11 dropping a reference to ``None``.

    Every call of a Qt method that returns void (``QPainter.setPen``,
    ``QFont.setBold`` …) leaves ``None`` with one reference fewer; after about
    5,000 calls CPython aborts with "Fatal Python error: none_dealloc" (a PDF of
    1,000 programmes, or a long session in the window).  CPython 3.12 made
    ``None`` immortal, so only older versions need this: give ``None`` references
    enough for any session.  (Found while printing reports, issue #5.)
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < 1 << 40:
        count.value += 1 << 40


_keep_none_alive()
