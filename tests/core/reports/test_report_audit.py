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


def test_the_check_titles_say_the_catalogues_threshold(audited: Catalogue) -> None:
    """Review of #14: the first page said "two tertials running" whatever Preferences
    set (three here), beside messages that said three."""
    audited.set_audit_settings({"audit_far_tertials_running": 3})
    report = build_report(audited, KIND_AUDIT, Period.year(2026), printed_on=TODAY)
    cells = [c for s in report.to_json()["sections"] for r in s.get("rows", []) for c in r]
    assert "Places far from need 3 tertials running" in cells
    assert not [c for c in cells if "two tertials" in c]
    assert any("places far from need 3 tertials running" in c for c in cells)  # the message


def test_the_first_page_counts_programmes_in_no_status_apart(audited: Catalogue) -> None:
    """Review of #14: a programme with no stay recorded was in none of short, tight,
    balanced and idle, so the four did not add up to the programmes counted."""
    from amp_desktop.core.audit import audit_document, gather
    from amp_desktop.core.domain import Programme

    audited.add_programme(Programme("Utan tid", places=4, annual_budget_sek=100_000))
    document = audit_document(gather(audited, Period.year(2026), today=TODAY))
    everyone = document["all"]
    assert everyone["not_assessed"] == 1
    assert sum(everyone["statuses"].values()) + everyone["not_assessed"] == everyone["programmes"]
    report = build_report(audited, KIND_AUDIT, Period.year(2026), printed_on=TODAY)
    rows = {r[0]: r[1:] for r in report.to_json()["sections"][0]["rows"]}
    assert rows["Not assessed (no places, stay or demand)"][0] == "1"


def test_below_their_goal_says_when_no_goals_are_set(
    make_catalogue: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """#14 item 5: with no goals set the first page said "Below their goal 0"."""
    from amp_desktop.core.audit import audit_document, gather
    from amp_desktop.core.domain import Programme, ProgrammeType

    catalogue: Catalogue = make_catalogue()  # type: ignore[operator]
    catalogue.add_programme(Programme("Krami", places=10, average_stay_weeks=26))
    catalogue.add_programme(
        Programme("Fixare", places=5, average_stay_weeks=26, type=ProgrammeType.SECONDARY)
    )
    year = Period.year(2026)

    def first_page() -> dict[str, tuple[str, ...]]:
        report = build_report(catalogue, KIND_AUDIT, year, printed_on=TODAY)
        return {r[0]: tuple(r[1:]) for r in report.to_json()["sections"][0]["rows"]}

    everyone = audit_document(gather(catalogue, year, today=TODAY))["all"]
    assert everyone["below_goal"] is None and everyone["without_goal"] == 2
    rows = first_page()
    assert rows["Below their goal"] == ("no goals set",) * 3  # all, primary, secondary
    assert rows["Without a goal"] == ("2", "1", "1")
    path = catalogue.path
    catalogue.set_default_goals({"primary": 0.4})
    document = audit_document(gather(catalogue, year, today=TODAY))
    assert document["all"]["below_goal"] == 0 and document["all"]["without_goal"] == 1
    assert document["totals"]["type"]["secondary"]["below_goal"] is None
    rows = first_page()
    assert rows["Below their goal"] == ("0", "0", "no goals set")
    assert rows["Without a goal"] == ("1", "0", "1")
    catalogue.close()
    assert main(["audit", str(path), "--year", "2026"]) == 0
    assert "0 below their goal (1 without a goal);" in capsys.readouterr().out
    with Catalogue.open(path) as again:
        again.set_default_goals({"primary": None})
    assert main(["audit", str(path), "--year", "2026"]) == 0
    assert "no goals set for the share to work or studies;" in capsys.readouterr().out


def test_programmes_without_results_are_named_not_printed_as_zeros(audited: Catalogue) -> None:
    """Second review of #14: section 3–4 printed a row of 0 and 0.0 % for every
    programme nothing was imported for, beside JSON that says null (not known)."""
    report = build_report(audited, KIND_AUDIT, Period.year(2026), printed_on=TODAY).to_json()
    sections = report["sections"]
    tables = [s for s in sections if "rows" in s and s.get("table") in ("Primary programmes", "Secondary programmes")]  # fmt: skip
    names = {r[0] for s in tables for r in s["rows"]}
    assert "Atlas" in names and "Krami" not in names
    (note,) = [s for s in sections if "No results imported for the period" in str(s.get("text"))]
    assert "Krami" in note["text"] and "Atlas" not in note["text"]


def test_a_programme_without_a_budget_is_said_beside_the_cost(audited: Catalogue, capsys) -> None:  # type: ignore[no-untyped-def]
    """The cost in the period counted a programme without a budget as 0 kr, without a
    word, on the first page and in amp audit (reviewer, 3 December evening)."""

    atlas = audited.find("Atlas")
    audited.update_programme(atlas.replace(annual_budget_sek=None))
    report = build_report(audited, KIND_AUDIT, Period.year(2026), printed_on=TODAY).to_json()
    texts = json.dumps(report, ensure_ascii=False)
    assert "Without a budget (not in the cost)" in texts
    path = audited.path
    audited.close()
    assert main(["audit", str(path), "--year", "2026"]) == 0
    assert "1 programme running in the period has no budget: not in the cost." in (
        capsys.readouterr().out
    )
