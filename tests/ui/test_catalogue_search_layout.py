"""A search keystroke in the Catalogue tab lays out and repaints what it changed, no
more: the search field's clear button, shown at the first letter and hidden when the
field is emptied, laid out every widget up to the window and repainted it whole."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget


def _settled(qtbot, window):  # type: ignore[no-untyped-def]
    """The window's catalogue tab once the window is painted and its layouts settled."""
    tab = window.catalogue_tab
    qtbot.waitExposed(window)
    for _ in range(10):  # (a layout request goes up one level a pass)
        QApplication.processEvents()
    return tab


def test_the_clear_button_lays_out_nothing_above_the_bar(qtbot, make_window, example_path):  # type: ignore[no-untyped-def]
    window = make_window(example_path)
    tab = _settled(qtbot, window)
    above: list[QWidget] = []
    widget = tab.parentWidget()
    while widget is not None:
        above.append(widget)
        widget = widget.parentWidget()
    requests: list[str] = []

    class Counter(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if event.type() == QEvent.Type.LayoutRequest:
                requests.append(type(watched).__name__)
            return False

    counter = Counter()
    for widget in (tab, *above):
        widget.installEventFilter(counter)
    place = tab.search.mapTo(tab, tab.search.rect().topLeft()), tab.search.size()
    for _ in range(2):
        qtbot.keyClicks(tab.search, "s")  # the clear button appears
        for _ in range(6):  # (a layout request goes up one level a pass)
            QApplication.processEvents()
        tab.search.clear()
        qtbot.wait(300)  # its fade-out ends: it is hidden
    for widget in (tab, *above):
        widget.removeEventFilter(counter)
    assert requests == []
    assert (tab.search.mapTo(tab, tab.search.rect().topLeft()), tab.search.size()) == place


def test_a_new_font_in_the_search_field_still_lays_out_the_bar(qtbot, make_window, example_path):  # type: ignore[no-untyped-def]
    window = make_window(example_path)
    tab = _settled(qtbot, window)
    holder = tab.search.parentWidget()
    assert holder is not tab and holder.layout() is None
    height = tab.search.height()
    font = tab.search.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    tab.search.setFont(font)
    qtbot.waitUntil(lambda: tab.search.height() > height)
    assert tab.search.height() == tab.search.sizeHint().height() == holder.height()
    assert tab.search.width() == holder.width() >= tab.search.minimumWidth()
