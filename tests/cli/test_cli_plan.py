"""``amp plan``: the period options, the table, the JSON and the errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.planning import Period, make_plan
from amp_desktop.core.planning.scenarios import Adjustment, Scenario, save_scenario
from amp_desktop.core.store import Catalogue


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_json_matches_the_core(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "plan", str(example_path), "--tertial", "2026-T3", "--json")
    assert status == 0
    data = json.loads(out)
    assert data["period"] == {
        "first": "2026-09",
        "last": "2026-12",
        "months": 4,
        "label": "2026 T3 (Sep–Dec)",
    }
    with Catalogue.open(example_path, read_only=True) as catalogue:
        expected = make_plan(catalogue, Period.tertial(2026, 3)).to_json()
    assert data == json.loads(json.dumps(expected))
    first = data["programmes"][0]
    for key in (
        "id",
        "name",
        "places",
        "budgeted_places",
        "referrals_per_month",
        "average_stay_months",
        "needed_places",
        "utilisation",
        "gap",
        "status",
        "cost_per_place_sek",
        "months",
    ):
        assert key in first
    assert first["gap"] == pytest.approx(first["places"] - first["needed_places"])
    assert first["utilisation"] == pytest.approx(first["needed_places"] / first["places"])
    assert [m["month"] for m in first["months"]] == ["2026-09", "2026-10", "2026-11", "2026-12"]
    assert [m["basis"] for m in first["months"]] == ["actual", "actual", "forecast", "forecast"]
    assert set(data["totals"]) == {"unit", "type", "source"}


def test_table_output(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "plan", str(example_path), "--from", "2026-01", "--to", "2026-06")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "Plan for 2026-01 – 2026-06"
    assert "Utilisation" in lines[2] and "Atlas" in out and "All programmes" in out
    header = lines[2]
    # Numbers are right-aligned under their heading.
    places_end = header.index("Places") + len("Places")
    for line in lines[3:24]:
        assert line[places_end - 1].isdigit()


def test_default_period_is_this_year(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import datetime as dt

    status, out, _ = run(capsys, "plan", str(example_path), "--json")
    assert status == 0
    assert json.loads(out)["period"]["first"] == f"{dt.date.today().year}-01"


def test_scenario_option(example_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Catalogue.open(example_path) as catalogue:
        save_scenario(catalogue, Scenario("More OSA", [Adjustment(11, "places", "add", 20)]))
    status, out, _ = run(
        capsys, "plan", str(example_path), "--year", "2026", "--scenario", "More OSA", "--json"
    )
    assert status == 0
    data = json.loads(out)
    assert data["scenario"] == "More OSA"
    osa = next(p for p in data["programmes"] if p["id"] == 11)
    assert osa["places"] == 80
    status, _, err = run(capsys, "plan", str(example_path), "--scenario", "Nope")
    assert status == 2 and "Nope" in err


@pytest.mark.parametrize(
    "args",
    [
        ["--tertial", "2026-T4"],
        ["--year", "twenty"],
        ["--from", "2026-05"],
        ["--from", "2026-05", "--to", "2026-01"],
        ["--year", "2026", "--tertial", "2026-T1"],
    ],
)
def test_bad_periods(
    example_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    status, out, err = run(capsys, "plan", str(example_path), *args)
    assert status == 2
    assert out == "" and err.startswith("amp: ") and len(err.strip().splitlines()) == 1


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "plan", str(tmp_path / "none.amp"))
    assert status == 2 and "does not exist" in err


def test_output_cut_short_by_a_pipe_is_not_an_error_message(example_path) -> None:
    """``amp plan FILE | head -1`` ended in a BrokenPipeError traceback."""
    import subprocess
    import sys
    from pathlib import Path

    amp = Path(sys.executable).with_name("amp")
    shell = f"'{amp}' plan --year 2026 '{example_path}' --json | head -c 10"
    done = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, timeout=60)
    assert done.stdout == '{\n  "forma'
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr, done.stderr
