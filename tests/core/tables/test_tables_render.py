"""One table, three renderings: the screen model, the PDF and ``amp plan`` say the same.

Plans with edge values (0, ±0.05, ±0.049, None, 10⁶ places, 10⁹ SEK, 100.0 %) are
rendered through the Planning tab's Qt models (``data()``), the printed overview
(written by the real printing code, read back with ``pdftotext``) and ``amp plan``'s
text; every cell the screen shows must be found, as the same text, in the other two.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from amp_desktop.core import i18n
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning import GroupTotal, Period, Plan, ProgrammePlan
from amp_desktop.core.reports import capacity_overview
from amp_desktop.core.tables.plan_tables import PROGRAMMES, SOURCE_TOTALS, TOTALS, totals_title

NBSP = ("\u00a0", "\u202f")


def _plain(text: str) -> str:
    for space in NBSP:
        text = text.replace(space, " ")
    return text


def _programme(number: int, name: str, **values: object) -> ProgrammePlan:
    fields: dict[str, object] = {
        "id": number,
        "name": name,
        "code": f"E{number}",
        "unit": "Jobbcentrum",
        "type": "primary",
        "places": 10,
        "budgeted_places": 10,
        "annual_budget_sek": 1_000_000,
        "average_stay_weeks": 26.0,
        "average_stay_months": 6.0,
        "referrals_per_month": 1.5,
        "referrals_by_source": {"AF": 1.5},
        "needed_places": 9.0,
        "utilisation": 0.9,
        "gap": 1.0,
        "status": "balanced",
        "cost_per_place_sek": 100_000.0,
        "cost_per_referral_sek": 55_555.0,
        "basis": "actual",
    }
    fields.update(values)
    return ProgrammePlan(**fields)  # type: ignore[arg-type]


def _group(key: str, **values: object) -> GroupTotal:
    fields: dict[str, object] = {
        "key": key,
        "label": key,
        "places": 10,
        "budgeted_places": 10,
        "referrals_per_month": 1.0,
        "needed_places": 9.95,
        "gap": 0.05,
        "utilisation": 0.995,
        "annual_budget_sek": 1_000_000,
        "cost_per_place_sek": 100_000.0,
        "status": "tight",
        "programmes": 2,
    }
    fields.update(values)
    return GroupTotal(**fields)  # type: ignore[arg-type]


def edge_plan() -> Plan:
    """Eight programmes and their totals at the edges of rounding and size."""
    programmes = [
        _programme(
            1,
            "Edge-A",
            places=0,
            budgeted_places=0,
            referrals_per_month=0.0,
            needed_places=0.0,
            utilisation=None,
            gap=0.0,
            status="no_places",
            cost_per_place_sek=None,
            cost_per_referral_sek=None,
            annual_budget_sek=0,
        ),
        _programme(2, "Edge-B", needed_places=9.95, gap=0.05, utilisation=0.995, status="tight"),
        _programme(
            3,
            "Edge-C",
            needed_places=10.05,
            gap=-0.05,
            utilisation=1.005,
            status="short",
            referrals_per_month=0.05,
        ),
        _programme(4, "Edge-D", needed_places=9.951, gap=0.049, referrals_per_month=0.049),
        _programme(5, "Edge-E", needed_places=10.049, gap=-0.049, utilisation=1.0049),
        _programme(
            6,
            "Edge-F",
            budgeted_places=None,
            average_stay_weeks=None,
            average_stay_months=None,
            needed_places=None,
            utilisation=None,
            gap=None,
            status="no_stay",
            annual_budget_sek=None,
            cost_per_place_sek=None,
            cost_per_referral_sek=None,
        ),
        _programme(
            7,
            "Edge-G",
            places=1_000_000,
            budgeted_places=1_000_000,
            annual_budget_sek=1_000_000_000,
            referrals_per_month=166_666.7,
            needed_places=1_000_000.0,
            utilisation=1.0,
            gap=0.0,
            status="tight",
            cost_per_place_sek=1_000.0,
            cost_per_referral_sek=1_000_000_000.0,
        ),
        _programme(
            8,
            "Edge-H",
            needed_places=3.0,
            gap=7.0,
            utilisation=0.3,
            status="idle",
            months_short=2,
            basis="forecast",
        ),
    ]
    units = [
        _group("Jobbcentrum"),
        _group("Ungdom", gap=-0.049, needed_places=10.049, utilisation=1.0, status="balanced"),
        _group(
            "Utveckling",
            places=1_000_000,
            budgeted_places=None,
            gap=None,
            utilisation=None,
            annual_budget_sek=1_000_000_000,
            cost_per_place_sek=None,
            status="no_stay",
        ),
    ]
    types = [_group("primary", label="Primary", gap=-0.05, needed_places=10.05, status="short")]
    sources = [_group("AF", places=None, gap=None, utilisation=None, status="")]
    total = _group("", label="All programmes", gap=0.049)
    return Plan(
        period=Period.year(2026),
        programmes=programmes,
        totals={"unit": units, "type": types, "source": sources},
        total=total,
        sources=["AF"],
    )


@pytest.fixture(params=["en", "sv"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """English, or Swedish numbers (the words stay English: no translator installed).

    A test that runs ``amp`` in-process gets the language's translator installed by
    it; English is put back afterwards, for the tests after it.
    """
    from amp_desktop.ui import translations

    if request.param == "sv":
        i18n.set_backend(lambda context, text: text, "sv")
    yield request.param
    translations.install("en")
    i18n.set_backend(None)


# -- the three renderings ---------------------------------------------------------------


def screen_cells(plan: Plan) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """Display text per row name and column key, from the Qt models' data()."""
    from amp_desktop.ui.planning.models import PlanTableModel, TotalsModel

    model = PlanTableModel()
    model.set_plan(plan)
    keys = PROGRAMMES.screen
    programmes = {
        str(model.index(row, 0).data()): {
            key: _plain(str(model.index(row, column).data())) for column, key in enumerate(keys)
        }
        for row in range(model.rowCount())
    }
    totals = TotalsModel()
    totals.set_groups(plan.totals["unit"], None)
    total_keys = TOTALS.keys()
    groups = {
        str(totals.index(row, 0).data()): {
            key: _plain(str(totals.index(row, column).data()))
            for column, key in enumerate(total_keys)
        }
        for row in range(totals.rowCount())
    }
    return programmes, groups


def cli_text(plan: Plan, capsys: pytest.CaptureFixture[str]) -> list[str]:
    from amp_desktop.cli.plan import print_plan

    print_plan(plan)
    return _plain(capsys.readouterr().out).splitlines()


def pdf_text(plan: Plan, path: Path) -> list[str]:
    from amp_desktop.ui.printing import write_pdf

    write_pdf(capacity_overview(plan), path)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return [line.strip() for line in _plain(out).splitlines()]


def _assert_in_order(text: str, cells: Sequence[str], where: str) -> None:
    """Every cell in *text*, each after the one before, as whole words."""
    position = 0
    padded = f" {text} "
    for cell in cells:
        if not cell:
            continue
        found = padded.find(f" {cell} ", position)
        if found < 0:  # a cell wrapped over lines: its words in order, then
            for word in cell.split():
                found = padded.find(word, position)
                assert found >= 0, f"{where}: {cell!r} not in {padded[position:]!r}"
                position = found + len(word)
            continue
        position = found + len(cell) + 1


def _row_text(lines: list[str], name: str, first: str, last: str) -> str:
    """The line a row starts on in the section *first*…*last*, with the line after it
    (a wrapped status goes on there)."""
    section = lines[lines.index(first) : lines.index(last)]
    for number, line in enumerate(section):
        if f" {name} " in f" {line} ":
            after = section[number + 1] if number + 1 < len(section) else ""
            return f"{line} {after}"
    raise AssertionError(f"no row {name!r} in {first!r}")


def _expected(cells: dict[str, str], keys: Sequence[str]) -> list[str]:
    return [cells[key] for key in keys if key in cells and key not in ("name", "label")]


# -- the test -------------------------------------------------------------------------


def test_edge_values_are_the_same_text_on_screen_paper_and_cli(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    plan = edge_plan()
    programmes, units = screen_cells(plan)
    cli = cli_text(plan, capsys)
    pdf = pdf_text(plan, tmp_path / "edges.pdf")
    for name, cells in programmes.items():
        start = next(line for line in cli if f" {name} " in f" {line} ")
        _assert_in_order(
            start[start.index(name) + len(name) :], _expected(cells, PROGRAMMES.cli), f"cli {name}"
        )
        row = _row_text(pdf, name, "Programmes", "Totals per unit")
        _assert_in_order(
            row[row.index(name) + len(name) :], _expected(cells, PROGRAMMES.paper), f"pdf {name}"
        )
    for label, cells in units.items():
        keys = TOTALS.keys()
        start = next(line for line in cli if line.startswith(label + " "))
        _assert_in_order(start[len(label) :], _expected(cells, keys), f"cli {label}")
        row = _row_text(pdf, label, "Totals per unit", "Totals per type")
        _assert_in_order(
            row[row.index(label) + len(label) :], _expected(cells, keys), f"pdf {label}"
        )
    assert SOURCE_TOTALS.keys() == ("label", "programmes", "referrals_per_month", "needed_places")


@pytest.mark.parametrize(
    ("name", "key", "english", "swedish"),
    [
        ("Edge-A", "gap", "0.0", "0,0"),
        ("Edge-A", "places", "0", "0"),
        ("Edge-A", "utilisation", "", ""),
        ("Edge-B", "gap", "+0.1", "+0,1"),  # 0.05: half away from zero
        ("Edge-C", "gap", "-0.1", "\u22120,1"),
        ("Edge-C", "referrals_per_month", "0.1", "0,1"),
        ("Edge-D", "gap", "0.0", "0,0"),  # 0.049: no plus on what rounds to 0
        ("Edge-D", "referrals_per_month", "0.0", "0,0"),
        ("Edge-E", "gap", "0.0", "0,0"),  # -0.049: never "-0.0"
        ("Edge-E", "utilisation", "100.5%", "100,5 %"),
        ("Edge-F", "gap", "", ""),
        ("Edge-F", "needed_places", "", ""),
        ("Edge-F", "budgeted_places", "", ""),
        ("Edge-F", "status", "Stay unknown", "Stay unknown"),
        ("Edge-G", "places", "1,000,000", "1 000 000"),
        ("Edge-G", "cost_per_referral_sek", "SEK 1,000,000,000", "1 000 000 000 kr"),
        ("Edge-G", "utilisation", "100.0%", "100,0 %"),
        ("Edge-H", "status", "Idle · short 2 months", "Idle · short 2 months"),
    ],
)
def test_edge_cells_on_screen(
    qapp: object, language: str, name: str, key: str, english: str, swedish: str
) -> None:
    programmes, _ = screen_cells(edge_plan())
    assert programmes[name][key] == _plain(english if language == "en" else swedish)


def test_a_catalogue_through_amp_plan_the_window_model_and_the_pdf(
    qapp: object,
    example_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    language: str,
) -> None:
    """The example with a 10⁹-kronor budget, 0 places and an unknown stay, planned
    by the core and shown by ``amp plan`` (the command), the model and the PDF."""
    from amp_desktop.cli import main
    from amp_desktop.core.planning import make_plan
    from amp_desktop.core.reports import build_report
    from amp_desktop.core.store import Catalogue
    from amp_desktop.ui.printing import write_pdf

    with Catalogue.open(example_path) as catalogue:
        first, second, third = catalogue.programmes()[:3]
        catalogue.update_programme(first.replace(name="Kant-A", annual_budget_sek=10**9))
        catalogue.update_programme(second.replace(name="Kant-B", places=0))
        catalogue.update_programme(third.replace(name="Kant-C", average_stay_weeks=None))
    # The command first: it installs the language's translator, which the window's
    # model and the report then speak too.
    monkeypatch.setenv("AMP_LANG", language)
    assert main(["plan", str(example_path), "--tertial", "2026-T2"]) == 0
    cli = _plain(capsys.readouterr().out).splitlines()
    with Catalogue.open(example_path, read_only=True) as catalogue:
        plan = make_plan(catalogue, Period.tertial(2026, 2))
        report = build_report(catalogue, "overview", Period.tertial(2026, 2))
    write_pdf(report, tmp_path / "overview.pdf")
    pdf = [
        line.strip()
        for line in _plain(
            subprocess.run(
                ["pdftotext", "-layout", str(tmp_path / "overview.pdf"), "-"],
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        ).splitlines()
    ]
    programmes, _ = screen_cells(plan)
    section = translate("Report", "Programmes")
    assert {"Kant-A", "Kant-B", "Kant-C"} <= set(programmes)
    compared = 0
    for name, cells in programmes.items():
        start = next(line for line in cli if f" {name} " in f" {line} ")
        _assert_in_order(
            start[start.index(name) + len(name) :],
            _expected(cells, PROGRAMMES.cli),
            f"cli {name}",
        )
        try:
            row = _row_text(pdf, name, section, totals_title("unit"))
        except AssertionError:
            continue  # a long name wrapped over lines in print
        _assert_in_order(
            row[row.index(name) + len(name) :], _expected(cells, PROGRAMMES.paper), f"pdf {name}"
        )
        compared += 1
    assert compared >= 10
    assert (
        programmes["Kant-A"]["cost_per_place_sek"]
        .replace(" ", "")
        .startswith(("SEK", "1", "2", "3", "4", "5", "6", "7", "8", "9"))
    )
    from amp_desktop.core.planning import status_label

    assert programmes["Kant-B"]["status"].startswith(status_label("no_places"))
    assert programmes["Kant-C"]["status"] == status_label("no_stay")
