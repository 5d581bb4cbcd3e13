"""The size guard's quick scan skips the tag-by-tag search in pieces it clears at C
speed; whatever it skips, its bounds, hidden rows, formulas and refusals stay as they
were, wherever in a sheet (first, middle or last piece) the unusual cell stands."""

from __future__ import annotations

import itertools
import random
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from unittest import mock

import pytest

from amp_desktop.core.excel import scan
from amp_desktop.core.excel.safety import MAX_CELLS
from amp_desktop.core.excel.scan import EntityFound, Extent

PART = "xl/worksheets/sheet1.xml"
HEAD = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
TAIL = b"</sheetData></worksheet>"
NINE = "ABCDEFGHI"
ROWS = 1000  # about 450 kB of XML: four pieces of 128 KiB (see small_pieces)
_names = itertools.count()


@pytest.fixture(autouse=True)
def small_pieces(monkeypatch):
    """Pieces of 128 KiB (not 1 MiB) keep these sheets small; what is looked for in a
    piece does not depend on its size (the split declaration is tested at 1 MiB)."""
    monkeypatch.setattr(scan, "CHUNK", 1 << 17)


def _letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _cell(ref: str, text: str = "x", attrs: str = "") -> bytes:
    return f'<c r="{ref}"{attrs} t="inlineStr"><is><t>{text}</t></is></c>'.encode()


def _row(number: int, columns: str | list[str] = NINE, *, extra: bytes = b"") -> bytes:
    cells = b"".join(_cell(f"{c}{number}", f"Anna {number}") for c in columns)
    return b'<row r="%d">%s%s</row>' % (number, cells, extra)


def _sheet(rows: int = ROWS, replace: dict[int, bytes] | None = None) -> bytes:
    """An ordinary sheet of *rows* rows × A–I, some rows written as *replace* says."""
    replace = replace or {}
    return HEAD + b"".join(replace.get(n, _row(n)) for n in range(1, rows + 1)) + TAIL


@contextmanager
def _opened(tmp_path: Path, xml: bytes) -> Iterator[tuple[zipfile.ZipFile, zipfile.ZipInfo]]:
    path = tmp_path / f"s{next(_names)}.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(PART, xml)
    with zipfile.ZipFile(path) as archive:
        yield archive, archive.getinfo(PART)


def _measured(tmp_path: Path, xml: bytes) -> tuple[Extent | None, Extent, Extent]:
    """The quick bound, the guard's answer and the exact count; the first two checked
    against the scan as it was before pieces were cleared at C speed (every piece
    searched tag by tag), and the second pass against the passes it replaced."""
    with _opened(tmp_path, xml) as (archive, info):
        quick = scan._quick_extent(archive, info)
        guarded = scan.scan_sheet(archive, info, MAX_CELLS)
        exact = scan.exact_extent(archive, info, MAX_CELLS)
        with mock.patch.object(scan, "_plain", return_value=False):
            assert scan._quick_extent(archive, info) == quick
            assert scan.scan_sheet(archive, info, MAX_CELLS) == guarded
        if quick is not None:
            for limit in {MAX_CELLS, max(quick.cells - 1, 0), 5_000, 100}:
                second = scan._second_pass(archive, info, quick, limit)
                assert second == _passes_as_before(archive, info, quick, limit), limit
    return quick, guarded, exact


def _passes_as_before(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, quick: Extent, limit: int
) -> Extent:
    """What the guard's second and third passes (until 8 December) made of *quick*."""
    pieces = list(scan._aligned(archive, info))
    quick = replace(quick, filled=sum(p.count(b"<v>") + p.count(b"<is>") for p in pieces))
    if quick.filled > limit:
        return quick
    if quick.columns * 100_000 > limit:
        refs = [ref for p in pieces for ref in re.findall(rb'<c r="([A-Z]{1,3})(\d+)"', p)]
        rows = max((int(ref[1]) for ref in refs), default=0)
        columns = max((scan.column_number(ref[0]) for ref in refs), default=0)
        return Extent(
            rows, columns, rows * columns, False, quick.formulas, quick.filled, quick.hidden_rows
        )
    if quick.cells > limit and quick.columns <= 26:
        letters = {x for p in pieces for x in re.findall(rb'<c r="([A-Z]{1,3})\d', p)}
        columns = max(map(scan.column_number, letters), default=0)
        return replace(quick, columns=columns, values=quick.rows * columns)
    return quick


