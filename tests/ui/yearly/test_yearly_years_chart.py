"""Each yearly figure over the years as a chart and a table (#13 item 5): on paper (the
PDF read back with poppler) and in the window (the chart's lines with their gaps, the
table's model)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QCoreApplication, Qt

from amp_desktop.core.reports.yearly_report import yearly_printout
from amp_desktop.core.store import Catalogue
from amp_desktop.core.yearly.document import yearly_report
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.printing import write_pdf
from amp_desktop.ui.yearly.dialog import YearlyDialog
from tests.core.yearly.yearly_data import build, import_kolada

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


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


def _squeezed(text: str) -> list[str]:
    return [" ".join(line.split()) for line in text.splitlines()]


def test_the_pdf_draws_each_compared_figure_over_the_years(
    built_path: Path, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    with Catalogue.open(built_path) as catalogue:
        report = yearly_report(catalogue, 2025)
    pdf = tmp_path / "yearly.pdf"
    assert write_pdf(yearly_printout(report), pdf) >= 2
    lines = _squeezed(_pdf_text(pdf))
    text = "\n".join(lines)
    assert "Over the years" in lines
    assert "Result at exit from the municipality's labour-market programmes (U40455)" in text
    assert "Cost of labour-market measures, SEK per inhabitant (N40008)" in text
    # the chart's own table: the years along, a row per place, the table's formats
    assert any(line.endswith("2024 2025") for line in lines)
    assert any(line.endswith("The municipality (published) 41.0% 48.0%") for line in lines)
    assert any(line.endswith("Similar municipalities 40.0%") for line in lines)  # 2024: none
    assert any(line.endswith("The country 33.0% 35.0%") for line in lines)
    assert any(line.endswith("AMP ..") for line in lines)  # 3 of 6: hidden on paper
    assert "AMP has no figure for 2024." in text
    assert any(line.startswith("40%") for line in lines)  # the axis in percent


def test_the_window_shows_the_figure_over_the_years_as_lines_and_a_table(
    built_path: Path, qtbot, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    catalogue = Catalogue.open(built_path)
    try:
        dialog = YearlyDialog(CatalogueSession(catalogue))
        qtbot.addWidget(dialog)
        dialog.year.setValue(2025)
        keys = [dialog.model.row(r)["key"] for r in range(dialog.model.rowCount())]
        dialog.table.selectRow(keys.index("work_or_studies_share"))
        QCoreApplication.processEvents()
        model = dialog.years_model
        qtmodeltester.check(model)
        assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
            "", "2024", "2025",
        ]  # fmt: skip
        rows = {
            model.data(model.index(r, 0)): [model.data(model.index(r, c)) for c in (1, 2)]
            for r in range(model.rowCount())
        }
        assert rows["AMP"] == ["", "50.0%"]  # the window is the unit's own: exact
        assert rows["Similar municipalities"] == ["", "40.0%"]
        points = {}
        for series in dialog.chart.chart().series():
            assert isinstance(series, QLineSeries)
            points.setdefault(series.name(), []).extend(
                (p.x(), round(p.y(), 6)) for p in series.points()
            )
        # a year without a value is no point at all (never a zero)
        assert points["Similar municipalities"] == [(2025.0, 40.0)]
        assert points["AMP"] == [(2025.0, 50.0)]
        assert points["The municipality (published)"] == [(2024.0, 41.0), (2025.0, 48.0)]
        assert dialog.chart.places == ["unit", "municipality", "peers", "county", "country"]
        dialog.table.selectRow(keys.index("exits"))  # no Kolada values: AMP's own alone
        assert dialog.chart.places == ["unit"] and model.rowCount() == 1
        assert dialog.over_years.count() == 2
    finally:
        catalogue.close()


def test_the_value_axis_has_one_step_and_room_below_zero() -> None:
    from amp_desktop.core.reports.document import YearLine, YearsChart
    from amp_desktop.ui.printing.years_chart import axis_ticks, tick_text

    def ticks(values: list[float | None], kind: str = "share") -> list[float]:
        line = YearLine("a", tuple(values), ("",) * len(values))
        years = tuple(str(2020 + i) for i in range(len(values)))
        return [round(t, 6) for t in axis_ticks(YearsChart("t", years, [line], kind))]

    assert ticks([0.5, 0.41, None]) == [0.0, 0.2, 0.4, 0.6]  # 50 % is not on the edge
    # a value below zero: the same step below as above (it was 10 points below, 20 above)
    assert ticks([-0.4, 0.5]) == [-0.4, -0.2, 0.0, 0.2, 0.4, 0.6]
    assert ticks([150.0, 97.0], "money") == [0.0, 50.0, 100.0, 150.0, 200.0]
    assert tick_text("share", 0.4) == "40%" and tick_text("money", 150.0) == "SEK\u00a0150"
