"""``amp import`` and ``amp export`` on the files' faults of 4 December (evening): a
referral list's footer row, a folder as the workbook, a workbook named .csv."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from amp_desktop.cli import main
from tests.excel_fixtures import file_digest


def _referral_list(path, footer):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part"])
    for day in range(1, 5):
        ws.append([dt.datetime(2024, 3, day), "Atlas", "AF"])
    ws.append(footer)
    wb.save(path)
    return path


def test_a_referral_lists_footer_row_is_shown_skipped_in_json(example_path, tmp_path, capsys):
    path = _referral_list(tmp_path / "l.xlsx", [None, "Antal rader: 4", None])
    before = file_digest(example_path)
    assert main(["import", str(example_path), str(path), "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["problems"] == []
    assert data["skipped_rows"] == [
        {
            "sheet": "Sheet",
            "cell": "B6",
            "text": "Antal rader: 4",
            "reason": "a footer line, not a referral.",
        }
    ]
    assert file_digest(example_path) == before


def test_a_referral_lists_footer_row_is_shown_skipped_in_text(example_path, tmp_path, capsys):
    path = _referral_list(tmp_path / "l.xlsx", ["Utskrivet 2024-05-01 av Handläggare"])
    assert main(["import", str(example_path), str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    # (what the cell says too, as the window and --json give it)
    assert (
        "skipped: Sheet!A6 “Utskrivet 2024-05-01 av Handläggare”: a footer line, not a referral."
        in out
    )


def test_the_audit_of_one_programme_says_it_in_the_singular(example_path, capsys):
    from amp_desktop.core.store import Catalogue

    with Catalogue.open(example_path) as catalogue:
        catalogue.delete_programmes([p.id for p in catalogue.programmes() if p.name != "OSA"])
    assert main(["audit", str(example_path), "--year", "2025"]) == 0
    out = capsys.readouterr().out
    assert "\n1 programme: 1 short, " in out and "1 programmes" not in out


def _run(capsys, *args):
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize("folder", [".", "..", "/"])
def test_a_folder_as_the_workbook_is_named_in_one_line(
    example_path, tmp_path, capsys, monkeypatch, folder
):
    """``amp import cat.amp .`` said "amp:  cannot be read" (the name of "." is "")."""
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    before = file_digest(example_path)
    status, out, err = _run(capsys, "import", str(example_path), folder)
    shown = (tmp_path / "sub" / folder).resolve().name or "/"
    assert (status, out) == (2, "")
    assert err == f"amp: {shown} cannot be read: it is a folder, not a file.\n"
    assert file_digest(example_path) == before


@pytest.mark.parametrize(("out", "name"), [("out.csv", "out.xlsx"), ("rapport", "rapport.xlsx")])
def test_an_export_to_a_name_not_xlsx_is_refused(example_path, tmp_path, capsys, out, name):
    """``amp export cat.amp out.csv`` wrote an .xlsx workbook under a .csv name."""
    status, printed, err = _run(capsys, "export", str(example_path), str(tmp_path / out))
    assert (status, printed) == (2, "")
    assert err == f"amp: AMP exports Excel workbooks (.xlsx); name the file {name}.\n"
    assert not (tmp_path / out).exists()


def test_an_export_to_an_upper_case_xlsx_is_written(example_path, tmp_path, capsys):
    status, _, err = _run(capsys, "export", str(example_path), str(tmp_path / "UT.XLSX"))
    assert (status, err) == (0, "") and (tmp_path / "UT.XLSX").exists()


def test_a_report_to_a_name_not_pdf_is_refused(example_path, tmp_path, capsys):
    """``amp report --pdf out.txt`` wrote a PDF under a .txt name (as export did .csv)."""
    target = tmp_path / "out.txt"
    status, printed, err = _run(capsys, "report", str(example_path), "--pdf", str(target))
    assert (status, printed) == (2, "")
    assert err == "amp: AMP writes reports as PDF files (.pdf); name the file out.pdf.\n"
    assert not target.exists()


def _readme_import_json() -> dict:
    from pathlib import Path

    text = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    start = text.index("```json\n", text.index("(the file as it was). `--json` prints")) + len(
        "```json\n"
    )
    return json.loads(text[start : text.index("```", start)])


def test_the_readmes_import_json_is_what_amp_prints(example_path, tmp_path, capsys):
    """The README said an added programme is in ``changes`` with ``old`` null; it is
    named in ``added_programmes`` only (and the example lacked keys AMP prints)."""
    out = tmp_path / "e.xlsx"
    assert main(["export", str(example_path), str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    ws = wb["Programmes"]
    header = [c.value for c in ws[1]]
    name, places = header.index("Name") + 1, header.index("Places") + 1
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, name).value == "OSA":
            ws.cell(r, places).value = 75
    ws.cell(ws.max_row + 1, name).value = "Nytt program"
    ws.cell(ws.max_row, places).value = 5
    wb.save(out)
    capsys.readouterr()
    assert main(["import", str(example_path), str(out), "--dry-run", "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    shown = _readme_import_json()
    assert list(shown) == list(printed)
    for key in ("added", "changed", "changes", "added_programmes", "applied", "dry_run"):
        assert shown[key] == printed[key], key


@pytest.mark.parametrize(
    "command",
    [["list"], ["show", "{c}", "OSA"], ["plan", "--year", "2025"], ["import", "{c}", "x.xlsx"]],
    ids=["list", "show", "plan", "import"],
)
def test_a_folder_as_the_catalogue_is_one_line_not_a_traceback(
    tmp_path, capsys, monkeypatch, command
):
    """``amp list .`` ended in a traceback (the store's journal check: "." has no name)."""
    monkeypatch.chdir(tmp_path)
    args = (
        [command[0], ".", *command[2:]] if "{c}" in command else [*command[:1], ".", *command[1:]]
    )
    status, out, err = _run(capsys, *args)
    assert (status, out, err) == (2, "", "amp: . is a folder, not a catalogue.\n")
