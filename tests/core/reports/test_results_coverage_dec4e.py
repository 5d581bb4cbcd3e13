"""The printed results say which programmes' lists cover less of the period than the
others', as `amp results` does (4 December, evening)."""

from __future__ import annotations

from pathlib import Path

from amp_desktop.cli import main
from amp_desktop.core.planning import Period
from amp_desktop.core.reports import build_report
from amp_desktop.core.reports.document import Paragraph
from amp_desktop.core.store import Catalogue
from tests.core.results.test_figures_edges_dec4e import one_list_begins_later


def test_the_print_names_a_programme_whose_list_began_later(tmp_path: Path) -> None:
    path = one_list_begins_later(tmp_path)
    with Catalogue.open(path, read_only=True) as catalogue:
        report = build_report(catalogue, "results", Period.year(2024), exact=True)
        later = build_report(catalogue, "results", Period("2024-07", "2024-12"), exact=True)
    said = [s.text for s in report.sections if isinstance(s, Paragraph)]
    assert any(
        "Some months have no results imported for these programmes: Y (2024-01 … 2024-06)" in text
        for text in said
    ), said
    assert not any(
        "Some months have no results" in s.text for s in later.sections if isinstance(s, Paragraph)
    )


def test_the_audit_says_it_too(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = one_list_begins_later(tmp_path)
    capsys.readouterr()
    assert main(["audit", str(path), "--year", "2024"]) == 0
    said = " ".join(capsys.readouterr().out.split())
    assert (
        "Some months have no results imported for these programmes: Y (2024-01 … 2024-06)" in said
    )
    with Catalogue.open(path, read_only=True) as catalogue:
        report = build_report(catalogue, "audit", Period.year(2024), exact=True)
    paragraphs = []
    for section in report.sections:
        paragraphs += [
            s.text for s in getattr(section, "sections", [section]) if isinstance(s, Paragraph)
        ]
    assert any(
        "Some months have no results imported for these programmes: Y" in t for t in paragraphs
    )
