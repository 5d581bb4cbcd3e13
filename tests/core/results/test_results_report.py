"""The printed results: `amp results`, its JSON and the PDF show the same numbers, and what
leaves the unit never shows a count of 1–4."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme, ProgrammeType
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_RESULTS, KINDS, ShareChart, build_report
from amp_desktop.core.reports.results_report import PROGRAMME_KEYS, results_report
from amp_desktop.core.results.disclosure import EXACT_KEY, Disclosure, programme_ref
from amp_desktop.core.results.period import results_document
from amp_desktop.core.store import Catalogue
from amp_desktop.core.tables.results_table import RESULTS
from tests.participant_lists import participant_rows, write_list

D = dt.date
NBSP = ("\u00a0", "\u202f")
SMALL = ("1", "2", "3", "4")
#: Three enrolments in "Liten": two ended (work, back to AF), one still running.
LITEN = [
    ["850312-2387", "Anna A", "Liten", D(2025, 2, 3), D(2025, 4, 30), "Arbete utan stöd", "K"],
    ["900101-1239", "Bo B", "Liten", D(2025, 3, 3), D(2025, 5, 14), "Åter till AF", "M"],
    ["850372-2384", "Cilla C", "Liten", D(2025, 5, 1), None, None, "K"],
]


def plain(text: str) -> str:
    for space in NBSP:
        text = text.replace(space, " ")
    return text


def results_catalogue(path: Path, tmp_path: Path) -> Path:
    """Three programmes with imported results: two large (one of each type), one of three."""
    with Catalogue.create(path) as catalogue:
        catalogue.add_programme(Programme("Stora spåret", places=20, annual_budget_sek=2_400_000))
        catalogue.add_programme(Programme("Liten", places=4, annual_budget_sek=300_000))
        catalogue.add_programme(
            Programme(
                "Andra steget",
                type=ProgrammeType.SECONDARY,
                places=12,
                annual_budget_sek=900_000,
            )
        )
        rows = participant_rows(["Stora spåret"], 90, seed=11)
        rows += participant_rows(["Andra steget"], 70, seed=12)[1:]
        rows += [[*row, "AM2", "AF"] for row in LITEN]
        listing = write_list(tmp_path / "deltagare.xlsx", rows)
        preview = analyse(catalogue, listing)
        assert not preview.blocking, preview.problems[:3]
        catalogue.apply(preview.changeset("Deltagare 2025"))
    return path


@pytest.fixture()
def catalogue_path(tmp_path: Path) -> Path:
    return results_catalogue(tmp_path / "results.amp", tmp_path)


def pdf_lines(path: Path) -> list[str]:
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [" ".join(plain(line).split()) for line in out.splitlines()]


def in_order(line: str, cells: list[str], where: str) -> None:
    padded, position = f" {line} ", 0
    for cell in cells:
        if not cell:
            continue
        found = padded.find(f" {cell} ", position)
        assert found >= 0, f"{where}: {cell!r} not in {padded[position:]!r}"
        position = found + len(cell) + 1


def row_of(lines: list[str], name: str, after: str = "") -> str:
    start = lines.index(next(line for line in lines if line == after)) if after else 0
    return next(line for line in lines[start:] if line.startswith(name + " "))


@pytest.fixture(params=["en", "sv"])
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The language `amp` speaks (its translator installed by the command); English after."""
    from amp_desktop.core import i18n
    from amp_desktop.ui import translations

    monkeypatch.setenv("AMP_LANG", request.param)
    yield request.param
    translations.install("en")
    i18n.set_backend(None)


