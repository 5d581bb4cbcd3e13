"""Referral lists: counted into monthly demand; no identity number or name is ever stored."""

from __future__ import annotations

from collections import Counter

import pytest

from amp_desktop.core.excel.importer import analyse, detect_kind
from amp_desktop.core.excel.referrals import is_personal_id
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import fake_personal_id, referral_list


@pytest.fixture(autouse=True, params=["calamine", "xml"])
def reader(request, monkeypatch):
    """Every test here runs with both readers of a referral list: python-calamine
    and, as for a very large sheet, its XML read a chunk at a time (small chunks,
    so the rows after the first are read with only the columns counted)."""
    if request.param == "xml":
        from amp_desktop.core.excel import readers

        monkeypatch.setattr(readers, "XML_READ_CELLS", -1)
        monkeypatch.setattr(readers, "HEAD_ROWS", 60)
        monkeypatch.setattr(readers, "ROWS_AT_A_TIME", 7)
    return request.param


def test_personal_id_detection():
    import random

    rng = random.Random(1)
    for _ in range(50):
        assert is_personal_id(fake_personal_id(rng))
    assert is_personal_id("811228-9874")
    assert not is_personal_id("811228-9875")  # wrong check digit
    assert not is_personal_id("2025-03-14")
    assert not is_personal_id("12345")


def test_referral_list_becomes_counts_and_no_personal_data(example_path, tmp_path):
    with Catalogue.open(example_path) as catalogue:
        names = [p.name for p in catalogue.programmes()][:4]
        codes = [p.code for p in catalogue.programmes()][4:6]
        path, ids, people = referral_list(tmp_path / "list.xlsx", names + codes, rows=100)
        assert detect_kind(path) == "referrals"
        preview = analyse(catalogue, path)
        assert preview.kind == "referrals"
        assert not preview.blocking, preview.problems
        assert any("personal identity numbers" in s and "dropped" in s for s in preview.summary)
        assert any("names; it was not read" in s for s in preview.summary)
        assert "personal_id" not in preview.mapping.values()
        assert preview.summary[0].startswith("100 referrals counted")
        catalogue.apply(preview.changeset("Import list.xlsx"))
        stored = {(p, m, s, k): v for p, m, s, k, v in catalogue.demand_rows()}
        for change in preview.demand:
            key = change.key
            assert stored[(key.programme_id, key.month, key.source, key.kind)] == change.after
    data = example_path.read_bytes()
    for value in ids + people:
        assert value.encode() not in data
        assert value.replace("-", "").encode() not in data
        assert value.encode("utf-16-le") not in data


def test_counts_per_programme_month_and_source(catalogue_path, tmp_path):
    with Catalogue.open(catalogue_path) as catalogue:
        from amp_desktop.core.domain import Programme

        catalogue.add_programme(Programme(name="Atlas", code="ATLA"))
        path, _ids, _names = referral_list(tmp_path / "l.xlsx", ["Atlas", "ATLA", "atlas"], rows=60)
        preview = analyse(catalogue, path)
        counted = Counter()
        for change in preview.demand:
            counted[change.key.source] += change.after
        assert sum(counted.values()) == 60
        assert set(counted) <= {"AF", "SKE"}
        assert set(preview.new_sources) == {"AF", "SKE"}
        change = catalogue.apply(preview.changeset("import"))
        assert change.counts()["sources"] == 2
        again = analyse(catalogue, path)
        assert again.demand == [] and again.unchanged == len(preview.demand)


def test_unmatched_programmes_are_listed_and_can_be_mapped(example_path, tmp_path):
    with Catalogue.open(example_path) as catalogue:
        path, _ids, _names = referral_list(tmp_path / "u.xlsx", ["Atlas", "Okänd kurs"], rows=30)
        preview = analyse(catalogue, path)
        assert preview.unmatched == ["Okänd kurs"]
        assert preview.blocking
        assert "Okänd kurs" in str(preview.problems[0])
        mapped = analyse(catalogue, path, programme_map={"Okänd kurs": "C2C"})
        assert not mapped.unmatched and not mapped.blocking


