"""Files as a unit head saves them from kolada.se and Excel re-saves them: a BOM, ``;``,
comma decimals, CRLF, quotes across lines, ``;;;;`` rows, ``sep=;``, a title line,
Excel's UTF-16 "Unicode text", Windows-1252; and what is no Kolada file at all (empty,
too big, nested too deep, a web page, a workbook) — one line each, nothing read."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from amp_desktop.core.kolada.values import KoladaFileError, read_csv, read_values_file
from amp_desktop.core.store import Catalogue

#: kolada.se's export as Excel (Swedish) saves it again with "CSV UTF-8".
EXCEL_CSV = (
    "\ufeffNyckeltal id;Nyckeltal;Kommun-id;Kommun;År;Kön;Värde\r\n"
    'U40455;"Resultat vid avslut i kommunens arbetsmarknadsverksamhet, andel (%)";'
    "1980;Västerås;2023;Totalt;31,2\r\n"
    'U40455;"Resultat vid avslut i kommunens arbetsmarknadsverksamhet, andel (%)";'
    "1980;Västerås;2023;Kvinnor;29,0\r\n"
    'N40008;"Kostnad ""arbetsmarknadsåtgärder"", kr/inv";180;Stockholm;2023;Totalt;1\u00a0250\r\n'
    ";;;;;;\r\n"
    ";;;;;;\r\n"
    "\r\n"
)
EXPECTED = [
    ("U40455", "1980", 2023, "T", 31.2),
    ("U40455", "1980", 2023, "K", 29.0),
    ("N40008", "0180", 2023, "T", 1250.0),
]


def _values(path: Path) -> list[tuple[object, ...]]:
    return [
        (v.kpi, v.municipality, v.year, v.gender, v.value) for v in read_values_file(path).values
    ]


def _save(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_excel_resaved_csv_with_bom_crlf_quotes_and_empty_rows(tmp_path: Path) -> None:
    """Excel's empty rows ``;;;;;;`` were "Line 5: no KPI id…" and refused the file."""
    assert _values(_save(tmp_path, "kolada.csv", EXCEL_CSV.encode("utf-8"))) == EXPECTED


def test_excel_unicode_text_is_utf16_with_tabs(tmp_path: Path) -> None:
    """Excel's "Unicode text" (UTF-16 LE, a BOM, tabs) was read as Windows-1252 and
    refused for want of a KPI id column."""
    unicode_text = EXCEL_CSV.replace(";", "\t").encode("utf-16")
    assert _values(_save(tmp_path, "kolada.txt", unicode_text)) == EXPECTED
    without_bom = EXCEL_CSV.lstrip("\ufeff").replace(";", "\t").encode("utf-16-le")
    assert _values(_save(tmp_path, "kolada2.txt", without_bom)) == EXPECTED


def test_plain_excel_csv_is_windows_1252(tmp_path: Path) -> None:
    ansi = EXCEL_CSV.lstrip("\ufeff").encode("cp1252")
    assert _values(_save(tmp_path, "kolada.csv", ansi)) == EXPECTED


def test_a_sep_line_and_a_title_line_above_the_header() -> None:
    """Excel's ``sep=;`` line, or a title with commas, came first: no header was found."""
    body = "Kommun-id;Nyckeltal id;År;Värde\n1980;U40455;2023;31,2\n"
    assert [v.value for v in read_csv("sep=;\n" + body).values] == [31.2]
    titled = "Resultat vid avslut, andel (%), 2023\n\n" + body
    assert [v.value for v in read_csv(titled).values] == [31.2]


def test_line_numbers_are_the_file_s_own_and_name_the_column() -> None:
    """Blank lines and a quoted line break were not counted: "Line 3" for line 6."""
    text = (
        "Nyckeltal id;Nyckeltal;Kommun-id;År;Värde\n"
        "\n"
        'U40455;"två\nrader";1980;2022;30\n'
        "\n"
        "U40455;x;1980;2023;trettio\n"
    )
    with pytest.raises(KoladaFileError) as raised:
        read_csv(text)
    assert str(raised.value) == "Line 6: “trettio” is not a number (column “Värde”)."


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("U40455;1980;2023;Okänt;3", "Line 2: “Okänt” is not a gender (column “Kön”)."),
        (";1980;2023;T;3", "Line 2: no KPI id (column “Nyckeltal id”)."),
        ("U40455;;2023;T;3", "Line 2: no municipality id (column “Kommun-id”)."),
        ("U40455;1980;23;T;3", "Line 2: the year “23” is not a year (column “År”)."),
    ],
)
def test_each_bad_cell_is_named(row: str, message: str) -> None:
    with pytest.raises(KoladaFileError) as raised:
        read_csv("Nyckeltal id;Kommun-id;År;Kön;Värde\n" + row + "\n")
    assert str(raised.value) == message


