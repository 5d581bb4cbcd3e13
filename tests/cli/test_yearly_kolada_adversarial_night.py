"""``amp yearly`` and ``amp kolada`` as a unit head uses them (night's pass): the text
says which years AMP has no figure for, and a look at another municipality never
changes the catalogue's comparison."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.store import Catalogue
from tests.core.kolada.kolada_server import data_item, kolada_server, vasteras_routes
from tests.core.kolada.test_kolada_adversarial_night import malmo_routes
from tests.core.yearly.yearly_data import build, import_kolada


@pytest.fixture()
def built_path(catalogue_path: Path, tmp_path: Path) -> Path:
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)
        import_kolada(catalogue, tmp_path)
    return catalogue_path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_the_text_says_which_years_amp_has_no_figure_for(
    built_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """AMP's row over the years was empty for 2024 without a word (the window and the
    paper say "AMP has no figure for 2024.")."""
    status, out, _ = run(capsys, "yearly", str(built_path), "--year", "2025", "--lang", "en")
    assert status == 0
    block = out[out.index("(U40455)\n") :]
    block = block[: block.index("\n\n")]
    assert block.splitlines()[-1] == "AMP has no figure for 2024."
    assert out.count("Källa: Kolada") == 1


def test_fetching_another_municipality_keeps_the_catalogue_s_comparison(
    built_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with kolada_server() as server:
        vasteras_routes(server, [data_item("U40455", "G200002", 2025, 20.0)])
        malmo_routes(server)
        status, out, err = run(
            capsys,
            "kolada",
            "fetch",
            str(built_path),
            "--municipality",
            "1280",
            "--years",
            "2025",
            "--api-url",
            server.base_url,
        )
    assert status == 0, err
    status, out, _ = run(capsys, "yearly", str(built_path), "--year", "2025", "--json")
    data = json.loads(out)
    assert data["municipality"] == "1980" and data["peers"]["id"] == "G1"
    share = next(f for f in data["figures"] if f["key"] == "work_or_studies_share")
    assert share["kolada"]["peers"]["value"] == 0.40


def test_the_same_file_imported_again_says_nothing_changed(
    catalogue_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The second import of one file said "Import 1 Kolada values for 1980" and wrote
    nothing."""
    saved = tmp_path / "kolada.json"
    saved.write_text(json.dumps({"values": [data_item("U40455", "1980", 2024, 41.0)]}))
    assert run(capsys, "kolada", "import", str(catalogue_path), str(saved))[0] == 0
    status, out, _ = run(capsys, "kolada", "import", str(catalogue_path), str(saved))
    assert status == 0
    assert out.splitlines()[0] == (
        "The catalogue already holds the file's values; nothing changed."
    )


def test_the_catalogue_is_not_locked_while_kolada_answers(
    built_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """amp kolada fetch held the catalogue open for editing while it waited for Kolada
    (minutes, with a slow Kolada): the window and every other command were refused."""
    from amp_desktop.core.store import LockedError

    opened: list[str] = []

    def try_to_edit(path: str, query: str) -> None:
        if path.startswith("/v3/data/") and not opened:
            try:
                with Catalogue.open(built_path):
                    opened.append("opened")
            except LockedError as exc:
                opened.append(f"locked: {exc}")

    with kolada_server() as server:
        server.routes.append(lambda p, q: try_to_edit(p, q))
        vasteras_routes(server, [data_item("U40455", "1980", 2025, 47.0)])
        status, _, err = run(
            capsys,
            "kolada",
            "fetch",
            str(built_path),
            "--municipality",
            "1980",
            "--years",
            "2025",
            "--api-url",
            server.base_url,
        )
    assert status == 0, err
    assert opened == ["opened"]
    with Catalogue.open(built_path, read_only=True) as catalogue:
        assert ("U40455", "1980", 2025, "T", 47.0, 1, "") in catalogue.kolada_rows()


def test_a_fetched_value_no_figure_can_have_exits_1_as_every_kolada_refusal(
    built_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A share of 150 % exited with 2 (a usage error); Kolada's faults exit with 1."""
    before = built_path.read_bytes()
    with kolada_server() as server:
        vasteras_routes(server, [data_item("U40455", "1980", 2025, 150.0)])
        status, out, err = run(
            capsys,
            "kolada",
            "fetch",
            str(built_path),
            "--municipality",
            "1980",
            "--years",
            "2025",
            "--api-url",
            server.base_url,
        )
    assert (status, out) == (1, "")
    assert (
        err
        == "amp: U40455, 1980 2025: 150 is not a value this figure can have; nothing was imported.\n"
    )
    assert built_path.read_bytes() == before


@pytest.mark.parametrize("written", ["156 000", "156\u00a0000", "156000"])
def test_a_population_written_with_spaces_between_thousands_is_read(
    built_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    """A population of “156 000” (as Swedes write it, and AMP prints it) was refused."""
    status, _, err = run(
        capsys, "yearly", str(built_path), "--year", "2025", "--population", written, "--json"
    )
    assert status == 0, err
    with Catalogue.open(built_path, read_only=True) as catalogue:
        assert catalogue.population() == 156_000
