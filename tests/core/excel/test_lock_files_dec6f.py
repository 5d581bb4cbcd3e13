"""A lock file chosen as the workbook (Excel's ``~$book.xlsx`` beside a workbook that
is open, LibreOffice's ``.~lock.book.xlsx#``) is named as one, not called a renamed
CSV file to be opened in Excel and saved again (6 December, files)."""

from __future__ import annotations

import pytest

from amp_desktop.cli import main
from tests.excel_fixtures import file_digest


def _excel_owner_file(path):
    """What Excel writes: the user's name, length-prefixed, padded to 165 bytes."""
    name = b"Anna Andersson"
    path.write_bytes((bytes([len(name)]) + name).ljust(54, b" ").ljust(165, b"\0"))
    return path


def _libreoffice_lock(path):
    path.write_text("Anna Andersson,KOMMUN-PC,anna,06.12.2026 21:40,file:///C:/Users/anna;")
    return path


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("~$Insatser 2025.xlsx", _excel_owner_file),
        (".~lock.Insatser 2025.xlsx#", _libreoffice_lock),
    ],
)
def test_a_lock_file_is_named_as_one(example_path, tmp_path, capsys, name, make):
    path = make(tmp_path / name)
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(path), "--dry-run"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"amp: {name} cannot be read: it is the lock file Excel or LibreOffice keeps beside "
        "a workbook while it is open (it holds no data); choose the workbook itself.\n"
    )
    assert file_digest(example_path) == before


def test_a_workbook_whose_name_begins_like_a_lock_file_is_still_read(
    example_path, tmp_path, capsys
):
    from amp_desktop.core.excel.export import export_workbook
    from amp_desktop.core.store import Catalogue

    with Catalogue.open(example_path) as catalogue:
        path = export_workbook(catalogue, tmp_path / "~$kopia.xlsx")
    assert main(["import", str(example_path), str(path), "--dry-run"]) == 0
    assert "21 unchanged" in capsys.readouterr().out
