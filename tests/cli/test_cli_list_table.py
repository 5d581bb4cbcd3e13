"""``amp list`` renders the catalogue table's declaration: its titles and its cell text,
the same the Catalogue tab and the printed list write (#10.1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue
from amp_desktop.core.tables.catalogue_table import CATALOGUE


def test_amp_list_uses_the_declared_titles_and_cell_text(
    catalogue_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.add_programme(
            Programme(name="Stor", code="ST", places=1200, budgeted_places=1500)
        )
        programme = catalogue.find("Stor")
    assert programme is not None
    assert main(["list", str(catalogue_path)]) == 0
    header, line = capsys.readouterr().out.splitlines()
    columns = CATALOGUE.for_cli()
    assert header.split() == " ".join(c.one_line() for c in columns).split()
    assert "Budgeted places" in header and "budgeted" not in header
    assert "1,200" in line and "1,500" in line  # the one formatter, not str()
    assert line.split() == " ".join(c.text(programme) for c in columns).split()
