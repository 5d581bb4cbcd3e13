"""The window opens a catalogue with its content checks left for after the first
paint (#10 item 8): a damaged file ends read-only with the message opening gave,
a write before the checks runs them first, and unreadable rows are refused."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from amp_desktop.core.domain import Programme
from amp_desktop.core.store.lock import lock_path
from amp_desktop.ui.main_window import MainWindow
from amp_desktop.ui.settings import Settings
from tests.core.store.test_store_checks_later import _edit, _refusal

PLACES_AS_TEXT = "UPDATE programmes SET places = 'many' WHERE id = 4"


def _unshown_window(qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    return window


def test_a_whole_file_is_checked_after_the_first_paint(qtbot, example_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = _unshown_window(qtbot)
    assert window.open_path(example_path)
    catalogue = window.current_session().catalogue
    pending_at_paint: list[bool] = []

    class AtPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if watched is window and event.type() == QEvent.Type.Paint and not pending_at_paint:
                pending_at_paint.append(catalogue._checks_pending)  # noqa: SLF001
            return False

    watch = AtPaint(window)
    window.installEventFilter(watch)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: not catalogue._checks_pending)  # noqa: SLF001
    assert pending_at_paint == [True]  # not before the window was painted
    assert catalogue.check_failure is None and not window.is_read_only()
    window.close()


def test_a_damaged_file_ends_read_only_with_the_message_after_the_first_paint(
    qtbot, example_path: Path, dialog_answers
) -> None:  # type: ignore[no-untyped-def]
    _edit(example_path, PLACES_AS_TEXT)
    message = _refusal(example_path)
    window = _unshown_window(qtbot)
    assert window.open_path(example_path)  # shown with its rows…
    rows = window.catalogue_tab.proxy.rowCount()
    assert rows > 0 and not window.is_read_only() and dialog_answers.asked == []
    window.show()
    qtbot.waitUntil(lambda: window.is_read_only())  # …then found damaged
    (kind, details), *_ = dialog_answers.asked
    assert kind == "error" and details["text"] == message
    assert details["title"] == "The catalogue is damaged"
    assert "[read-only]" in window.windowTitle()
    assert not window.add_action.isEnabled() and window.read_only_label.toolTip() == message
    assert window.catalogue_tab.proxy.rowCount() == rows
    assert not lock_path(example_path).exists()
    window.close()


def test_a_write_before_the_checks_runs_them_and_is_refused(
    qtbot, example_path: Path, dialog_answers
) -> None:  # type: ignore[no-untyped-def]
    _edit(example_path, PLACES_AS_TEXT)
    message = _refusal(example_path)
    before = example_path.read_bytes()
    window = _unshown_window(qtbot)  # never painted: the checks are still pending
    assert window.open_path(example_path)
    session = window.current_session()
    assert session.catalogue.checks_pending
    done = session.run(lambda c: c.add_programme(Programme(name="Ny insats", places=3)))
    assert done is None
    (kind, details), *_ = dialog_answers.asked
    assert kind == "error" and details["text"] == message
    assert session.catalogue.read_only
    assert example_path.read_bytes() == before
    assert window.open_checks.run() is not None  # the idle checks, after the write's refusal:
    assert len(dialog_answers.asked) == 1  # the window goes read-only, nothing said twice
    assert window.is_read_only()


def test_a_file_whose_rows_cannot_be_read_is_refused_as_before(
    qtbot, example_path: Path, dialog_answers
) -> None:  # type: ignore[no-untyped-def]
    _edit(example_path, "UPDATE programmes SET type = 'tertiary' WHERE id = 3")
    message = _refusal(example_path)
    window = _unshown_window(qtbot)
    assert not window.open_path(example_path)
    (kind, details), *_ = dialog_answers.asked
    assert kind == "error" and details["text"] == message
    assert details["title"] == "Cannot open the catalogue"
    assert window.current_session() is None and window.pages.currentWidget() is window.welcome
    assert not lock_path(example_path).exists()
    assert window.settings.recent_files == []
    QApplication.processEvents()


def test_a_file_whose_rows_cannot_be_read_leaves_the_open_catalogue_open(
    qtbot, example_path: Path, tmp_path: Path, dialog_answers
) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "damaged.amp"
    damaged.write_bytes(example_path.read_bytes())
    _edit(damaged, "UPDATE programmes SET type = 'tertiary' WHERE id = 3")
    message = _refusal(damaged)
    window = _unshown_window(qtbot)
    assert window.open_path(example_path)
    session = window.current_session()
    rows = window.catalogue_tab.proxy.rowCount()
    assert not window.open_path(damaged)
    (kind, details), *_ = dialog_answers.asked
    assert kind == "error" and details["text"] == message
    # The catalogue that was open before stays open, shown and writable.
    assert window.current_session() is session
    assert len(session.catalogue.programmes()) == rows  # and still readable
    assert window.pages.currentWidget() is window.tabs
    assert window.catalogue_tab.proxy.rowCount() == rows and not window.is_read_only()
    assert window.windowTitle().startswith("example.amp")
    assert not lock_path(damaged).exists() and lock_path(example_path).exists()
    assert window.settings.recent_files == [str(example_path.resolve())]
    window.close()
