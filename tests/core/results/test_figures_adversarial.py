"""Adversarial figures: hidden small counts that a reader could still work out from
what is printed beside them, found by hand-made participant lists."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_RESULTS, build_report
from amp_desktop.core.results.suppress import SMALL_TEXT, suppress
from amp_desktop.core.store import Catalogue
from tests.participant_lists import identity_number, write_list

D = dt.date
HEADER = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]


def _bounded_sums_pinned(
    counts: dict[str, int],
    sums: list[tuple[list[str], str]],
    small: set[str],
    complementary: set[str],
) -> list[tuple[list[str], str]]:
    """The relations whose shown cells tell their hidden ``<5`` parts exactly (a part
    hidden as ".." may be any count, so it leaves room)."""
    hidden = small | complementary
    pinned = []
    for parts, total in sums:
        inside = [p for p in parts if p in hidden]
        if not inside or not set(inside) <= small or total in complementary:
            continue
        shown = sum(counts[p] for p in parts if p not in hidden)
        if total in small:  # a "<5" total: parts of 1–4 beside shown ones adding up to 4 − k
            if len(inside) + shown == 4:
                pinned.append((parts, total))
            continue
        if len(inside) >= 2 and counts[total] - shown in (len(inside), 4 * len(inside)):
            pinned.append((parts, total))
    return pinned


def test_two_small_counts_are_not_told_by_a_total_only_one_pair_gives() -> None:
    # Exits 12 = work 10 + municipal job <5 + interrupted <5: both must be 1.
    counts = {"work": 10, "municipal_job": 1, "interrupted": 1, "exits": 12}
    sums = [(["work", "municipal_job", "interrupted"], "exits")]
    small, complementary = suppress(counts, sums)
    assert small == {"municipal_job", "interrupted"}
    assert not _bounded_sums_pinned(counts, sums, small, complementary)
    # To work or studies 8 = work <5 + studies <5: both must be 4.
    counts = {"work": 4, "studies": 4, "work_or_studies": 8}
    sums = [(["work", "studies"], "work_or_studies")]
    small, complementary = suppress(counts, sums)
    assert not _bounded_sums_pinned(counts, sums, small, complementary)


def test_small_parts_under_a_small_total_are_not_told_by_it() -> None:
    """A programme with 4 exits, each for another reason, printed "<5" for the exits and
    for each reason: they can only be 1, 1, 1, 1 (reviewer, 3 December evening)."""
    counts = {"work": 1, "studies": 1, "completed": 1, "interrupted": 1, "other": 0, "exits": 4}
    sums = [(["work", "studies", "completed", "interrupted", "other"], "exits")]
    small, complementary = suppress(counts, sums)
    assert "exits" in complementary and "exits" not in small  # written ".."
    assert not _bounded_sums_pinned(counts, sums, small, complementary)
    # Room left (2 of at most 4): as before.
    counts = {"a": 1, "b": 1, "c": 0, "t": 2}
    assert suppress(counts, [(["a", "b", "c"], "t")]) == ({"a", "b", "t"}, set())


def test_small_counts_that_leave_room_stay_as_they_were() -> None:
    counts = {"K": 3, "M": 2, "all": 5}
    assert suppress(counts, [(["K", "M"], "all")]) == ({"K", "M"}, set())
    counts = {"a": 10, "b": 2, "c": 3, "t": 15}
    assert suppress(counts, [(["a", "b", "c"], "t")]) == ({"b", "c"}, set())


def _list_of_twelve_exits(path: Path) -> Path:
    """Jobbspår in 2025: 10 exits to work, 1 to a municipal job, 1 interrupted."""
    import random

    rng = random.Random(7)
    reasons = ["Arbete utan stöd"] * 10 + ["Extratjänst", "Avbrott – flytt"]
    rows: list[list[object]] = [HEADER]
    for day, reason in enumerate(reasons, start=1):
        gender = "K" if day % 2 else "M"
        start, end = D(2025, 1, day), D(2025, 6, day)
        rows.append([identity_number(rng), "Jobbspår", start, end, reason, gender])
    return write_list(path, rows)


def test_the_printed_exits_by_reason_do_not_give_two_small_counts_away(
    catalogue_path: Path, tmp_path: Path
) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.add_programme(Programme("Jobbspår", places=10, annual_budget_sek=1_200_000))
        path = _list_of_twelve_exits(tmp_path / "deltagare.xlsx")
        catalogue.apply(analyse(catalogue, path).changeset("Import"))
        report = build_report(catalogue, KIND_RESULTS, Period.year(2025))
    reasons = report.table("Exits by reason")
    rows = [*reasons.rows, *([reasons.total] if reasons.total else [])]
    assert rows
    for row in rows:
        exits, by_reason = row[1], row[2:]
        assert SMALL_TEXT in by_reason or exits == SMALL_TEXT  # the list has small reasons
        if not exits.isdigit() or any(
            c not in (SMALL_TEXT,) and not c.isdigit() for c in by_reason
        ):
            continue  # a total or a part hidden by "..": nothing to work out
        k = sum(c == SMALL_TEXT for c in by_reason)
        rest = int(exits) - sum(int(c) for c in by_reason if c.isdigit())
        assert rest not in (k, 4 * k), f"{row[0]}: {k} hidden counts of 1–4 add up to {rest}"


def test_counts_never_printed_tell_nothing_by_their_bounds() -> None:
    # Women 4 + men 4 = 8: printed as "<5", "<5" and 8 they are both 4 …
    counts = {"K": 4, "M": 4, "?": 0, "all": 8}
    sums = [(["K", "M", "?"], "all")]
    small, complementary = suppress(counts, sums)
    assert not _bounded_sums_pinned(counts, sums, small, complementary)
    assert complementary == {"all"}
    # … but where only their shares are printed (the results), the 8 stays.
    assert suppress(counts, sums, unprinted=["K", "M"]) == ({"K", "M"}, set())


def test_the_excel_results_sheet_hides_no_share_for_reasons_it_never_prints(
    catalogue_path: Path, tmp_path: Path
) -> None:
    """The sheet prints no exits by reason, but the bounds of those "<5" cells hid its
    work-or-studies count, its share and its cost per result for nothing (reviewer)."""
    from openpyxl import Workbook

    from amp_desktop.core.excel.results_sheet import write_results_sheet

    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.add_programme(Programme("Jobbspår", places=10, annual_budget_sek=1_200_000))
        catalogue.apply(
            analyse(catalogue, _list_of_twelve_exits(tmp_path / "l.xlsx")).changeset("x")
        )
        workbook = Workbook()
        assert write_results_sheet(workbook, catalogue, exact=False)
    sheet = workbook.worksheets[-1]
    titles = [cell.value for cell in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "Jobbspår")
    assert row[titles.index("Exits")] == 12
    assert row[titles.index("To work or studies")] == 10
    assert row[titles.index("Share to work or studies")] == 10 / 12


def test_the_excel_results_sheet_says_which_months_no_list_covers(
    catalogue_path: Path, tmp_path: Path
) -> None:
    """The printouts and amp results said it; the export's Results sheet, a year per row,
    showed a year the lists cover from June only without a word."""
    import random

    from openpyxl import Workbook

    from amp_desktop.core.excel.results_sheet import write_results_sheet

    person = identity_number(random.Random(1))
    june = [person, "Jobbspår", dt.date(2025, 6, 2), dt.date(2025, 12, 19), "Arbete", "K"]
    rows = [HEADER, june]
    with Catalogue.open(catalogue_path) as catalogue:
        catalogue.add_programme(Programme("Jobbspår", places=10, annual_budget_sek=1_200_000))
        catalogue.apply(analyse(catalogue, write_list(tmp_path / "l.xlsx", rows)).changeset("x"))
        workbook = Workbook()
        assert write_results_sheet(workbook, catalogue, exact=False)
    texts = [str(r[0]) for r in workbook.worksheets[-1].iter_rows(values_only=True) if r and r[0]]
    assert any(t.startswith("No results imported for 2025-01 … 2025-05:") for t in texts)
