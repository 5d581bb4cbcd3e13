"""The table declarations, the cell formats, the status colours, axes and field texts."""

from __future__ import annotations

import pytest

from amp_desktop.core.domain import FIELDS, Programme
from amp_desktop.core.planning import STATUSES, GroupTotal, ProgrammePlan
from amp_desktop.core.store import Catalogue
from amp_desktop.core.tables import formats
from amp_desktop.core.tables.axis import nice_axis
from amp_desktop.core.tables.catalogue_table import CATALOGUE
from amp_desktop.core.tables.fields import display_text, edit_text, parse_text
from amp_desktop.core.tables.plan_tables import (
    COMPARISON,
    PROGRAMMES,
    SOURCE_TOTALS,
    TOTALS,
    total_cells,
)
from amp_desktop.core.tables.status import CHART_STATUSES, STATUS_COLOURS, status_cell

from .test_tables_render import edge_plan


@pytest.mark.parametrize("spec", [PROGRAMMES, TOTALS, SOURCE_TOTALS, COMPARISON, CATALOGUE])
def test_every_layout_names_declared_columns_once(spec) -> None:  # type: ignore[no-untyped-def]
    keys = spec.keys()
    assert len(set(keys)) == len(keys)
    for layout in (spec.screen, spec.paper, spec.cli):
        assert len(set(layout)) == len(layout)
        assert set(layout) <= set(keys)
    for column in spec.columns:
        assert column.format in formats.KINDS
        assert column.title().strip()
        assert "\n" not in column.one_line()
        assert column.alignment == ("right" if column.numeric else column.align or "left")


def test_json_keys_are_the_declared_keys() -> None:
    """``amp plan --json`` stays numbers, under the keys the columns are declared by."""
    plan = edge_plan()
    programme = plan.programmes[0].to_json()
    assert set(PROGRAMMES.keys()) <= set(programme)
    group = plan.totals["unit"][0].to_json()
    assert set(TOTALS.keys()) <= set(group)
    assert set(SOURCE_TOTALS.keys()) <= set(group)
    for column in PROGRAMMES.columns:  # numbers stay numbers
        value = programme[column.key]
        if column.numeric and value is not None:
            assert isinstance(value, int | float)


def test_a_total_row_fills_the_columns_a_total_has() -> None:
    plan = edge_plan()
    assert plan.total is not None
    cells = total_cells(PROGRAMMES.for_cli(), plan.total, "All")
    keys = PROGRAMMES.cli
    assert cells[keys.index("name")] == "All"
    assert cells[keys.index("id")] == ""
    assert cells[keys.index("average_stay_months")] == ""
    assert cells[keys.index("gap")] == "0.0"  # 0.049
    assert cells[keys.index("status")] == "Tight"


def test_status_text_and_colours() -> None:
    plan = edge_plan()
    idle = next(p for p in plan.programmes if p.months_short)
    assert status_cell(idle.status, idle) == "Idle · short 2 months"
    assert status_cell("idle") == "Idle"
    assert status_cell(None) == "" and status_cell("") == ""
    assert set(STATUS_COLOURS) == set(STATUSES)
    assert set(CHART_STATUSES) <= set(STATUS_COLOURS)
    for colour in STATUS_COLOURS.values():
        assert colour.tint.startswith("#") and colour.strong.startswith("#")
    assert isinstance(plan.totals["unit"][0], GroupTotal)
    assert isinstance(idle, ProgrammePlan)


@pytest.mark.parametrize(
    "largest", [0.0, -3.0, float("nan"), 0.4, 1, 3, 7, 8, 10, 72, 100, 127.5, 660, 999, 10**6]
)
@pytest.mark.parametrize("most", [5, 6, 8])
def test_nice_axis_holds_the_largest_value_in_round_steps(largest: float, most: int) -> None:
    axis = nice_axis(largest, most)
    if not largest > 0:
        assert (axis.top, axis.step) == (5.0, 1.0)
        return
    assert axis.top >= largest
    assert axis.tick_count - 1 <= most
    assert axis.step >= 1 and axis.top - axis.step < largest  # no empty step on top
    mantissa = axis.step / 10 ** int(f"{axis.step:e}".split("e")[1])
    assert mantissa in (1.0, 2.0, 2.5, 5.0)
    assert axis.ticks()[0] == 0 and axis.ticks()[-1] == axis.top
    assert nice_axis(largest, most, headroom=0.05).top >= largest * 1.05


def test_field_text_round_trips(example: Catalogue) -> None:
    """What an editor line holds reads back as the same value, for every field."""
    for programme in example.programmes():
        for spec in FIELDS:
            value = programme.value(spec.name)
            if spec.kind == "enum":
                continue  # chosen from a list, not typed
            text = edit_text(spec.name, value)
            back = parse_text(spec.name, text)
            if spec.kind == "text":
                assert back == value.strip()
            else:
                assert back == value, (programme.name, spec.name, text)
        links = parse_text("referral_sources", edit_text("referral_sources", programme.sources))
        assert tuple(links) == programme.sources


def test_field_display_text() -> None:
    programme = Programme(
        name="Sommar",
        places=660,
        annual_budget_sek=1_200_000,
        average_stay_weeks=6.5,
        months=(6, 7),
    )
    assert display_text("places", programme.places) == "660"
    assert display_text("annual_budget_sek", programme.annual_budget_sek) == "SEK\u00a01,200,000"
    assert display_text("average_stay_weeks", 6.5) == "6.5"
    assert display_text("average_stay_weeks", 6.0) == "6"
    assert display_text("months", programme.months) == "6,7"
    assert display_text("type", programme.type) == "Primary"
    assert display_text("budgeted_places", None) == ""
    row = [c.text(programme) for c in CATALOGUE.for_screen()]
    assert row[CATALOGUE.screen.index("annual_budget_sek")] == "SEK\u00a01,200,000"


@pytest.mark.parametrize(
    ("field", "text", "shown"),
    [
        ("type", "secondary", "Secondary"),
        ("status", "paused", "Paused"),
        ("annual_budget_sek", "3750000", "SEK\xa03,750,000"),
        ("places", "1200", "1,200"),
        ("average_stay_weeks", "40.5", "40.5"),
        ("average_stay_weeks", "39", "39"),
        # every decimal it has: 12.25 → 12.3 read "12.3 → 12.3" at one decimal
        ("average_stay_weeks", "12.25", "12.25"),
        ("goal_work_or_studies_share", "0.48", "48.0%"),
        ("goal_work_or_studies_share", "0.4855", "48.55%"),
        ("referral_sources", "AF (SKE), IND", "AF (SKE), IND"),
        ("months", "6,7", "6,7"),
        ("end_date", "2026-12-31", "2026-12-31"),
        ("demand:forecast:2026-01:AF", "0.25", "0.25"),
        ("demand:actual:2026-01:AF", "11", "11"),
        ("source:FK", "Försäkringskassan", "Försäkringskassan"),
        ("places", "many", "many"),  # not AMP's own number: as it is
        ("places", None, ""),
        ("type", "", ""),
    ],
)
def test_a_logged_value_is_written_as_the_tables_write_it(field, text, shown) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.tables.fields import logged_text

    assert logged_text(field, text) == shown
