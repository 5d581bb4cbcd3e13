"""The audit printout: first page, sections, A4, page n of m, fonts, small counts, and
the same figures as ``amp audit`` — read back with poppler."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_AUDIT, KINDS, build_report
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.printing import write_pdf
from tests.results_data import store_results

TODAY = dt.date(2026, 12, 2)


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def _page(path: Path, page: int) -> str:
    return _run("pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-")


def _pages(path: Path) -> int:
    info = _run("pdfinfo", str(path))
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


@pytest.fixture
def audited(example: Catalogue) -> Catalogue:
    """The example with a few results: one programme's are small counts."""
    krami = example.find("Krami")
    atlas = example.find("Atlas")
    assert krami and atlas and krami.id and atlas.id
    store_results(example, 2026, programme_ids=[atlas.id], starts_per_month=4)
    return example


def test_audit_is_a_report_kind() -> None:
    assert KIND_AUDIT in KINDS


def test_pdf_first_page_then_one_section_per_question(
    qapp: object, audited: Catalogue, tmp_path: Path
) -> None:
    report = build_report(audited, KIND_AUDIT, Period.year(2026), printed_on=TODAY)
    pdf = tmp_path / "audit.pdf"
    pages = write_pdf(report, pdf)
    assert pages == _pages(pdf) >= 3
    size = next(line for line in _run("pdfinfo", str(pdf)).splitlines() if "Page size" in line)
    assert "842 x 595" in size or "841.89 x 595.28" in size  # A4 landscape
    fonts = _run("pdffonts", str(pdf)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # embedded
    first = _page(pdf, 1)
    assert "At a glance" in first and "Programmes failing each check" in first
    assert f"Page 1 of {pages}" in first
    assert "Do places match need?" not in first  # the first page stands alone
    assert "1. Do places match need?" in _page(pdf, 2)
    everything = "\n".join(_page(pdf, n) for n in range(1, pages + 1))
    for heading in (
        "2. What does a place cost?",
        "3–4. What results, reported apart?",
        "5. Does it have a mandate and a decision?",
        "Checks that fail, programme by programme",
    ):
        assert heading in everything
    assert f"Page {pages} of {pages}" in everything


def test_small_counts_are_hidden_unless_exact(
    qapp: object, audited: Catalogue, tmp_path: Path
) -> None:
    hidden = build_report(audited, KIND_AUDIT, Period.tertial(2026, 1), printed_on=TODAY)
    exact = build_report(audited, KIND_AUDIT, Period.tertial(2026, 1), printed_on=TODAY, exact=True)

    def cells(report: object) -> list[str]:
        data = report.to_json()  # type: ignore[attr-defined]
        return [c for s in data["sections"] for r in s.get("rows", []) for c in r]

    assert "<5" in cells(hidden) or ".." in cells(hidden)
    assert "<5" not in cells(exact)


def test_print_and_cli_show_the_same_figures(
    qapp: object,
    audited: Catalogue,
    example_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = build_report(audited, KIND_AUDIT, Period.year(2026), printed_on=TODAY)
    audited.close()
    assert main(["audit", str(example_path), "--year", "2026", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    glance = report.to_json()["sections"][0]
    assert glance["table"] == "At a glance"
    rows = {r[0]: r[1:] for r in glance["rows"]}
    everyone = document["all"]
    assert rows["Programmes"][0] == str(everyone["programmes"])
    assert rows["Short"][0] == str(everyone["statuses"]["short"])
    assert rows["Without a board decision"][0] == str(everyone["without_decision"])
    places = next(s for s in report.to_json()["sections"] if s.get("table", "").startswith("1."))
    by_name = {r[0]: r for r in places["rows"]}
    from amp_desktop.core.tables.audit_table import AUDIT

    utilisation = AUDIT.column("utilisation")
    for programme in document["programmes"]:
        assert by_name[programme["name"]][3] == utilisation.text(programme)
    # And the text output of amp audit writes the same cell.
    assert main(["audit", str(example_path), "--year", "2026"]) == 0
    out = capsys.readouterr().out
    assert utilisation.text(document["programmes"][0]) in out
