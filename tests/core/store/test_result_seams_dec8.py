"""Where two participant lists meet without a gap (:mod:`amp_desktop.core.store.result_seams`).

Programme "Glapp".  The first list covers January–June and was taken on 20 June:
Adam (M, running since 10 January) and Bert (M, 1 March – 10 June, to work).  The
second covers July–December: Adam still running, Cecilia (K, 4 August – 12 December,
to work) and eight who started on 21–28 June, after the first list was taken (five
men, three women).  AMP keeps January–June from the first list (the second does not
hold Bert) and July–December from the second.

By hand: January–June 2 participants (Adam, Bert); July–December running on 1 July 9
(Adam and the eight) + Cecilia's start = 10; 2025: running on 1 January none +
starts January–June 2 + on 1 July beyond those running at the end of June (Adam): the
eight + Cecilia's start = 11 (men 7, women 4).  Before, the year showed 3 — fewer than
its second half.  Every reader gives those figures; undo takes the seam away with the
list, a third list over the whole year says "before" by the same rule, and a file of
the schema before the table is marked where its months disagree.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.planning import Period
from amp_desktop.core.results.aggregate import Enrolment, aggregate
from amp_desktop.core.results.period import ResultsFilter
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange, ResultsChange
from amp_desktop.core.store.result_coverage import covering
from tests.participant_lists import write_list
from tests.results_data import INDEX_SOURCES, index_read_from, participant_figures, results_argv

D = dt.date
HEADER = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak", "Kön"]
ADAM = ["850101-1236", "Glapp", D(2025, 1, 10), None, None, "M"]
SPRING = [ADAM, ["9001011239", "Glapp", D(2025, 3, 1), D(2025, 6, 10), "Arbete", "M"]]
LATE = [
    [number, "Glapp", D(2025, 6, 21 + i), None, None, gender]
    for i, (number, gender) in enumerate(
        [("121212-1212", "M"), ("19900101-1239", "M"), ("850101-1244", "K"),
         ("850101-1251", "M"), ("850101-1269", "K"), ("850101-1277", "M"),
         ("850101-1285", "K"), ("850101-1293", "M")]
    )
]  # fmt: skip
AUTUMN = [ADAM, ["850101-1301", "Glapp", D(2025, 8, 4), D(2025, 12, 12), "Arbete", "K"], *LATE]

#: period → (participants, women, men, starts, exits) of Glapp
EXPECTED = {
    Period.year(2025): (11, 4, 7, 3, 2),
    Period("2025-07", "2025-12"): (10, 4, 6, 1, 1),
    Period("2025-01", "2025-06"): (2, 0, 2, 2, 1),
    Period("2025-06", "2025-07"): (10, 3, 7, 0, 1),
    Period("2025-07", "2025-07"): (9, 3, 6, 0, 0),
}


def _import(catalogue: Catalogue, path: Path) -> ResultsChange:
    preview = analyse(catalogue, path, kind="participants")
    assert not preview.blocking and preview.results is not None
    catalogue.apply(preview.changeset("import"))
    return preview.results


@pytest.fixture
def catalogue(tmp_path: Path) -> Iterator[Catalogue]:
    with Catalogue.create(tmp_path / "c.amp") as made:
        made.apply(ChangeSet("t", (ProgrammeChange(1, None, Programme("Glapp", places=10, id=1)),)))
        _import(made, write_list(tmp_path / "a.xlsx", [HEADER, *SPRING]))
        _import(made, write_list(tmp_path / "b.xlsx", [HEADER, *AUTUMN]))
        yield made


def _tallied(catalogue: Catalogue, period: Period) -> int:
    tallies = catalogue.results_tallies(period.first, period.last)
    return sum(c["enrolled"] + c["starts"] for c in tallies.values())


def test_the_second_list_is_kept_from_july_and_marked_where_it_meets_the_first(
    catalogue: Catalogue,
) -> None:
    assert catalogue.results_seams() == {1: {"2025-07"}}
    assert catalogue.results_months() == {1: ("2025-01", "2025-12")}


@pytest.mark.parametrize("read_from", INDEX_SOURCES)
def test_the_results_tab_counts_those_running_where_two_lists_meet(
    catalogue: Catalogue, read_from: str
) -> None:
    from amp_desktop.ui.results.computation import compute_results

    programmes = catalogue.programmes()
    index = index_read_from(catalogue, read_from)
    for period, expected in EXPECTED.items():
        document = compute_results(catalogue, programmes, period, ResultsFilter(), index)
        assert [participant_figures(row) for row in document["programmes"]] == [expected], period
        assert document["totals"]["need_level"][""]["participants"] == expected[0], period
        for at, gender in ((1, "K"), (2, "M")):
            narrowed = ResultsFilter(gender=gender)
            document = compute_results(catalogue, programmes, period, narrowed, index)
            assert document["programmes"][0]["participants"] == expected[at], (period, gender)


def test_the_store_cli_and_yearly_sums_count_them_too(
    catalogue: Catalogue, capsys: pytest.CaptureFixture[str]
) -> None:
    from amp_desktop.cli import main

    for period, expected in EXPECTED.items():
        assert _tallied(catalogue, period) == expected[0], period
        assert main(results_argv(catalogue.path, period, ResultsFilter())) == 0
        document = json.loads(capsys.readouterr().out)
        assert [participant_figures(row) for row in document["programmes"]] == [expected], period
        sums = catalogue.results_by_gender(period.first, period.last)
        for at, gender in ((1, "K"), (2, "M")):
            counts = sums.get(gender, {})
            assert counts.get("enrolled", 0) + counts.get("starts", 0) == expected[at], period
    # the year counts no fewer than either half
    assert _tallied(catalogue, Period.year(2025)) >= _tallied(
        catalogue, Period("2025-07", "2025-12")
    )


def test_a_list_of_the_whole_year_says_before_by_the_same_rule(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    whole = [*SPRING, *AUTUMN[1:]]
    preview = analyse(
        catalogue, write_list(tmp_path / "c.xlsx", [HEADER, *whole]), kind="participants"
    )
    assert preview.results is not None
    assert preview.results_summary == [
        {"programme": "Glapp", "participants": [11, 11], "starts": [3, 11], "exits": [2, 2]}
    ]
    catalogue.apply(preview.changeset("import"))
    assert catalogue.results_seams() == {}  # one list now
    assert _tallied(catalogue, Period.year(2025)) == 11


def test_undo_takes_the_seam_away_with_the_list_and_redo_brings_it_back(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    again = _import(catalogue, write_list(tmp_path / "b2.xlsx", [HEADER, *AUTUMN]))
    assert again.is_empty()  # the same list again changes nothing
    undo = ChangeSet("undo", results=(again.inverse(),), kind="import")
    catalogue.apply(undo)
    assert catalogue.results_seams() == {1: {"2025-07"}}
    # taking the second list away (as undo does) leaves the first alone
    path = tmp_path / "b3.xlsx"
    made = analyse(catalogue, write_list(path, [HEADER, *AUTUMN]), kind="participants").results
    assert made is not None
    second = ResultsChange(
        made.programme_ids, made.first, made.last, made.after, (),
        coverage_before=made.coverage_after, coverage_after=(),
        seams_before=made.seams_after, seams_after=(),
    )  # fmt: skip
    catalogue.apply(ChangeSet("undo", results=(second,), kind="import"))
    assert catalogue.results_seams() == {}
    assert _tallied(catalogue, Period.year(2025)) == 2
    catalogue.apply(ChangeSet("redo", results=(second.inverse(),), kind="import"))
    assert catalogue.results_seams() == {1: {"2025-07"}}
    assert _tallied(catalogue, Period.year(2025)) == 11


def test_a_list_replacing_the_first_marks_where_it_meets_the_kept_second(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """The first list taken again on 30 June (with the eight): it meets the second in
    July, and now agrees with it: the seam stays and adds nothing."""
    spring = [*SPRING, *LATE]
    change = _import(catalogue, write_list(tmp_path / "a2.xlsx", [HEADER, *spring]))
    assert (change.first, change.last) == ("2025-01", "2025-06")
    assert change.seams_after == ((1, "2025-07"),)
    assert catalogue.results_seams() == {1: {"2025-07"}}
    assert _tallied(catalogue, Period.year(2025)) == 11  # (the eight's starts in June now)
    tallies = catalogue.results_tallies("2025-01", "2025-12")
    assert sum(c["starts"] for c in tallies.values()) == 11


def test_deleting_the_programme_and_undoing_it_keeps_the_seam(catalogue: Catalogue) -> None:
    from amp_desktop.core.store.builders import delete_programmes

    deleted = delete_programmes(catalogue, [1])
    catalogue.apply(deleted)
    assert catalogue.results_seams() == {}
    catalogue.apply(deleted.inverse())
    assert catalogue.results_seams() == {1: {"2025-07"}}
    assert _tallied(catalogue, Period.year(2025)) == 11


def test_a_seam_between_lists_that_agree_adds_nothing(tmp_path: Path) -> None:
    """One list's counts cut at any month into two imports, each marking where it
    meets the other: every period's participants as with the one list."""
    rng = random.Random(8)
    for attempt in range(30):
        made = []
        for _ in range(rng.randint(1, 30)):
            start = D(2024, 7, 1) + dt.timedelta(days=rng.randrange(540))
            end = start + dt.timedelta(days=rng.randrange(0, 300))
            ended = end <= D(2025, 12, 31) and rng.random() < 0.8
            made.append(
                Enrolment(1, start, end if ended else None, "work" if ended else None,
                          rng.choice("KM"), rng.choice(("AM1", "AM2", "")), "")
            )  # fmt: skip
        cut = rng.randint(2, 12)
        whole = _participants_of(tmp_path / f"{attempt}-whole.amp", [(made, "2025-01", "2025-12")])
        halves = _participants_of(
            tmp_path / f"{attempt}-halves.amp",
            [(made, "2025-01", f"2025-{cut - 1:02d}"), (made, f"2025-{cut:02d}", "2025-12")],
        )
        assert halves == whole, cut