def test_unicode_minus_and_narrow_spaces_are_numbers() -> None:
    text = "kpi;municipality;year;value\nU40455;1980;2023;\u22125,2\nN40008;1980;2023;1\u202f200\n"
    assert [v.value for v in read_csv(text).values] == [-5.2, 1200.0]


def test_a_note_under_the_values_is_skipped() -> None:
    text = "kpi;municipality;year;value\nU40455;1980;2023;31\n\nKälla: Kolada;;;\n"
    assert [v.value for v in read_csv(text).values] == [31.0]


def test_v2_json_with_next_page_and_gender_f_as_a_file(tmp_path: Path) -> None:
    v2 = {
        "values": [
            {
                "kpi": "U40455",
                "municipality": "1980",
                "period": 2019,
                "values": [
                    {"gender": "F", "count": 1, "status": "", "value": 25.0},
                    {"gender": "M", "count": 1, "status": "", "value": 27.0},
                ],
            }
        ],
        "next_page": "http://api.kolada.se/v2/data/kpi/U40455/municipality/1980?page=2",
    }
    path = _save(tmp_path, "v2.json", json.dumps(v2).encode())
    assert _values(path) == [
        ("U40455", "1980", 2019, "K", 25.0),
        ("U40455", "1980", 2019, "M", 27.0),
    ]
    assert read_values_file(path).next_url is not None


