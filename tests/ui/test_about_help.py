"""Help → About (version and licences) and Help → User guide (F1), in both languages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QWidget

from amp_desktop import __version__
from amp_desktop.resources import resource_path
from amp_desktop.ui import translations
from amp_desktop.ui.about import COMPONENTS, AboutDialog, licence_text, show_about
from amp_desktop.ui.help import UserGuideWindow, guide_path, show_user_guide
from tests.screens import save_screenshot


@pytest.fixture
def swedish(qapp: object) -> Iterator[None]:
    saved = QLocale()
    translations.install("sv")
    yield
    translations.install("en")
    QLocale.setDefault(saved)


OFFSCREEN = "This plugin does not support"  # the offscreen platform cannot raise windows


@pytest.mark.qt_log_ignore(OFFSCREEN)
def test_about_shows_the_version_and_every_licence(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = show_about(None, show=False)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AboutDialog)
    title = dialog.findChild(QLabel, "aboutTitle")
    assert f"AMP {__version__}" in title.text()
    names = [dialog.components.item(row).text() for row in range(dialog.components.count())]
    for wanted in ("Qt", "PySide6", "Python", "sqlite-utils", "openpyxl", "defusedxml"):
        assert any(name.startswith(wanted) for name in names), wanted
    for wanted in ("python-calamine", "DejaVu fonts"):
        assert any(name.startswith(wanted) for name in names), wanted
    dialog.select_component("PySide6 / shiboken6")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.licence.toPlainText()
    dialog.select_component("sqlite-utils")
    assert "Apache License" in dialog.licence.toPlainText()
    dialog.select_component("python-calamine")
    assert "MIT License" in dialog.licence.toPlainText()
    dialog.show()
    qtbot.waitExposed(dialog)
    save_screenshot(dialog, "about")


def test_every_licence_file_is_shipped() -> None:
    for component in COMPONENTS:
        for name in component.files:
            assert resource_path("licenses", name).is_file(), name
        assert "missing" not in licence_text(component)
    summary = resource_path("licenses", "README.md").read_text(encoding="utf-8")
    for component in COMPONENTS:
        for name in component.files:
            assert name in summary, f"{name} is not listed in resources/licenses/README.md"


def test_about_shows_the_versions_in_use(qtbot) -> None:  # type: ignore[no-untyped-def]
    import platform

    from PySide6 import __version__ as pyside

    dialog = show_about(None, show=False)
    qtbot.addWidget(dialog)
    text = dialog.findChild(QLabel, "aboutText").text()
    assert platform.python_version() in text and pyside in text


def test_user_guide_opens_in_english_with_every_section(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = show_user_guide(None, show=False)
    qtbot.addWidget(window)
    assert window.path.name == "user-guide.md"
    text = window.browser.toPlainText()
    for heading in (
        "Getting started",
        "The catalogue",
        "Undo",
        "Excel round trip",
        "Planning",
        "Results",
        "Mandates and the audit",
        "Yearly figures and Kolada",
        "Printing",
        "Backups",
        "command line",
    ):
        assert heading in text, heading
    assert "#" not in text.splitlines()[0], "the Markdown was not rendered"


def test_user_guide_follows_the_language(qtbot, swedish: None) -> None:  # type: ignore[no-untyped-def]
    window = show_user_guide(None, show=False)
    qtbot.addWidget(window)
    assert window.path == guide_path("sv")
    assert window.path.name == "user-guide.sv.md"
    text = window.browser.toPlainText()
    assert "Kom igång" in text and "Ångra" in text and "insats" in text
    assert "Resultat" in text and "Mandat och granskning" in text and "Kolada" in text
    assert window.windowTitle() == "Användarhandbok för AMP"


@pytest.mark.qt_log_ignore(OFFSCREEN)
def test_user_guide_find_and_reuse(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    window = show_user_guide(parent)
    qtbot.waitExposed(window)
    assert show_user_guide(parent) is window, "F1 again brings the same window forward"
    window.find_box.setText("Undo")
    assert window.find_next()
    assert window.browser.textCursor().selectedText() == "Undo"
    window.find_box.setText("no such text anywhere")
    assert not window.find_next()
    save_screenshot(window, "user-guide")
    assert isinstance(window, UserGuideWindow)


def test_both_guides_have_the_same_sections() -> None:
    english = resource_path("help", "user-guide.md").read_text(encoding="utf-8")
    swedish_text = resource_path("help", "user-guide.sv.md").read_text(encoding="utf-8")

    def headings(text: str) -> int:
        return sum(1 for line in text.splitlines() if line.startswith("#"))

    assert headings(english) == headings(swedish_text)