def test_an_ordinary_sheet_is_bounded_as_before(tmp_path):
    quick, guarded, exact = _measured(tmp_path, _sheet())
    assert quick == guarded == Extent(ROWS, 26, ROWS * 26, False)
    assert exact == Extent(ROWS, 9, ROWS * 9, True)
    assert len(_sheet()) > 3 * scan.CHUNK  # (the cases below stand in first, middle, last pieces)


@pytest.mark.parametrize("where", [2, 500, ROWS - 2])  # first, middle, last piece
def test_a_far_row_in_a_cell_is_found_in_any_piece(tmp_path, where):
    far = _cell("A1048576")
    quick, guarded, exact = _measured(tmp_path, _sheet(replace={where: _row(where, extra=far)}))
    assert quick == Extent(1048576, 26, 1048576 * 26, False)
    # Too large a bound for a list of 26 columns: its columns are counted (nine).
    assert guarded == Extent(1048576, 9, 1048576 * 9, False, filled=ROWS * 9 + 1)
    assert exact == Extent(1048576, 9, ROWS * 9 + 1, True)


def test_a_long_list_is_bounded_by_the_last_column_any_piece_names(tmp_path):
    """A list past the limit at 26 columns (480,000 rows): the columns its cells name
    bound it, found in any piece (Q in a middle one, X in the last)."""
    far, middle, last = _cell("A480000"), _cell("Q500"), _cell("X998")
    rows = {2: _row(2, extra=far), 500: _row(500, extra=middle), 998: _row(998, extra=last)}
    quick, guarded, _exact = _measured(tmp_path, _sheet(replace=rows))
    assert quick == Extent(480_000, 26, 480_000 * 26, False)
    assert guarded == Extent(480_000, 24, 480_000 * 24, False, filled=ROWS * 9 + 3)


def test_a_long_list_of_columns_a_to_z_is_bounded(tmp_path):
    columns = [chr(65 + n) for n in range(26)]
    rows = {n: _row(n, columns) for n in range(1, 301)}
    rows[2] = _row(2, columns, extra=_cell("A1048576"))
    with _opened(tmp_path, _sheet(300, rows)) as (archive, info):
        quick = scan._quick_extent(archive, info)
        assert quick == Extent(1048576, 26, 1048576 * 26, False)
        second = scan._second_pass(archive, info, quick, MAX_CELLS)
        assert second == replace(quick, filled=300 * 26 + 1)
        assert second == _passes_as_before(archive, info, quick, MAX_CELLS)


@pytest.mark.parametrize("where", [2, 500, ROWS - 2])
def test_a_far_column_is_found_in_any_piece_and_refused(tmp_path, where):
    far = _cell(f"XFD{where}")
    quick, guarded, _exact = _measured(tmp_path, _sheet(replace={where: _row(where, extra=far)}))
    assert quick == Extent(ROWS, 16384, ROWS * 16384, False)
    # Counted exactly: stopped at the first cell past the limit, a rectangle mostly
    # empty (the far cell, or the first cell of row 733 when the far cell came early).
    stop = MAX_CELLS // 16384 + 1
    if where < stop:
        assert guarded == Extent(stop, 16384, (stop - 1) * 9 + 2, True)
    else:
        assert guarded == Extent(where, 16384, where * 9 + 1, True)
    assert guarded.cells > MAX_CELLS


@pytest.mark.parametrize("where", [500, ROWS - 2])
def test_a_stray_cell_at_the_far_end_is_refused(tmp_path, where):
    far = _cell("XFD1048576")
    _quick, guarded, _exact = _measured(tmp_path, _sheet(replace={where: _row(where, extra=far)}))
    assert guarded == Extent(1048576, 16384, where * 9 + 1, True)


