"""Keyboard-only and screen-reader use of the dialogs and pages: Tab reaches every control
and comes back round, nothing keeps Tab, every control has a name, every field label an
Alt+letter of its own, in English and in Swedish (read from packaging/i18n/sv.py)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.mandate import Agreement, Counterparty
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import translations
from amp_desktop.ui.about import AboutDialog
from amp_desktop.ui.agreements_dialog import AgreementsDialog
from amp_desktop.ui.app import load_fonts
from amp_desktop.ui.editor import ProgrammeEditor
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.help import UserGuideWindow
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.planning.forecast_editor import ForecastTable
from amp_desktop.ui.preferences import PreferencesDialog
from amp_desktop.ui.settings import Settings
from amp_desktop.ui.welcome import WelcomePage
from amp_desktop.ui.yearly.dialog import YearlyDialog

_MNEMONIC = re.compile(r"&([^&\s])")


class DictTranslator(QTranslator):
    """Swedish straight from ``packaging/i18n/sv.py`` (new strings before the .ts is made)."""

    def __init__(self) -> None:
        super().__init__()
        from packaging_sv import SV  # type: ignore[import-not-found]

        self._sv = SV

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        found = self._sv.get((context, source), self._sv.get(source))
        return found if isinstance(found, str) else None  # type: ignore[return-value]

    def isEmpty(self) -> bool:  # noqa: N802 (Qt's name)
        return False


def _load_sv() -> None:
    import importlib.util
    import sys

    if "packaging_sv" in sys.modules:
        return
    path = Path(__file__).resolve().parents[2] / "packaging" / "i18n" / "sv.py"
    spec = importlib.util.spec_from_file_location("packaging_sv", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["packaging_sv"] = module
    spec.loader.exec_module(module)


@contextmanager
def language(code: str) -> Iterator[None]:
    """The window in *code* ("en"/"sv"); Swedish reads sv.py first, then the .qm."""
    translations.install(code)
    extra = None
    if code == "sv":
        _load_sv()
        extra = DictTranslator()
        QCoreApplication.installTranslator(extra)
    try:
        yield
    finally:
        if extra is not None:
            QCoreApplication.removeTranslator(extra)
        translations.install("en")


def control(widget: QWidget | None) -> QWidget | None:
    """The control *widget* belongs to (a spin box for its line edit, a view for its viewport)."""
    while widget is not None:
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) and parent.focusProxy() is widget:
            widget = parent
            continue
        if isinstance(parent, QAbstractItemView) and widget is parent.viewport():
            widget = parent
            continue
        return widget
    return None


def _shown_under(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.isEnabled()


def inputs(top: QWidget) -> list[QWidget]:
    """Every control of *top* a user can reach with Tab: shown, enabled, takes Tab focus."""
    found: list[QWidget] = []
    for widget in top.findChildren(QWidget):
        if widget is not control(widget) or not _shown_under(widget, top):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), QComboBox):
            continue
        if widget.focusProxy() is not None:
            continue
        found.append(widget)
    return found


def tab_chain(qtbot, top: QWidget, backwards: bool = False, limit: int = 120) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The controls Tab (or Shift+Tab) visits from the focused one until it comes back."""
    start = control(QApplication.focusWidget())
    assert start is not None, "nothing has the focus"
    seen: list[QWidget] = [start]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    for _ in range(limit):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key, modifier)
        now = control(QApplication.focusWidget())
        assert now is not None
        if now is start:
            return seen
        if now is seen[-1]:
            # Only a grid typed into keeps Tab for its cells, and lets go at its end.
            if not isinstance(now, ForecastTable):
                raise AssertionError(f"Tab is trapped in {describe(now)}")
            continue
        seen.append(now)
    raise AssertionError(f"Tab never came back round: {[describe(w) for w in seen[-6:]]}")


def describe(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__}({widget.objectName() or shown or spoken_name(widget)!r})"


