"""The main window, driven through its real widgets: keys, clicks and menus."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QLineEdit

from amp_desktop.core.store import Catalogue
from amp_desktop.ui import catalogue_model as cm
from amp_desktop.ui import open_flow, window_actions
from amp_desktop.ui.main_window import MainWindow
from amp_desktop.ui.preferences import PreferencesDialog
from amp_desktop.ui.settings import Settings
from tests.screens import save_screenshot


@pytest.fixture
def window(make_window, example_path: Path) -> MainWindow:
    return make_window(example_path)


def _stored(window: MainWindow, programme_id: int):
    return window.current_session().catalogue.programme(programme_id)


def _type_into(qtbot, line: QLineEdit, text: str) -> None:
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def _table_names(window: MainWindow) -> list[str]:
    proxy = window.catalogue_tab.proxy
    return [proxy.index(r, cm.COL_NAME).data() for r in range(proxy.rowCount())]


def test_opens_on_the_table_with_the_first_programme_in_the_editor(window) -> None:
    tab = window.catalogue_tab
    assert window.windowTitle() == "example.amp — AMP"
    assert tab.proxy.rowCount() == 21
    assert QApplication.focusWidget() is tab.table
    assert tab.editor.programme().name == _table_names(window)[0]
    assert not window.read_only_label.isVisible()
    save_screenshot(window, "amp_main")


def test_add_edit_invalid_value_and_undo_everything(qtbot, window) -> None:
    tab, editor = window.catalogue_tab, window.catalogue_tab.editor
    qtbot.keyClick(tab.table, Qt.Key.Key_Insert)  # Edit → Add programme
    added = editor.programme()
    assert added.name == "New programme" and tab.proxy.rowCount() == 22
    assert QApplication.focusWidget() is editor.field_editor("name")

    _type_into(qtbot, editor.field_editor("name"), "Jobbspar 2")
    assert _stored(window, added.id).name == "Jobbspar 2"
    assert "Jobbspar 2" in _table_names(window)
    assert window.statusBar().currentMessage() == "Saved: Edit “Jobbspar 2”"

    places = editor.field_editor("places")
    _type_into(qtbot, places, "-4")
    assert editor.message("places") == "Places: must be 0 or more."
    assert editor.findChild(QLabel, "message_places").isVisible()
    assert _stored(window, added.id).places == 0
    _type_into(qtbot, places, "many")
    assert editor.message("places").startswith("Places:")
    assert _stored(window, added.id).places == 0

    _type_into(qtbot, places, "12")
    assert editor.message("places") == ""
    assert _stored(window, added.id).places == 12

    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(window, added.id).places == 0
    assert places.text() == "0"
    assert window.statusBar().currentMessage().startswith("Undone: ")
    window.undo_action.trigger()
    assert editor.field_editor("name").text() == "New programme"
    assert "New programme" in _table_names(window)
    window.undo_action.trigger()
    assert _stored(window, added.id) is None and tab.proxy.rowCount() == 21
    for _ in range(3):
        window.redo_action.trigger()
    assert _stored(window, added.id).places == 12
    assert "Jobbspar 2" in _table_names(window)


def test_a_rule_across_fields_names_the_field_and_saves_nothing(qtbot, window) -> None:
    editor = window.catalogue_tab.editor
    programme = editor.programme()
    _type_into(qtbot, editor.field_editor("start_date"), "2026-06-01")
    _type_into(qtbot, editor.field_editor("end_date"), "2026-01-01")
    assert editor.message("end_date") == "End date: must be after the start date."
    assert _stored(window, programme.id).end_date is None
    _type_into(qtbot, editor.field_editor("end_date"), "2026-31-12")
    assert editor.message("end_date").startswith("End date:")
    name = editor.field_editor("name")
    _type_into(qtbot, name, _table_names(window)[1])  # another programme's name
    assert "another programme already has this name" in editor.message("name")
    assert _stored(window, programme.id).name == programme.name


def test_delete_asks_first_and_undo_brings_it_back(qtbot, window, dialog_answers) -> None:
    tab = window.catalogue_tab
    session = window.current_session()
    victim = tab.editor.programme()
    demand_before = len(session.catalogue.demand_rows([victim.id]))
    assert demand_before > 0

    dialog_answers.replies["choose"] = -1  # Cancel (the question: Delete / … / Cancel)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert dialog_answers.kinds() == ["choose"]
    assert victim.name in dialog_answers.asked[0][1]["text"]
    assert _stored(window, victim.id) is not None

    dialog_answers.replies["choose"] = 0  # Delete
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert _stored(window, victim.id) is None
    assert victim.name not in _table_names(window)
    assert tab.editor.programme() is not None  # the next row is selected

    window.undo_action.trigger()
    assert _stored(window, victim.id) == victim
    assert len(session.catalogue.demand_rows([victim.id])) == demand_before
    assert tab.editor.programme() == victim  # the restored programme is shown
    assert tab.editor.field_editor("name").text() == victim.name


def test_delete_and_forget_its_history_is_asked_for_explicitly(
    qtbot, window, dialog_answers
) -> None:
    tab = window.catalogue_tab
    catalogue = window.current_session().catalogue
    victim = tab.editor.programme()
    assert catalogue.change_log(victim.id)  # the example has a history for it
    dialog_answers.replies["choose"] = 1  # Delete and forget its history
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    _kind, details = dialog_answers.asked[-1]
    assert details["options"] == ["Delete", "Delete and forget its history"]
    assert "for good" in str(details["text"]) and "not their history" in str(details["text"])
    assert _stored(window, victim.id) is None
    assert [e["field"] for e in catalogue.change_log(victim.id)] == ["deleted"]
    assert all(victim.name not in str(e["old"]) for e in catalogue.change_log(limit=10_000))
    window.undo_action.trigger()
    assert _stored(window, victim.id) == victim  # the programme comes back, not its history
    assert not any(e["old"] for e in catalogue.change_log(victim.id) if e["field"] == "name")


def test_duplicate_selects_the_copy(qtbot, window) -> None:
    tab = window.catalogue_tab
    original = tab.editor.programme()
    qtbot.keyClick(tab.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    copy = tab.editor.programme()
    assert copy.name == f"{original.name} (copy)" and copy.id != original.id
    assert copy.places == original.places and copy.sources == original.sources


def test_filter_and_search_as_you_type(qtbot, window) -> None:
    tab = window.catalogue_tab
    qtbot.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is tab.search
    qtbot.keyClicks(tab.search, "somm")
    assert (
        _table_names(window) == [n for n in _table_names(window) if "somm" in n.casefold()]
        and len(_table_names(window)) >= 2
    )
    assert tab.count_label.text() == f"{len(_table_names(window))} of 21 programmes"
    tab.search.clear()
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData("Jobbcentrum"))
    units = {tab.proxy.index(r, cm.COL_UNIT).data() for r in range(tab.proxy.rowCount())}
    assert units == {"Jobbcentrum"}
    tab.type_filter.setCurrentIndex(tab.type_filter.findData("secondary"))
    assert tab.proxy.rowCount() == 0
    tab.clear_filters()
    tab.source_filter.setCurrentIndex(tab.source_filter.findData("IND"))
    sources = [tab.proxy.index(r, cm.COL_SOURCES).data() for r in range(tab.proxy.rowCount())]
    assert sources and all("IND" in s for s in sources)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("active"))
    assert tab.proxy.rowCount() == len(sources)


def test_a_locked_catalogue_opens_read_only(make_window, example_path, dialog_answers) -> None:
    with Catalogue.open(example_path):  # another AMP holds it
        dialog_answers.replies["choose"] = -1
        window = make_window()
        assert not window.open_path(example_path)
        assert window.current_session() is None
        kind, details = dialog_answers.asked[-1]
        assert kind == "choose" and "open for editing by" in details["text"]
        assert details["options"] == ["Open read-only"]

        dialog_answers.replies["choose"] = 0
        assert window.open_path(example_path)
    assert window.current_session().catalogue.read_only
    assert window.windowTitle() == "example.amp [read-only] — AMP"
    assert window.read_only_label.isVisible()
    assert not window.add_action.isEnabled() and not window.delete_action.isEnabled()
    assert window.catalogue_tab.editor.field_editor("name").isReadOnly()
    assert not window.catalogue_tab.editor.field_editor("type").isEnabled()
    save_screenshot(window, "amp_readonly")


def test_a_file_that_is_not_a_catalogue_is_explained(make_window, tmp_path, dialog_answers):
    bad = tmp_path / "notes.amp"
    bad.write_text("not a database, just text" * 100)
    window = make_window()
    assert not window.open_path(bad)
    assert dialog_answers.kinds() == ["error"]
    assert "not an AMP catalogue" in dialog_answers.asked[0][1]["text"]
    assert window.pages.currentWidget() is window.welcome


def test_new_open_recent_and_save_a_copy(make_window, example_path, tmp_path, dialog_answers):
    window = make_window()
    sessions: list[object] = []
    window.session_changed.connect(sessions.append)
    dialog_answers.replies["save_file"] = str(tmp_path / "mine")
    assert window.new_action.isEnabled()
    window.new_action.trigger()
    assert window.windowTitle() == "mine.amp — AMP"
    assert window.catalogue_tab.proxy.rowCount() == 0

    dialog_answers.replies["open_file"] = str(example_path)
    window.open_action.trigger()
    assert window.windowTitle() == "example.amp — AMP"
    assert sessions[1] is None and sessions[-1] is window.current_session()
    recent = window.settings.recent_files
    assert recent[:2] == [str(example_path.resolve()), str((tmp_path / "mine.amp").resolve())]

    window_actions.fill_recent_menu(window)
    actions = [a for a in window.recent_menu.actions() if a.text().startswith("&2")]
    assert actions and "mine.amp" in actions[0].text()
    actions[0].trigger()
    assert window.windowTitle() == "mine.amp — AMP"

    window.open_path(example_path)
    copy = tmp_path / "copy.amp"
    dialog_answers.replies["save_file"] = str(copy)
    window.save_copy_action.trigger()
    assert window.statusBar().currentMessage() == f"Saved a copy: {copy}"
    with Catalogue.open(copy) as copied:
        assert len(copied.programmes()) == 21


def test_window_column_and_splitter_state_are_remembered(make_window, example_path) -> None:
    window = make_window(example_path)
    window.resize(760, 600)  # the offscreen screen is 800×800
    window.catalogue_tab.table.setColumnWidth(cm.COL_NAME, 321)
    window.catalogue_tab.splitter.setSizes([300, 440])
    sizes = window.catalogue_tab.splitter.sizes()
    window.close()

    again = make_window(example_path, resize=False)
    assert again.size().width() == 760 and again.size().height() == 600
    assert again.catalogue_tab.table.columnWidth(cm.COL_NAME) == 321
    assert again.catalogue_tab.splitter.sizes() == sizes


def test_welcome_page_on_first_run_then_the_last_catalogue(
    qtbot, make_window, tmp_path, monkeypatch
) -> None:
    example = tmp_path / "data" / "example.amp"
    monkeypatch.setattr(open_flow, "example_path", lambda: example)
    window = make_window()
    window.start()
    assert window.pages.currentWidget() is window.welcome
    assert window.settings.welcome_shown
    assert not window.save_copy_action.isEnabled() and not window.add_action.isEnabled()
    save_screenshot(window, "amp_welcome")
    qtbot.mouseClick(window.welcome.example_button, Qt.MouseButton.LeftButton)
    assert example.exists() and window.windowTitle() == "example.amp — AMP"
    window.close()

    again = make_window()
    again.start()  # not the first run: the last catalogue opens again
    assert again.windowTitle() == "example.amp — AMP"
    again.close_action.trigger()
    assert again.pages.currentWidget() is again.welcome
    assert again.windowTitle() == "AMP"


def test_preferences_store_settings_and_refuse_thresholds_out_of_order(qtbot) -> None:
    settings = Settings()
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("sv"))
    qtbot.keyClicks(dialog.municipality, "Vasteras stad")
    dialog.idle_below.setValue(95)  # above "tight" (90 %)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.click()
    assert dialog.problem().startswith("Planning status:")
    assert settings.municipality == "" and settings.language == ""
    dialog.idle_below.setValue(50)
    ok.click()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert settings.language == "sv" and settings.municipality == "Vasteras stad"
    assert settings.idle_below == 0.5 and settings.short_above == 1.0


def test_menus_the_lead_extends(qtbot, window) -> None:
    assert window.file_menu.title() == "&File" and window.edit_menu.title() == "&Edit"
    assert [a.text() for a in window.help_menu.actions() if not a.isSeparator()] == [
        "AMP &User Guide",
        "&About AMP",
    ]
    assert window.tabs.tabText(1) == "&Planning"
    index = window.add_tab(QLabel("more"), "&More")
    assert window.tabs.tabText(index) == "&More" and index == window.tabs.count() - 1 == 3
    shortcuts = {
        a.text(): a.shortcut().toString()
        for a in window.file_menu.actions() + window.edit_menu.actions()
        if not a.isSeparator()
    }
    assert shortcuts["&New Catalogue…"] == "Ctrl+N"
    assert shortcuts["&Add Programme"] == "Ctrl+Shift+N"
    assert shortcuts["&Duplicate Programme"] == "Ctrl+D"
    assert shortcuts["De&lete Programme…"] == "Del"
    assert shortcuts["&Search Programmes"] == "Ctrl+F"
    assert shortcuts["&Close Catalogue"] == "Ctrl+W"  # as the user guide says
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


def test_tab_moves_from_the_table_into_the_editor_and_back(qtbot, window) -> None:
    tab = window.catalogue_tab
    tab.focus_table()
    qtbot.keyClick(tab.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.editor.field_editor("name")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is tab.editor.field_editor("code")
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)  # Enter on a row: edit its name
    assert QApplication.focusWidget() is tab.editor.field_editor("name")


def test_welcome_page_lists_each_recent_catalogue_once(make_window, example_path) -> None:
    from PySide6.QtWidgets import QCommandLinkButton

    window = make_window()
    for _ in range(2):
        assert window.open_path(example_path)
        window.close_catalogue()
    shown = [
        b.text()
        for b in window.welcome.findChildren(QCommandLinkButton)
        if b.isVisible() and b.text() == example_path.name
    ]
    assert shown == [example_path.name]


def test_an_error_nothing_caught_is_shown_not_only_printed(  # type: ignore[no-untyped-def]
    qtbot, window, dialog_answers, capsys, monkeypatch
) -> None:
    import sys

    from amp_desktop.ui.app import _unexpected_error_hook

    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)  # not pytest-qt's
    hook = _unexpected_error_hook(window)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        hook(ValueError, exc, exc.__traceback__)
        hook(ValueError, exc, exc.__traceback__)  # a second one while the first shows
    assert dialog_answers.asked == []  # shown from the event loop, not inside the hook
    qtbot.waitUntil(lambda: bool(dialog_answers.asked))
    (kind, details), *_ = dialog_answers.asked
    assert kind == "error" and details["title"] == "Unexpected error"
    assert "ValueError: boom" in str(details["text"])
    assert "ValueError: boom" in capsys.readouterr().err  # the traceback still printed


def test_a_read_only_window_follows_what_the_editing_amp_saves(
    make_window, example_path, dialog_answers
) -> None:
    """The second window kept showing 30 places after the first saved 99."""
    with Catalogue.open(example_path) as editing:  # another AMP has it for editing
        dialog_answers.replies["choose"] = 0  # open read-only
        window = make_window(example_path)
        tab = window.catalogue_tab
        assert tab.select_programme(editing.find("OSA").id)
        assert window.follower.timer.isActive()
        assert not window.follower.follow()  # nothing saved yet
        editing.update_programme(editing.find("Atlas").replace(places=99))
        assert window.follower.follow()
        atlas = editing.find("Atlas").id
        assert tab.model.programme_at(tab.model.row_of(atlas)).places == 99
        assert tab.editor.programme().name == "OSA"  # the selection stays
        assert "Another AMP saved changes" in window.statusBar().currentMessage()
        # The Planning tab reads the file afresh and keeps its period (it was rebuilt).
        from amp_desktop.core.planning import Period

        view = window.show_planning()
        view.set_period(Period.tertial(2026, 2))
        editing.update_programme(editing.find("Atlas").replace(places=77))
        assert window.follower.follow()
        assert window.planning_view is view and view.period() == Period.tertial(2026, 2)
        assert view.plan is not None and view.plan.programme(atlas).places == 77
    # A file that can no longer be read stops the following, with a word, no dialog.
    window.current_session().catalogue.conn.close()
    assert not window.follower.follow()
    assert not window.follower.timer.isActive()
    assert "cannot be read any more" in window.statusBar().currentMessage()
    assert dialog_answers.kinds().count("error") == 0


def test_a_read_only_window_offers_editing_when_the_other_amp_closes(
    make_window, example_path, dialog_answers
) -> None:
    editing = Catalogue.open(example_path)
    dialog_answers.replies["choose"] = 0  # open read-only
    window = make_window(example_path)
    assert window.is_read_only()
    window.follower.follow()
    assert "confirm" not in dialog_answers.kinds()  # still held: nothing to offer
    editing.close()  # the other AMP closes the file
    dialog_answers.replies["confirm"] = True
    window.follower.follow()
    kind, details = dialog_answers.asked[-1]
    assert kind == "confirm" and "no longer open in another AMP" in str(details["text"])
    assert window.current_session() is not None and not window.is_read_only()
    assert window.add_action.isEnabled()
    window.follower.follow()  # asked once only
    assert dialog_answers.kinds().count("confirm") == 1


def test_closing_the_window_on_a_catalogue_does_not_build_the_welcome_page(
    qtbot, example_path: Path
) -> None:
    from PySide6.QtWidgets import QCommandLinkButton

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.start(str(example_path))  # as amp-desktop FILE: opened before it is shown
    with qtbot.waitExposed(window):
        window.show()
    assert window.pages.currentWidget() is window.tabs
    window.close()
    assert window.current_session() is None
    assert not window.isVisible()
    # The page would only be built to be closed with the window (it was, before).
    assert window.welcome.findChildren(QCommandLinkButton) == []
    assert window.pages.currentWidget() is not window.welcome
    with qtbot.waitExposed(window):
        window.show()  # shown again: the welcome page, since nothing is open
    assert window.pages.currentWidget() is window.welcome
    assert window.welcome.findChildren(QCommandLinkButton)
    window.close()


def test_column_widths_set_in_one_language_are_not_used_in_the_other(
    make_window, example_path
) -> None:
    """Widths saved in English came back in Swedish, where the longer titles
    ("Budgeterade platser", "Tid i insats") were cut off at the left."""
    from PySide6.QtCore import QLocale

    from amp_desktop.ui import translations
    from amp_desktop.ui.column_widths import title_width

    saved = QLocale()
    window = make_window(example_path)
    table = window.catalogue_tab.table
    english = [table.columnWidth(c) for c in range(cm.COL_NAME, cm.COL_STAY + 1)]
    table.setColumnWidth(cm.COL_NAME, 321)
    window.close()
    try:
        assert translations.install("sv") == "sv"
        again = make_window(example_path)
        model, header = again.catalogue_tab.model, again.catalogue_tab.table.horizontalHeader()
        for column in (cm.COL_BUDGETED, cm.COL_BUDGET, cm.COL_STAY):
            title = model.column_title(column)
            assert header.sectionSize(column) >= title_width(header, title), title
        assert header.sectionSize(cm.COL_NAME) != 321
        again.close()
    finally:
        translations.install("en")
        QLocale.setDefault(saved)
    back = make_window(example_path)
    assert back.catalogue_tab.table.columnWidth(cm.COL_NAME) == 321
    assert [back.catalogue_tab.table.columnWidth(c) for c in range(1, cm.COL_STAY + 1)] == english[
        1:
    ]


def test_the_columns_order_and_sorting_left_before_widths_were_per_language_come_back(
    make_window, example_path
) -> None:
    """Header states saved under the one key of earlier versions were no longer read:
    a user's column order and sorting were lost once on upgrade."""
    from amp_desktop.ui.catalogue_widths import HEADER_STATE

    window = make_window(example_path)
    header = window.catalogue_tab.table.horizontalHeader()
    header.moveSection(header.visualIndex(cm.COL_PLACES), 0)
    window.catalogue_tab.table.sortByColumn(cm.COL_PLACES, Qt.SortOrder.DescendingOrder)
    window.settings.save_state(HEADER_STATE, header.saveState())  # as an earlier AMP did
    wide = header.sectionSize(cm.COL_NAME)
    header.resizeSection(cm.COL_NAME, wide + 150)
    window.settings.save_state(HEADER_STATE, header.saveState())
    window.catalogue_tab._columns_settled = False  # nothing saved under the new key
    window.close()

    again = make_window(example_path)
    moved = again.catalogue_tab.table.horizontalHeader()
    assert moved.logicalIndex(0) == cm.COL_PLACES
    assert moved.sortIndicatorSection() == cm.COL_PLACES
    assert moved.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert moved.sectionSize(cm.COL_NAME) == wide  # the widths fitted again


