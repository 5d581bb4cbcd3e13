"""Participant lists as case systems export them, imported end to end: the sheet found,
the preview in plain lines, the catalogue unchanged when refused, nothing personal kept."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from amp_desktop.cli import main
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue
from tests.participant_lists import write_sheets

D = dt.date
HEADER = ["Personnummer", "Namn", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]
ROWS = [
    ["19850312-2387", "Anna Andersson", "Atlas", D(2024, 1, 15), D(2024, 4, 30), "Arbete", "K"],
    [9001011239, "Bo Berg", "Krami", D(2024, 2, 1), None, None, "M"],
]


@pytest.fixture()
def catalogue_file(tmp_path: Path) -> Path:
    path = tmp_path / "cat.amp"
    assert main(["new", str(path), "--example"]) == 0  # has Atlas and Krami
    return path


def test_headers_broken_over_lines_are_recognised_and_said_on_one_line(
    make_catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = [
        "Person-\nnummer",
        "Insats\u00a0",
        "Start-\ndatum",
        "Slut-\ndatum",
        "Avslutsorsak\n(text)",
    ]
    listing = write_sheets(
        tmp_path / "l.xlsx",
        {"Lista": [header, ["19850312-2387", "Atlas", D(2024, 1, 15), D(2024, 4, 30), "Arbete"]]},
    )
    catalogue = make_catalogue(example=True)
    preview = analyse(catalogue, listing, "participants")
    assert sorted(preview.mapping.values()) == [
        "end",
        "personal_id",
        "programme",
        "reason",
        "start",
    ]
    assert "\n" not in preview.recognised_by
    assert "Startdatum, Slutdatum, Avslutsorsak (text)" in preview.recognised_by
    assert preview.summary[0] == "1 enrolment read, covering 2024-01 … 2024-04."
    assert any("“Personnummer”" in note for note in preview.summary)


def test_a_report_parameter_sheet_in_front_is_not_taken_for_the_list(
    make_catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    listing = write_sheets(
        tmp_path / "l.xlsx",
        {
            "Urval": [
                ["Enhet", "Insats", "Från", "Till"],
                ["AME", "Alla", "2024-01-01", "2024-12-31"],
            ],
            "Deltagare": [HEADER, *ROWS],
        },
    )
    preview = analyse(make_catalogue(example=True), listing, "participants")
    assert preview.sheet == "Deltagare"
    assert not preview.blocking, preview.problems
    assert [line["programme"] for line in preview.results_summary] == ["Atlas", "Krami"]


def test_a_list_split_over_sheets_is_refused_at_the_other_sheet(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    listing = write_sheets(
        tmp_path / "l.xlsx", {"Pågående": [HEADER, ROWS[1]], "Avslutade": [HEADER, ROWS[0]]}
    )
    before = catalogue_file.read_bytes()
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(listing)]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert (
        "problem: Avslutade!A1: this sheet is a participant list too, but AMP reads one "
        "sheet (“Pågående”): put every enrolment in one sheet, or delete the sheets not to "
        "be read." in out
    )
    assert "Nothing was written." in out
    assert catalogue_file.read_bytes() == before


def test_an_empty_template_beside_the_list_is_no_second_list(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    """A blank "Mall" sheet with the list's header, in front of it: it was read as the
    list (no enrolment) or refused the import as a second list (reviewer, 3 December)."""
    listing = write_sheets(tmp_path / "l.xlsx", {"Mall": [HEADER], "Deltagare": [HEADER, *ROWS]})
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(listing), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "sheet “Deltagare”" in out.splitlines()[0] and "problem:" not in out


def test_a_case_system_report_imports_once_and_keeps_nothing_personal(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    today = dt.date.today()
    header = [" Personnummer ", "NAMN", "Insats\u00a0", "Startdatum (ÅÅÅÅ-MM-DD)", "Slut-\ndatum",
              "Orsak till avslut ", "KÖN", "Bedömningsnivå"]  # fmt: skip
    rows = [
        ["Deltagare per insats – Arbetsmarknadsenheten"],
        ["Utskrivet 2024-05-02"],
        [],
        header,
        [198503122387, "Anna Andersson", "Atlas ", "2024-01-15", "2024-04-30", "Fått arbete", "Kvinna", "AM 1"],
        ["900101-1239", "Bo Berg", "ATLAS", D(2024, 2, 1), "Pågående", None, "man", "am2"],
        [],
        ["850372-2384", "Cilla Carlsson", "krami", dt.datetime(2024, 3, 1, 9, 0), today + dt.timedelta(days=60), None, "K", "3"],
        ["19121212+1212", "Dora Dahl", "Atlas", 45_352, 45_383, "Avbrutit", "Okänt", ""],
        [None, None, "Summa", None, None, None, None, None],
        [None, None, "Antal: 4", None, None, None, None, None],
    ]  # fmt: skip
    listing = write_sheets(
        tmp_path / "rapport.xlsx",
        {"Parametrar": [["Rapport", "Deltagare"], ["Period", "2024"]], "Rapport": rows},
        {"Rapport": ["A1:H1"]},
    )
    before = catalogue_file.read_bytes()
    capsys.readouterr()
    args = ["import", str(catalogue_file), str(listing), "--kind", "participants"]
    assert main([*args, "--dry-run"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "Traceback" not in out
    assert catalogue_file.read_bytes() == before
    assert "4 enrolments read, covering 2024-01 … 2024-04." in out
    assert "Atlas: participants 0 → 3, starts 0 → 3, exits 0 → 2" in out
    assert "Krami: participants 0 → 1, starts 0 → 1, exits 0 → 0" in out
    # (what the cell says too, as the window and --json give it)
    assert "skipped: Rapport!C10 “Summa”: a footer line, not an enrolment." in out
    assert "note: Rapport!E8: 1 enrolment ends after today" in out
    assert main(args) == 0
    applied = catalogue_file.read_bytes()
    assert main(args) == 0
    assert "No changes." in capsys.readouterr().out
    assert catalogue_file.read_bytes() == applied
    data = b"".join(p.read_bytes() for p in tmp_path.rglob("*.amp*") if p.is_file())
    for text in ("198503122387", "19850312-2387", "8503122387", "850312-2387", "9001011239",
                 "900101-1239", "199001011239", "850372-2384", "8503722384", "121212+1212",
                 "1212121212", "Anna", "Andersson", "Bo Berg", "Cilla", "Dora", "2024-01-15",
                 "2024-04-30", "2024-03-01"):  # fmt: skip
        assert text.encode() not in data, text
        assert text.encode("utf-16-le") not in data, text


def test_a_list_without_an_end_column_says_so_at_its_header(make_catalogue, tmp_path) -> None:  # type: ignore[no-untyped-def]
    catalogue = make_catalogue(example=True)
    rows = [["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete"], ["Atlas", D(2024, 1, 9), None, None]]
    unread = write_sheets(
        tmp_path / "a.xlsx", {"L": [["Insats", "Startdatum", "Datum ut", "Avslutsorsak"], *rows]}
    )
    preview = analyse(catalogue, unread, "participants")
    assert (preview.problems[0].where, preview.problems[0].blocking) == ("L!A1", True)
    assert preview.problems[0].message.startswith("no column is read as the end date")
    # The case systems' short headers are read.
    short = write_sheets(
        tmp_path / "b.xlsx",
        {"L": [["Insats", "Inskr.datum", "Utskr.datum", "Avslutsorsak"], *rows]},
    )
    preview = analyse(catalogue, short, "participants")
    assert not preview.problems
    assert preview.results_summary[0]["exits"] == [0, 1]


def test_an_identity_number_typed_into_an_exit_reason_never_reaches_the_file(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        ["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Se journal 19850312-2387"],
        ["Atlas", D(2024, 1, 9), D(2024, 2, 1), "Avbrott, se 9001011239"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    mapping = tmp_path / "m.json"
    mapping.write_text('{"reasons": {"Se journal 19850312-2387": "unknown"}}', encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(listing), "--mapping", str(mapping)]) == 0
    out = capsys.readouterr().out
    assert "Applied as one change." in out
    data = b"".join(p.read_bytes() for p in tmp_path.rglob("*.amp*") if p.is_file())
    for text in ("19850312-2387", "198503122387", "8503122387", "850312-2387", "9001011239"):
        assert text.encode() not in data, text
        assert text.encode("utf-16-le") not in data, text
    # The next list with the same wording is mapped by what was kept.
    assert main(["import", str(catalogue_file), str(listing), "--dry-run"]) == 0


def test_identity_numbers_are_found_by_their_values_under_any_header(
    make_catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = ["Klient", "Insats", "Fr.o.m.", "T.o.m.", "Avslutskod", "K/M"]
    rows = [
        ["19850312-2387", "Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete", "K"],
        ["9001011239", "Atlas", D(2024, 1, 9), None, None, "M"],
        ["19850312-2387", "Krami", D(2024, 3, 1), None, None, "K"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    preview = analyse(make_catalogue(example=True), listing, "participants")
    assert not preview.problems
    assert preview.mapping == {
        0: "personal_id", 1: "programme", 2: "start", 3: "end", 4: "reason", 5: "gender",
    }  # fmt: skip
    assert any("Column “Klient” holds personal data" in note for note in preview.summary)
    # Anna in two programmes and Bo: two persons in 2024 (the list covers Jan–Mar only,
    # so no year's persons are kept, but the enrolments are told apart).
    assert preview.results_summary[0]["participants"] == [0, 2]


def test_a_read_column_holding_identity_numbers_is_refused(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        ["Atlas", D(2024, 1, 8), D(2024, 2, 1), "19850312-2387"],
        ["Atlas", D(2024, 1, 9), D(2024, 2, 1), "9001011239"],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    before = catalogue_file.read_bytes()
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(listing)]) == 1
    out, err = capsys.readouterr()
    assert err == ""
    assert (
        "problem: L!D1: this column holds personal identity numbers and cannot be imported "
        "as Exit reason." in out
    )
    assert "19850312" not in out and "9001011239" not in out
    assert catalogue_file.read_bytes() == before


def test_a_programme_not_in_the_catalogue_stops_the_cli_until_it_is_mapped(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    rows = [
        ["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Arbete"],
        ["Spira (Jobbfokus)", D(2024, 1, 9), D(2024, 2, 1), "Studier"],
        ["Spira (Jobbfokus)", D(2024, 1, 10), None, None],
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"L": [header, *rows]})
    before = catalogue_file.read_bytes()
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(listing)]) == 1
    out = capsys.readouterr().out
    assert (
        "problem: L!A3: “Spira (Jobbfokus)” (2 enrolments) is not a programme in the "
        "catalogue; map it to one." in out
    )
    assert catalogue_file.read_bytes() == before
    mapping = tmp_path / "m.json"
    mapping.write_text('{"programmes": {"Spira (Jobbfokus)": "Jobbfokus/Spira"}}', encoding="utf-8")
    assert main(["import", str(catalogue_file), str(listing), "--mapping", str(mapping)]) == 0
    assert (
        "Jobbfokus/Spira: participants 0 → 2, starts 0 → 2, exits 0 → 1" in capsys.readouterr().out
    )


def test_a_list_of_the_enrolments_active_in_a_year_keeps_the_year_before(
    catalogue_file, tmp_path, capsys
) -> None:  # type: ignore[no-untyped-def]
    header = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    anna, bo = "19850312-2387", "9001011239"
    year_2023 = [[bo, "Atlas", D(2023, m, 1), D(2023, m, 20), "Arbete"] for m in range(1, 13)]
    year_2023.append([anna, "Atlas", D(2023, 3, 1), None, None])
    # The case system's list of 2024: the enrolments active in 2024, Anna's from 2023.
    year_2024 = [
        [anna, "Atlas", D(2023, 3, 1), D(2024, 5, 1), "Studier"],
        [bo, "Atlas", D(2024, 2, 1), D(2024, 3, 1), "Arbete"],
    ]
    first = write_sheets(tmp_path / "2023.xlsx", {"L": [header, *year_2023]})
    second = write_sheets(tmp_path / "2024.xlsx", {"L": [header, *year_2024]})
    assert main(["import", str(catalogue_file), str(first)]) == 0
    capsys.readouterr()
    assert main(["import", str(catalogue_file), str(second)]) == 0
    out = capsys.readouterr().out
    assert (
        "note: 2023-03 … 2023-12: the results AMP has are kept, because the list holds only "
        "part of those months (the enrolments still running later); it replaces "
        "2024-01 … 2024-05." in out
    )

    assert _atlas(catalogue_file, 2023, capsys) == (
        13,
        13,
        12,
    )  # not 3, 3, 2: 2023's results are kept
    assert _atlas(catalogue_file, 2024, capsys) == (2, 1, 2)  # Anna enrolled from 2023, Bo started
    saved = catalogue_file.read_bytes()
    assert main(["import", str(catalogue_file), str(second)]) == 0
    assert "No changes." in capsys.readouterr().out
    assert catalogue_file.read_bytes() == saved
    # A list of the current participants only would replace every month with fewer.
    current = write_sheets(
        tmp_path / "now.xlsx", {"L": [header, [anna, "Atlas", D(2023, 3, 1), None, None]]}
    )
    assert main(["import", str(catalogue_file), str(current)]) == 1
    assert "is it a list of the current participants only?" in capsys.readouterr().out
    assert catalogue_file.read_bytes() == saved


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (1, "1 more row with a problem is left out."),
        (1_200, "1,200 more rows with problems are left out."),
    ],
)
def test_the_rows_with_problems_not_listed_are_counted_in_words(
    example: Catalogue,
    tmp_path: Path,
    extra: int,
    said: str,
) -> None:
    from amp_desktop.core.excel.participants import MAX_PROBLEMS
    from tests.participant_lists import write_list

    bad = [["OSA", dt.date(2025, 3, 1), dt.date(2025, 2, 1), "Arbete"]] * (MAX_PROBLEMS + extra)
    workbook = write_list(
        tmp_path / "lista.xlsx", [["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"], *bad]
    )
    preview = analyse(example, workbook, kind="participants")
    assert [p.message for p in preview.problems if not p.where] == [said]


def test_a_year_list_keeps_the_exits_of_the_year_before_in_the_month_it_reaches_back_to(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """December 2024 in the 2025 list of active enrolments holds as many starts as AMP
    has, but none of December's exits (those enrolments are not active in 2025): the
    month is kept, not replaced with its exits gone (the review's case)."""
    catalogue = tmp_path / "c.amp"
    assert main(["new", str(catalogue), "--example"]) == 0
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    year_2024 = [
        ["Atlas", dt.date(2024, 11, 5), dt.date(2024, 12, 10), "Arbete"],
        ["Atlas", dt.date(2024, 11, 6), dt.date(2024, 12, 11), "Arbete"],
        ["Atlas", dt.date(2024, 11, 7), dt.date(2024, 12, 12), "Arbete"],
        ["Atlas", dt.date(2024, 12, 2), None, None],
        ["Atlas", dt.date(2024, 12, 3), None, None],
    ]
    active_2025 = [
        ["Atlas", dt.date(2024, 12, 2), dt.date(2025, 3, 1), "Arbete"],
        ["Atlas", dt.date(2024, 12, 3), dt.date(2025, 3, 2), "Arbete"],
    ]
    first = write_sheets(tmp_path / "a.xlsx", {"L": [header, *year_2024]})
    second = write_sheets(tmp_path / "b.xlsx", {"L": [header, *active_2025]})

    assert main(["import", str(catalogue), str(first)]) == 0
    capsys.readouterr()
    assert _atlas(catalogue, 2024, capsys) == (5, 5, 3)
    assert main(["import", str(catalogue), str(second)]) == 0
    # Changed deliberately (3 December, evening): one month was written "2024-12 …
    # 2024-12"; it is now one month, as every other month range of AMP's is written.
    out = capsys.readouterr().out
    assert "note: 2024-12: the results AMP has are kept" in out
    assert "it replaces 2025-01 … 2025-03." in out
    assert _atlas(catalogue, 2024, capsys) == (5, 5, 3)
    assert _atlas(catalogue, 2025, capsys)[2] == 2


def test_a_corrected_list_replaces_every_month_with_every_month(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A young programme's list of running enrolments, corrected to one fewer, holds
    fewer starts than AMP everywhere: refused as a partial list, imported with
    ``--every-month`` (the review's case: else the user could never correct it)."""
    catalogue = tmp_path / "c.amp"
    assert main(["new", str(catalogue), "--example"]) == 0
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    running = [["Atlas", dt.date(2024, 1, d), None, None] for d in (8, 9, 10)]
    first = write_sheets(tmp_path / "a.xlsx", {"L": [header, *running]})
    corrected = write_sheets(tmp_path / "b.xlsx", {"L": [header, *running[:2]]})

    assert main(["import", str(catalogue), str(first)]) == 0
    capsys.readouterr()
    before = catalogue.read_bytes()
    assert main(["import", str(catalogue), str(corrected)]) == 1
    assert "is it a list of the current participants only?" in capsys.readouterr().out
    assert catalogue.read_bytes() == before
    assert main(["import", str(catalogue), str(corrected), "--every-month"]) == 0
    assert "Applied as one change." in capsys.readouterr().out
    assert _atlas(catalogue, 2024, capsys)[1] == 2


def _atlas(catalogue: Path, year: int, capsys: pytest.CaptureFixture[str]) -> tuple[int, int, int]:
    """Atlas's participants, starts and exits in *year*, as ``amp results --json`` says."""
    assert main(["results", str(catalogue), "--year", str(year), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    (atlas,) = [p for p in found["programmes"] if p["name"] == "Atlas"]
    return atlas["participants"], atlas["starts"], atlas["exits"]


def _hide(path: Path, *sheets: str) -> Path:
    """Hide *sheets* the way Excel's Hide does (the workbook's ``state="hidden"``)."""
    import openpyxl

    wb = openpyxl.load_workbook(path)
    for name in sheets:
        wb[name].sheet_state = "hidden"
    wb.save(path)
    return path


def test_a_list_hidden_in_the_workbook_gives_way_to_the_one_the_user_sees(
    make_catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]
    old = [["Atlas", D(2023, 1, 8), D(2023, 2, 1), "Arbete", "K"]] * 3
    new = [["Atlas", D(2024, 1, 8), D(2024, 2, 1), "Studier", "M"]]
    listing = _hide(
        write_sheets(
            tmp_path / "l.xlsx", {"Förra året": [header, *old], "Deltagare": [header, *new]}
        ),
        "Förra året",
    )
    catalogue = make_catalogue(example=True)
    preview = analyse(catalogue, listing, "participants")
    assert preview.sheet == "Deltagare" and not preview.blocking, preview.problems
    assert any(
        "“Förra året” is hidden in the workbook and is a participant list too" in line
        for line in preview.summary
    )
    assert preview.results.first == "2024-01"
    # The list hidden behind a report sheet: it is read, and the preview says where from.
    report = [["Sammanställning per insats"], ["Atlas", 3]]
    only = _hide(
        write_sheets(tmp_path / "h.xlsx", {"Rapport": report, "Data": [header, *old]}), "Data"
    )
    preview = analyse(catalogue, only, "participants")
    assert preview.sheet == "Data" and not preview.blocking
    assert any("read from sheet “Data”, which is hidden" in line for line in preview.summary)


def test_a_list_split_over_two_hidden_sheets_is_refused_as_a_split_list(
    make_catalogue, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    header = ["Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
    first = [["Atlas", D(2024, 1, day), D(2024, 2, 1), "Arbete"] for day in range(1, 4)]
    second = [["Atlas", D(2024, 3, day), D(2024, 4, 1), "Arbete"] for day in range(1, 3)]
    report = [["Sammanställning per insats"], ["Atlas", 5]]
    listing = _hide(
        write_sheets(
            tmp_path / "split.xlsx",
            {"Rapport": report, "Data1": [header, *first], "Data2": [header, *second]},
        ),
        "Data1",
        "Data2",
    )
    preview = analyse(make_catalogue(example=True), listing, "participants")
    assert preview.blocking
    assert any("is a participant list too" in p.message for p in preview.problems)


def test_the_enrolments_read_are_counted_in_the_languages_number_format(make_catalogue, tmp_path):
    """The preview's first line said "1200 inskrivningar lästa" in Swedish (the night's
    CLI pass): the count is written as every other number (1 200, 1,200)."""
    from amp_desktop.core import i18n

    rows = [
        ["Insats", "Startdatum", "Slutdatum"],
        *(
            ["Atlas", D(2024, 1, 1) + dt.timedelta(i % 30), D(2024, 4, 1) + dt.timedelta(i // 30)]
            for i in range(1200)  # (1,200 different enrolments: none is a duplicate row)
        ),
    ]
    listing = write_sheets(tmp_path / "l.xlsx", {"Lista": rows})
    catalogue = make_catalogue(example=True)
    assert analyse(catalogue, listing, "participants").summary[0] == (
        "1,200 enrolments read, covering 2024-01 … 2024-05."
    )
    i18n.set_backend(lambda _context, text: text, "sv")
    try:
        first = analyse(catalogue, listing, "participants").summary[0]
    finally:
        i18n.set_backend(None)
    assert first.startswith("1\xa0200 enrolments read")