ODD_CELLS = {
    "no reference": b'<c t="inlineStr"><is><t>x</t></is></c>',
    "single quotes": b"<c r='C3000' t=\"inlineStr\"><is><t>x</t></is></c>",
    "reference not first": b'<c t="inlineStr" r="C3000"><is><t>x</t></is></c>',
    "prefixed": b'<x:c r="C3000" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c>',
    "lower case": b'<c r="c3000" t="inlineStr"><is><t>x</t></is></c>',
}


@pytest.mark.parametrize("odd", ODD_CELLS, ids=list(ODD_CELLS))
@pytest.mark.parametrize("where", [2, 500, ROWS - 2])
def test_a_cell_written_unusually_is_counted_exactly(tmp_path, odd, where):
    cell = ODD_CELLS[odd].replace(b"3000", b"%d" % where)
    row = b'<row r="%d">%s%s%s</row>' % (
        where,
        b"".join(_cell(f"{c}{where}") for c in "AB"),
        cell,
        b"".join(_cell(f"{c}{where}") for c in "DEFGHI"),
    )
    quick, guarded, exact = _measured(tmp_path, _sheet(replace={where: row}))
    assert quick is None
    assert guarded == exact == Extent(ROWS, 9, ROWS * 9, True)


@pytest.mark.parametrize("where", [2, 500, ROWS - 2])
def test_a_cell_whose_reference_follows_a_tab_is_bounded(tmp_path, where):
    cell = b'<c\tr="J%d" t="inlineStr"><is><t>x</t></is></c>' % where
    quick, guarded, exact = _measured(tmp_path, _sheet(replace={where: _row(where, extra=cell)}))
    assert quick == guarded == Extent(ROWS, 26, ROWS * 26, False)
    assert exact == Extent(ROWS, 10, ROWS * 9 + 1, True)


ODD_ROWS = {
    "no reference": b"<row>",
    "single quotes": b"<row r='3000'>",
    "reference not first": b'<row spans="1:9" r="3000">',
}


@pytest.mark.parametrize("odd", ODD_ROWS, ids=list(ODD_ROWS))
@pytest.mark.parametrize("where", [2, 500, ROWS - 2])
def test_a_row_written_unusually_is_counted_exactly(tmp_path, odd, where):
    start = ODD_ROWS[odd].replace(b"3000", b"%d" % where)
    row = _row(where).replace(b'<row r="%d">' % where, start)
    quick, guarded, exact = _measured(tmp_path, _sheet(replace={where: row}))
    assert quick is None
    assert guarded == exact == Extent(ROWS, 9, ROWS * 9, True)


def test_a_far_cell_written_unusually_is_refused(tmp_path):
    far = b'<c t="n" r="XFD1048576"><v>1</v></c>'
    quick, guarded, _exact = _measured(tmp_path, _sheet(replace={500: _row(500, extra=far)}))
    assert quick is None
    assert guarded == Extent(1048576, 16384, 500 * 9 + 1, True)


def test_a_prefixed_sheet_is_counted_exactly(tmp_path):
    xml = _sheet().replace(b"<c ", b"<x:c ").replace(b"</c>", b"</x:c>")
    quick, guarded, exact = _measured(tmp_path, xml)
    assert quick is None and guarded == exact == Extent(ROWS, 9, ROWS * 9, True)


@pytest.mark.parametrize("where", [1, 500, ROWS])
def test_a_hidden_row_is_reported_from_any_piece(tmp_path, where):
    row = _row(where).replace(b'<row r="%d">' % where, b'<row r="%d" hidden="1">' % where)
    quick, guarded, exact = _measured(tmp_path, _sheet(replace={where: row}))
    assert quick == guarded == Extent(ROWS, 26, ROWS * 26, False, hidden_rows=(where,))
    assert exact.hidden_rows == (where,)


