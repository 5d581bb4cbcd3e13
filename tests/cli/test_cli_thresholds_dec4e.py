"""``--thresholds``: `amp plan` and `amp report` grade places with the limits the unit
set in Preferences for the window, not always AMP's defaults (4 December, evening)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.planning import Period, make_plan
from amp_desktop.core.planning.model import Thresholds
from amp_desktop.core.store import Catalogue
from tests.cli.test_cli_report import amp, pdftotext

LIMITS = Thresholds(short_above=1.2, tight_above=0.7, idle_below=0.3)


def _statuses(
    capsys: pytest.CaptureFixture[str], *args: str
) -> tuple[dict[str, float], dict[str, str]]:
    assert main(["plan", *args, "--tertial", "2026-T1", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    return document["thresholds"], {p["name"]: p["status"] for p in document["programmes"]}


def test_the_plan_grades_by_the_limits_given(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`amp plan` always used 100/90/60 %: a unit whose Preferences say otherwise saw
    other statuses in the window than in its batch job's output."""
    default, before = _statuses(capsys, str(example_path))
    given, after = _statuses(capsys, str(example_path), "--thresholds", "30,70,120")
    assert default == Thresholds().to_json() and given == LIMITS.to_json()
    with Catalogue.open(example_path, read_only=True) as catalogue:
        expected = make_plan(catalogue, Period.tertial(2026, 1), thresholds=LIMITS)
    assert after == {p.name: p.status for p in expected.programmes}
    assert after != before  # (the example has programmes the two limits grade apart)


def test_the_printed_overview_grades_by_them_too(example_path: Path, tmp_path: Path) -> None:
    words = []
    for limits in ([], ["--thresholds", "0,0,0"]):
        out = tmp_path / f"overview{len(limits)}.pdf"
        done = amp("report", str(example_path), "--pdf", str(out), "--tertial", "2026-T1", *limits)
        assert done.returncode == 0, done.stderr
        words.append(pdftotext(out).split().count("Balanced"))
    assert words[0] > 0 and words[1] == 0  # every programme with needed places is short


@pytest.mark.parametrize(
    ("given", "message"),
    [
        (
            "90,60,100",
            "--thresholds: Planning status: the limits must go up from idle to tight to short of places.",
        ),
        ("60,90", "--thresholds: give three percentages, idle,tight,short (e.g. 60,90,100)."),
        (
            "sextio,90,100",
            "--thresholds: give three percentages, idle,tight,short (e.g. 60,90,100).",
        ),
    ],
)
def test_limits_that_cannot_be_used_are_one_line(
    example_path: Path, capsys: pytest.CaptureFixture[str], given: str, message: str
) -> None:
    assert main(["plan", str(example_path), "--thresholds", given]) == 2
    out, err = capsys.readouterr()
    assert not out and err.strip() == f"amp: {message}"
