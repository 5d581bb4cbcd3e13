"""The export of a hostile catalogue opened as a person opens it (night's adversarial
pass): every column wide enough for what it holds, headers frozen, user text never a
formula, and the untouched file read back as no change on every sheet."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, Mandate
from amp_desktop.core.store import Catalogue
from tests.results_data import store_results

HOSTILE_NAMES = ('=HYPERLINK("http://x","klick")', "+46 Kontakt", "-Minus insats", "@Snabel")
MONEY = '#,##0 "kr"'


@pytest.fixture
def hostile(example: Catalogue) -> Catalogue:
    """The example with names a spreadsheet would read as formulas, a year of results
    (costs of a million kronor per exit), an agreement and mandates with such text."""
    programmes = example.programmes()
    for programme, name in zip(programmes, HOSTILE_NAMES, strict=False):
        example.update_programme(programme.replace(name=name, description="rad 1\nrad 2 😀"))
    store_results(example, 2025, starts_per_month=3)
    example.apply(
        example.agreement_change(
            Agreement(Counterparty.AF, reference="=1+1", title="@SUM(A1)", valid_from="2025-01-01")
        )
    )
    agreement = example.agreements()[0].id
    for number, programme in enumerate(programmes[:4]):
        assert programme.id is not None
        basis = (
            LegalBasis(BasisKind.AF_AGREEMENT, agreement_id=agreement)
            if number % 2
            else LegalBasis(BasisKind.OTHER, text="-beslut i nämnden\nrad två")
        )
        example.apply(
            example.mandate_change(Mandate(programme.id, (basis,), "+KS 1", "2025-02-03"))
        )
    return example


def _widths(ws: openpyxl.worksheet.worksheet.Worksheet) -> dict[int, float]:
    """The width of each column that has one (a <col> may span several)."""
    out: dict[int, float] = {}
    for dim in list(ws.column_dimensions.values()):
        if dim.width and dim.customWidth:
            for index in range(dim.min or 0, (dim.max or 0) + 1):
                out[index] = dim.width
    return out


def test_every_results_column_is_wide_enough_for_its_figures(
    hostile: Catalogue, tmp_path: Path
) -> None:
    """Only the first three columns had widths: a cost of 150,000 kr or more showed as
    ##### in Excel's and LibreOffice's default width (27 cells in the example)."""
    ws = openpyxl.load_workbook(export_workbook(hostile, tmp_path / "out.xlsx"))["Results"]
    widths = _widths(ws)
    header = [c.value for c in ws[1]]
    assert set(widths) >= set(range(1, len(header) + 1)), widths
    money = 0
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            if cell.number_format == MONEY and isinstance(cell.value, int | float):
                money += 1
                shown = f"{round(cell.value):,} kr"
                assert len(shown) + 1 <= widths[cell.column], (cell.coordinate, shown)
    assert money > 20
    assert ws.freeze_panes == "C2"
    assert all(ws.cell(1, c).alignment.wrap_text for c in range(2, len(header) + 1))


@pytest.mark.parametrize(
    ("sheet", "freeze", "columns"), [("Agreements", "B2", 7), ("Mandates", "C2", 9)]
)
def test_the_mandate_sheets_have_a_frozen_header_and_widths(
    hostile: Catalogue, tmp_path: Path, sheet: str, freeze: str, columns: int
) -> None:
    """The Agreements and Mandates sheets had neither: a legal basis's name and a title
    were cut at Excel's default width and the header scrolled away."""
    ws = openpyxl.load_workbook(export_workbook(hostile, tmp_path / "out.xlsx"))[sheet]
    assert ws.freeze_panes == freeze
    widths = _widths(ws)
    assert set(widths) == set(range(1, columns + 1))
    assert all(width >= 8 for width in widths.values())
    assert all(ws.cell(1, c).font.b for c in range(1, columns + 1))


