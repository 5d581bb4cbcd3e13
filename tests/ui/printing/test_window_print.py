"""File → Print Preview / Print / Export PDF from the window, for both reports."""

from __future__ import annotations

import subprocess
from pathlib import Path

from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_CATALOGUE, KIND_OVERVIEW


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_export_pdf_of_the_overview(
    make_window, example_path: Path, tmp_path: Path, dialog_answers
) -> None:
    window = make_window(example_path)
    pdf = tmp_path / "overview.pdf"
    dialog_answers.replies["choose_report"] = (KIND_OVERVIEW, Period.year(2026))
    dialog_answers.replies["save_file"] = str(pdf)
    assert window.reports.export_pdf() == str(pdf)
    text = _pdf_text(pdf)
    assert "Krami" in text and "Page 1 of" in text and "2026" in text
    assert "overview.pdf" in window.statusBar().currentMessage()


def test_print_the_catalogue_list_to_a_file(
    make_window, example_path: Path, tmp_path: Path, dialog_answers
) -> None:
    window = make_window(example_path)
    pdf = tmp_path / "printed.pdf"
    dialog_answers.replies["choose_report"] = (KIND_CATALOGUE, Period.year(2026))
    dialog_answers.replies["print"] = str(pdf)
    window.print_action.trigger()
    text = _pdf_text(pdf)
    assert "Offentligt Skyddat Arbete" in text  # a description: the catalogue list
    assert "Printed" in window.statusBar().currentMessage()


def test_preview_and_cancel(make_window, example_path: Path, dialog_answers) -> None:
    window = make_window(example_path)
    dialog_answers.replies["choose_report"] = (KIND_OVERVIEW, Period.tertial(2026, 1))
    window.preview_action.trigger()
    previews = [d for kind, d in dialog_answers.asked if kind == "print_preview"]
    assert len(previews) == 1 and previews[0]["pages"] >= 1
    report = previews[0]["report"]
    assert report.kind == KIND_OVERVIEW
    assert any(Period.tertial(2026, 1).label() in line for line in report.subtitle)
    dialog_answers.replies["choose_report"] = None  # Cancel in the chooser
    window.preview_action.trigger()
    assert dialog_answers.kinds().count("print_preview") == 1


def test_writing_the_pdf_shows_the_wait_cursor(
    make_window, example_path: Path, tmp_path: Path, dialog_answers, monkeypatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    import amp_desktop.ui.printing.output as output

    seen = []
    real = output.write_pdf

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        cursor = QGuiApplication.overrideCursor()
        seen.append(cursor.shape() if cursor is not None else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(output, "write_pdf", watched)
    window = make_window(example_path)
    dialog_answers.replies["choose_report"] = (KIND_OVERVIEW, Period.year(2026))
    dialog_answers.replies["save_file"] = str(tmp_path / "overview.pdf")
    assert window.reports.export_pdf()
    assert seen == [Qt.CursorShape.WaitCursor]
    assert QGuiApplication.overrideCursor() is None
