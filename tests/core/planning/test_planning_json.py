"""``amp plan --json`` written programme by programme: the same text as the whole plan's JSON.

Generated catalogues with the edge cases a county has (seasonal programmes, unknown
stays, 0 places, actuals and forecasts in the same month, sources that come and go,
fractional and zero referrals, the unknown source, names with å ä ö) are planned
two ways: the reference holds every demand cell at once (``plan_from_data`` over
all rows, as ``make_plan`` did) and dumps ``to_json()`` with the standard library;
the streaming writer reads a few programmes at a time and encodes itself.  The
texts must be identical, byte for byte.
"""

from __future__ import annotations

import io
import json
import math
import random

import pytest

from amp_desktop.cli import main as cli_main
from amp_desktop.core.domain import Programme, ProgrammeType, ReferralSource, SourceLink
from amp_desktop.core.planning import Period, make_plan, plan_from_data, streaming
from amp_desktop.core.planning.plan_json import json_text, write_plan_json
from amp_desktop.core.planning.scenarios import Adjustment, Scenario, ScenarioError, save_scenario
from amp_desktop.core.store import Catalogue, ChangeSet, DemandKey, ProgrammeChange, SourceChange

SOURCES = ("AF", "SKE", "FK", "Särskola", "")
NAMES = ("Östra vägen", "Atlas", "Åby jobb", "ärende", "Zeta", "C2C", "Språkstöd", "b-spåret")


def generated(make_catalogue, seed: int, count: int = 40) -> Catalogue:  # type: ignore[no-untyped-def]
    """A catalogue of *count* varied programmes with 2023–2026 demand."""
    rng = random.Random(seed)
    catalogue = make_catalogue(f"generated-{seed}.amp")
    programmes = []
    for pid in range(1, count + 1):
        stay = rng.choice((None, 1.0, 2.0, 6.0, 13.0, 26.0, 39.0, 52.0, 104.0))
        programmes.append(
            Programme(
                id=pid,
                name=f"{rng.choice(NAMES)} {pid}",
                code=f"P{pid}",
                places=rng.choice((0, 1, 5, 12, 30, 120)),
                budgeted_places=rng.choice((None, 0, 10)),
                annual_budget_sek=rng.choice((None, 0, 750_000, 3_000_000)),
                type=rng.choice(list(ProgrammeType)),
                unit=rng.choice(("", "Jobbcentrum", "Ungdomsenheten")),
                average_stay_weeks=stay,
                months=rng.choice(((), (), (6, 7, 8), (1,), (12, 1))),
                sources=(SourceLink(rng.choice(SOURCES[:4])),),
            )
        )
    catalogue.apply(
        ChangeSet(
            "generated",
            tuple(ProgrammeChange(p.id or 0, None, p) for p in programmes),
            sources=tuple(SourceChange(s, None, ReferralSource(s, s)) for s in SOURCES[:4]),
        )
    )
    cells: dict[DemandKey, float | None] = {}
    for pid in range(1, count + 1):
        if pid % 9 == 0:
            continue  # no demand at all
        for month in Period("2023-01", "2026-12").months():
            for source in rng.sample(SOURCES, rng.randrange(0, len(SOURCES) + 1)):
                for kind in ("actual", "forecast"):
                    if rng.random() < 0.5:
                        value = rng.choice((0.0, 1.0, 2.5, 1 / 3, 7.0, 1e-7, 1234.5))
                        cells[DemandKey(pid, month, source, kind)] = value
    catalogue.set_demand(cells, "demand")
    return catalogue


def reference_text(catalogue: Catalogue, period: Period, scenario: Scenario | None = None) -> str:
    """The JSON as ``amp plan --json`` wrote it before: the whole plan, then json.dump."""
    plan = plan_from_data(
        catalogue.programmes(), catalogue.demand_rows(), period, scenario=scenario
    )
    return json.dumps(plan.to_json(), ensure_ascii=False, indent=2) + "\n"


def streamed_text(catalogue: Catalogue, period: Period, scenario: Scenario | None = None) -> str:
    out = io.StringIO()
    write_plan_json(catalogue, period, out, scenario=scenario)
    return out.getvalue()