@pytest.mark.parametrize("formula", [b"<f>1+1</f>", b'<f t="shared" si="0"/>', b"<f/>"])
@pytest.mark.parametrize("where", [2, 500, ROWS - 2])
def test_a_formula_is_flagged_from_any_piece(tmp_path, formula, where):
    cell = b'<c r="J%d">%s<v>2</v></c>' % (where, formula)
    quick, guarded, exact = _measured(tmp_path, _sheet(replace={where: _row(where, extra=cell)}))
    assert quick == guarded == Extent(ROWS, 26, ROWS * 26, False, formulas=True)
    assert exact == Extent(ROWS, 10, ROWS * 9 + 1, True, formulas=True)


def test_formulas_in_every_piece_are_flagged(tmp_path):
    rows = {
        n: _row(n, extra=b'<c r="J%d"><f>A%d*2</f><v>2</v></c>' % (n, n))
        for n in range(1, ROWS + 1)
    }
    quick, guarded, _exact = _measured(tmp_path, _sheet(replace=rows))
    assert quick == guarded == Extent(ROWS, 26, ROWS * 26, False, formulas=True)


def test_a_wide_sheet_is_bounded_by_its_last_column(tmp_path):
    columns = [_letters(n) for n in range(1, 125)]  # A … DT (AMP's Demand sheet)
    assert columns[26] == "AA" and columns[-1] == "DT"
    xml = HEAD + b"".join(_row(n, columns) for n in range(1, 401)) + TAIL
    quick, guarded, exact = _measured(tmp_path, xml)
    assert quick == Extent(400, 124, 400 * 124, False)
    # 124 columns × 100,000 rows would pass the limit: every reference is taken.
    assert guarded == Extent(400, 124, 400 * 124, False, filled=400 * 124)
    assert exact == Extent(400, 124, 400 * 124, True)


@pytest.mark.parametrize("where", [2, 500, ROWS - 2])
def test_one_wide_cell_in_a_narrow_sheet_is_found_in_any_piece(tmp_path, where):
    wide = _cell(f"DT{where}")
    quick, guarded, exact = _measured(tmp_path, _sheet(replace={where: _row(where, extra=wide)}))
    assert quick == Extent(ROWS, 124, ROWS * 124, False)
    assert guarded == Extent(ROWS, 124, ROWS * 124, False, filled=ROWS * 9 + 1)
    assert exact == Extent(ROWS, 124, ROWS * 9 + 1, True)


def _long_sheet(rows: int, extra: dict[int, bytes]) -> bytes:
    body = (
        b'<row r="%d"><c r="A%d"><v>%d</v></c>%s</row>' % (n, n, n, extra.get(n, b""))
        for n in range(1, rows + 1)
    )
    return HEAD + b"".join(body) + TAIL


def test_a_far_row_after_the_hundred_thousandth_row_is_found(tmp_path):
    """Past row 100,000 (rows in order) references of seven digits are still seen."""
    far = b'<c r="B1048576"><v>1</v></c>'
    quick, guarded, _exact = _measured(tmp_path, _long_sheet(100_050, {100_040: far}))
    assert quick == Extent(1048576, 26, 1048576 * 26, False)
    assert guarded == Extent(1048576, 2, 1048576 * 2, False, filled=100_051)


@pytest.mark.parametrize("where", [105_000, 109_990])  # a middle and the last piece
def test_a_stray_cell_past_the_rows_of_a_long_list_is_refused(tmp_path, where):
    """Rows of six digits are no longer taken on trust past row 100,000: a value at
    Z999999 in a list of 110,000 rows asked a reader for 26 million cells."""
    far = b'<c r="Z999999"><v>1</v></c>'
    with _opened(tmp_path, _long_sheet(110_000, {where: far})) as (archive, info):
        assert scan._quick_extent(archive, info) == Extent(999_999, 26, 999_999 * 26, False)
        assert scan.scan_sheet(archive, info, MAX_CELLS) == Extent(999_999, 26, where + 1, True)


