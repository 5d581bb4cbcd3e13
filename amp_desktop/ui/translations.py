"""The Qt translation loader: installs the Swedish (or English) .qm for the window and the CLI.

Source strings are English.  The language follows the system locale (Swedish on a
Swedish system) unless Preferences or ``--lang``/``AMP_LANG`` say otherwise.  The
same ``.qm`` file translates widgets (``self.tr``) and the core (through
:func:`amp_desktop.core.i18n.set_backend`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from amp_desktop.core import i18n as core_i18n
from amp_desktop.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SUPPORTED = ("en", "sv")
_installed: list[QTranslator] = []


def system_language() -> str:
    """``"sv"`` on a Swedish system, otherwise ``"en"``."""
    return "sv" if QLocale.system().language() == QLocale.Language.Swedish else "en"


def resolve_language(choice: str | None) -> str:
    """The language to use for *choice* (``"sv"``, ``"en"``, or None/"" = system)."""
    if choice:
        choice = choice.lower()[:2]
        if choice in SUPPORTED:
            return choice
    return system_language()


def qm_path(language: str) -> str:
    return str(resource_path("translations", f"amp_{language}.qm"))


def install(choice: str | None = None) -> str:
    """Install the translators for *choice*; returns the language in use.

    Works with or without a ``QCoreApplication``: without one (the CLI) the core
    is translated through the translator object directly.
    """
    language = resolve_language(choice)
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    core_i18n.set_backend(None)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return language
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    # Imported here: an English window needs neither (each PySide6 class costs
    # start-up time the first time it is used).
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ours = QTranslator()
    if not ours.load(qm_path(language)):
        return "en"
    _installed.append(ours)
    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        _installed.append(qt_own)
    if app is not None:
        for translator in _installed:
            app.installTranslator(translator)
        core_i18n.set_backend(QCoreApplication.translate, language)
    else:
        core_i18n.set_backend(lambda context, text: ours.translate(context, text) or text, language)
    return language
