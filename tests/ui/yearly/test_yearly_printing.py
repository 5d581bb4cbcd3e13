"""File → Print / Export PDF offers the yearly figures (with their year): the chooser's
radio button and year, and the PDF read back holds the figures of ``amp yearly --json``."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_AUDIT, KIND_YEARLY
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.printing.chooser import ReportChooser
from tests.core.yearly.yearly_data import build, import_kolada

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture()
def built_path(catalogue_path: Path, tmp_path: Path) -> Path:
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)
        import_kolada(catalogue, tmp_path)
    return catalogue_path


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_chooser_offers_the_yearly_figures_with_a_year(qtbot) -> None:  # type: ignore[no-untyped-def]
    chooser = ReportChooser(None, Period.year(2024), kind=KIND_YEARLY)
    qtbot.addWidget(chooser)
    assert chooser.yearly.isChecked() and chooser.kind() == KIND_YEARLY
    assert chooser.yearly_year.isEnabled() and not chooser.picker.isEnabled()
    assert chooser.period() == Period.year(2024)  # a whole past year is kept
    chooser.yearly_year.setValue(2023)
    assert chooser.period() == Period.year(2023)
    chooser.audit.setChecked(True)
    assert chooser.kind() == KIND_AUDIT
    assert chooser.picker.isEnabled() and not chooser.yearly_year.isEnabled()
    tertial = ReportChooser(None, Period.tertial(2024, 2))
    qtbot.addWidget(tertial)
    tertial.yearly.setChecked(True)
    assert tertial.period().first.endswith("-01") and tertial.period().last.endswith("-12")


def _shown(figure: dict) -> str:  # type: ignore[type-arg]
    """How the printout writes *figure*'s value (English)."""
    value = figure["value"]
    if figure["unit"] == "share":
        return f"{value * 100:.1f}%"
    if figure["unit"] in ("sek", "sek_per_inhabitant"):
        return f"SEK {value:,.0f}"
    return str(value)


def _line_of(text: str, kolada_id: str) -> str:
    return next(line for line in text.splitlines() if line.strip().startswith(kolada_id))


def test_export_pdf_of_the_yearly_figures_agrees_with_amp_yearly(  # type: ignore[no-untyped-def]
    make_window, built_path: Path, tmp_path: Path, dialog_answers, capsys
) -> None:
    def choose(period, title):  # type: ignore[no-untyped-def]
        chooser = ReportChooser(None, period, title=title)  # what the user clicks
        chooser.yearly.setChecked(True)
        chooser.yearly_year.setValue(2025)
        return chooser.kind(), chooser.period()

    capsys.readouterr()
    assert main(["yearly", str(built_path), "--year", "2025", "--json"]) == 0
    figures = {f["key"]: f for f in json.loads(capsys.readouterr().out)["figures"]}
    window = make_window(built_path)
    dialog_answers.replies["choose_report"] = choose
    pdf = tmp_path / "yearly.pdf"
    dialog_answers.replies["save_file"] = str(pdf)
    assert window.reports.export_pdf() == str(pdf)
    text = _pdf_text(pdf)  # leaves the unit: small counts hidden
    assert "Yearly figures for SKR's survey" in text and "2025" in text
    assert "Källa: Kolada" in text
    assert "Municipality: Västerås (1980)" in text  # the name, not just the code
    assert "gross_cost_sek" not in text and "exits: Enrolments" not in text  # no keys
    assert "Gross cost of the programmes, SEK: The programmes' annual budgets" in text
    assert (
        # was "No results imported for 2025-10.": the list covered October, in which
        # nobody was enrolled — a zero, not missing (#13 item 1)
        "Programmes running in 2025 without results (1): C. (Exits, count, U40450, U40406, "
        "U40451 and 12 more)" in (" ".join(text.split()))
    )
    persons = _line_of(text, figures["persons"]["kolada_id"])
    assert f" {figures['persons']['value']} " in persons and "<5" in persons
    assert _shown(figures["gross_cost_sek"]) in text
    share = _line_of(text, "U40455")
    published = figures["work_or_studies_share"]["kolada"]["municipality"]["value"]
    # the share is hidden (".."), so never compared: "Agrees" would give it away
    assert f"{published * 100:.1f}%" in share and "Agrees" not in share

    window.settings.exact_figures = True  # Preferences → exact figures: every value shown
    exact = tmp_path / "yearly-exact.pdf"
    dialog_answers.replies["save_file"] = str(exact)
    assert window.reports.export_pdf() == str(exact)
    text = _pdf_text(exact)
    assert "Agrees" in _line_of(text, "U40455")  # exact figures: compared
    for figure in figures.values():
        if figure["kolada_id"] and figure["value"] is not None:
            assert _shown(figure) in _line_of(text, figure["kolada_id"]), figure["key"]
