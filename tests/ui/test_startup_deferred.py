"""What start-up leaves for later still works: the command line read without argparse,
the editor's mandate box made after the first paint, settings left unwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from amp_desktop.ui import app
from amp_desktop.ui.main_window import MainWindow
from amp_desktop.ui.settings import Settings

PLAIN = [
    [],
    ["catalogue.amp"],
    ["--example"],
    ["--quit-after-shown", "catalogue.amp"],
    ["--lang", "sv", "catalogue.amp"],
    ["--lang=en", "--example", "--quit-after-shown"],
    ["catalogue.amp", "--lang", "en"],
]


@pytest.mark.parametrize("argv", PLAIN)
def test_plain_command_lines_read_as_argparse_reads_them(argv, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert app._plain_args(argv) is not None  # noqa: SLF001
    args, rest = app.parse_args(argv)
    monkeypatch.setattr(app, "_plain_args", lambda _argv: None)  # argparse, as before
    expected, expected_rest = app.parse_args(argv)
    assert vars(args) == vars(expected) and rest == expected_rest == []


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["--version"],
        ["-platform", "offscreen", "catalogue.amp"],
        ["one.amp", "two.amp"],
        ["--lang", "de"],
        ["--lang"],
        ["--example=yes"],
        ["-"],
    ],
)
def test_anything_else_goes_to_argparse(argv) -> None:  # type: ignore[no-untyped-def]
    assert app._plain_args(argv) is None  # noqa: SLF001


def test_qt_options_are_left_over_for_qt() -> None:
    args, rest = app.parse_args(["--example", "-reverse"])
    assert args.example and rest == ["-reverse"]


def test_the_mandate_box_is_made_after_the_first_paint_and_tabbed_into(
    qtbot, make_window, example_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(example_path)
    editor = window.catalogue_tab.editor
    qtbot.waitUntil(lambda: editor._mandate.box is not None)  # noqa: SLF001
    box = editor.mandate_box
    assert box.isVisible()
    notes = editor.field_editor("notes")
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not None and box.isAncestorOf(focused)


def test_the_mandate_box_asked_for_first_shows_what_the_editor_was_told(
    qtbot, example_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings())  # never shown: no paint makes the box
    qtbot.addWidget(window)
    assert window.open_path(example_path)
    tab = window.catalogue_tab
    assert tab.editor._mandate.box is None  # noqa: SLF001
    programme = tab.editor.programme()
    assert programme is not None
    tab.editor.set_mandate_findings(["Its legal basis ended on 2026-01-31."])
    box = tab.editor.mandate_box
    assert box.findings.text().endswith("Its legal basis ended on 2026-01-31.")
    assert box.current_mandate() == window.current_session().catalogue.mandate(programme.id)
    window.close()


def test_opening_the_most_recent_file_again_writes_no_settings(
    make_window, example_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_window(example_path)
    first.close()
    written: list[str] = []
    settings = Settings()
    original = settings._q.setValue  # noqa: SLF001

    def record(key: str, value: object) -> None:
        written.append(key)
        original(key, value)

    settings._q.setValue = record  # type: ignore[method-assign]  # noqa: SLF001
    window = MainWindow(settings)
    try:
        assert window.open_path(example_path)
        assert "recent_files" not in written and "last_directory" not in written
        assert settings.recent_files[0] == str(example_path.resolve())
    finally:
        window.close()


def test_the_checks_wait_for_an_idle_window_and_their_findings_arrive(
    qtbot, make_window, example_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui import attention

    window = make_window(example_path)
    tab = window.catalogue_tab
    runner = tab.attention_runner
    qtbot.waitUntil(lambda: runner._idle.isActive())  # noqa: SLF001  (painted: waiting)
    assert runner.pending and tab._findings == {}  # noqa: SLF001  (not run at the paint)
    tab.search.setText("a")  # typing postpones the run ...
    assert runner._idle.remainingTime() > attention.IDLE_MS - 150  # noqa: SLF001
    tab.search.clear()
    with qtbot.waitSignal(runner.found, timeout=5000) as found:  # ... and it comes
        pass
    catalogue = window.current_session().catalogue
    expected = attention.findings(attention.audit_data(catalogue))
    assert expected and found.args[0].keys() == expected.keys()
    qtbot.waitUntil(lambda: not runner.pending)
    assert tab._findings.keys() == expected.keys()  # noqa: SLF001


def test_a_search_typed_first_postpones_the_mandate_box_and_it_comes(
    qtbot, make_window, example_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.ui import mandate_slot

    window = make_window(example_path)
    tab = window.catalogue_tab
    slot = tab.editor._mandate  # noqa: SLF001
    qtbot.waitUntil(lambda: slot._idle is not None and slot._idle.isActive())  # noqa: SLF001
    assert slot.box is None
    tab.search.setText("a")
    assert slot._idle.remainingTime() > mandate_slot.IDLE_MS - 150  # noqa: SLF001
    qtbot.waitUntil(lambda: slot.box is not None)
    assert tab.editor.mandate_box is slot.box and slot.box.isVisible()
