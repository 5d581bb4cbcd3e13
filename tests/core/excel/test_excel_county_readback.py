"""AMP reads back what AMP wrote, at any size: the Demand and base sheets stream (#11 item 20).

At a county's size (10,000 programmes × 120 months × 20 sources) the Demand sheet has
24.8 million cells and reading the export back held every value three times (3.35 GB
at 1,000 programmes).  These tests, at a small scale, prove the streamed comparison
gives the preview the held one gives, holds one programme at a time, and that the
cell limit is raised only for AMP's own export of the catalogue it is imported into.
"""

from __future__ import annotations

import re
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme, ReferralSource, SourceLink
from amp_desktop.core.excel import demand_compare, read, safety
from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.store import (
    Catalogue,
    ChangeSet,
    DemandChange,
    DemandKey,
    ProgrammeChange,
    SourceChange,
)

SOURCES = ("AF", "SOC", "FK", "SFI")
MONTHS = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)]
DEMAND_PART = "xl/worksheets/sheet2.xml"  # AMP's export: Programmes, Demand, …


def _county(path: Path, count: int = 40) -> Catalogue:
    """A small county: *count* programmes × 24 months × 4 sources, the last three
    months forecast."""
    catalogue = Catalogue.create(path)
    programmes = tuple(
        ProgrammeChange(
            pid,
            None,
            Programme(
                id=pid,
                name=f"Insats {pid:03d}",
                code=f"P{pid:03d}",
                places=10 + pid,
                sources=(SourceLink(SOURCES[pid % 4]),),
            ),
        )
        for pid in range(1, count + 1)
    )
    demand = tuple(
        DemandChange(
            DemandKey(pid, month, source, "forecast" if month >= "2026-10" else "actual"),
            None,
            float((pid * 7 + index * 3 + len(source)) % 6),
        )
        for pid in range(1, count + 1)
        for index, month in enumerate(MONTHS)
        for source in SOURCES
    )
    sources = tuple(SourceChange(s, None, ReferralSource(s, s)) for s in SOURCES)
    catalogue.apply(ChangeSet("county", programmes, demand, sources))
    return catalogue


@pytest.fixture
def county(tmp_path):
    catalogue = _county(tmp_path / "county.amp")
    yield catalogue
    catalogue.close()