def test_v3_pages_saved_together_are_read_in_order(tmp_path: Path) -> None:
    def page(year: int, value: float, last: bool) -> dict[str, object]:
        return {
            "values": [
                {
                    "kpi": "U40455",
                    "municipality": "1980",
                    "period": year,
                    "values": [{"gender": "T", "count": 1, "status": "", "value": value}],
                }
            ],
            "next_url": None if last else "https://api.kolada.se/v3/data/kpi/U40455?page=2",
        }

    path = _save(
        tmp_path,
        "pages.json",
        json.dumps([page(2023, 30.0, False), page(2024, 31.0, True)]).encode(),
    )
    page_read = read_values_file(path)
    assert [(v.year, v.value) for v in page_read.values] == [(2023, 30.0), (2024, 31.0)]
    assert page_read.next_url is None


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.json", b"", "The file is empty."),
        ("empty.csv", b"\xef\xbb\xbf\r\n\r\n", "The file is empty."),
        ("deep.json", b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
        (
            "deep2.json",
            b'{"values": ' + b"[" * 200_000 + b"]" * 200_000 + b"}",
            "nested too deeply",
        ),
        (
            "kolada.csv",
            b"<!DOCTYPE html>\n<html><head><title>Logga in</title></head><body></body></html>",
            "a web page",
        ),
        ("kolada.json", b"  <html><body>502 Bad Gateway</body></html>", "a web page"),
        ("kolada.csv", b"PK\x03\x04" + b"\x00" * 64, "Excel workbook"),
        ("kolada.csv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "Excel workbook"),
        ("kolada.csv", bytes(range(256)) * 4, "not a text file"),
        (
            "period.json",
            b'{"values": [{"kpi": "U40455", "municipality": "1980", "period": true, "values": []}]}',
            "no year",
        ),
    ],
)
def test_what_is_no_kolada_file_is_one_line(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    """Deep JSON raised RecursionError (a traceback); HTML, a workbook or binary bytes
    were "not valid JSON" or "needs a KPI id column"; an empty .json "not valid JSON"."""
    with pytest.raises(KoladaFileError, match=message) as raised:
        read_values_file(_save(tmp_path, name, data))
    assert "\n" not in str(raised.value)


def test_a_200_mb_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    """The whole file was read, decoded, split and parsed (gigabytes for 200 MB)."""
    from amp_desktop.core.kolada.saved_file import MAX_FILE_BYTES

    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"kpi;municipality;year;value\n")
        handle.truncate(200 * 1024 * 1024)  # sparse: no disk, no time
    tracemalloc.start()
    try:
        with pytest.raises(KoladaFileError, match="over 16 MB") as raised:
            read_values_file(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "\n" not in str(raised.value)
    assert peak < MAX_FILE_BYTES * 1.5


def test_a_csv_export_named_json_is_read_as_csv(tmp_path: Path) -> None:
    """A CSV saved under a .json name was "not valid JSON (line 1)"."""
    saved = _save(tmp_path, "kolada.json", EXCEL_CSV.encode("utf-8"))
    assert _values(saved) == EXPECTED
    with pytest.raises(KoladaFileError, match="not valid JSON"):
        read_values_file(_save(tmp_path, "broken.json", b"values: nope"))


def test_cancel_while_reading_a_big_export_stops_and_changes_nothing(
    catalogue_path: Path, tmp_path: Path
) -> None:
    import hashlib

    from amp_desktop.core.kolada.changes import read_import
    from amp_desktop.core.progress import Cancelled, Progress

    # (each line a figure of its own: a file giving one figure two ways is refused)
    rows = "".join(
        f"U{40000 + i // 25:05d};1980;{2000 + i % 25};Totalt;{i},5\r\n" for i in range(20_000)
    )
    saved = _save(tmp_path, "big.csv", ("Nyckeltal id;Kommun-id;År;Kön;Värde\r\n" + rows).encode())
    progress = Progress(lambda done, total, text: progress.cancel() if done else None, interval=0)
    before = hashlib.sha256(catalogue_path.read_bytes()).hexdigest()
    with Catalogue.open(catalogue_path) as catalogue, pytest.raises(Cancelled):
        read_import(catalogue, saved, progress)
    assert hashlib.sha256(catalogue_path.read_bytes()).hexdigest() == before


def test_a_kpi_id_typed_in_lower_case_is_the_id() -> None:
    """ "u40455" typed by hand was "no KPI id"."""
    text = "kpi;municipality;year;value\nu40455;1980;2023;31\n"
    assert [v.kpi for v in read_csv(text).values] == ["U40455"]


def test_a_header_cell_across_two_lines() -> None:
    wide = 'Nyckeltal id;Kommun-id;"Kommun\n(namn)";2022;2023\nU40455;1980;Västerås;30;31,2\n'
    assert [(v.year, v.value) for v in read_csv(wide).values] == [(2022, 30.0), (2023, 31.2)]


@pytest.mark.parametrize(
    ("kpi", "value"),
    [("U40455", "1e308"), ("U40455", "150"), ("U40455", "-3"), ("N40008", "1e300")],
)
def test_a_value_no_published_figure_can_have_is_refused(
    catalogue_path: Path, tmp_path: Path, kpi: str, value: str
) -> None:
    """A share of 1e308 % was stored (and shown as a wildly wrong comparison)."""
    import hashlib

    from amp_desktop.core.kolada.changes import read_import

    good = "U40455;1980;2023;Totalt;31,2\r\n"
    saved = _save(
        tmp_path,
        "odd.csv",
        f"Nyckeltal id;Kommun-id;År;Kön;Värde\r\n{good}{kpi};1980;2024;Totalt;{value}\r\n".encode(),
    )
    before = hashlib.sha256(catalogue_path.read_bytes()).hexdigest()
    with Catalogue.open(catalogue_path) as catalogue, pytest.raises(KoladaFileError) as raised:
        read_import(catalogue, saved)
    assert str(raised.value).startswith(f"{kpi}, 1980 2024: ")
    assert "not a value this figure can have" in str(raised.value)
    assert hashlib.sha256(catalogue_path.read_bytes()).hexdigest() == before
    # the plausible ends are kept
    edge = _save(tmp_path, "edge.csv", b"Nyckeltal id;Kommun-id;\xc3\x85r;K\xc3\xb6n;V\xc3\xa4rde\r\n"
                 b"U40455;1980;2024;Totalt;100\r\nU40455;1980;2023;Totalt;0\r\n")  # fmt: skip
    with Catalogue.open(catalogue_path) as catalogue:
        assert len(read_import(catalogue, edge).change.kolada[0].after) == 2
