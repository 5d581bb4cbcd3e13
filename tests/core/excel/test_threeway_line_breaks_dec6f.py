"""An export re-saved by LibreOffice is the catalogue again, also for texts whose lines
end in "\\r\\n" (Excel's ``_x000D_``, which LibreOffice writes as "\\n") (6 December, files)."""

from __future__ import annotations

import os
import subprocess

import pytest

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse


def _resaved_by_libreoffice(path, tmp_path):
    out = tmp_path / "out"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx"]
        + ["--outdir", str(out), str(path)],
        check=True,
        capture_output=True,
        timeout=120,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    return out / path.name


@pytest.mark.slow
def test_crlf_texts_survive_a_libreoffice_resave_unchanged(example, tmp_path):
    """It showed "Atlas: Notes: rad 1 rad 2 → rad 1 rad 2" (a change nobody made)."""
    example.update_programme(
        example.find("Atlas").replace(notes="rad 1\r\nrad 2", target_group="a\r\nb\r\nc")
    )
    resaved = _resaved_by_libreoffice(export_workbook(example, tmp_path / "in.xlsx"), tmp_path)
    preview = analyse(example, resaved)
    assert preview.kind == "export" and not preview.problems, preview.problems
    assert preview.field_changes() == [] and not preview.conflicts


def test_a_real_edit_of_a_crlf_text_is_still_a_change(example, tmp_path):
    import openpyxl

    example.update_programme(example.find("Atlas").replace(notes="rad 1\r\nrad 2"))
    path = export_workbook(example, tmp_path / "in.xlsx")
    wb = openpyxl.load_workbook(path)
    ws = wb["Programmes"]
    titles = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[titles.index("Name")].value == "Atlas")
    row[titles.index("Notes")].value = "rad 1\nrad 3"
    wb.save(path)
    changes = analyse(example, path).field_changes()
    assert [(c["programme"], c["field"], c["new"]) for c in changes] == [
        ("Atlas", "notes", "rad 1\nrad 3")
    ]