@pytest.mark.parametrize(("far", "rows"), [(120_000, 120_000), (119_999, 110_000)])
def test_a_long_list_is_searched_past_its_rows_rounded_up_to_ten_thousand(tmp_path, far, rows):
    """(A stray cell in the last piece, of rows up to 110,000: up to 119,999 it is
    taken for one of the list's rows, at most 260,000 cells more than said.)"""
    stray = b'<c r="B%d"><v>1</v></c>' % far
    with _opened(tmp_path, _long_sheet(110_000, {109_990: stray})) as (archive, info):
        assert scan._quick_extent(archive, info) == Extent(rows, 26, rows * 26, False)


def test_the_searches_of_a_long_list_find_the_rows_past_its_rows():
    rng = random.Random(10)
    for tens in range(10, 100):
        cell, past = scan._long_searches(tens)
        last = tens * 10_000 + 9_999
        numbers = [1, 99_999, 100_000, last, last + 1, 999_999, 1_000_000, 1_048_576]
        numbers += [rng.randrange(100_000, 1_000_000) for _ in range(30)]
        for number in numbers:
            xml = b'<c r="Z%d"><v>1</v></c>' % number
            beyond = number > last
            assert (cell.search(xml) is not None) is beyond, (tens, number)
            assert past.findall(xml) == ([b"%d" % number] if beyond and number < 10**6 else [])


def test_a_long_list_is_bounded_by_its_last_row(tmp_path):
    quick, guarded, _exact = _measured(tmp_path, _long_sheet(100_050, {}))
    assert quick == guarded == Extent(100_050, 26, 100_050 * 26, False)


@pytest.mark.parametrize("before", [1, 2, 5, 9])
@pytest.mark.parametrize("declaration", [b"<!DOCTYPE lolz>", b'<!ENTITY lol "lol">'])
def test_a_declaration_across_two_pieces_is_refused(tmp_path, monkeypatch, before, declaration):
    """The declaration starts *before* bytes ahead of the end of the first 1 MiB."""
    monkeypatch.setattr(scan, "CHUNK", 1 << 20)
    start = HEAD + b'<row r="1"><c r="A1" t="inlineStr"><is><t>'
    end = b"</t></is></c></row>"
    padding = scan.CHUNK - before - len(start) - len(end)
    xml = start + b"x" * padding + end + declaration + _sheet(200)[len(HEAD) :]
    assert xml.index(declaration) == scan.CHUNK - before
    with _opened(tmp_path, xml) as (archive, info):
        for measure in (scan._quick_extent, scan.check_entities):
            with pytest.raises(EntityFound):
                measure(archive, info)
        with pytest.raises(EntityFound):
            scan.scan_sheet(archive, info, MAX_CELLS)


@pytest.mark.parametrize("where", [2, 500, ROWS - 2])
def test_a_declaration_in_a_comment_in_any_piece_is_refused(tmp_path, where):
    hidden = b"<!-- a note <!DOCTYPE lolz> -->"
    xml = _sheet(replace={where: _row(where) + hidden})
    with _opened(tmp_path, xml) as (archive, info), pytest.raises(EntityFound):
        scan.scan_sheet(archive, info, MAX_CELLS)


def test_a_comment_alone_changes_nothing(tmp_path):
    quick, guarded, _exact = _measured(tmp_path, _sheet(replace={500: _row(500) + b"<!-- <c> -->"}))
    assert quick is None  # (a cell without a reference in the comment: counted exactly)
    assert guarded == Extent(ROWS, 9, ROWS * 9, True)


