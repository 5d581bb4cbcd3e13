"""What the printed reports say: the overview's cells are the plan's numbers, formatted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

import pytest

from amp_desktop.core import i18n
from amp_desktop.core.domain import Programme, ReferralSource, SourceLink, SourceRole
from amp_desktop.core.planning import Period, Plan, Thresholds, make_plan
from amp_desktop.core.reports import (
    KIND_CATALOGUE,
    KIND_OVERVIEW,
    Chart,
    Paragraph,
    Table,
    build_report,
    capacity_overview,
    catalogue_list,
)
from amp_desktop.core.store import Catalogue

PRINTED = dt.date(2026, 11, 23)


@pytest.fixture
def plan(example: Catalogue) -> Plan:
    return make_plan(example, Period.year(2026))


@pytest.fixture
def swedish() -> Iterator[None]:
    i18n.set_backend(lambda context, text: text, "sv")
    yield
    i18n.set_backend(None)


def _percent_en(fraction: float) -> str:
    """One decimal, half away from zero (as on screen: the formats are one since #10)."""
    percent = Decimal(repr(fraction)).scaleb(2).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{percent}%"


def _one(value: float) -> str:
    """One decimal, half away from zero on the decimal value (16.25 → 16.3)."""
    return f"{Decimal(repr(value)).quantize(Decimal('0.1'), ROUND_HALF_UP):,}"


def _sek_en(value: float | None) -> str:
    if value is None:
        return ""
    return f"SEK\u00a0{Decimal(repr(value)).quantize(Decimal(1), ROUND_HALF_UP):,}"


def test_overview_rows_are_the_plan_numbers(plan: Plan) -> None:
    report = capacity_overview(plan, "Västerås stad", "AME", PRINTED)
    table = report.table("Programmes")
    assert [c.header for c in table.columns][:4] == ["Programme", "Unit", "Type", "Places"]
    assert len(table.rows) == len(plan.programmes) == 21
    for row, item in zip(table.rows, plan.programmes, strict=True):
        assert row[0] == item.name
        assert row[1] == item.unit
        assert row[3] == f"{item.places:,}"
        assert row[4] == ("" if item.budgeted_places is None else f"{item.budgeted_places:,}")
        assert row[5] == _one(item.referrals_per_month)
        assert row[7] == ("" if item.needed_places is None else _one(item.needed_places))
        if item.utilisation is not None:
            assert row[8] == _percent_en(item.utilisation)
        if item.gap is not None:
            assert float(row[9].replace(",", "")) == pytest.approx(item.gap, abs=0.05)
            assert row[9].startswith("+") == (float(_one(item.gap).replace(",", "")) > 0)
        assert row[10] == _sek_en(item.cost_per_place_sek)  # to the krona
        word, *note = row[11].split(" · ")  # the status, and the short months a mean hides
        assert word in {"Short", "Tight", "Balanced", "Idle", "No places", "Stay unknown"}
        assert note == ([] if not item.months_short or item.status == "short" else [note[0]])
        assert all(n.startswith("short ") and n.endswith(("month", "months")) for n in note)
    assert table.marks == [item.status for item in plan.programmes]
    assert plan.total is not None
    assert table.total is not None
    assert table.total[0] == "All programmes"
    assert table.total[3] == f"{plan.total.places:,}"
    assert table.total[7] == _one(plan.total.needed_places)
    assert table.total[10] == _sek_en(plan.total.cost_per_place_sek)


def test_overview_titles_totals_chart_and_notes(plan: Plan) -> None:
    report = capacity_overview(plan, "Västerås stad", "Arbetsmarknadsenheten", PRINTED)
    assert report.kind == KIND_OVERVIEW
    assert report.title == "Capacity overview"
    assert report.subtitle == [
        "Västerås stad · Arbetsmarknadsenheten",
        "Period: 2026",
        "Printed 2026-11-23",
    ]
    assert "Västerås stad" in report.running_title and "2026" in report.running_title
    units = report.table("Totals per unit")
    assert [r[0] for r in units.rows] == [g.label for g in plan.totals["unit"]]
    for row, group in zip(units.rows, plan.totals["unit"], strict=True):
        assert row[8] == _sek_en(group.annual_budget_sek)
        assert row[9] == _sek_en(group.cost_per_place_sek)
    types = report.table("Totals per type")
    assert [r[0] for r in types.rows] == [g.label for g in plan.totals["type"]]
    sources = report.table("Totals per referral source")
    assert [r[0] for r in sources.rows] == [g.label for g in plan.totals["source"]]
    assert [c.header for c in sources.columns] == [
        "Referral source",
        "Programmes",
        "Referrals per month",
        "Places needed",
    ]
    chart = report.chart()
    assert isinstance(chart, Chart)
    assert [(b.label, b.places, b.needed) for b in chart.bars] == [
        (p.name, float(p.places), p.needed_places) for p in plan.programmes
    ]
    notes = report.sections[-1]
    assert isinstance(notes, Paragraph)
    assert "100%" in notes.text and "90%" in notes.text and "60%" in notes.text


def test_overview_thresholds_and_scenario_are_shown(example: Catalogue) -> None:
    plan = make_plan(example, Period.tertial(2026, 1), thresholds=Thresholds(1.2, 0.95, 0.5))
    plan.scenario = "Fler platser"
    report = capacity_overview(plan, "", "", PRINTED)
    assert report.subtitle[0] == "Period: 2026 T1 (Jan–Apr)"
    assert "What-if scenario: Fler platser" in report.subtitle[1]
    notes = report.sections[-1]
    assert isinstance(notes, Paragraph)
    assert "120%" in notes.text and "95%" in notes.text and "50%" in notes.text


def test_swedish_cells(plan: Plan, swedish: None) -> None:
    report = capacity_overview(plan, "Västerås stad", "AME", PRINTED)
    row = report.table("Programmes").rows[0]
    item = plan.programmes[0]
    assert item.cost_per_place_sek is not None
    expected = _sek_en(item.cost_per_place_sek).replace("SEK\u00a0", "").replace(",", "\u00a0")
    expected += "\u00a0kr"
    assert row[10] == expected  # 125 000 kr
    assert "," in row[5] or row[5] == ""  # decimal comma
    assert "\u00a0%" in row[8]


def test_empty_catalogue_overview(make_catalogue: object) -> None:
    catalogue = make_catalogue()  # type: ignore[operator]
    report = build_report(catalogue, KIND_OVERVIEW, Period.year(2026), printed_on=PRINTED)
    table = report.table("Programmes")
    assert table.rows == [] and table.total is None
    assert table.empty == "The catalogue has no programmes."
    assert report.chart() is None


def test_catalogue_list_has_every_programme(example: Catalogue) -> None:
    programmes = example.programmes()
    report = catalogue_list(
        programmes, example.sources(), municipality="Västerås stad", printed_on=PRINTED
    )
    assert report.kind == KIND_CATALOGUE
    assert report.subtitle == ["Västerås stad", "21 programmes", "Printed 2026-11-23"]
    table = report.table("Programmes")
    assert [c.header for c in table.columns] == [
        "Programme",
        "Description",
        "Target group",
        "Places",
        "Budgeted places",
        "Referral sources (fallback)",
        "Type",
        "Unit",
    ]
    assert [r[0] for r in table.rows] == [p.name for p in programmes]
    for row, programme in zip(table.rows, programmes, strict=True):
        assert row[1] == programme.description
        assert row[2] == programme.target_group
        assert row[3] == str(programme.places)
        assert row[7] == programme.unit
    legend = report.table("Referral sources")
    used = {link.source for p in programmes for link in p.sources}
    assert {r[0] for r in legend.rows} == used


def test_catalogue_list_sources_main_and_fallback() -> None:
    programme = Programme(
        name="Etablering",
        places=24,
        budgeted_places=10,
        sources=(SourceLink("AF"), SourceLink("AME", SourceRole.FALLBACK)),
    )
    sources = [ReferralSource("AF", "Arbetsförmedlingen"), ReferralSource("LSS", "LSS")]
    report = catalogue_list([programme], sources, printed_on=PRINTED)
    row = report.table("Programmes").rows[0]
    assert row[3:6] == ("24", "10", "AF (AME)")
    assert row[6] == "Primary"
    legend = report.table("Referral sources")
    assert legend.rows == [("AF", "Arbetsförmedlingen", "Other")]  # LSS is not used


def test_build_report_kinds(example: Catalogue) -> None:
    overview = build_report(example, KIND_OVERVIEW, Period.year(2026), printed_on=PRINTED)
    assert isinstance(overview.sections[0], Table)
    listing = build_report(example, KIND_CATALOGUE, printed_on=PRINTED)
    assert listing.title == "Programme catalogue"
    with pytest.raises(ValueError):
        build_report(example, "summary")
    data = overview.to_json()
    assert data["kind"] == "overview"
    assert len(data["sections"]) == len(overview.sections)  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", ["results", "audit"])
def test_a_period_the_lists_cover_in_part_is_said_on_paper(example: Catalogue, kind: str) -> None:
    """`amp results` and `amp audit` said which months of the period no list covered;
    the printed results and audit did not, and read low occupancy and high costs."""
    from tests.results_data import store_results

    store_results(example, 2025)  # results for 2025 only
    day = dt.date(2026, 6, 1)
    texts = [
        str(section.get("text"))
        for section in build_report(
            example, kind, Period.from_options(first="2024-07", last="2025-06"), printed_on=day
        ).to_json()["sections"]
    ]
    (note,) = [t for t in texts if t.startswith("No results imported for")]
    assert note.startswith("No results imported for 2024-07 … 2024-12: the figures count only")
    whole = build_report(example, kind, Period.year(2025), printed_on=day).to_json()["sections"]
    assert not any(str(s.get("text")).startswith("No results imported for") for s in whole)