@pytest.mark.parametrize("column", ["Anvisningsdatum", "Insats"])
def test_a_column_of_identity_numbers_cannot_be_mapped_as_data(example_path, tmp_path, column):
    with Catalogue.open(example_path) as catalogue:
        path, _ids, _names = referral_list(tmp_path / "x.xlsx", ["Atlas"], rows=20)
        preview = analyse(
            catalogue,
            path,
            mapping={"Personnummer": "date" if column == "Anvisningsdatum" else "programme"},
        )
        assert preview.blocking
        assert any("personal identity numbers" in p.message for p in preview.problems)


def test_dates_that_cannot_be_read_are_shown_with_their_cell(example_path, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Datum", "Insats", "Anvisare"])
    ws.append(["2030-01-15", "Atlas", "AF"])
    ws.append(["15/1/2026", "Atlas", "AF"])  # day/month order is not certain
    path = tmp_path / "d.xlsx"
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.kind == "referrals"
    assert [p.where for p in preview.problems] == ["Sheet!A3"]
    assert [(c.key.month, c.after) for c in preview.demand] == [("2030-01", 1.0)]


def _list(tmp_path, rows):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Anvisningsdatum", "Insats", "Anvisande part"])
    for row in rows:
        ws.append(row)
    path = tmp_path / "l.xlsx"
    wb.save(path)
    return path


def test_dates_outside_1990_to_2100_are_problems_and_not_counted(example_path, tmp_path):
    """A stray 1900-01-01 or 9999-12-31 was counted, and then the export crashed."""
    import datetime as dt

    path = _list(
        tmp_path,
        [
            [dt.date(2026, 2, 3), "Atlas", "AF"],
            [dt.date(1900, 1, 1), "Atlas", "AF"],
            [dt.date(9999, 12, 31), "Atlas", "AF"],
            ["1989-12", "Atlas", "AF"],
            [dt.date(1990, 1, 1), "Atlas", "AF"],
            [dt.date(2100, 12, 31), "Atlas", "AF"],
        ],
    )
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert [p.where for p in preview.problems] == ["Sheet!A3", "Sheet!A4", "Sheet!A5"]
    assert all("1990" in p.message for p in preview.problems)
    assert sorted(c.key.month for c in preview.demand) == ["1990-01", "2026-02", "2100-12"]


def test_a_new_source_in_two_cases_is_one_source(example_path, tmp_path):
    """“Kommun” and “kommun” previewed as two new sources; the apply then failed."""
    import datetime as dt

    path = _list(
        tmp_path,
        [
            [dt.date(2026, 2, 3), "Atlas", "Kommun"],
            [dt.date(2026, 2, 4), "Atlas", "kommun"],
            [dt.date(2026, 2, 5), "Atlas", "KOMMUN"],
            [dt.date(2026, 2, 6), "Atlas", "af"],  # the catalogue's AF
        ],
    )
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
        assert not preview.problems and preview.new_sources == ["Kommun"]
        assert sorted((c.key.source, c.after) for c in preview.demand) == [
            ("AF", 1.0),
            ("Kommun", 3.0),
        ]
        catalogue.apply(preview.changeset("import"))
        assert [s.code for s in catalogue.sources() if s.code.casefold() == "kommun"] == ["Kommun"]


def test_a_count_column_counts_each_row_as_that_many_referrals(example_path, tmp_path):
    """The count column “Antal anvisade” (3, 2) was counted as 1, 1, and neither
    it nor “Handläggare” was named as a column not read."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Insats", "Anvisningsdatum", "Anvisande part", "Handläggare", "Antal anvisade"])
    for n in range(80):  # past the first rows a large sheet is read in chunks
        ws.append(["Atlas", dt.datetime(2024, 1, 10), "AF", "Eva", 3 if n % 2 else 2])
    ws.append(["C2C", dt.datetime(2024, 2, 1), "AF", "Bo", 2.5])  # not whole: row 82
    ws.append(["C2C", dt.datetime(2024, 2, 1), "AF", "Bo", -1])  # negative: row 83
    ws.append(["C2C", dt.datetime(2024, 3, 1), "AF", "Bo", "4"])
    path = tmp_path / "c.xlsx"
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    assert preview.kind == "referrals"
    assert [(c.key.month, c.after) for c in preview.demand] == [
        ("2024-01", 40 * 3 + 40 * 2.0),
        ("2024-03", 4.0),
    ]
    assert [p.where for p in preview.problems] == ["Sheet!E82", "Sheet!E83"]
    assert all("whole number" in p.message for p in preview.problems)
    assert any("“Handläggare”" in s and "not read" in s for s in preview.summary)
    assert not any("“Antal anvisade”" in s for s in preview.summary)


@pytest.mark.parametrize("rows", [5, 80])  # 80: past the first rows, read in chunks
def test_the_gender_and_need_lines_count_a_row_as_its_count(example_path, tmp_path, reader, rows):
    """The gender and need-level summary lines counted rows (a row of "Antal" 3
    as one referral) while the monthly counts used the count column."""
    import datetime as dt

    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Insats", "Anvisningsdatum", "Kön", "Behovsnivå", "Antal"])
    for n in range(rows):
        ws.append(
            ["Atlas", dt.datetime(2024, 1, 10), "K" if n % 2 else "M", "2", 3 if n % 2 else 1]
        )
    ws.append(["Atlas", dt.datetime(2024, 1, 10), "K", "1", 0])  # none: not in the lines
    ws.append(["Atlas", dt.datetime(2024, 1, 10), "M", "1", "x"])  # unreadable: a problem
    path = tmp_path / "g.xlsx"
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    women, men = 3 * (rows // 2), rows - rows // 2
    assert [c.after for c in preview.demand] == [float(women + men)]
    lines = [s for s in preview.summary if s.startswith(("Gender", "Need level"))]
    assert lines == [f"Gender: K: {women}, M: {men}", f"Need level: 1: 0, 2: {women + men}"]


def test_an_empty_date_is_a_problem_without_empty_brackets(example_path, tmp_path):
    """A totals row with no date ended its message in "()"."""
    import datetime as dt

    path = _list(tmp_path, [[dt.datetime(2024, 1, 10), "Atlas", "AF"], [None, "Summa", None]])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path)
    # (4 December, evening: a footer row is skipped and listed, no longer refused; a row
    # without a date that is no footer is still refused: test_referral_footers_dec4e.py)
    assert not preview.problems and [r.where for r in preview.skipped_rows] == ["Sheet!B3"]
    assert [c.after - (c.before or 0) for c in preview.demand] == [1.0]


def test_a_referral_list_in_a_hidden_sheet_gives_way_to_the_one_the_user_sees(
    example_path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    old = wb.active
    old.title = "Anvisningar 2023"
    new = wb.create_sheet("Anvisningar")
    for sheet, year, rows in ((old, 2023, 9), (new, 2026, 3)):
        sheet.append(["Anvisningsdatum", "Insats", "Anvisande part"])
        for day in range(1, rows + 1):
            sheet.append([dt.date(year, 1, day), "Atlas", "AF"])
    old.sheet_state = "hidden"
    path = tmp_path / "two.xlsx"
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        assert detect_kind(path) == "referrals"
        preview = analyse(catalogue, path, "referrals")
    assert preview.sheet == "Anvisningar" and not preview.blocking, preview.problems
    assert {change.key.month for change in preview.demand} == {"2026-01"}
    assert sum(change.after for change in preview.demand) == 3


def test_a_mapped_list_behind_a_cover_sheet_is_still_the_list(example_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A column mapping lets a sheet with any known header be read, but not before a
    sheet that is a referral list: a hidden list behind a report's cover sheet."""
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    data = wb.active
    data.title = "Data"
    data.append(["Anvisningsdatum", "Insats", "Anvisande part"])
    for day in range(1, 11):
        data.append([dt.date(2026, 2, day), "Atlas", "AF"])
    cover = wb.create_sheet("Rapport")
    cover.append(["Utskriven", "Datum"])
    cover.append(["AMP", dt.date(2026, 3, 1)])
    data.sheet_state = "hidden"
    path = tmp_path / "cover.xlsx"
    wb.save(path)
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, "referrals", mapping={"Anvisande part": "source"})
    assert preview.sheet == "Data" and not preview.blocking, preview.problems
    assert sum(change.after for change in preview.demand) == 10
    assert any("read from sheet “Data”, which is hidden" in line for line in preview.summary)


