"""The titles and cells a catalogue preview lists outside a translated sentence are
quoted as the language quotes (Swedish ”…”), not always “…” (6 December, files)."""

from __future__ import annotations

import runpy
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core import i18n
from amp_desktop.core.excel.importer import analyse

SV_FILE = Path(__file__).parents[3] / "packaging" / "i18n" / "sv.py"


@pytest.fixture
def swedish_from_sv_py() -> Iterator[None]:
    """The core's messages in the Swedish of ``packaging/i18n/sv.py`` (read directly:
    the .qm is made from it only by ``make update-translations``)."""
    sv = runpy.run_path(str(SV_FILE))["SV"]

    def backend(context: str, text: str) -> str:
        return str(sv.get((context, text), sv.get(text, text)))

    i18n.set_backend(backend, "sv")
    yield
    i18n.set_backend(None)


def _old_list(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Insats", "Ansvarig", "Platser", "Budget (kr)", "Målgrupp"])
    ws.append(["Atlas", "ATLA", 30, 3_750_000, "Unga"])
    ws.append(["Nytt projekt", "NYP", 12, 1_234_000, "Vuxna"])
    ws.append(["Summa", None, 42, 4_984_000, None])
    wb.save(path)
    return path


def test_listed_titles_and_totals_rows_have_swedish_quotes(example, tmp_path, swedish_from_sv_py):
    preview = analyse(example, _old_list(tmp_path / "insatser.xlsx"))
    lines = [line for line in preview.summary if "Ansvarig" in line or "Summa" in line]
    assert len(lines) == 2, preview.summary
    assert all("“" not in line for line in lines), lines
    assert any(line.endswith(": ”Ansvarig”.") for line in lines), lines
    assert any(line.endswith(": ”Summa”.") for line in lines), lines


def test_in_english_the_quotes_stay_as_they_were(example, tmp_path):
    preview = analyse(example, _old_list(tmp_path / "insatser.xlsx"))
    assert "1 totals row was skipped: “Summa”." in preview.summary
    assert any(
        line.endswith("choose an AMP field for them): “Ansvarig”.") for line in preview.summary
    )