# Pieces of sheet XML, most ordinary, some of every kind the quick scan must see.
_ODD = [
    b'<c r="AB{r}"><v>1</v></c>', b'<c r="XFD{r}"><v>1</v></c>', b'<c r="A1048576"><v>1</v></c>',
    b'<c r="C999999"><v>1</v></c>', b'<c r="Z123456"><v>1</v></c>', b'<c t="n"><v>1</v></c>',
    b"<c r='D{r}'><v>1</v></c>", b'<c t="n" r="E{r}"><v>1</v></c>', b'<x:c r="F{r}"><x:v>1</x:v></x:c>',
    b'<c r="G{r}"><f>1+1</f><v>2</v></c>', b'<c r="H{r}"><f t="shared" si="0"/><v>2</v></c>',
    b'<c r="I{r}"/>', b'<c r="J{r}" s="1"/>', b"<c/>", b"<c>", b"<!-- <c r=\"K{r}\"> -->", b"<!---->",
    b'<c r="a{r}"><v>1</v></c>', b'<c r="{r}"><v>1</v></c>', b'<c r="A"><v>1</v></c>',
    b'<c r="L{r}"><is><t>a:c b</t></is></c>', b'<c r="M{r}"><is><t>hidden="1"</t></is></c>',
    b'<c\nr="N{r}"><v>1</v></c>', b'<col min="1" max="3" hidden="1"/>', b"<cols>",
]  # fmt: skip
_ODD_ROWS = [b'<row r="{r}" hidden="1">', b"<row>", b"<row r='{r}'>", b'<row s="1" r="{r}">',
             b'<row r="{r}" hidden="true" ht="3">', b'<row r="1048576">', b'<row r="{r}"/>']  # fmt: skip


def _random_sheet(rng: random.Random, rows: int) -> bytes:
    parts = [HEAD]
    for r in range(1, rows + 1):
        start = b'<row r="%d">' % r
        if rng.random() < 0.03:
            start = rng.choice(_ODD_ROWS).replace(b"{r}", b"%d" % r)
        parts.append(start)
        if start.endswith(b"/>"):
            continue
        for column in rng.sample(NINE, rng.randint(0, 9)):
            if rng.random() < 0.02:
                parts.append(rng.choice(_ODD).replace(b"{r}", b"%d" % r))
            else:
                parts.append(_cell(f"{column}{r}", rng.choice(["Anna", "Bo", "45667", ""])))
        parts.append(b"</row>")
    parts.append(TAIL)
    return b"".join(parts)


def test_random_sheets_measure_as_before_and_bound_the_exact_count(tmp_path, monkeypatch):
    """Small pieces (300 bytes) put every kind of cell at a piece's edge somewhere."""
    monkeypatch.setattr(scan, "CHUNK", 300)
    rng = random.Random(8)
    plain = 0
    for _ in range(150):
        xml = _random_sheet(rng, rng.randint(1, 60))
        quick, guarded, exact = _measured(tmp_path, xml)
        if quick is not None:
            plain += 1
            assert quick.rows >= exact.rows and quick.columns >= exact.columns
            if exact.cells <= MAX_CELLS:  # (else the count stopped early)
                assert quick.formulas == exact.formulas
        assert guarded.rows >= exact.rows and guarded.columns >= exact.columns
    assert plain > 10  # (not every sheet was counted exactly)


def test_a_piece_cleared_at_c_speed_holds_nothing_the_tag_search_acts_on():
    """Wherever :func:`scan._plain` clears a piece, the tag-by-tag search changes nothing."""
    rng = random.Random(9)
    info = zipfile.ZipInfo(PART)
    cleared = 0
    long_cell, past = scan._long_searches(10)  # (rows so far below 110,000)
    searches = {0: (scan._ODD_CELL, scan._ODD_ROW), 100_000: (long_cell, scan._ODD_ROW_LONG)}
    for _ in range(3000):
        chunk = _random_sheet(rng, rng.randint(0, 4))[len(HEAD) : -len(TAIL)]
        for rows, formulas in ((0, False), (100_000, False), (0, True)):
            if scan._plain(chunk, *searches[rows], formulas):
                cleared += 1
                assert scan._notable(chunk, rows, 0, formulas, info) == (rows, 0, formulas)
                assert past.findall(chunk) == []
    assert cleared > 1000


def test_the_last_column_of_a_piece_is_found_by_searching_past_the_last_one_found():
    rng = random.Random(11)
    for _ in range(500):
        numbers = [
            rng.choice([rng.randint(1, 26), rng.randint(1, 800)]) for _ in range(rng.randint(0, 12))
        ]
        chunk = b"".join(_cell(f"{_letters(n)}{rng.randint(1, 99)}") for n in numbers)
        start = rng.choice([0, 5, 26, 30])
        assert scan._last_column(chunk, start) == max([start, *numbers])