def test_a_value_typed_but_not_finished_counts_for_commands_and_closing(
    qtbot, make_window, example_path
) -> None:
    """Places typed (no Enter, no Tab) and then Ctrl+D: the copy was made from the old
    value and the typed one was gone; closing the window lost it the same way."""
    window = make_window(example_path)
    tab = window.catalogue_tab
    atlas = window.current_session().catalogue.find("Atlas")
    tab.select_programme(atlas.id)

    def type_places(text: str) -> None:
        field = tab.editor.field_editor("places")
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        assert QApplication.focusWidget() is field

    type_places("55")
    window.duplicate_action.trigger()
    catalogue = window.current_session().catalogue
    assert catalogue.find("Atlas").places == 55
    assert catalogue.find("Atlas (copy)").places == 55
    tab.select_programme(atlas.id)
    type_places("57")
    window.close()
    with Catalogue.open(example_path, read_only=True) as again:
        assert again.find("Atlas").places == 57


def test_a_programme_edited_out_of_the_filters_stays_the_one_edited(
    qtbot, make_window, example_path
) -> None:
    """Filtered on Ungdomsenheten, Atlas's unit changed to Jobbcentrum: Atlas left the
    list, the editor went on with C2C, and the places typed next were saved into C2C."""
    window = make_window(example_path)
    tab = window.catalogue_tab
    unit = tab.unit_filter
    unit.setCurrentIndex(unit.findData("Ungdomsenheten"))
    catalogue = window.current_session().catalogue
    atlas = catalogue.find("Atlas")
    tab.select_programme(atlas.id)
    field = tab.editor.field_editor("unit")
    field.setFocus()
    field.setText("Jobbcentrum")  # (typed, its completer's pop-up warns offscreen)
    field.editingFinished.emit()
    assert catalogue.find("Atlas").unit == "Jobbcentrum"
    assert tab.editor.programme().name == "Atlas"
    assert [p.name for p in tab.selected_programmes()] == ["Atlas"]
    places = tab.editor.field_editor("places")
    places.setFocus()
    places.selectAll()
    qtbot.keyClicks(places, "99")
    qtbot.keyClick(places, Qt.Key.Key_Return)
    assert catalogue.find("Atlas").places == 99 and catalogue.find("C2C").places == 30
    unit.setCurrentIndex(unit.findData("Ungdomsenheten"))  # the filters change: it goes
    unit.setCurrentIndex(0)
    unit.setCurrentIndex(unit.findData("Ungdomsenheten"))
    assert not tab._listed(atlas.id)
