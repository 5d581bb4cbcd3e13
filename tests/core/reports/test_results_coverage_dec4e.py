"""The printed results say which programmes' lists cover less of the period than the
others', as `amp results` does (4 December, evening)."""

from __future__ import annotations

from pathlib import Path

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.planning import Period
from amp_desktop.core.reports import build_report
from amp_desktop.core.reports.document import Paragraph
from amp_desktop.core.store import Catalogue
from tests.core.results.test_figures_edges_dec4e import HEADER, D, _number
from tests.participant_lists import write_list


def test_the_print_names_a_programme_whose_list_began_later(tmp_path: Path) -> None:
    path = tmp_path / "two.amp"
    with Catalogue.create(path) as catalogue:
        for name in ("X", "Y"):
            catalogue.add_programme(Programme(name, places=2, annual_budget_sek=120_000))
    for person, name, start in (("A", "X", D(2024, 1, 1)), ("C", "Y", D(2024, 7, 1))):
        row = [_number(person), name, start, D(2024, 12, 31), "Arbete utan stöd", "K", "AM1"]
        listed = write_list(tmp_path / f"{name}.xlsx", [HEADER, row])
        assert main(["import", str(path), str(listed), "--kind", "participants"]) == 0
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
    path = tmp_path / "two.amp"
    with Catalogue.create(path) as catalogue:
        for name in ("X", "Y"):
            catalogue.add_programme(Programme(name, places=2, annual_budget_sek=120_000))
    for person, name, start in (("A", "X", D(2024, 1, 1)), ("C", "Y", D(2024, 7, 1))):
        row = [_number(person), name, start, D(2024, 12, 31), "Arbete utan stöd", "K", "AM1"]
        listed = write_list(tmp_path / f"{name}.xlsx", [HEADER, row])
        assert main(["import", str(path), str(listed), "--kind", "participants"]) == 0
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