def test_user_text_is_never_a_formula_on_any_sheet(hostile: Catalogue, tmp_path: Path) -> None:
    wb = openpyxl.load_workbook(export_workbook(hostile, tmp_path / "out.xlsx"))
    found = 0
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@":
                    found += 1
                    assert cell.quotePrefix, (ws.title, cell.coordinate, cell.value)
    assert found >= 12  # names on Programmes, Demand, Mandates, Results; the agreement


def test_the_untouched_export_changes_nothing_on_any_sheet(
    hostile: Catalogue, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = export_workbook(hostile, tmp_path / "out.xlsx")
    path = hostile.path
    hostile.close()
    before = Path(path).read_bytes()
    assert main(["import", str(path), str(workbook), "--dry-run", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    changes = (
        "added", "changed", "removed", "conflicts", "problems", "missing", "missing_agreements",
        "added_agreements", "changed_agreements", "agreement_changes", "mandate_changes",
        "changes", "added_programmes", "demand_cells", "new_sources", "unmatched_programmes",
    )  # fmt: skip
    assert {key: summary[key] for key in changes if summary[key]} == {}  # 0 or []
    assert summary["unchanged"] == 21
    assert Path(path).read_bytes() == before


@pytest.mark.parametrize("field", ["notes", "title", "basis text", "decision"])
def test_a_mandate_text_longer_than_a_cell_is_refused_not_cut(
    hostile: Catalogue, tmp_path: Path, field: str
) -> None:
    """40,000 characters of an agreement's notes were cut to 32,767 without a word;
    importing the untouched export then changed the notes (and would have cut them)."""
    from dataclasses import replace

    from amp_desktop.core.excel.literal_text import ExportError

    long = "Anteckning " * 4000  # 44,000 characters
    agreement = hostile.agreements()[0]
    programme = hostile.programmes()[0]
    assert programme.id is not None
    mandate = hostile.mandate(programme.id)
    if field in ("notes", "title"):
        hostile.apply(hostile.agreement_change(replace(agreement, **{field: long})))
    elif field == "basis text":
        basis = replace(mandate.bases[0], text=long)
        hostile.apply(hostile.mandate_change(replace(mandate, bases=(basis,))))
    else:
        hostile.apply(hostile.mandate_change(replace(mandate, decision_reference=long)))
    target = tmp_path / "out.xlsx"
    with pytest.raises(ExportError, match="44,000 characters, more than an Excel cell holds"):
        export_workbook(hostile, target)
    assert not target.exists() and not list(tmp_path.glob("out.xlsx*"))


def test_programme_headers_wrap_and_demand_names_its_source_column(
    hostile: Catalogue, tmp_path: Path
) -> None:
    """ "Average stay (weeks)", "Goal: share to work or studies" (Swedish: "Genomsnittlig
    tid i insats (veckor)") were cut at their columns' widths, and the Demand sheet's
    source column ("Anvisande part") had Excel's default width."""
    wb = openpyxl.load_workbook(export_workbook(hostile, tmp_path / "out.xlsx"))
    programmes = wb["Programmes"]
    assert all(cell.alignment.wrap_text for cell in programmes[1])
    assert all(cell.font.b for cell in programmes[1])
    widths = _widths(wb["Demand"])
    assert widths[3] >= len("Anvisande part") + 1 and widths[4] >= len("Prognos") + 1


def test_a_text_too_long_is_counted_in_the_languages_number_format() -> None:
    """ "har 40,000 tecken … (32,767)" in Swedish (the night's CLI pass): the counts are
    written as every other number, 40 000 and 32 767."""
    from amp_desktop.core import i18n
    from amp_desktop.core.excel.literal_text import ExportError, check_length

    i18n.set_backend(lambda _context, text: text, "sv")
    try:
        with pytest.raises(ExportError) as refused:
            check_length("x" * 40_000, "The notes")
    finally:
        i18n.set_backend(None)
    assert "has 40\xa0000 characters" in str(refused.value) and "(32\xa0767)" in str(refused.value)
