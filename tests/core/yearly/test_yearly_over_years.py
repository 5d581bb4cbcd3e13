"""Each yearly figure over the years, beside Kolada's (#13 item 5): AMP's own value per
year from the same computation, the places' published values, hidden small counts,
the printed chart's series and texts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amp_desktop.core.reports.yearly_report import compared_figures, year_runs, yearly_printout
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.store import Catalogue, ChangeSet, ResultsChange
from amp_desktop.core.store.result_coverage import covering
from amp_desktop.core.yearly.document import comparison_years, yearly_report
from tests.core.yearly.yearly_data import build, import_kolada

D = dt.date


@pytest.fixture
def built(catalogue_path: Path, tmp_path: Path) -> Catalogue:
    catalogue = Catalogue.open(catalogue_path)
    ids = build(catalogue)
    import_kolada(catalogue, tmp_path)
    # 2024: eleven exits from B, six to work and five completed (no count of all is small)
    b = ids["B"]
    enrolments = [
        Enrolment(b, D(2024, 2, 1), D(2024, 5, 1), "work" if n < 6 else "completed", "KM"[n % 2],
                  person=f"q{n}")
        for n in range(11)
    ]  # fmt: skip
    made = aggregate(enrolments, "2024-01", "2024-12")
    change = ResultsChange(
        (b,), "2024-01", "2024-12", (), tuple(made.rows()),
        coverage_before=(), coverage_after=covering((b,), "2024-01", "2024-12"),
    )  # fmt: skip
    catalogue.apply(ChangeSet("results 2024", results=(change,), kind="import"))
    yield catalogue  # type: ignore[misc]
    catalogue.close()


def test_amp_s_own_figure_is_computed_for_each_year_of_the_comparison(built: Catalogue) -> None:
    report = yearly_report(built, 2025)
    assert report.years == [2024, 2025]  # the years Kolada has, up to the report's
    share = report.figure("work_or_studies_share")
    assert share.by_year == {"2024": pytest.approx(6 / 11), "2025": 0.5}
    assert report.figure("exits").by_year == {"2024": 11, "2025": 6}
    # the costs rest on today's budgets: given for the report's year only
    assert list(report.figure("gross_cost_per_inhabitant").by_year) == ["2025"]
    assert report.to_json()["figures"][0]["by_year"] == report.figures[0].by_year
    # small counts of another year are hidden outside the unit as this year's are
    assert report.hidden_in("exits_work", 2024) is None  # 6
    assert report.hidden_in("work_or_studies_share", 2024) is None  # 6 of 11
    assert report.hidden_in("exits_work", 2025) == "<5"  # 2 (this year's own marks)
    assert report.hidden_in("work_or_studies_share", 2025) == ".."


def test_the_comparison_spans_at_most_eight_years_up_to_the_report_s() -> None:
    assert comparison_years(2025, [2015, 2018, 2019, 2024, 2026]) == [2018, 2019, 2024, 2025]
    assert comparison_years(2025, []) == [2025]
    assert year_runs([2018, 2019, 2020, 2022]) == "2018–2020, 2022"


def test_the_printout_has_a_chart_over_the_years_for_each_compared_figure(
    built: Catalogue,
) -> None:
    report = yearly_report(built, 2025)
    assert [f.kpi.kolada_id for f in compared_figures(report)] == ["U40455", "N40008"]
    printout = yearly_printout(report)
    charts = printout.years_charts()
    assert [c.title for c in charts] == [
        "Result at exit from the municipality's labour-market programmes (U40455)",
        "Cost of labour-market measures, SEK per inhabitant (N40008)",
    ]
    share = charts[0]
    assert share.years == ("2024", "2025") and share.kind == "share"
    lines = {line.label: (line.values, line.texts) for line in share.lines}
    assert [line.place for line in share.lines] == [
        "unit", "municipality", "peers", "county", "country",
    ]  # fmt: skip
    assert lines["AMP"] == ((pytest.approx(6 / 11), None), ("54.5%", ".."))  # 3 of 6: ".."
    assert lines["The municipality (published)"] == ((0.41, 0.48), ("41.0%", "48.0%"))
    assert lines["Similar municipalities"] == ((None, 0.40), ("", "40.0%"))  # a gap, not 0
    assert lines["The country"] == ((0.33, 0.35), ("33.0%", "35.0%"))
    assert "Källa: Kolada" in share.note
    cost = {line.label: line.texts for line in charts[1].lines}
    assert cost["AMP"] == ("", "SEK\u00a097")  # as the table writes it
    assert cost["The municipality (published)"] == ("", "SEK\u00a0150")
    assert "AMP has no figure for 2024." in charts[1].note
    # the over-the-years table shows AMP's own value of every year now
    over = printout.table("Share to work or studies (U40455) over the years")
    assert [r[:2] for r in over.rows] == [("2024", "54.5%"), ("2025", "..")]
    exact = yearly_printout(report, exact=True)
    assert exact.years_charts()[0].lines[0].texts == ("54.5%", "50.0%")
    assert exact.table("Share to work or studies (U40455) over the years").rows[1][1] == "50.0%"
    sections = printout.to_json()["sections"]
    found = next(s for s in sections if s.get("chart") == share.title)
    assert found["years"] == ["2024", "2025"] and found["texts"][0] == ["AMP", "54.5%", ".."]


def test_without_kolada_values_there_is_no_chart_over_the_years(catalogue_path: Path) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)
        report = yearly_report(catalogue, 2025)
        assert report.years == [2025]
        assert yearly_printout(report).years_charts() == []
