"""A referral list in a sheet named by a person's identity number, as some units name
one: the name is masked wherever the preview shows it — the window's line, ``amp
import`` and its ``--json`` — not only in cell addresses (left by the people helper
of 7 December); the sheet is still read by its own name."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.personal import MASK
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.excel.preview_text import understood_text


def test_a_referral_sheet_named_by_an_identity_number_is_shown_masked(
    example_path, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "850101-1236"
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part"])
    ws.append([dt.date(2030, 1, 3), "Atlas", "AF"])
    ws.append([dt.date(2030, 1, 4), "Atlas", "AF"])
    path = tmp_path / "l.xlsx"
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.kind == "referrals" and preview.demand  # (read by its own name)
    assert preview.sheet_shown == MASK
    assert "1236" not in understood_text(preview, "l.xlsx")
    capsys.readouterr()
    assert main(["import", str(example_path), str(path), "--dry-run"]) == 0
    shown = capsys.readouterr().out
    assert "1236" not in shown and MASK in shown
    assert main(["import", str(example_path), str(path), "--dry-run", "--json"]) == 0
    shown = capsys.readouterr().out
    assert json.loads(shown)["sheet"] == MASK and "1236" not in shown
