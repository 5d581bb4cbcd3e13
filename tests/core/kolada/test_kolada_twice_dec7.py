"""A Kolada CSV giving one figure two ways (the same KPI, place, year and gender on two
lines with different values) is refused naming both lines; before, the last line was
stored without a word (found by the files helper, 7 December).  The same value twice
(a file pasted together from two exports) is read once."""

from __future__ import annotations

import pytest

from amp_desktop.core.kolada.changes import read_import
from amp_desktop.core.kolada.values import KoladaFileError, read_csv

HEADER = "Nyckeltal id;Kommun-id;År;Kön;Värde;Antal\n"


@pytest.mark.parametrize(
    ("again", "differs"), [("41,7;", "value"), ("41,5;12", "count"), ("41,5;", None)]
)
def test_a_figure_given_twice_is_refused_when_the_lines_disagree(again, differs) -> None:
    text = HEADER + "U40455;1980;2024;T;41,5;\nU40455;0000;2024;T;35;\n"
    text += f"U40455;1980;2024;T;{again}\n"
    if differs is None:
        assert [v.municipality for v in read_csv(text).values] == ["1980", "0000"]
        return
    with pytest.raises(KoladaFileError) as raised:
        read_csv(text)
    assert str(raised.value) == (
        "Lines 2 and 4 give U40455 for “1980” in 2024 (T) with different values; "
        "nothing was imported."
    )


def test_the_import_of_a_file_giving_a_figure_two_ways_changes_nothing(example, tmp_path):  # type: ignore[no-untyped-def]
    saved = tmp_path / "kolada.csv"
    saved.write_text(HEADER + "U40455;1980;2024;K;41,5;\nU40455;1980;2024;K;40;\n", "utf-8")
    before = example.kolada_rows()
    with pytest.raises(KoladaFileError, match="Lines 2 and 3"):
        read_import(example, saved)
    assert example.kolada_rows() == before