def _participants_of(path: Path, lists: list[tuple[list[Enrolment], str, str]]) -> list[int]:
    """The participants of three periods after importing *lists* in turn as an import
    does (with its seams)."""
    with Catalogue.create(path) as catalogue:
        catalogue.apply(ChangeSet("t", (ProgrammeChange(1, None, Programme("Glapp", id=1)),)))
        for made, first, last in lists:
            rows = tuple(aggregate(made, first, last).sorted_rows())
            change = ResultsChange(
                (1,), first, last, tuple(catalogue.results_scope((1,), first, last)), rows,
                coverage_before=tuple(catalogue.results_coverage_scope((1,), first, last)),
                coverage_after=covering((1,), first, last),
                seams_before=tuple(catalogue.results_seams_scope((1,), first, last)),
                seams_after=catalogue.results_import_seams((1,), first, last),
            )  # fmt: skip
            catalogue.apply(ChangeSet("Results", results=(change,), kind="import"))
        if len(lists) > 1:
            assert catalogue.results_seams() == {1: {lists[1][1]}}
        periods = [Period.year(2025), Period("2025-03", "2025-09"), Period.tertial(2025, 2)]
        return [_tallied(catalogue, period) for period in periods]


def test_an_upgraded_file_is_marked_where_its_months_disagree(
    catalogue: Catalogue, tmp_path: Path
) -> None:
    """A file older than the table (version 6 here) holding the two lists' months: the
    month where they meet is found by its figures, and the year counts the eight as
    an import now does."""
    import sqlite_utils

    from amp_desktop.core.store.schema import APPLICATION_ID, migrations

    rows = catalogue.results_scope([1], "0000-00", "9999-99")
    path = tmp_path / "v6.amp"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    migrations.apply(sqlite_utils.Database(conn), stop_before="0007_result_sums")
    conn.execute("INSERT INTO programmes(id, name, places) VALUES(1, 'Glapp', 10)")
    conn.executemany("INSERT INTO results VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.close()
    # read only, the copy upgraded in memory counts the same (the review of 8 December)
    with Catalogue.open(path, read_only=True) as viewed:
        assert viewed.results_seams() == {1: {"2025-07"}}
        assert _tallied(viewed, Period.year(2025)) == 11
    with Catalogue.open(path) as upgraded:
        assert upgraded.schema_version == 8
        assert upgraded.results_seams() == {1: {"2025-07"}}
        assert _tallied(upgraded, Period.year(2025)) == 11
        index = index_read_from(upgraded, "compact sums")
        from amp_desktop.ui.results.computation import compute_results

        document = compute_results(
            upgraded, upgraded.programmes(), Period.year(2025), ResultsFilter(), index
        )
        assert document["programmes"][0]["participants"] == 11


def test_a_list_imported_before_the_kept_later_one_says_where_they_meet(tmp_path: Path) -> None:
    """The lists the other way round (the review of 8 December): July–December first,
    then January–June taken on 20 June.  The first list's last month meets the kept
    July: the preview says so of the month after, and 2025 counts the eight."""
    with Catalogue.create(tmp_path / "c.amp") as catalogue:
        catalogue.apply(ChangeSet("t", (ProgrammeChange(1, None, Programme("Glapp", id=1)),)))
        _import(catalogue, write_list(tmp_path / "b.xlsx", [HEADER, *AUTUMN]))
        path = write_list(tmp_path / "a.xlsx", [HEADER, *SPRING])
        preview = analyse(catalogue, path, kind="participants")
        said = [p.message for p in preview.problems if "in this list" in p.message]
        assert said == [
            "8 enrolments (“Glapp”) running on the first day of 2025-07 in the results AMP "
            "keeps were not running at the end of 2025-06 in this list (started late in "
            "2025-06, after this list was taken?): a period across both months counts them "
            "among its participants, but not their starts in 2025-06; a list covering both "
            "months would."
        ]
        catalogue.apply(preview.changeset("import"))
        assert catalogue.results_seams() == {1: {"2025-07"}}
        assert _tallied(catalogue, Period.year(2025)) == 11