def test_a_year_split_into_monthly_sheets_is_refused_until_it_is_one_sheet(
    example_path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    for number, month in enumerate(("Januari", "Februari")):
        sheet = wb.active if number == 0 else wb.create_sheet()
        sheet.title = month
        sheet.append(["Anvisningsdatum", "Insats", "Anvisande part"])
        for day in range(1, 6):
            sheet.append([dt.date(2026, number + 1, day), "Atlas", "AF"])
    path = tmp_path / "months.xlsx"
    wb.save(path)
    before = example_path.read_bytes()
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, "referrals")
    (split,) = [p for p in preview.problems if p.whole]
    assert split.where == "Februari!A1" and "a referral list too" in split.message
    assert preview.blocking and example_path.read_bytes() == before


def _hidden_workbook(tmp_path, sheets, cover=False):  # type: ignore[no-untyped-def]
    """A workbook of referral lists: (title, year, month, rows, hidden) per sheet,
    behind a report's cover sheet if *cover*."""
    import datetime as dt

    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    if cover:
        wb.create_sheet("Försättsblad").append(["Rapport", "Anvisningar 2026"])
    for title, year, month, rows, hidden in sheets:
        sheet = wb.create_sheet(title)
        sheet.append(["Anvisningsdatum", "Insats", "Anvisande part"])
        for day in range(1, rows + 1):
            sheet.append([dt.date(year, month, day), "Atlas", "AF"])
        if hidden:
            sheet.sheet_state = "hidden"
    path = tmp_path / "hidden.xlsx"
    wb.save(path)
    return path


