"""A workbook whose compressed sheet data is damaged (a bad download, a broken USB
stick) is refused in words, not with the library's class name (6 December, files)."""

from __future__ import annotations

import datetime as dt
import zipfile

import openpyxl
import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import file_digest


def _damage_first_sheet(path):
    """Flip bytes inside the compressed data of the first sheet; the zip's
    directory stays whole, so the file still opens as a zip."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    for at in range(start + 50, start + min(400, info.compress_size - 10)):
        data[at] ^= 0x55
    path.write_bytes(bytes(data))
    return path


def _export(example_path, tmp_path):
    with Catalogue.open(example_path) as catalogue:
        return export_workbook(catalogue, tmp_path / "export.xlsx")


def _referral_list(example_path, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part", "Kön"])
    for day in range(1, 300):
        ws.append([dt.datetime(2025, 1, 1) + dt.timedelta(days=day), "Atlas", "AF", "K"])
    path = tmp_path / "list.xlsx"
    wb.save(path)
    return path


@pytest.mark.parametrize("make", [_export, _referral_list], ids=["export", "referrals"])
def test_a_damaged_sheet_is_refused_in_one_line_of_words(example_path, tmp_path, capsys, make):
    """It said "…they may be damaged (error)…" (zlib's class name)."""
    path = _damage_first_sheet(make(example_path, tmp_path))
    before = file_digest(example_path)
    status = main(["import", str(example_path), str(path), "--dry-run"])
    out, err = capsys.readouterr()
    assert (status, out) == (2, "")
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "(error)" not in err and "damaged or incomplete" in err
    assert err.startswith(f"amp: {path.name} cannot be read: ")
    assert file_digest(example_path) == before
