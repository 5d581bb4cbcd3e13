"""Two participant lists that meet: the first for January–June, taken on 20 June; the
second for July–December, holding everyone running in July — eight who started on
21–30 June among them.  AMP keeps January–June from the first (the second holds only
part of them) and the participants of 2025 do not count the eight, so the year shows
fewer than July–December (found by the review of 7 December).  The import says so in
its preview; a second list that agrees with the first says nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from tests.participant_lists import write_list

D = dt.date
HEADER = ["Personnummer", "Insats", "Startdatum", "Slutdatum", "Avslutsorsak"]
SPRING = [
    ["850101-1236", "Glapp", D(2025, 1, 10), None, None],
    ["9001011239", "Glapp", D(2025, 3, 1), D(2025, 6, 10), "Arbete"],
]
LATE = ["121212-1212", "19900101-1239", "850101-1244", "850101-1251", "850101-1269",
        "850101-1277", "850101-1285", "850101-1293"]  # fmt: skip
AUTUMN = [
    ["850101-1236", "Glapp", D(2025, 1, 10), None, None],
    ["850101-1301", "Glapp", D(2025, 8, 4), D(2025, 12, 12), "Arbete"],
]


def _import(catalogue: Catalogue, path: Path) -> list[str]:
    preview = analyse(catalogue, path, kind="participants")
    assert not preview.blocking
    catalogue.apply(preview.changeset("import"))
    return [p.message for p in preview.problems]


@pytest.mark.parametrize("late", [8, 1, 0])
def test_a_list_counting_more_running_than_the_kept_month_ended_with_says_so(
    tmp_path: Path, late: int
) -> None:
    with Catalogue.create(tmp_path / "c.amp") as catalogue:
        catalogue.apply(
            ChangeSet("t", (ProgrammeChange(1, None, Programme("Glapp", places=10, id=1)),))
        )
        _import(catalogue, write_list(tmp_path / "a.xlsx", [HEADER, *SPRING]))
        autumn = AUTUMN + [
            [n, "Glapp", D(2025, 6, 21 + i), None, None] for i, n in enumerate(LATE[:late])
        ]
        said = _import(catalogue, write_list(tmp_path / "b.xlsx", [HEADER, *autumn]))
        seams = [m for m in said if "were not running" in m or "was not running" in m]
        if late == 0:
            assert seams == []
            return
        counted = "1 enrolment" if late == 1 else f"{late} enrolments"
        verb = "was" if late == 1 else "were"
        assert seams == [
            f"{counted} (“Glapp”) running on the first day of 2025-07 {verb} not running at "
            "the end of 2025-06 in the results AMP has (started late in 2025-06 and "
            "registered after that list was taken?): a period across both months counts "
            f"{'it' if late == 1 else 'them'} among its participants, but not "
            f"{'its start' if late == 1 else 'their starts'} in 2025-06; a list covering "
            "both months would."
        ]
