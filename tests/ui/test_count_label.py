"""The catalogue's filter bar as the user types: it stands still, the table is painted
once per keystroke, the count is read whole in both languages, and in a narrow window
the lists give way to the search box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtWidgets import QApplication

from amp_desktop.core.domain import Programme
from amp_desktop.ui import catalogue_model as cm
from amp_desktop.ui import translations
from amp_desktop.ui.count_label import CountLabel, count_text


def _shows_whole(label: CountLabel) -> bool:
    return label.contentsRect().width() >= label.fontMetrics().horizontalAdvance(label.text())


def _typed(qtbot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.catalogue_tab.search, text)
    QApplication.processEvents()


def test_the_search_box_stands_still_while_the_count_changes(qtbot, make_window, example_path):  # type: ignore[no-untyped-def]
    window = make_window(example_path)
    tab = window.catalogue_tab
    tab.search.setFocus()
    QApplication.processEvents()
    places, texts = set(), []
    for text in ("s", "o", "m", "m", "zz"):  # 21, 19, 18, 2, none
        _typed(qtbot, window, text)
        places.add((tab.search.geometry().getRect(), tab.count_label.geometry().getRect()))
        texts.append(tab.count_label.text())
        assert _shows_whole(tab.count_label), tab.count_label.text()
    tab.search.clear()
    QApplication.processEvents()
    texts.append(tab.count_label.text())
    places.add((tab.search.geometry().getRect(), tab.count_label.geometry().getRect()))
    assert texts == [
        "21 programmes",
        "19 of 21 programmes",
        "18 of 21 programmes",
        "2 of 21 programmes",
        "0 of 21 programmes",
        "21 programmes",
    ]
    assert len(places) == 1, places  # nothing in the bar moved or changed size


def test_a_keystroke_paints_the_table_once(qtbot, make_window, example_path):  # type: ignore[no-untyped-def]
    window = make_window(example_path)
    tab = window.catalogue_tab
    viewport = tab.table.viewport()
    paints = [0]  # per keystroke (the first: before any)

    class Counter(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]  # noqa: N802
            if watched is viewport and event.type() == QEvent.Type.Paint:
                paints[-1] += 1
            return False

    counter = Counter()
    viewport.installEventFilter(counter)
    tab.search.setFocus()
    QApplication.processEvents()
    shown = []
    for letter in "jobbp":  # 18, 11, 10, 10, 0 programmes
        paints.append(0)
        _typed(qtbot, window, letter)
        QApplication.processEvents()
        shown.append(tab.proxy.rowCount())
    viewport.removeEventFilter(counter)
    assert shown == [18, 11, 10, 10, 0]
    assert paints[1:] == [1, 1, 1, 0, 1], paints  # once when the rows change, else not


def test_the_search_looks_in_a_description_as_it_is_now(qtbot, make_window, example_path):  # type: ignore[no-untyped-def]
    window = make_window(example_path)
    tab = window.catalogue_tab
    _typed(qtbot, window, "ungdomar")  # asked of every row: their search texts are made
    before = {tab.proxy.index(r, cm.COL_NAME).data() for r in range(tab.proxy.rowCount())}
    session = window.current_session()
    programme: Programme = session.catalogue.find("VIA")
    assert programme.name not in before
    edited = programme.replace(description="Praktik för ungdomar i Västerås")
    assert session.run(lambda catalogue: catalogue.update_programme(edited))
    after = {tab.proxy.index(r, cm.COL_NAME).data() for r in range(tab.proxy.rowCount())}
    assert after == before | {programme.name}


def test_the_count_is_read_whole_in_swedish(qtbot, make_window, example_path, swedish):  # type: ignore[no-untyped-def]
    window = make_window(example_path)
    tab = window.catalogue_tab
    _typed(qtbot, window, "so")
    assert tab.count_label.text() == "19 av 21 insatser"
    assert _shows_whole(tab.count_label)


def test_the_count_takes_the_new_language_s_size(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = CountLabel()
    qtbot.addWidget(label)
    label.show_count(999, 1000)
    english = label.width()
    assert label.text() == "999 of 1,000 programmes" == count_text(999, 1000)
    try:
        assert translations.install("sv") == "sv"
        QApplication.processEvents()  # the LanguageChange event
        assert label.text() == "999 av 1\u00a0000 insatser"
        assert _shows_whole(label) and label.width() != english
    finally:
        translations.install("en")
    QApplication.processEvents()
    assert label.width() == english and label.text() == "999 of 1,000 programmes"
    label.show_count(1000, 1000)
    assert label.text() == "1,000 programmes" and label.width() == english
    label.show_count(1, 1)
    assert label.text() == "1 programme" and label.width() < english
    label.show_count(5, 100_000)
    assert label.width() > english and _shows_whole(label)


def test_in_a_narrow_window_the_lists_give_way_to_the_search_box(
    qtbot, make_window, example_path, swedish
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(example_path, resize=False)
    window.resize(720, 560)
    QApplication.processEvents()
    tab = window.catalogue_tab
    _typed(qtbot, window, "so")
    QApplication.processEvents()
    combos = (tab.unit_filter, tab.type_filter, tab.source_filter, tab.status_filter)
    # Room for what a search is ("Sök i namn och be…"), every list's "Alla …" in full.
    assert tab.search.width() >= 16 * tab.search.fontMetrics().averageCharWidth()
    for combo in combos:
        first = combo.fontMetrics().horizontalAdvance(combo.itemText(0))
        assert combo.width() > first + 20, combo.objectName()
    bar = [tab.search, *combos, tab.attention_filter]
    # (in rows: the bar wraps what does not fit, ui/wrapping_bar.py)
    boxes = [QRect(w.mapTo(tab, w.rect().topLeft()), w.size()) for w in bar]
    assert all(
        not a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :]
    )  # no overlap
    assert all(box.right() < tab.width() for box in boxes)
    # The count is under the table, whole.
    label, table = tab.count_label, tab.table
    assert (
        label.mapTo(tab, label.rect().topLeft()).y()
        > table.mapTo(tab, table.rect().bottomLeft()).y()
    )
    assert _shows_whole(label) and label.text() == "19 av 21 insatser"


def test_the_count_takes_a_new_font_s_height_and_back(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = CountLabel()
    qtbot.addWidget(label)
    label.show_count(19, 21)
    size = label.size()
    font = label.font()
    bigger = label.font()
    bigger.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(bigger)
    assert label.height() > size.height() and label.width() > size.width()
    assert _shows_whole(label)
    label.setFont(font)
    assert label.size() == size