def test_amp_results_its_json_and_the_exact_pdf_agree(
    qapp: object,
    catalogue_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
) -> None:
    path = str(catalogue_path)
    assert main(["results", path, "--year", "2025", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert main(["results", path, "--year", "2025"]) == 0
    cli = [" ".join(plain(line).split()) for line in capsys.readouterr().out.splitlines()]
    pdf = tmp_path / "results.pdf"
    assert main(["report", path, "--pdf", str(pdf), "--kind", "results", "--year", "2025",
                 "--exact", "--lang", language]) == 0  # fmt: skip
    capsys.readouterr()
    lines = pdf_lines(pdf)
    exact = translate("Report", "Exact figures, for internal use only")
    assert any(exact in line for line in lines)
    compared = set()
    for programme in document["programmes"]:
        name = programme["name"]
        cells = {c.key: plain(c.text(programme)) for c in RESULTS.columns}
        for key in ("participants", "exits", "work_or_studies_share", "cost_per_participant_sek"):
            assert cells[key], (name, key)  # the figures compared are really there
        keys = [k for k in RESULTS.cli if k != "name"]
        in_order(row_of(cli, name)[len(name) :], [cells[k] for k in keys], f"cli {name}")
        printed = [k for k in PROGRAMME_KEYS if k != "name"]
        in_order(row_of(lines, name)[len(name) :], [cells[k] for k in printed], f"pdf {name}")
        compared.add(name)
    assert compared == {"Stora spåret", "Liten", "Andra steget"}
    liten = next(p for p in document["programmes"] if p["name"] == "Liten")
    assert (liten["participants"], liten["exits"], liten["work_or_studies"]) == (3, 2, 1)
    share = plain(RESULTS.column("work_or_studies_share").text(liten))
    assert share == ("50,0 %" if language == "sv" else "50.0%")  # the language's numbers
    # The totals of each type, as `amp results` computes them, are the tables' totals.
    for programme_type, label in (
        ("primary", translate("Report", "All primary programmes")),
        ("secondary", translate("Report", "All secondary programmes")),
    ):
        total = document["totals"]["type"][programme_type]
        cells = [plain(RESULTS.column(k).text(total)) for k in ("participants", "exits")]
        in_order(row_of(lines, label)[len(label) :], cells, label)


def count_cells(report: Any) -> list[tuple[str, str, str]]:
    """(table, row name, cell) of every printed count of persons."""
    out = []
    counted = [PROGRAMME_KEYS.index(k) for k in ("participants", "starts", "exits")]
    counted.append(PROGRAMME_KEYS.index("work_or_studies"))
    for table in report.tables():
        rows = [*table.rows, *([table.total] if table.total else [])]
        indices = range(1, len(table.columns)) if "reason" in table.title else counted
        for row in rows:
            out.extend((table.title, row[0], row[i]) for i in indices if i < len(row))
    return out


def test_the_pdf_that_leaves_the_unit_hides_small_counts(
    qapp: object, catalogue_path: Path, tmp_path: Path
) -> None:
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        report = build_report(catalogue, KIND_RESULTS, Period.year(2025))
        exact = build_report(catalogue, KIND_RESULTS, Period.year(2025), exact=True)
    cells = count_cells(report)
    assert cells and not [c for c in cells if c[2] in SMALL], "a count of 1–4 was printed"
    primary = report.table("Primary programmes")
    liten = next(row for row in primary.rows if row[0] == "Liten")
    assert liten[1:4] == ("<5", "<5", "<5")
    # Liten's 3 participants would follow from the total minus Stora spåret's: hidden too.
    stora = next(row for row in primary.rows if row[0] == "Stora spåret")
    assert stora[1] == ".."
    assert primary.total is not None and primary.total[1] not in ("<5", "..")
    share = PROGRAMME_KEYS.index("work_or_studies_share")
    assert liten[share] == ".."  # 1 of 2
    assert [c for c in count_cells(exact) if c[1] == "Liten"][0][2] == "3"
    chart = next(s for s in report.sections if isinstance(s, ShareChart))
    assert "Liten" not in [bar.label for bar in chart.bars]
    definitions = report.sections[-1]  # small counts, after the definitions
    assert "<5" in definitions.text  # type: ignore[union-attr]

    from amp_desktop.ui.printing import write_pdf

    write_pdf(report, tmp_path / "out.pdf")
    lines = pdf_lines(tmp_path / "out.pdf")
    row = row_of(lines, "Liten")
    assert row.split()[1:4] == ["<5", "<5", "<5"]
    assert any(line.startswith("Page 1 of ") or " Page 1 of " in line for line in lines)


def test_the_catalogue_setting_turns_hiding_off(catalogue_path: Path) -> None:
    with sqlite3.connect(catalogue_path) as conn:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, '1')", [EXACT_KEY])
    conn.close()
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        report = build_report(catalogue, KIND_RESULTS, Period.year(2025))
    liten = next(r for r in report.table("Primary programmes").rows if r[0] == "Liten")
    assert liten[1:4] == ("3", "3", "2")
    assert "Exact figures, for internal use only" in report.subtitle


def test_fonts_are_embedded_and_pages_numbered(
    qapp: object, catalogue_path: Path, tmp_path: Path
) -> None:
    from tests.core.reports.test_report_pdf import assert_fonts_embedded, page_size

    pdf = tmp_path / "r.pdf"
    assert main(["report", str(catalogue_path), "--pdf", str(pdf), "--kind", "results",
                 "--year", "2025"]) == 0  # fmt: skip
    assert_fonts_embedded(pdf)
    width, height = page_size(pdf)
    assert width > height  # landscape
    text = "\n".join(pdf_lines(pdf))
    for heading in ("Primary programmes", "Secondary programmes", "Totals per need level",
                    "Exits by reason", "Definitions"):  # fmt: skip
        assert heading in text
    assert "Share to work or studies against the goal" in text


def _tally(**counts: int) -> Counter[str]:
    return Counter({key.replace("exit_", "exit:"): n for key, n in counts.items()})


def test_a_small_gender_hides_the_other_and_both_shares() -> None:
    stora = Programme("Stora", places=10, annual_budget_sek=1_000_000, id=1)
    tallies = {
        (1, "K", "AM1"): _tally(starts=3, exit_work=2, exit_interrupted=1),
        (1, "M", "AM1"): _tally(starts=30, exit_work=10, exit_completed=11),
    }
    document = results_document([stora], tallies, Period.year(2025))
    disclosure = Disclosure(document, groupings=("type",))
    ref = programme_ref(1)
    assert disclosure.count(ref, "participants") is None  # 33
    assert disclosure.count(ref, "participants", "K") == "<5"
    assert disclosure.count(ref, "participants", "M") == ".."
    assert disclosure.share_hidden(ref, "K") and disclosure.share_hidden(ref, "M")
    assert not disclosure.share_hidden(ref)  # 12 of 24
    assert disclosure.text(ref, "women_share") == ".."
    assert Disclosure(document, exact=True).text(ref, "women_share") is None
    report = results_report(document, "2025")
    (row,) = report.table("Primary programmes").rows
    assert row[PROGRAMME_KEYS.index("women_share")] == ".."
    assert row[PROGRAMME_KEYS.index("work_or_studies_share")] == "50.0%"


def test_results_is_a_report_kind_the_chooser_offers(qtbot: Any, example: Catalogue) -> None:
    from amp_desktop.ui.printing.chooser import ReportChooser, report_maker

    assert KIND_RESULTS in KINDS
    chooser = ReportChooser(None, Period.year(2026), kind=KIND_RESULTS)
    qtbot.addWidget(chooser)
    assert chooser.kind() == KIND_RESULTS and chooser.picker.isEnabled()
    chooser.catalogue.setChecked(True)
    assert not chooser.picker.isEnabled()
    chooser.results.setChecked(True)
    assert chooser.kind() == KIND_RESULTS and chooser.picker.isEnabled()
    report = report_maker(example, KIND_RESULTS, Period.year(2026))()
    assert report.kind == KIND_RESULTS
    assert report.sections[0].text.startswith("No results for this period")  # type: ignore[union-attr]
    assert not report.tables()  # a sentence, not pages of zeros


def test_the_preferences_switch_prints_exact_figures(catalogue_path: Path) -> None:
    from amp_desktop.ui.printing.chooser import report_maker
    from amp_desktop.ui.settings import Settings

    settings = Settings()
    with Catalogue.open(catalogue_path, read_only=True) as catalogue:
        hidden = report_maker(catalogue, KIND_RESULTS, Period.year(2025), settings)()
        settings.exact_figures = True
        exact = report_maker(catalogue, KIND_RESULTS, Period.year(2025), settings)()
    rows = {r[0]: r for r in hidden.table("Primary programmes").rows}
    assert rows["Liten"][1] == "<5"
    rows = {r[0]: r for r in exact.table("Primary programmes").rows}
    assert rows["Liten"][1] == "3"


def test_a_count_never_shown_protects_its_sum() -> None:
    from amp_desktop.core.results.suppress import suppress

    counts = {"K": 3, "M": 40, "?": 2, "all": 45}
    sums = [(["K", "M", "?"], "all")]
    # Those whose gender is not stated are never shown: 45 − 40 gives K + ? only.
    assert suppress(counts, sums, unknown=["?"]) == ({"K"}, set())
    assert suppress(counts, sums) == ({"K", "?"}, set())