def test_a_hidden_referral_list_that_is_not_read_is_named_in_the_preview(
    example_path, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """The participant import said so of a hidden list it skipped; the referral
    import skipped it without a word."""
    path = _hidden_workbook(
        tmp_path, [("Anvisningar", 2026, 1, 3, False), ("Gammal kopia", 2023, 1, 9, True)]
    )
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, "referrals")
    assert preview.sheet == "Anvisningar" and not preview.blocking, preview.problems
    assert sum(change.after for change in preview.demand) == 3
    assert (
        "Sheet “Gammal kopia” is hidden in the workbook and is a referral list too; "
        "it was not read." in preview.summary
    )


def test_a_year_split_over_hidden_sheets_is_refused_too(example_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Every monthly sheet hidden behind a cover: only the first month was counted,
    silently, because hidden sheets were never looked at for the split."""
    path = _hidden_workbook(
        tmp_path, [("Januari", 2026, 1, 5, True), ("Februari", 2026, 2, 5, True)], cover=True
    )
    before = example_path.read_bytes()
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, "referrals")
    assert preview.sheet == "Januari"
    (split,) = [p for p in preview.problems if p.whole]
    assert split.where == "Februari!A1" and "a referral list too" in split.message
    assert preview.blocking and example_path.read_bytes() == before


def test_an_empty_hidden_template_is_no_second_list(example_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A hidden list behind a cover, beside a hidden template with the same header and
    no rows: the template was taken for a month of the same list, and the import
    refused (reviewer, 3 December evening)."""
    path = _hidden_workbook(
        tmp_path, [("Data", 2026, 1, 4, True), ("Mall", 2026, 1, 0, True)], cover=True
    )
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, "referrals")
    assert preview.sheet == "Data" and not preview.blocking, preview.problems
    assert sum(change.after for change in preview.demand) == 4


def test_hidden_helper_sheets_in_front_do_not_hide_a_split_list(example_path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Thirty hidden helper sheets in front of twelve monthly sheets used up the 24
    sheets looked at: the year was read as January alone, without a word."""
    helpers = [(f"Hjälp {i}", 2026, 1, 0, True) for i in range(30)]
    months = [(f"M{m:02d}", 2026, m, 3, False) for m in range(1, 13)]
    path = _hidden_workbook(tmp_path, [*helpers, *months])
    with Catalogue.open(example_path) as catalogue:
        preview = analyse(catalogue, path, "referrals")
    assert preview.sheet == "M01" and preview.blocking
    assert [p.where for p in preview.problems if p.whole] == [f"M{m:02d}!A1" for m in range(2, 13)]
