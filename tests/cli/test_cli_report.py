"""``amp report``: PDFs from the command line, with no screen, in both languages.

The overview's numbers are compared with ``amp plan --json`` for the same period,
both commands run as a user would run them, the PDF read back with pdftotext.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from amp_desktop.resources import resource_path

AMP = [sys.executable, "-c", "import sys; from amp_desktop.cli import main; sys.exit(main())"]


def amp(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    """Run ``amp`` in a fresh process with no screen at all."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["AMP_LANG"] = lang
    return subprocess.run([*AMP, *args], capture_output=True, text=True, env=env, timeout=120)


def pdftotext(path: Path, *options: str) -> str:
    out = subprocess.run(
        ["pdftotext", *options, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return out.replace("\u00a0", " ").replace("\u202f", " ")


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]


def _half_away(value: float, decimals: int = 1) -> Decimal:
    """Rounded half away from zero on the decimal value (16.25 → 16.3), as AMP rounds."""
    return Decimal(repr(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)


def _one(value: float | None, decimals: int = 1) -> str:
    return "" if value is None else f"{_half_away(value, decimals):,.{decimals}f}"


def _gap(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{_half_away(value):,.1f}"
    if text == "-0.0":
        text = "0.0"
    return "+" + text if _half_away(value) > 0 else text


def _percent(value: float | None) -> str:
    """One decimal, half away from zero: the screen's, print's and CLI's since #10."""
    if value is None:
        return ""
    return f"{Decimal(repr(value)).scaleb(2).quantize(Decimal('0.1'), ROUND_HALF_UP)}%"


def _sek(value: float | None) -> str:
    return "" if value is None else f"SEK {_half_away(value, 0):,}"


def _row_line(lines: list[str], name: str) -> str:
    """The text line a table row starts on: the name, or its first wrapped piece."""
    words = name.split()
    for length in range(len(words), 0, -1):
        prefix = " ".join(words[:length])
        found = [line for line in lines if line.startswith(prefix + " ") or line == prefix]
        if found:
            return found[0][len(prefix) :]
    raise AssertionError(f"no row for {name!r}")


def _section(lines: list[str], first: str, last: str) -> list[str]:
    """The lines from the one titled *first* up to the one titled *last*."""
    return lines[lines.index(first) : lines.index(last)]


def _assert_in_order(line: str, expected: list[str]) -> None:
    position = 0
    for text in expected:
        if not text:
            continue
        found = line.find(text, position)
        assert found >= 0, f"{text!r} not in {line[position:]!r}"
        position = found + len(text)


def test_overview_without_a_screen(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "overview.pdf"
    result = amp(
        "report",
        str(example_path),
        "--pdf",
        str(out),
        "--year",
        "2026",
        "--municipality",
        "Västerås stad",
        "--unit",
        "Arbetsmarknadsenheten",
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    pages = pdf_pages(out)
    assert result.stdout.strip() == f"Wrote {out} ({pages} pages)."
    text = pdftotext(out)
    assert "Capacity overview" in text
    assert "Västerås stad · Arbetsmarknadsenheten" in text
    assert "Period: 2026" in text
    for page in range(1, pages + 1):
        assert f"Page {page} of {pages}" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:])


@pytest.mark.parametrize(
    "period", [["--tertial", "2026-T3"], ["--from", "2025-03", "--to", "2026-02"]]
)
def test_overview_numbers_are_amp_plans(
    example_path: Path, tmp_path: Path, period: list[str]
) -> None:
    planned = amp("plan", str(example_path), *period, "--json")
    assert planned.returncode == 0, planned.stderr
    plan = json.loads(planned.stdout)
    out = tmp_path / "overview.pdf"
    result = amp("report", str(example_path), "--pdf", str(out), *period)
    assert result.returncode == 0, result.stderr
    everything = [line.strip() for line in pdftotext(out, "-layout").splitlines()]
    assert f"Period: {plan['period']['label']}" in everything
    lines = _section(everything, "Programmes", "Totals per unit")
    for item in plan["programmes"]:
        line = _row_line(lines, item["name"])
        budgeted = item["budgeted_places"]
        _assert_in_order(
            line,
            [
                f"{item['places']:,}",
                "" if budgeted is None else f"{budgeted:,}",
                _one(item["referrals_per_month"]),
                _one(item["average_stay_months"]),
                _one(item["needed_places"]),
                _percent(item["utilisation"]),
                _gap(item["gap"]),
                _sek(item["cost_per_place_sek"]),  # to the krona
            ],
        )
    total = plan["total"]
    _assert_in_order(
        _row_line(lines, "All programmes"),
        [
            f"{total['places']:,}",
            _one(total["referrals_per_month"]),
            _one(total["needed_places"]),
            _percent(total["utilisation"]),
            _gap(total["gap"]),
            _sek(total["cost_per_place_sek"]),
        ],
    )
    units = _section(everything, "Totals per unit", "Totals per type")
    for group in plan["totals"]["unit"]:
        _assert_in_order(
            _row_line(units, group["label"]),
            [
                str(group["programmes"]),
                f"{group['places']:,}",
                _one(group["needed_places"]),
                _sek(group["annual_budget_sek"]),
                _sek(group["cost_per_place_sek"]),
            ],
        )


def test_catalogue_list(example_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "catalogue.pdf"
    result = amp("report", str(example_path), "--pdf", str(out), "--kind", "catalogue")
    assert result.returncode == 0, result.stderr
    text = pdftotext(out)
    assert "Programme catalogue" in text and "21 programmes" in text
    listed = amp("list", str(example_path), "--json")
    words = set(text.split())
    for programme in json.loads(listed.stdout):  # (whole names: see test_report_pdf)
        assert set(programme["name"].split()) <= words


@pytest.fixture
def swedish_qm() -> None:
    """The Swedish translation compiled, as ``make`` does before the tests."""
    ts = resource_path("translations", "amp_sv.ts")
    qm = ts.with_suffix(".qm")
    if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)


def test_swedish(example_path: Path, tmp_path: Path, swedish_qm: None) -> None:
    out = tmp_path / "oversikt.pdf"
    result = amp("report", str(example_path), "--pdf", str(out), "--year", "2026", "--lang", "sv")
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    text = pdftotext(out)
    for page in range(1, pages + 1):
        assert f"Sida {page} av {pages}" in text
    assert "Kapacitetsöversikt" in text
    assert re.search(r"\d{2,3} \d{3} kr", text)  # 125 000 kr
    assert re.search(r"\d,\d", text)  # decimal comma


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--tertial", "2026-T4"], "tertial"),
        (["--year", "2026", "--tertial", "2026-T1"], "not several"),
        (["--from", "2026-13", "--to", "2026-12"], "2026-13"),
        (["--kind", "summary"], "invalid choice"),
    ],
)
def test_bad_options(example_path: Path, tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    result = amp("report", str(example_path), "--pdf", str(out), *args)
    assert result.returncode == 2
    assert message in result.stderr
    assert not out.exists()


def test_bad_files(example_path: Path, tmp_path: Path) -> None:
    missing = amp("report", str(tmp_path / "nope.amp"), "--pdf", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2
    assert len(missing.stderr.strip().splitlines()) == 1
    folder = amp("report", str(example_path), "--pdf", str(tmp_path))
    assert folder.returncode == 2 and "folder" in folder.stderr
    nowhere = amp("report", str(example_path), "--pdf", str(tmp_path / "no" / "x.pdf"))
    assert nowhere.returncode == 2
    assert nowhere.stderr.startswith("amp: Could not write")


def test_scenario(example_path: Path, tmp_path: Path) -> None:
    from amp_desktop.core.planning.scenarios import Adjustment, Scenario, save_scenario
    from amp_desktop.core.store import Catalogue

    with Catalogue.open(example_path) as catalogue:
        save_scenario(catalogue, Scenario("More OSA", [Adjustment(11, "places", "add", 20)]))
    out = tmp_path / "scenario.pdf"
    args = ["--year", "2026", "--scenario", "More OSA"]
    result = amp("report", str(example_path), "--pdf", str(out), *args)
    assert result.returncode == 0, result.stderr
    text = pdftotext(out, "-layout")
    assert "What-if scenario: More OSA" in text
    plan = json.loads(amp("plan", str(example_path), *args, "--json").stdout)
    osa = next(p for p in plan["programmes"] if p["id"] == 11)
    lines = [line.strip() for line in text.splitlines()]
    _assert_in_order(
        _row_line(lines, osa["name"]), [str(osa["places"]), _sek(osa["cost_per_place_sek"])]
    )
    unknown = amp("report", str(example_path), "--pdf", str(out), "--scenario", "Nope")
    assert unknown.returncode == 2


def test_never_over_the_catalogue(example_path: Path) -> None:
    before = example_path.read_bytes()
    result = amp("report", str(example_path), "--pdf", str(example_path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"amp: {example_path} is an AMP catalogue")
    assert example_path.read_bytes() == before
    assert amp("list", str(example_path)).returncode == 0
    assert list(example_path.parent.glob("*.part")) == []


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_not_to_a_device(example_path: Path) -> None:
    result = amp("report", str(example_path), "--pdf", "/dev/full")
    assert result.returncode == 2
    assert result.stdout == ""
    assert (
        result.stderr
        == "amp: /dev/full is not a regular file; give the name of a PDF file to write.\n"
    )


def test_disk_full_is_an_error(example_path: Path, tmp_path: Path) -> None:
    resource = pytest.importorskip("resource")
    out = tmp_path / "overview.pdf"

    def limit_file_size() -> None:  # as `ulimit -f 8`: writes past 8 KiB fail
        hard = resource.getrlimit(resource.RLIMIT_FSIZE)[1]
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, hard))

    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    result = subprocess.run(
        [*AMP, "report", str(example_path), "--pdf", str(out)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=limit_file_size,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"amp: Could not write {out}.")
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []
