"""``amp plan`` as text fits a 100-column terminal, in English and in Swedish (whose
titles are longer), and a pipe gets every column; an empty catalogue says it has no
programmes, in one line; ``amp show`` wraps a long description under its label."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue
from amp_desktop.ui import translations


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(params=["en", "sv"])
def language(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    saved = QLocale()
    monkeypatch.setenv("AMP_LANG", request.param)
    yield request.param
    translations.install("en")
    QLocale.setDefault(saved)


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> int:
    """The output goes to a terminal 100 columns wide."""
    from amp_desktop.cli import plan, text_tables

    monkeypatch.setattr(plan, "terminal_width", lambda: 100, raising=False)
    monkeypatch.setattr(text_tables, "terminal_width", lambda: 100)
    return 100


LEGEND = {"en": "Needed: places needed", "sv": "Behov: behövda platser"}
LEFT_OUT = {"en": "Left out to fit 100 columns: ", "sv": "Utelämnat för att rymmas på 100 tecken: "}


@pytest.mark.parametrize(
    "period", [["--year", "2025"], ["--year", "2026"], ["--tertial", "2026-T2"]]
)
def test_the_plan_fits_100_columns(
    example_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    period: list[str],
    terminal: int,
) -> None:
    status, out, err = _run(capsys, "plan", str(example_path), *period)
    assert (status, err) == (0, "")
    lines = out.splitlines()
    too_wide = [line for line in lines if len(line) > 100]
    assert not too_wide, "\n".join(too_wide)
    with Catalogue.open(example_path, read_only=True) as catalogue:
        programmes = catalogue.programmes()
    # Every programme is a row of its own, found by its id, with its places.
    rows = {line[:2].strip(): line for line in lines[3 : 3 + len(programmes)]}
    for programme in programmes:
        row = rows[str(programme.id)]
        assert f" {programme.places} " in row, row
    words = " ".join(out.split())  # (the notes are wrapped to the width)
    assert LEGEND[language] in words and LEFT_OUT[language] in words, out


def test_a_long_name_is_shortened_and_its_id_still_finds_it(
    example_path: Path, capsys: pytest.CaptureFixture[str], language: str, terminal: int
) -> None:
    name = "Arbetsmarknadsinsats för unga vuxna med behov av samordnat stöd"
    with Catalogue.open(example_path) as catalogue:
        catalogue.add_programme(Programme(name, places=12, average_stay_weeks=26))
        added = catalogue.find(name)
    assert added is not None
    status, out, _ = _run(capsys, "plan", str(example_path), "--year", "2026")
    assert status == 0 and max(len(line) for line in out.splitlines()) <= 100
    row = next(line for line in out.splitlines() if line[:2].strip() == str(added.id))
    assert name not in row and name[:20] in row and "…" in row, row
    shown = _run(capsys, "show", str(example_path), str(added.id))[1]
    assert name in " ".join(shown.split())  # (wrapped to the terminal where it is long)


def test_a_wide_terminal_gets_the_full_titles_and_every_column(
    example_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Short titles and columns left out only where the full table does not fit."""
    from amp_desktop.cli import plan

    monkeypatch.setattr(plan, "terminal_width", lambda: 240)
    status, out, _ = _run(capsys, "plan", str(example_path), "--year", "2026")
    header = out.splitlines()[2]
    assert status == 0 and "Places needed" in header and "Cost per place" in header
    assert "Needed:" not in out and "Left out" not in out
    assert "Sommarsysselsättning /Allegro - Feriepraktik" in out


def test_a_pipe_gets_every_column_and_whole_lines(
    example_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not a terminal (a file, grep, a spreadsheet): every declared column, unshortened."""
    from amp_desktop.cli.text_tables import terminal_width
    from amp_desktop.core.tables.plan_tables import PROGRAMMES

    assert terminal_width() is None  # (pytest captures the output: not a terminal)
    status, out, _ = _run(capsys, "plan", str(example_path), "--year", "2026")
    header = out.splitlines()[2]
    assert (
        status == 0
        and header.split() == " ".join(c.one_line() for c in PROGRAMMES.for_cli()).split()
    )
    assert "Sommarsysselsättning /Allegro - Feriepraktik" in out and "Left out" not in out
    shown = _run(capsys, "show", str(example_path), "Etablering/Kommun")[1]
    assert any(len(line) > 300 for line in shown.splitlines())  # the description, whole


def test_an_empty_catalogue_has_no_programmes_to_plan(
    catalogue_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    says = {
        "en": f"{catalogue_path} has no programmes yet.\n",
        "sv": f"{catalogue_path} har inga insatser än.\n",
    }[language]
    assert _run(capsys, "plan", str(catalogue_path)) == (0, says, "")


def test_show_wraps_a_long_description_under_its_label(
    example_path: Path, capsys: pytest.CaptureFixture[str], language: str, terminal: int
) -> None:
    status, out, _ = _run(capsys, "show", str(example_path), "Etablering/Kommun")
    with Catalogue.open(example_path, read_only=True) as catalogue:
        programme = catalogue.find("Etablering/Kommun")
    assert programme is not None and len(programme.description) > 300
    lines = out.splitlines()
    label = {"en": "Description", "sv": "Beskrivning"}[language]
    at = next(i for i, line in enumerate(lines) if line.strip().startswith(label + ":"))
    indent = lines[at].index(":") + 2
    more = []
    for line in lines[at + 1 :]:
        if not line.startswith(" " * indent):
            break
        more.append(line[indent:])
    assert status == 0 and len(more) >= 3 and max(len(line) for line in lines[at : at + 4]) <= 100
    text = " ".join([lines[at][indent:], *more])
    assert text == " ".join(programme.description.split())
