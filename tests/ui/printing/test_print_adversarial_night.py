"""Hostile text on paper: what a printed line looks like when a catalogue holds text
the reports' language does not expect — read back from the PDF with poppler."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest

from amp_desktop.core.reports import Column, Paragraph, Report, Table
from amp_desktop.ui.printing import write_pdf

ARABIC = "برنامج التدريب"
HEBREW = "שורה בעברית"


def _words(path: Path) -> list[tuple[float, float, str]]:
    """Every word of the PDF's first page: (x, y, text), from ``pdftotext -bbox``."""
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        (float(x), float(y), html.unescape(text))
        for x, y, text in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">(.*?)</word>', out
        )
    ]


def _line_of(words: list[tuple[float, float, str]], marker: str) -> list[str]:
    """The words on the line holding *marker*, left to right as printed."""
    y = next(y for _x, y, text in words if marker in text)
    return [text for x, wy, text in sorted(words) if abs(wy - y) < 1]


def test_a_line_starting_with_arabic_or_hebrew_reads_left_to_right(
    qapp: object, tmp_path: Path
) -> None:
    """A finding about a programme named in Arabic began with its full stop and ended
    with the name (".no board decision recorded :"…""): the line took its direction
    from its first letter."""
    report = Report(
        "test",
        "Hostile text",
        [],
        [
            Paragraph(f"“{ARABIC}”: no board decision recorded."),
            Table(
                columns=(Column("Check", width=1), Column("What was found", width=3)),
                rows=[("Goal", f"“{HEBREW}”: a primary programme without a goal.")],
            ),
        ],
    )
    pdf = tmp_path / "bidi.pdf"
    write_pdf(report, pdf)
    words = _words(pdf)
    paragraph = _line_of(words, "board")
    assert paragraph[-1] == "recorded.", paragraph  # the full stop ends the line
    assert paragraph[0].startswith("“"), paragraph  # and the quoted name begins it
    cell = _line_of(words, "primary")
    assert cell[-1] == "goal.", cell
    assert cell[0] == "Goal"  # the check's cell, then the finding from its name on


def _page_of(path: Path, text: str, pages: int) -> int:
    for page in range(1, pages + 1):
        out = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(path), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        if text in out:
            return page
    raise AssertionError(f"{text!r} not printed")


def test_a_section_heading_is_never_left_at_a_page_foot(qapp: object, tmp_path: Path) -> None:
    """The audit's "3–4. What results, reported apart?" and its one sentence were the
    last lines of a page, and the results' tables it introduces began the next."""
    columns = (Column("Programme", width=2), Column("Places", "right", 1))
    moved = 0
    for count in range(24, 34):
        before = Table(columns, [(f"Insats {n}", str(n)) for n in range(count)], "Places")
        intro = Paragraph("What the tables below show.", "Section three", keep_with_next=True)
        after = Table(columns, [(f"Rad {n}", str(n)) for n in range(12)], "Results table")
        pdf = tmp_path / f"keep-{count}.pdf"
        pages = write_pdf(Report("test", "Keep with next", [], [before, intro, after]), pdf)
        heading, table = (
            _page_of(pdf, "Section three", pages),
            _page_of(pdf, "Results table", pages),
        )
        assert heading == table, count
        moved += heading > _page_of(pdf, f"Insats {count - 1}", pages)
    assert moved  # some counts leave no room for the heading and the table under it


def _height_of(path: Path, word: str) -> float:
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = re.search(rf'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">{word}</word>', out)
    assert found, word
    return float(found.group(2)) - float(found.group(1))


def test_a_web_address_in_one_description_leaves_the_type_size_alone(
    qapp: object, tmp_path: Path
) -> None:
    """A 300-letter web address in one description set the whole catalogue list in
    the smallest type (70 %) and widened its column; now the address breaks."""
    address = "https://www.vasteras.se/" + "a" * 300
    columns = (
        Column("Programme", width=1.5),
        Column("Description", width=4),
        Column("Target group", width=1.5),
        Column("Unit", width=1.5),
    )
    plain = [("Kort", "Första raden.", "Ungdomar", "Jobbcentrum")] * 3
    heights = []
    for rows in (plain, [*plain, ("Lång", f"Läs mer: {address}", "Vuxna", "Jobbcentrum")]):
        pdf = tmp_path / f"address-{len(rows)}.pdf"
        write_pdf(Report("test", "Address", [], [Table(columns, rows, "Programmes")]), pdf)
        heights.append(_height_of(pdf, "Första"))
    assert heights[1] == pytest.approx(heights[0], rel=0.01)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    assert "".join(text.split()).count(address) == 1  # all of it, broken between letters


def test_a_long_running_title_keeps_the_report_and_period_in_the_footer(
    qapp: object, tmp_path: Path
) -> None:
    """A municipality's long name filled the footer's first line and the rest was
    dropped: a page torn out said neither which report nor which period."""
    municipality = "Västerås stads arbetsmarknadsförvaltning och vuxenutbildning " * 4
    report = Report(
        "test",
        "Capacity overview",
        [],
        [Paragraph("Text.")],
        running_title=f"{municipality.strip()} · Capacity overview · 2025",
    )
    pdf = tmp_path / "footer.pdf"
    write_pdf(report, pdf)
    footer = _line_of(_words(pdf), "Page")
    assert footer[-8:] == ["Capacity", "overview", "·", "2025", "Page", "1", "of", "1"], footer
    assert footer[0] == "Västerås" and any("…" in word for word in footer)


def test_a_pdf_that_cannot_be_written_says_why_in_the_users_language(
    qapp: object, tmp_path: Path
) -> None:
    """ "Kunde inte skriva ut.pdf. (Read-only file system)": the system's reason was
    English inside the Swedish sentence (the night's CLI pass)."""
    import errno

    from amp_desktop.ui import translations
    from amp_desktop.ui.printing.output import _could_not_write

    translations.install("sv")
    try:
        message = str(_could_not_write(tmp_path / "ut.pdf", OSError(errno.EROFS, "Read-only")))
    finally:
        translations.install("en")
    assert message == f"Kunde inte skriva {tmp_path / 'ut.pdf'}. (filsystemet är skrivskyddat)"


@pytest.mark.parametrize("goal", [None, 0.48])
def test_the_share_charts_goal_is_drawn_only_where_a_bar_has_one(
    qapp: object, tmp_path: Path, goal: float | None
) -> None:
    """The yearly figures' chart (no goals) drew a "Goal" line in its legend and a
    "Goal" column (the kolada helper's pass): they are drawn when a bar has a goal."""
    from amp_desktop.core.reports import ShareBar, ShareChart

    chart = ShareChart(
        "Share to work or studies",
        [ShareBar("The municipality", 0.32, 0.18, goal, "32.0%", "18.0%")],
        "Women",
        "Men",
        "Goal",
    )
    pdf = tmp_path / "chart.pdf"
    write_pdf(Report("test", "Chart", [], [chart]), pdf)
    texts = [text for _x, _y, text in _words(pdf)]
    assert texts.count("Goal") == (0 if goal is None else 2)