def _edit_part(path: Path, part: str, edit: Callable[[bytes], bytes]) -> Path:
    """The workbook with one part's XML edited, every other part as AMP wrote it."""
    out = path.with_name(f"edited-{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
        for info in source.infolist():
            data = source.read(info)
            dest.writestr(info, edit(data) if info.filename == part else data)
    return out


def _set_cell(ref: str, value: str) -> Callable[[bytes], bytes]:
    def edit(xml: bytes) -> bytes:
        pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*><v>[^<]*</v></c>')
        assert pattern.search(xml), ref
        return pattern.sub(f'<c r="{ref}" t="n"><v>{value}</v></c>'.encode(), xml, count=1)

    return edit


def _streamed_only(monkeypatch) -> dict[str, int]:
    """Fail if the Demand or base sheet is held whole; count the programmes the
    comparison holds at once."""
    held = {"most": 0}

    def never(*_args):
        raise AssertionError("a sheet of AMP's export was held whole")

    original = demand_compare.DemandComparer.add

    def add(self, pid, *args):
        original(self, pid, *args)
        held["most"] = max(held["most"], len(self.rows))

    monkeypatch.setattr(read, "_fast_rows", never)
    monkeypatch.setattr(demand_compare.DemandComparer, "add", add)
    return held


def test_an_untouched_export_streams_back_as_no_change(county, tmp_path, monkeypatch):
    path = export_workbook(county, tmp_path / "county.xlsx")
    held = _streamed_only(monkeypatch)
    preview = analyse(county, path)
    assert preview.kind == "export" and preview.changeset("x").is_empty(), preview.counts()
    assert preview.problems == [] and preview.conflicts == []
    assert held["most"] == 1  # one programme's rows at a time


def test_one_edited_demand_cell_is_that_change(county, tmp_path, monkeypatch):
    path = export_workbook(county, tmp_path / "county.xlsx")
    # Row 2 is programme 1, source AF, actual; column F is the second month.
    before = county.demand_value(DemandKey(1, MONTHS[1], "AF", "actual"))
    edited = _edit_part(path, DEMAND_PART, _set_cell("F2", "42"))
    held = _streamed_only(monkeypatch)
    preview = analyse(county, edited)
    key = DemandKey(1, MONTHS[1], "AF", "actual")
    assert preview.demand == [DemandChange(key, before, 42.0)]
    assert preview.problems == [] and preview.conflicts == [] and preview.changed == []
    assert held["most"] == 1


@pytest.mark.parametrize(
    "edit",
    [
        "cell",
        "row typed at the bottom",
        "row deleted",
        "formula",
        "unknown programme",
        "conflict",
    ],
)
def test_the_streamed_comparison_gives_what_the_held_one_gives(county, tmp_path, monkeypatch, edit):
    """The same preview whether the sheets stream past (AMP's export) or are held."""
    path = export_workbook(county, tmp_path / "county.xlsx")
    last = 1 + 40 * 8  # the sheet's last row: 40 programmes × 4 sources × 2 kinds
    if edit == "cell":
        change = _set_cell(
            "G5", "5" if county.demand_value(DemandKey(1, MONTHS[2], "SOC", "actual")) != 5 else "4"
        )
    elif edit == "row typed at the bottom":

        def change(xml):
            row = f'<row r="{last + 3}"><c r="A{last + 3}" t="n"><v>3</v></c><c r="C{last + 3}" t="inlineStr"><is><t>AF</t></is></c><c r="D{last + 3}" t="inlineStr"><is><t>Forecast</t></is></c><c r="J{last + 3}" t="n"><v>9</v></c></row>'
            return xml.replace(b"</sheetData>", row.encode() + b"</sheetData>")
    elif edit == "row deleted":

        def change(xml):
            return re.sub(rb'<row r="12">.*?</row>', b"", xml, count=1)
    elif edit == "formula":

        def change(xml):
            return re.sub(
                rb'<c r="H5"[^>]*>.*?</c>', b'<c r="H5"><f>1+1</f><v>2</v></c>', xml, count=1
            )
    elif edit == "unknown programme":

        def change(xml):
            row = f'<row r="{last + 1}"><c r="B{last + 1}" t="inlineStr"><is><t>Ingen sådan</t></is></c><c r="C{last + 1}" t="inlineStr"><is><t>SOC</t></is></c><c r="D{last + 1}" t="inlineStr"><is><t>Actual</t></is></c><c r="E{last + 1}" t="n"><v>1</v></c></row>'
            return xml.replace(b"</sheetData>", row.encode() + b"</sheetData>")
    else:
        since = DemandKey(2, MONTHS[0], "AF", "actual")
        county.apply(
            ChangeSet("since", demand=(DemandChange(since, county.demand_value(since), 17.0),))
        )
        change = _set_cell("E10", "5")  # exported 4, AMP now 17
    edited = _edit_part(path, DEMAND_PART, change)
    streamed = analyse(county, edited)
    monkeypatch.setattr(read.Sheet, "streams", property(lambda self: False))
    held = analyse(county, edited)
    assert streamed.demand == held.demand
    assert streamed.conflicts == held.conflicts
    assert streamed.problems == held.problems
    assert streamed.changeset("x") == held.changeset("x")
    assert streamed.demand or streamed.conflicts or streamed.problems


def test_the_export_of_this_catalogue_passes_the_cell_limit_a_foreign_file_does_not(
    county, tmp_path, monkeypatch
):
    """The Demand sheet is over the limit (lowered here, as 24.8 million cells are over
    12 million): AMP's own export of this catalogue streams back; the same workbook
    imported into another catalogue is refused, naming the sheet."""
    monkeypatch.setattr(safety, "MAX_CELLS", 2_000)  # the Demand sheet spans 321 × 28 cells
    path = export_workbook(county, tmp_path / "county.xlsx")
    assert analyse(county, path).changeset("x").is_empty()
    other = _county(tmp_path / "other.amp")
    try:
        with pytest.raises(ExcelFileError, match="“Demand”"):
            analyse(other, path)
    finally:
        other.close()


@pytest.mark.slow
def test_a_foreign_sheet_of_a_countys_size_is_refused_quickly(example, tmp_path):
    """A list of 12.5 million filled cells (written as XML directly) is refused in
    one line, without counting its cells one by one in Python."""
    columns = [f"{a}{b}".strip() for a in " ABCD" for b in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"][:125]
    template = "".join(f'<c r="{c}%(r)d"><v>%(r)d</v></c>' for c in columns)
    rows = 100_000
    path = tmp_path / "lista.xlsx"
    start = time.process_time()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(_SHEET_HEAD)
            for first in range(1, rows + 1, 1000):
                sheet.write(
                    "".join(
                        f'<row r="{r}">' + template % {"r": r} + "</row>"
                        for r in range(first, min(first + 1000, rows + 1))
                    ).encode()
                )
            sheet.write(b"</sheetData></worksheet>")
    made = time.process_time()
    with pytest.raises(ExcelFileError) as refused:
        analyse(example, path)
    message = str(refused.value)
    assert "“Lista”" in message and "12,000,000 filled cells" in message and "\n" not in message
    assert time.process_time() - made < 30, "the refusal counted cells in Python"
    assert made - start < 30


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
    'package/2006/content-types"><Default Extension="rels" ContentType="application/'
    'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
    'ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType='
    '"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
    f'"{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
    '<sheets><sheet name="Lista" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
    'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type='
    f'"{_REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
_SHEET_HEAD = (
    f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_MAIN}"><sheetData>'.encode()
)


def test_long_unique_cells_are_not_remembered_while_streaming(tmp_path):
    """Streaming AMP's base sheet (10,000 unique 6 KB texts at a county's size) held
    every text twice in the reader's value cache: 130 MB."""
    import tracemalloc

    from amp_desktop.core.excel import xml_rows

    rows = "".join(
        f'<row r="{r}"><c r="A{r}"><v>{r}</v></c><c r="B{r}" t="inlineStr"><is><t>'
        f"{str(r) * (5000 // len(str(r)))}</t></is></c></row>"
        for r in range(1, 3001)
    )
    path = tmp_path / "base.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "xl/worksheets/sheet1.xml", _SHEET_HEAD + rows.encode() + b"</sheetData></worksheet>"
        )
    tracemalloc.start()
    try:
        count = 0
        for chunk in xml_rows.xml_chunks(
            path, "xl/worksheets/sheet1.xml", None, None, 100, lambda: None, 100
        ):
            count += len(chunk)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert count == 3000
    assert peak < 8_000_000, peak  # the 15 MB of text once, twice before
