"""Where printed text breaks (4 December, evening): never before a sign standing alone.

The capacity overview's "Spare + short −" was printed as "Spare" / "+ short" / "−"
in a narrow column (the screen's title reads "Spare +" / "short −"), and a status as
"No places" / "· short 4 months".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from amp_desktop.core.reports import Column, Report, Table
from amp_desktop.ui.printing import write_pdf
from amp_desktop.ui.printing.fonts import report_font
from amp_desktop.ui.printing.text import Measure, words
from tests.ui.printing.test_print_adversarial_night import _words

TEXTS = (
    "Spare + short −",
    "Överskott + brist −",
    "No places · short 4 months",
    "Balans · brist 12 mån",
    "2026-01 – 2026-10",
)


def _is_sign(word: str) -> bool:
    return not any(c.isalnum() for c in word)


def test_a_sign_goes_with_the_word_before_it() -> None:
    assert words("Spare + short −") == ["Spare +", "short −"]
    assert words("No places · short 4 months") == ["No", "places ·", "short", "4", "months"]
    assert words("+ 5") == ["+", "5"]  # (nothing before it to go with)
    assert words("a  –  b") == ["a –", "b"]


@pytest.mark.parametrize("text", TEXTS)
def test_no_line_starts_with_a_sign_at_any_width(qapp: object, text: str) -> None:
    image = QImage(400, 100, QImage.Format.Format_RGB32)
    measure = Measure(report_font(7.5, bold=True), image)
    narrowest = measure.widest_word(text)
    width = narrowest
    while width <= measure.width(text) + 1:
        lines = measure.wrap(text, width)
        assert " ".join(lines) == text, (width, lines)  # nothing lost, nothing cut
        assert not any(_is_sign(line.split(" ")[0]) for line in lines[1:]), (width, lines)
        assert all(measure.width(line) <= width + 0.01 for line in lines), (width, lines)
        width += 0.5


def test_a_sign_wider_than_the_line_with_its_word_still_breaks(qapp: object) -> None:
    """Where the word and its sign do not fit on one line, they are two."""
    image = QImage(400, 100, QImage.Format.Format_RGB32)
    measure = Measure(report_font(7.5), image)
    width = measure.width("Supercalifragilistic")
    lines = measure.wrap("Supercalifragilistic −", width)
    assert lines == ["Supercalifragilistic", "−"]


def test_the_overview_header_on_paper(qapp: object, tmp_path: Path) -> None:
    """A table with many columns, as the overview's, read back from the PDF."""
    columns = [Column("Programme", width=3.0)]
    columns += [Column(f"Figure {n}", "right", 1.0) for n in range(11)]
    columns += [Column("Spare + short −", "right", 0.6), Column("Status", width=1.2)]
    rows = [
        (f"Insats {n}", *(f"{n * 1000:,}" for _ in range(11)), "+2.0", "No places · short 4 months")
        for n in range(3)
    ]
    pdf = tmp_path / "signs.pdf"
    write_pdf(Report("test", "Signs", [], [Table(tuple(columns), rows)]), pdf)
    printed = _words(pdf)
    spare = next((x, y) for x, y, text in printed if text == "Spare")
    short = next((x, y) for x, y, text in printed if text == "short" and y > spare[1])
    line_of = {round(y): [] for _x, y, _t in printed}
    for x, y, text in sorted(printed):
        line_of[round(y)].append((x, text))
    # "+" is printed on the line of "Spare", "−" on the line of "short".
    assert "+" in [t for x, t in line_of[round(spare[1])] if x > spare[0] - 1]
    assert "−" in [t for x, t in line_of[round(short[1])] if x > short[0] - 1]
