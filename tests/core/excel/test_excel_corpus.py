"""A corpus of workbooks of every shape issue 11 names, each imported as a user would.

Generated here: LibreOffice re-saves, strict OOXML, .xlsm with macros and an XLM
sheet, chart and dialog sheets, rich text, formatted whole columns, totals rows,
foreign id columns, birth-date columns, and the bad files (old and binary formats,
web pages, truncated, zip bomb, entity attack, far cells).  For each, ``analyse``
and ``amp import --dry-run`` must give no traceback and nothing on stderr but the
one-line message of a refusal, a clear message or a correct preview, and leave the
catalogue byte-identical.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.excel.safety import OLE2_MAGIC, ExcelFileError
from amp_desktop.core.store import Catalogue
from tests import excel_shapes as shapes
from tests.excel_fixtures import file_digest, referral_list

pytestmark = pytest.mark.slow

Check = Callable[[ImportPreview], None]


@dataclass
class Case:
    path: Path
    kind: str | None = None  # the kind the preview must have; None: refused
    refusal: str = ""  # a word the one-line refusal must hold
    check: Check | None = None


def _plain(folder: Path, name: str, rows: list[list[object]], title: str = "Insatser") -> Path:
    wb = openpyxl.Workbook()
    wb.active.title = title
    for row in rows:
        wb.active.append(row)
    path = folder / name
    wb.save(path)
    return path


def _libreoffice(folder: Path, sources: list[Path]) -> list[Path]:
    """*sources* opened and re-saved as .xlsx by LibreOffice (one start for all)."""
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        return []
    out = folder / "libreoffice"
    out.mkdir()
    profile = (folder / "lo-profile").as_uri()
    subprocess.run(
        [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "xlsx"]
        + ["--outdir", str(out), *map(str, sources)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    return [out / (source.stem + ".xlsx") for source in sources]


def _no_programme_named(*names: str) -> Check:
    def check(preview: ImportPreview) -> None:
        added = {p.name for p in preview.added} if hasattr(preview, "added") else set()
        renamed = {
            str(getattr(change, "after", ""))
            for change in getattr(preview, "changes", [])
            if getattr(change, "field", "") == "name"
        }
        assert not (set(names) & (added | renamed)), (names, added, renamed)

    return check


def _no_referrals_before(year: int) -> Check:
    def check(preview: ImportPreview) -> None:
        months = {change.key.month for change in preview.demand}
        assert all(month >= f"{year}-01" for month in months), sorted(months)[:5]

    return check


def _export_unchanged(preview: ImportPreview) -> None:
    assert preview.changeset("corpus").is_empty(), preview.counts()


def _bad_files(folder: Path, good_export: Path) -> dict[str, Case]:
    cases: dict[str, Case] = {}
    old = folder / "old.xls"
    old.write_bytes(OLE2_MAGIC + b"\0" * 4000)
    cases["Excel 97–2003 (.xls)"] = Case(old, refusal=".xls")
    xlsb = folder / "binary.xlsb"
    with zipfile.ZipFile(xlsb, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.bin", b"\x83\x01\x00" * 50)
    cases["Excel binary (.xlsb)"] = Case(xlsb, refusal=".xlsb")
    ods = folder / "sheet.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    cases["OpenDocument (.ods)"] = Case(ods, refusal=".ods")
    html = folder / "case-system.xls"
    html.write_text("<html><table><tr><td>Personnummer</td></tr></table></html>")
    cases["web page named .xls"] = Case(html, refusal="web page")
    csv = folder / "list.xlsx"
    csv.write_text("Insats;Platser\nAtlas;30\n", encoding="utf-8")
    cases["CSV renamed"] = Case(csv, refusal="CSV")
    cut = folder / "cut.xlsx"
    cut.write_bytes(good_export.read_bytes()[: good_export.stat().st_size // 2])
    cases["truncated"] = Case(cut, refusal="damaged")
    bomb = folder / "bomb.xlsx"
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(good_export) as src,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet3.xml":
                data = b"\0" * (40 * 1024 * 1024)
            dst.writestr(info.filename, data)
    bomb.write_bytes(buffer.getvalue())
    cases["zip bomb"] = Case(bomb, refusal="zip bomb")
    doctype = "<!--" + "x" * 9000 + '--><!DOCTYPE a [<!ENTITY b "c">]>'
    sheet = shapes.worksheet_xml(shapes.rows_xml(shapes.CATALOGUE_ROWS)).replace(
        "?>\n", "?>\n" + doctype
    )
    cases["entity after a long comment"] = Case(
        shapes.package(folder / "entity.xlsx", [("Insatser", "worksheet", sheet)]), refusal="entity"
    )
    far = shapes.rows_xml(shapes.REFERRAL_ROWS, quote="'")
    far += "<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>"
    cases["far cell, single quotes"] = Case(
        shapes.package(folder / "far.xlsx", [("Lista", "worksheet", shapes.worksheet_xml(far))]),
        refusal="XFD1048576",
    )
    return cases


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Case]]:
    from amp_desktop.core.example import load_example

    folder = tmp_path_factory.mktemp("corpus")
    catalogue = folder / "example.amp"
    with Catalogue.create(catalogue) as opened:
        load_example(opened)
        export = export_workbook(opened, folder / "export.xlsx")
    names = ["Atlas", "C2C", "Krami"]
    cases: dict[str, Case] = {"AMP's own export": Case(export, "export", check=_export_unchanged)}
    for rows, kind in ((shapes.CATALOGUE_ROWS, "catalogue"), (shapes.REFERRAL_ROWS, "referrals")):
        for shape, path in shapes.every_shape(folder, rows, kind).items():
            cases[f"{kind}: {shape}"] = Case(path, kind)
    dated, _ids, _names = referral_list(folder / "dated.xlsx", names, rows=60)
    cases["referrals with date cells"] = Case(dated, "referrals")
    totals = _plain(
        folder,
        "totals.xlsx",
        [["Namn", "Antal platser", "Årsbudget"], ["Atlas", 30, 1_000_000], ["C2C", 12, 500_000]]
        + [["Summa", 42, 1_500_000], ["Totalt", 42, 1_500_000]],
    )
    cases["totals rows"] = Case(totals, "catalogue", check=_no_programme_named("Summa", "Totalt"))
    staff = _plain(
        folder,
        "staff.xlsx",
        [["Name", "Id", "Dept"], ["Person 1", 1, "A"], ["Person 2", 2, "B"], ["Person 3", 3, "C"]],
        "Staff",
    )
    cases["foreign id column"] = Case(staff, None, check=_no_programme_named("Person 1"))
    born = _plain(
        folder,
        "born.xlsx",
        [["Personnummer", "Födelsedatum", "Insats", "Anvisande part"]]
        + [["19900101-1234", f"200{n % 5 + 1}-03-0{n % 9 + 1}", "Atlas", "AF"] for n in range(20)],
        "Anvisningar",
    )
    cases["birth-date column"] = Case(born, None, check=_no_referrals_before(2010))
    cases.update(_bad_files(folder, export))
    plain_catalogue = _plain(folder, "lo-catalogue.xlsx", shapes.CATALOGUE_ROWS)
    saved = _libreoffice(folder, [export, plain_catalogue, dated])
    if saved:
        cases["LibreOffice re-save of AMP's export"] = Case(
            saved[0], "export", check=_export_unchanged
        )
        cases["LibreOffice re-save of a catalogue"] = Case(saved[1], "catalogue")
        cases["LibreOffice re-save of a referral list"] = Case(saved[2], "referrals")
    return catalogue, cases


def _analyse(catalogue: Path, case: Case) -> None:
    before = file_digest(catalogue)
    with Catalogue.open(catalogue, read_only=True) as opened:
        try:
            preview = analyse(opened, case.path)
        except ExcelFileError as exc:
            message = str(exc)
            assert "\n" not in message and case.path.name in message, message
            assert case.kind is None and (not case.refusal or case.refusal in message), message
            preview = None
    assert file_digest(catalogue) == before
    if preview is None:
        return
    assert not case.refusal, f"read although it should be refused: {preview.kind}"
    if case.kind is not None:
        assert preview.kind == case.kind
        assert not preview.blocking, [p.message for p in preview.problems][:3]
    for problem in preview.problems:
        assert "\n" not in problem.message
    if case.check is not None:
        case.check(preview)


def test_every_workbook_of_the_corpus_in_the_core(corpus, capfd):
    catalogue, cases = corpus
    failures = []
    for name, case in cases.items():
        try:
            _analyse(catalogue, case)
        except AssertionError as exc:
            failures.append(f"{name}: {exc}")
    assert not failures, "\n".join(failures)
    assert capfd.readouterr().err == ""


_CLI = "import sys; from amp_desktop.cli import main; sys.exit(main())"
#: Cases also run as a separate process (the rest run the same command in-process).
_IN_A_PROCESS = (
    "AMP's own export",
    "catalogue: strict OOXML",
    "referrals: xlsm with macros and an XLM sheet",
    "Excel binary (.xlsb)",
    "far cell, single quotes",
    "LibreOffice re-save of a referral list",
)


def _cli_failure(name: str, case: Case, status: int, out: str, err: str) -> str | None:
    text = err.strip()
    if "Traceback" in err or "Warning" in err:
        return f"{name}: {err[-500:]}"
    if case.refusal:
        if status != 2 or len(text.splitlines()) != 1 or case.refusal not in text:
            return f"{name}: exit {status}, stderr {text!r}"
        return None
    if text and (status not in (1, 2) or len(text.splitlines()) != 1):
        return f"{name}: exit {status}, stderr {text!r}"
    if case.kind is not None and (status != 0 or text):
        return f"{name}: exit {status}: {out[-300:]} {text}"
    return None


def test_every_workbook_of_the_corpus_with_amp_import_dry_run(corpus, capfd):
    from amp_desktop.cli import main

    catalogue, cases = corpus
    before = file_digest(catalogue)
    env = dict(os.environ, PYTHONWARNINGS="error", AMP_LANG="en")
    failures = []
    capfd.readouterr()
    for name, case in cases.items():
        args = ["import", "--dry-run", str(catalogue), str(case.path)]
        status = main(args)
        out, err = capfd.readouterr()
        failures.append(_cli_failure(name, case, status, out, err))
        if name in _IN_A_PROCESS:
            run = subprocess.run(
                [sys.executable, "-c", _CLI, *args],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
            )
            failures.append(_cli_failure(name, case, run.returncode, run.stdout, run.stderr))
    failures = [f for f in failures if f]
    assert not failures, "\n".join(failures)
    assert file_digest(catalogue) == before