def buddy_text(widget: QWidget, top: QWidget) -> str:
    for label in top.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text()
    return ""


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for *widget* (its own name, text or its label's text)."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text()
    if isinstance(widget, QGroupBox) and widget.title():
        return widget.title()
    if isinstance(widget, QLabel) and widget.text():
        return widget.text()
    if isinstance(widget, QTabBar):  # (each tab is said by its text)
        return " ".join(widget.tabText(i) for i in range(widget.count()))
    top = widget.window()
    return buddy_text(widget, top)


def unnamed(top: QWidget) -> list[str]:
    """The reachable controls a screen reader would announce without a name."""
    return [describe(w) for w in inputs(top) if not spoken_name(w).replace("&", "").strip()]


def unbuddied_labels(top: QWidget) -> list[str]:
    """Labels with an accelerator and no buddy, or labels next to no control: none may be."""
    found = []
    for label in top.findChildren(QLabel):
        if not label.isVisibleTo(top):
            continue
        text = label.text().replace("&&", "")
        if label.textFormat() != Qt.TextFormat.PlainText and "<" in text:
            continue
        if "&" in text and label.buddy() is None:
            found.append(text)
    return found


def field_labels_without_accelerator(top: QWidget) -> list[str]:
    """Buddy labels whose text gives no Alt+letter."""
    found = []
    for label in top.findChildren(QLabel):
        lettered = _MNEMONIC.search(label.text().replace("&&", ""))
        if label.buddy() is not None and label.isVisibleTo(top) and not lettered:
            found.append(label.text())
    return found


def accelerators(top: QWidget) -> Counter[str]:
    """The Alt+letters of *top*'s shown buttons, buddy labels, group boxes and tabs."""
    texts = [w.text() for w in top.findChildren(QAbstractButton) if w.isVisibleTo(top)]
    texts += [w.text() for w in top.findChildren(QLabel) if w.isVisibleTo(top) and w.buddy()]
    texts += [w.title() for w in top.findChildren(QGroupBox) if w.isVisibleTo(top)]
    for bar in top.findChildren(QTabBar):
        if bar.isVisibleTo(top):
            texts += [bar.tabText(i) for i in range(bar.count())]
    found = Counter[str]()
    for text in texts:
        match = _MNEMONIC.search(text.replace("&&", ""))
        if match:
            found[match.group(1).casefold()] += 1
    return found


def clashes(top: QWidget) -> list[str]:
    return sorted(letter for letter, n in accelerators(top).items() if n > 1)


def traps(top: QWidget) -> list[str]:
    """Controls that keep Tab for themselves (tables moving between cells, text boxes)."""
    found = []
    for widget in inputs(top):
        if isinstance(widget, ForecastTable):
            continue
        if isinstance(widget, QAbstractItemView) and widget.tabKeyNavigation():
            found.append(describe(widget))
        typed = isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()
        if typed and not widget.tabChangesFocus():
            found.append(describe(widget))
    return found


# -- the checks every screen passes --------------------------------------------------------
def show(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    QApplication.processEvents()


def check_keyboard(qtbot, top: QWidget, *, every_label_lettered: bool = True) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """Tab and Shift+Tab reach every shown control and come back round; every control
    has a name; every field label has its own Alt+letter; no letter is taken twice."""
    reachable = inputs(top)
    assert reachable, "the test sees no controls"
    focused = control(QApplication.focusWidget())
    if focused not in reachable:
        reachable[0].setFocus()
    forward = tab_chain(qtbot, top)
    missed = [describe(w) for w in reachable if w not in forward]
    assert missed == [], f"Tab never reaches {missed}"
    backward = tab_chain(qtbot, top, backwards=True)
    assert set(backward) == set(forward)
    assert traps(top) == []
    assert unnamed(top) == []
    assert unbuddied_labels(top) == []
    if every_label_lettered:
        assert field_labels_without_accelerator(top) == []
    assert clashes(top) == [], dict(accelerators(top))
    return forward


LANGUAGES = pytest.mark.parametrize("code", ["en", "sv"])
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


@pytest.fixture
def session(qapp: object, example: Catalogue) -> CatalogueSession:
    return CatalogueSession(example)


@LANGUAGES
def test_preferences_pages_by_keyboard(qtbot, session: CatalogueSession, code: str) -> None:  # type: ignore[no-untyped-def]
    """Opened on the first field (it opened on the row of pages); on the last page
    "&Keep the change log" and "&Kolada address" both took Alt+K."""
    with language(code):
        dialog = PreferencesDialog(Settings(), session=session)
        qtbot.addWidget(dialog)
        show(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.language
        for page in range(dialog.pages.count()):
            dialog.pages.setCurrentIndex(page)
            check_keyboard(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not dialog.isVisible()


@LANGUAGES
def test_agreements_by_keyboard(qtbot, session: CatalogueSession, code: str) -> None:  # type: ignore[no-untyped-def]
    """The form's labels had no Alt+letters and the table kept Tab for its cells."""
    session.catalogue.save_agreement(
        Agreement(Counterparty("finsam"), "SF-1", "Samordning", "2024-01-01", None, "")
    )
    with language(code):
        dialog = AgreementsDialog(session)
        qtbot.addWidget(dialog)
        show(qtbot, dialog)
        dialog.table.setFocus()
        chain = check_keyboard(qtbot, dialog)
        assert chain.index(dialog.table) + 1 == chain.index(dialog.counterparty)  # top down
        # Enter in a field saves; after Delete the form is empty and Reference has the focus.
        dialog.start_new()
        assert QApplication.focusWidget() is dialog.reference
        qtbot.keyClicks(dialog.reference, "SF-2")
        qtbot.keyClick(dialog.reference, Qt.Key.Key_Return)
        assert dialog.model.rowCount() == 2
        dialog.delete()
        assert dialog.model.rowCount() == 1
        assert QApplication.focusWidget() is dialog.reference
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not dialog.isVisible()


@LANGUAGES
def test_yearly_figures_by_keyboard(qtbot, session: CatalogueSession, code: str) -> None:  # type: ignore[no-untyped-def]
    """Tab went from cell to cell of the figures table and never left it; the chart and
    the tables had no names."""
    with language(code):
        dialog = YearlyDialog(session)
        qtbot.addWidget(dialog)
        show(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.year
        for page in range(dialog.over_years.count()):
            dialog.over_years.setCurrentIndex(page)
            check_keyboard(qtbot, dialog)
        assert dialog.chart.accessibleName()
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not dialog.isVisible()


@LANGUAGES
def test_import_pages_by_keyboard(
    qtbot, session: CatalogueSession, tmp_path: Path, code: str
) -> None:  # type: ignore[no-untyped-def]
    """Tab never left the table of columns, so Next and Cancel could not be reached."""
    workbook = export_workbook(session.catalogue, tmp_path / "same.xlsx")
    with language(code):
        dialog = ImportDialog(session, workbook)
        qtbot.addWidget(dialog)
        show(qtbot, dialog)
        assert QApplication.focusWidget() is dialog.mapping_view
        check_keyboard(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Next >
        assert dialog.pages.currentIndex() == 1
        check_keyboard(qtbot, dialog)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not dialog.isVisible()


@LANGUAGES
def test_about_and_user_guide_by_keyboard(qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    """The list of components, the licence text and the guide itself had no names."""
    with language(code):
        about = AboutDialog()
        qtbot.addWidget(about)
        show(qtbot, about)
        for page in range(about.tabs.count()):
            about.tabs.setCurrentIndex(page)
            check_keyboard(qtbot, about)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not about.isVisible()
        guide = UserGuideWindow()
        qtbot.addWidget(guide)
        show(qtbot, guide)
        assert QApplication.focusWidget() is guide.find_box
        check_keyboard(qtbot, guide)
        guide.close()


@LANGUAGES
def test_welcome_page_by_keyboard(qtbot, code: str) -> None:  # type: ignore[no-untyped-def]
    with language(code):
        page = WelcomePage()
        qtbot.addWidget(page)
        show(qtbot, page)
        assert len(check_keyboard(qtbot, page)) == 4
        page.close()


@LANGUAGES
def test_programme_editor_by_keyboard(qtbot, session: CatalogueSession, code: str) -> None:  # type: ignore[no-untyped-def]
    """Every field and the mandate box in order; each group answers an Alt+letter (its
    first field), as the fields are too many for a letter each."""
    load_fonts()
    with language(code):
        host = QWidget()
        host.resize(480, 900)
        editor = ProgrammeEditor(host)
        layout = QVBoxLayout(host)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(editor)
        qtbot.addWidget(host)
        editor.set_session(session)
        programme = session.catalogue.find("Krami")
        editor.set_programme(programme)
        box = editor.mandate_box
        editor.set_programme(programme)
        show(qtbot, host)
        chain = check_keyboard(qtbot, host, every_label_lettered=False)
        assert chain.index(box.agreements_button) > chain.index(
            editor.findChild(QWidget, "field_notes")
        )
        groups = [g for g in host.findChildren(QGroupBox) if g.isVisibleTo(host)]
        assert len(groups) >= 7
        assert [g.title() for g in groups if not _MNEMONIC.search(g.title())] == []
        host.close()