PERIODS = [
    Period.year(2026),
    Period.tertial(2025, 2),
    Period("2023-01", "2023-01"),
    Period("2022-06", "2027-03"),  # reaches before and after the demand
    Period("2023-01", "2026-12"),
]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_streamed_json_is_the_whole_plans_json(make_catalogue, monkeypatch, seed: int) -> None:  # type: ignore[no-untyped-def]
    catalogue = generated(make_catalogue, seed)
    monkeypatch.setattr(streaming, "CHUNK", 7)  # several chunks, each with several look-backs
    for period in PERIODS:
        expected = reference_text(catalogue, period)
        assert streamed_text(catalogue, period) == expected, period
        assert make_plan(catalogue, period).to_json() == json.loads(expected)


def test_streamed_json_with_a_scenario(make_catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    catalogue = generated(make_catalogue, 4)
    monkeypatch.setattr(streaming, "CHUNK", 5)
    scenario = Scenario(
        "Plan Ö",
        [
            Adjustment(2, "places", "add", 8.0),
            Adjustment(3, "average_stay_weeks", "set", 60.0),  # a longer look-back
            Adjustment(4, "demand", "add", 3.0),  # months without referrals get some
            Adjustment(5, "demand", "percent", -100.0),
            Adjustment(9, "demand", "set", 2.0),
        ],
    )
    save_scenario(catalogue, scenario)
    for period in (Period.year(2026), Period("2023-01", "2026-12")):
        expected = reference_text(catalogue, period, scenario)
        assert streamed_text(catalogue, period, scenario) == expected
        assert streamed_text(catalogue, period, "Plan Ö") == expected  # by its saved name


def test_an_empty_catalogue(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue()
    assert streamed_text(catalogue, Period.year(2026)) == reference_text(
        catalogue, Period.year(2026)
    )


def test_an_unknown_scenario_writes_nothing(make_catalogue) -> None:  # type: ignore[no-untyped-def]
    catalogue = generated(make_catalogue, 5, count=3)
    out = io.StringIO()
    with pytest.raises(ScenarioError):
        write_plan_json(catalogue, Period.year(2026), out, scenario="nothing")
    assert out.getvalue() == ""


def test_a_failure_midway_writes_nothing(make_catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    catalogue = generated(make_catalogue, 6, count=20)
    monkeypatch.setattr(streaming, "CHUNK", 4)
    calls = []

    def failing(ids, first, last):  # type: ignore[no-untyped-def]
        calls.append(ids)
        if len(calls) > 3:
            raise OSError("the share went away")
        return Catalogue.demand_window(catalogue, ids, first, last)

    monkeypatch.setattr(catalogue, "demand_window", failing)
    out = io.StringIO()
    with pytest.raises(OSError, match="share"):
        write_plan_json(catalogue, Period.year(2026), out)
    assert out.getvalue() == ""


def test_a_long_period_spools_to_a_file(make_catalogue, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from amp_desktop.core.planning import plan_json

    catalogue = generated(make_catalogue, 7, count=12)
    monkeypatch.setattr(plan_json, "SPOOL_IN_MEMORY", 1000)  # rolls over to a file
    period = Period("2023-01", "2026-12")
    assert streamed_text(catalogue, period) == reference_text(catalogue, period)


def test_the_cli_writes_the_same(make_catalogue, capsys) -> None:  # type: ignore[no-untyped-def]
    catalogue = generated(make_catalogue, 8, count=15)
    expected = reference_text(catalogue, Period.tertial(2026, 1))
    path = catalogue.path
    catalogue.close()
    assert cli_main(["plan", str(path), "--tertial", "2026-T1", "--json"]) == 0
    assert capsys.readouterr().out == expected


VALUES = [
    {},
    [],
    {"a": {}, "b": [], "c": [[]], "d": [{}]},
    {"x": [1, 2.5, None, True, False, 'ä\n\t"\\\u2028\x00']},
    [0.1, -0.0, 1e16, 1e-300, 123456789012345678901234567890, -7],
    [math.nan, math.inf, -math.inf],
    (1, (2, 3)),
    {1: "int key", 2.5: "float key", False: "bool key", None: "none key"},
    {"Östra": {"AF": 1 / 3, "": 0.0}, "list": [{"month": "2026-01", "v": [1]}]},
    "plain",
    None,
    3.0,
]


@pytest.mark.parametrize("value", VALUES)
def test_the_encoder_writes_what_json_writes(value: object) -> None:
    assert json_text(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_the_encoder_refuses_what_json_refuses() -> None:
    with pytest.raises(TypeError):
        json_text({"a": object()})
    with pytest.raises(TypeError):
        json_text({(1, 2): "tuple key"})
