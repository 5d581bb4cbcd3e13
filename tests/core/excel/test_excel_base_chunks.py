"""The export's hidden base sheet holds every programme AMP can hold: its text is cut
into cells by the length it has once written, not as typed (an escaped character
takes seven)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.core.excel.demand_sheets import CHUNK, cell_chunks
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.literal_text import CELL_LIMIT, excel_text
from amp_desktop.core.store import Catalogue

# Each field fits its own cell on the Programmes sheet; together, in the base sheet's
# JSON, they were one 30,000-character piece of 45,000 characters once escaped.
ESCAPES = [
    ("Se _x0041_ och _x000D_ " * 500)[:9_990],
    ("Tecken \ufffe och \uffff " * 700)[:9_990],
]


@pytest.mark.parametrize("text", ESCAPES, ids=["underscore escapes", "U+FFFE and U+FFFF"])
def test_a_programme_full_of_escapes_is_exported_and_reads_back(
    example: Catalogue, tmp_path: Path, text: str
) -> None:
    programme = example.programmes()[0]
    example.update_programme(programme.replace(description=text, notes=text, target_group=text))
    path = export_workbook(example, tmp_path / "escapes.xlsx")
    preview = analyse(example, path)
    assert preview.kind == "export" and not preview.problems
    assert preview.changeset("x").is_empty(), preview.counts()


def test_the_pieces_fit_a_cell_and_make_the_text() -> None:
    plain = "a" * (3 * CHUNK + 5)
    assert [len(c) for c in cell_chunks(plain)] == [CHUNK, CHUNK, CHUNK, 5]
    for text in ["_x0041_" * 9_000, "\uffff" * 40_000, "x_" + "_x0041_" * 5_000, ""]:
        chunks = cell_chunks(text)
        assert "".join(chunks) == text
        assert all(0 < len(excel_text(c)) <= CELL_LIMIT for c in chunks)
