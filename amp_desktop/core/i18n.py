"""Qt-free translation hook for messages made in the core.

The core never imports Qt.  Messages meant for people are written in English and
passed through :func:`tr` with a context name; the GUI installs Qt's translator as
the backend at start-up (``set_backend``) so the same Swedish ``.qm`` file serves
the core and the widgets.  ``pyside6-lupdate`` finds these calls because they are
spelled like ``QCoreApplication.translate(context, text)``.
"""

from __future__ import annotations

from collections.abc import Callable

_Backend = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_backend: _Backend = _identity
_language = "en"


def set_backend(backend: _Backend | None, language: str = "en") -> None:
    """Install the function that translates ``(context, text)``; None resets it.

    *language* (``"sv"`` or ``"en"``) decides how numbers, kronor and dates are
    written by :mod:`amp_desktop.core.formatting`.
    """
    global _backend, _language
    _backend = backend or _identity
    _language = language if backend else "en"


def language() -> str:
    """The language in use: ``"sv"`` or ``"en"``."""
    return _language


def translate(context: str, text: str) -> str:
    """Translate *text* in *context* with the installed backend."""
    return _backend(context, text)


class QCoreApplication:  # noqa: N801 - named so pyside6-lupdate extracts the calls
    """Stand-in spelled like Qt's so lupdate's parser picks up core strings."""

    translate = staticmethod(translate)
