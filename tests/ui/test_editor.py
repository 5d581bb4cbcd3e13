"""The programme editor: reading typed values, checking them, saving on Enter."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from amp_desktop.core.domain import FIELD_NAMES, SourceLink, SourceRole
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.app import load_fonts
from amp_desktop.ui.editor import ProgrammeEditor
from amp_desktop.ui.operations import CatalogueSession


@pytest.fixture
def session(qapp, example: Catalogue) -> CatalogueSession:
    return CatalogueSession(example)


@pytest.fixture
def editor(qtbot, session: CatalogueSession) -> Iterator[ProgrammeEditor]:
    load_fonts()
    host = QWidget()  # as in the window: the editor is never a window of its own
    host.resize(480, 900)
    editor = ProgrammeEditor(host)
    layout = QVBoxLayout(host)
    # The offscreen platform warns when a window's minimum size is set from a layout.
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    layout.addWidget(editor)
    qtbot.addWidget(host)
    editor.set_session(session)
    programme = session.catalogue.find("Krami")
    editor.set_programme(programme)
    # As the window does: show what the catalogue holds after each change.
    session.changed.connect(
        lambda _change: editor.set_programme(session.catalogue.programme(programme.id))
    )
    host.show()
    qtbot.waitExposed(host)
    yield editor
    host.close()


def _stored(editor: ProgrammeEditor, session: CatalogueSession):
    return session.catalogue.programme(editor.programme().id)


def _enter(qtbot, editor: ProgrammeEditor, name: str, text: str) -> None:
    line = editor.field_editor(name)
    assert isinstance(line, QLineEdit)
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)


def test_every_field_has_a_labelled_editor(editor) -> None:
    for name in (*FIELD_NAMES, "referral_sources"):
        widget = editor.field_editor(name)
        assert widget.isVisibleTo(editor)
        assert editor.message(name) == ""
    assert editor.field_editor("places").text() == "20"
    assert editor.field_editor("name").text() == "Krami"


def test_saves_on_enter_not_on_each_keystroke(qtbot, editor, session) -> None:
    line = editor.field_editor("places")
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, "25")
    assert _stored(editor, session).places == 20
    assert session.undo_stack.count() == 0
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert _stored(editor, session).places == 25
    assert session.undo_stack.count() == 1
    qtbot.keyClick(line, Qt.Key.Key_Return)  # unchanged: nothing new to undo
    assert session.undo_stack.count() == 1


def test_reads_swedish_money_months_and_sources(qtbot, editor, session) -> None:
    _enter(qtbot, editor, "annual_budget_sek", "1 200 000 kr")
    assert _stored(editor, session).annual_budget_sek == 1_200_000
    assert editor.field_editor("annual_budget_sek").text() == "1\u00a0200\u00a0000"
    _enter(qtbot, editor, "annual_budget_sek", "450 tkr")
    assert _stored(editor, session).annual_budget_sek == 450_000
    _enter(qtbot, editor, "average_stay_weeks", "16,5")
    assert _stored(editor, session).average_stay_weeks == 16.5
    _enter(qtbot, editor, "months", "8,6, 7")
    assert _stored(editor, session).months == (6, 7, 8)
    assert editor.field_editor("months").text() == "6,7,8"
    _enter(qtbot, editor, "referral_sources", "AF (SKE, KV)")
    assert _stored(editor, session).sources == (
        SourceLink("AF", SourceRole.MAIN),
        SourceLink("SKE", SourceRole.FALLBACK),
        SourceLink("KV", SourceRole.FALLBACK),
    )
    assert session.catalogue.source("KV") is not None  # a known source, created


def test_reads_english_numbers_as_typed_in_english(qtbot, editor, session) -> None:
    """In the English window "1,200,000" was refused as "not a number" (the editor read
    every number as Swedish, the comma a decimal sign), and "1.5" weeks as 1,5."""
    _enter(qtbot, editor, "annual_budget_sek", "1,200,000")
    assert editor.message("annual_budget_sek") == ""
    assert _stored(editor, session).annual_budget_sek == 1_200_000
    _enter(qtbot, editor, "places", "1,200")
    assert _stored(editor, session).places == 1200
    _enter(qtbot, editor, "average_stay_weeks", "16.5")
    assert _stored(editor, session).average_stay_weeks == 16.5


def test_reads_swedish_numbers_as_typed_in_swedish(qtbot, editor, session, swedish) -> None:
    _enter(qtbot, editor, "annual_budget_sek", "1.200.000")
    assert _stored(editor, session).annual_budget_sek == 1_200_000
    _enter(qtbot, editor, "average_stay_weeks", "1,5")
    assert _stored(editor, session).average_stay_weeks == 1.5
    _enter(qtbot, editor, "places", "1,200")  # 1,2 places: not a whole number
    assert editor.message("places") != ""
    assert _stored(editor, session).places == 20


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("places", "-1", "Places: must be 0 or more."),
        ("places", "", "Places: write the number of places."),
        ("age_min", "4.5", "Minimum age: expected a whole number."),
        ("annual_budget_sek", "lots", "Annual budget (SEK): expected an amount"),
        ("months", "13", "Months it runs: months are numbered 1 to 12."),
        ("start_date", "1 maj", "Start date: write the date as YYYY-MM-DD."),
        ("average_stay_weeks", "0", "Average stay (weeks): must be more than 0."),
        ("name", "", "Name: a programme needs a name."),
        ("code", "ATLA", "Short code: another programme already has this code."),
    ],
)
def test_an_invalid_value_is_named_and_not_saved(
    qtbot, editor, session, name, text, message
) -> None:
    before = _stored(editor, session)
    _enter(qtbot, editor, name, text)
    assert editor.message(name).startswith(message)
    assert editor.findChild(QLineEdit, f"field_{name}").toolTip() == editor.message(name)
    assert _stored(editor, session) == before
    assert session.undo_stack.count() == 0
    assert editor.field_editor(name).text() == text  # what was typed stays to be fixed


def test_ages_out_of_order_mark_the_maximum(qtbot, editor, session) -> None:
    _enter(qtbot, editor, "age_min", "30")
    _enter(qtbot, editor, "age_max", "20")
    assert editor.message("age_max") == "Maximum age: must not be below the minimum age."
    assert _stored(editor, session).age_max is None


def test_fixing_a_value_clears_its_message(qtbot, editor, session) -> None:
    _enter(qtbot, editor, "places", "-5")
    assert editor.message("places")
    _enter(qtbot, editor, "places", "5")
    assert editor.message("places") == "" and _stored(editor, session).places == 5


def test_choices_save_when_picked_with_the_keyboard(qtbot, editor, session) -> None:
    combo = editor.field_editor("type")
    assert isinstance(combo, QComboBox) and combo.currentData() == "primary"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert _stored(editor, session).type.value == "secondary"
    status = editor.field_editor("status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_End)
    assert _stored(editor, session).status.value == "closed"


def test_description_saves_when_leaving_it(qtbot, editor, session) -> None:
    text = editor.field_editor("description")
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(text, " Extra.")
    assert not _stored(editor, session).description.endswith("Extra.")
    qtbot.keyClick(text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert _stored(editor, session).description.endswith("Extra.")
    qtbot.keyClick(text, Qt.Key.Key_Tab)  # Tab leaves the field, it is not typed
    assert "\t" not in _stored(editor, session).description


def test_read_only_fields_cannot_be_changed(qtbot, editor, session) -> None:
    editor.set_read_only(True)
    assert editor.field_editor("places").isReadOnly()
    assert not editor.field_editor("type").isEnabled()
    editor.field_editor("places").setText("99")
    editor.field_editor("places").editingFinished.emit()
    assert _stored(editor, session).places == 20


def test_undo_shows_the_restored_value(qtbot, editor, session) -> None:
    _enter(qtbot, editor, "funding", "ESF")
    assert _stored(editor, session).funding == "ESF"
    session.undo_stack.undo()
    assert editor.field_editor("funding").text() == _stored(editor, session).funding != "ESF"


def test_a_file_that_cannot_be_written_is_said_and_the_field_shows_what_is_stored(
    qtbot, editor: ProgrammeEditor, session: CatalogueSession, dialog_answers, monkeypatch
) -> None:
    """Disk full, or the file deleted while open: the sqlite3 error went to the event
    loop unseen, and the field kept showing text that was never saved."""
    import sqlite3

    def disk_full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    # Deep in the store, as SQLite raises it while writing.
    monkeypatch.setattr(session.catalogue, "_write_programme", disk_full)
    before = _stored(editor, session)
    _enter(qtbot, editor, "places", "99")
    (kind, details), *_ = dialog_answers.asked
    assert kind == "error" and details["title"] == "Not saved"
    # (SQLite's "database or disk is full" is said in the user's language since the
    # night of 3 December: core/errors.sqlite_reason)
    assert "cannot be written (the disk is full)" in str(details["text"])
    assert editor.field_editor("places").text() == str(before.places)
    assert _stored(editor, session) == before and session.undo_stack.count() == 0


def test_a_source_the_catalogue_lacks_is_added_only_when_confirmed(
    qtbot, editor: ProgrammeEditor, session: CatalogueSession, dialog_answers
) -> None:
    """A typo ('Arbetsförmedlingn') quietly became a new referral source."""
    before = _stored(editor, session)
    dialog_answers.replies["confirm"] = False
    _enter(qtbot, editor, "referral_sources", "Arbetsformedlingn")  # keyClicks: ASCII only
    (kind, details), *_ = dialog_answers.asked
    assert kind == "confirm" and "“Arbetsformedlingn” is not a referral source" in str(
        details["text"]
    )
    assert _stored(editor, session) == before
    assert session.catalogue.source("Arbetsformedlingn") is None
    assert editor.field_editor("referral_sources").text() == "AF"
    dialog_answers.replies["confirm"] = True
    _enter(qtbot, editor, "referral_sources", "AF, Stadsmissionen")
    assert session.catalogue.source("Stadsmissionen") is not None
    assert len(dialog_answers.asked) == 2


def test_a_long_text_shows_from_its_beginning(qtbot, editor, session) -> None:
    """A field too narrow for its text shows where it begins, not where it ends
    (QLineEdit.setText leaves the cursor at the end: "…16-25 år" was all one saw of
    "Ungdomar mellan 16-25 år" in the Target group field), for each programme shown;
    a field being typed in keeps its cursor."""
    # (ASCII: QTest's key clicks abort on other letters)
    long_group = "Unga mellan 16 och 25 som vill vidare till arbete eller studier i kommunen"
    krami = session.catalogue.find("Krami")
    line = editor.field_editor("target_group")
    assert isinstance(line, QLineEdit)
    line.setFocus()
    line.selectAll()
    qtbot.keyClicks(line, long_group)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert session.catalogue.programme(krami.id).target_group == long_group
    assert line.cursorPosition() == len(long_group)  # (typed in: left where it was)
    editor.field_editor("name").setFocus()
    editor.set_programme(session.catalogue.find("Atlas"))
    editor.set_programme(session.catalogue.programme(krami.id))
    assert line.text() == long_group
    assert line.cursorPosition() == 0
