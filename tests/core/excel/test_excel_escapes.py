"""Text that looks like OOXML's escapes survives a workbook saved by Excel or LibreOffice.

Both keep text in a shared-string table and write a typed ``_x0041_`` as
``_x005F_x0041_``; openpyxl decodes that table itself, so AMP must not decode it
again (it did: "kod _x0041_ slut" came in as "kod A slut", and a LibreOffice re-save
of an untouched export "changed" a description).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from amp_desktop.core.excel.importer import analyse
from tests.excel_shapes import MAIN, package

TEXTS = ["Namn", "Antal platser", "Beskrivning", "Atlas", "kod _x005F_x0041_ slut", "Rad_x000D_två"]


def _shared_strings_workbook(path: Path) -> Path:
    items = "".join(f'<si><t xml:space="preserve">{escape(t)}</t></si>' for t in TEXTS)
    strings = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{MAIN}" count="{len(TEXTS)}" '
        f'uniqueCount="{len(TEXTS)}">{items}</sst>'
    )

    def s(ref: str, index: int) -> str:
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'

    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{MAIN}"><sheetData>'
        f'<row r="1">{s("A1", 0)}{s("B1", 1)}{s("C1", 2)}</row>'
        f'<row r="2">{s("A2", 3)}<c r="B2"><v>30</v></c>{s("C2", 4)}</row>'
        f'<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3"><v>30</v></c>{s("C3", 5)}</row>'
        "</sheetData></worksheet>"
    )
    return package(path, [("Insatser", "worksheet", sheet)], shared_strings=strings)


def test_shared_strings_are_decoded_once(example, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _shared_strings_workbook(tmp_path / "lo.xlsx")
    preview = analyse(example, path, kind="catalogue")
    descriptions = [after.description for _before, after in preview.changed] + [
        p.description for p in preview.added
    ]
    assert "kod _x0041_ slut" in descriptions
    assert "kod A slut" not in descriptions
