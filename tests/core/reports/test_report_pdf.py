"""The printed reports as PDFs: fonts, text, pagination, page layout, preview, printer.

Checked with poppler (``pdffonts``, ``pdftotext``, ``pdfinfo``, ``pdftoppm``): the
PDF is read back the way a reader's viewer would, not through our own code.
"""

from __future__ import annotations

import datetime as dt
import html
import math
import re
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFontMetricsF, QImage, QPageLayout, QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from pytestqt.qtbot import QtBot

from amp_desktop.core.planning import Period, Plan, make_plan, plan_from_data
from amp_desktop.core.reports import (
    Column,
    Report,
    Table,
    capacity_overview,
    catalogue_list,
)
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.printing import (
    PageLayout,
    default_page_layout,
    preview_dialog,
    print_report,
    write_pdf,
)
from amp_desktop.ui.printing.fonts import report_font
from amp_desktop.ui.printing.style import DEFAULT_STYLE
from tests.synthetic import synthetic_plan

PRINTED = dt.date(2026, 11, 23)


# -- reading PDFs back ---------------------------------------------------------------


def run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_pages(path: Path) -> int:
    return int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(path))).group(1))  # type: ignore[union-attr]


def page_size(path: Path) -> tuple[float, float]:
    match = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", str(path)))
    assert match
    return float(match.group(1)), float(match.group(2))


def page_text(path: Path, page: int) -> str:
    return run("pdftotext", "-f", str(page), "-l", str(page), "-layout", str(path), "-")


@dataclass
class Word:
    x: float
    y: float
    bottom: float
    text: str


def page_words(path: Path) -> list[list[Word]]:
    """Every word with its position, page by page (``pdftotext -bbox``)."""
    out = run("pdftotext", "-bbox", str(path), "-")
    pages = []
    for chunk in out.split("<page ")[1:]:
        words = [
            Word(float(x0), float(y0), float(y1), html.unescape(text))
            for x0, y0, _x1, y1, text in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                r"(.*?)</word>",
                chunk,
            )
        ]
        pages.append(words)
    return pages


def first_column_cells(words: list[Word], header: str, next_header: str) -> list[str]:
    """The text of the table's first column on one page, one entry per row.

    Words left of *next_header* and below the header line; lines of one cell
    follow each other at the line height, rows are further apart (cell padding),
    which is how wrapped lines are joined into the cell they belong to.
    """
    nexts = [w for w in words if w.text == next_header]
    heads = [
        w for w in words if w.text == header and any(abs(n.bottom - w.bottom) < 1 for n in nexts)
    ]
    if not heads:
        return []
    head = heads[0]
    limit = min(n.x for n in nexts if abs(n.bottom - head.bottom) < 1)
    footer = max(w.y for w in words) - 1  # the footer is the lowest line
    column = sorted(
        (w for w in words if w.x < limit - 1 and head.bottom + 0.5 < w.y < footer),
        key=lambda w: (round(w.y, 1), w.x),
    )
    lines: list[tuple[float, float, str]] = []
    for word in column:
        if lines and abs(lines[-1][0] - word.y) < 0.5:
            y, bottom, text = lines[-1]
            lines[-1] = (y, bottom, f"{text} {word.text}")
        else:
            lines.append((word.y, word.bottom, word.text))
    cells: list[str] = []
    previous_bottom = -1.0
    for y, bottom, text in lines:
        if cells and y - previous_bottom < 0.8:  # the next line of the same cell
            cells[-1] += " " + text
        else:
            cells.append(text)
        previous_bottom = bottom
    return cells


def squeeze(text: str) -> str:
    return "".join(text.split())


def assert_fonts_embedded(path: Path) -> None:
    lines = run("pdffonts", str(path)).splitlines()[2:]
    assert lines, "no fonts in the PDF"
    for line in lines:
        assert "DejaVuSans" in line
        assert line.split()[-5] == "yes", line  # the "emb" column


def assert_footers(path: Path, pages: int, word: str = "Page", of: str = "of") -> None:
    for page in range(1, pages + 1):
        assert f"{word} {page} {of} {pages}" in page_text(path, page)


# -- report material -----------------------------------------------------------------


@pytest.fixture(scope="module")
def example_plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    from amp_desktop.core.example import load_example

    path = tmp_path_factory.mktemp("report") / "example.amp"
    with Catalogue.create(path) as catalogue:
        load_example(catalogue)
        return make_plan(catalogue, Period.year(2026))


def _writer(folder: Path, layout: QPageLayout) -> QPdfWriter:
    writer = QPdfWriter(str(folder / "scratch.pdf"))
    writer.setResolution(1200)
    writer.setPageLayout(layout)
    return writer


def overview(plan: Plan) -> Report:
    return capacity_overview(plan, "Västerås stad", "Arbetsmarknadsenheten", PRINTED)


# -- tests ---------------------------------------------------------------------------


def test_example_overview_pdf(qapp: object, tmp_path: Path, example_plan: Plan) -> None:
    pdf = tmp_path / "overview.pdf"
    pages = write_pdf(overview(example_plan), pdf)
    assert pages == pdf_pages(pdf) == 3
    assert page_size(pdf) == (842, 595)  # A4 landscape
    assert_fonts_embedded(pdf)
    assert_footers(pdf, pages)
    text = squeeze(run("pdftotext", str(pdf), "-"))
    for item in example_plan.programmes:
        assert squeeze(item.name) in text
    first = page_text(pdf, 1)
    for expected in ("Capacity overview", "Västerås stad · Arbetsmarknadsenheten", "Period: 2026"):
        assert expected in first
    everything = "".join(page_text(pdf, n) for n in range(1, pages + 1))
    for expected in (
        "Totals per unit",
        "Totals per type",
        "Totals per referral source",
        "Places offered and places needed",
        "How to read this overview",
    ):
        assert expected in everything
    # Each programme once in the table's first column, in plan order, none cut.
    cells = first_column_cells(page_words(pdf)[0], "Programme", "Unit")
    assert [squeeze(c) for c in cells] == [squeeze(p.name) for p in example_plan.programmes] + [
        "Allprogrammes"
    ]


def test_example_catalogue_list_pdf(qapp: object, tmp_path: Path, example: Catalogue) -> None:
    programmes = example.programmes()
    report = catalogue_list(programmes, example.sources(), municipality="Västerås stad")
    pdf = tmp_path / "catalogue.pdf"
    pages = write_pdf(report, pdf)
    assert pages == pdf_pages(pdf) >= 3  # long descriptions: a few rows a page
    assert_fonts_embedded(pdf)
    assert_footers(pdf, pages)
    cells = [
        cell
        for words in page_words(pdf)
        for cell in first_column_cells(words, "Programme", "Description")
    ]
    # Every name in order, wrapped but whole, exactly once; the header on every page.
    # (The table of referral sources follows the programmes on the last page.)
    cells = [squeeze(c) for c in cells]
    assert cells[: cells.index("Referralsources")] == [squeeze(p.name) for p in programmes]
    for page in range(2, pages):
        assert "Programmes (continued)" in page_text(pdf, page)
    descriptions = squeeze(run("pdftotext", str(pdf), "-"))
    longest = max(programmes, key=lambda p: len(p.description))
    for word in longest.description.split()[-5:]:
        assert squeeze(word) in descriptions


def test_uniform_rows_paginate_exactly(qapp: object, tmp_path: Path) -> None:
    """300 one-line rows: the page count and rows per page follow from the page
    height and the font's line height alone."""
    count = 300
    table = Table(
        columns=(Column("Name"), Column("Value", "right")),
        rows=[(f"Row {n:03d}", str(n)) for n in range(count)],
        title="Rows",
    )
    report = Report("test", "Uniform rows", ["Subtitle"], [table], "Uniform rows")
    pdf = tmp_path / "rows.pdf"
    pages = write_pdf(report, pdf)

    style = DEFAULT_STYLE
    writer = QPdfWriter(str(tmp_path / "scratch.pdf"))
    writer.setResolution(72)

    def line(size: float, bold: bool = False) -> float:
        return QFontMetricsF(report_font(size, bold), writer).height()

    body = 595 - 2 * 12 * 72 / 25.4 - (line(style.small_pt) + style.footer_gap_pt)
    row = line(style.body_pt) + 2 * style.pad_y_pt
    header = line(style.header_pt, True) + 2 * style.pad_y_pt
    section = line(style.section_pt, True) + style.title_gap_pt
    title = (
        line(style.title_pt, True)
        + line(style.subtitle_pt)
        + 2 * style.title_gap_pt
        + style.rule_pt
    )
    on_first = math.floor((body - title - style.section_gap_pt - section - header) / row)
    on_next = math.floor((body - section - header) / row)
    assert 25 <= on_next <= 45  # A4 landscape at 8 pt: about 35 rows
    expected = 1 + math.ceil((count - on_first) / on_next)
    assert pages == pdf_pages(pdf) == expected

    per_page = [first_column_cells(words, "Name", "Value") for words in page_words(pdf)]
    assert [cell for cells in per_page for cell in cells] == [f"Row {n:03d}" for n in range(count)]
    assert len(per_page[0]) == on_first
    assert all(len(cells) == on_next for cells in per_page[1:-1])
    assert_footers(pdf, pages)


def test_300_programmes(qapp: object, tmp_path: Path) -> None:
    plan = synthetic_plan(300)
    report = overview(plan)
    pdf = tmp_path / "big.pdf"
    pages = write_pdf(report, pdf)
    assert pages == pdf_pages(pdf)
    # Table rows ≈ 15 pt, chart rows ≈ 18 pt, ≈ 530 pt a page: 9 + 11 pages, + totals.
    assert 18 <= pages <= 26
    assert_footers(pdf, pages)
    names = [p.name for p in plan.programmes]
    cells: list[str] = []
    for number, words in enumerate(page_words(pdf), 1):
        found = first_column_cells(words, "Programme", "Unit")
        if found:  # a page with the table: its header is followed by rows
            assert number == 1 or "Programmes (continued)" in page_text(pdf, number)
        cells += found
    cells = [squeeze(c) for c in cells]
    # The totals tables follow the programmes' table on its last page.
    assert cells[: cells.index("Allprogrammes")] == [squeeze(n) for n in names]
    text = squeeze(run("pdftotext", str(pdf), "-"))
    assert text.count("Placesofferedandplacesneeded(continued)") >= 5
    assert_clear_of_footer(pdf)


def test_page_layout_is_respected(qapp: object, tmp_path: Path, example_plan: Plan) -> None:
    report = overview(example_plan)
    portrait = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(25, 30, 25, 30),
        QPageLayout.Unit.Millimeter,
    )
    pdf = tmp_path / "portrait.pdf"
    pages = write_pdf(report, pdf, portrait)
    assert page_size(pdf) == (595, 842)
    assert pages == pdf_pages(pdf) == PageLayout(report, _writer(tmp_path, portrait)).page_count
    assert_footers(pdf, pages)
    words = page_words(pdf)
    left = min(w.x for page in words for w in page)
    right = max(w.x for page in words for w in page)
    top = min(w.y for page in words for w in page)
    assert left == pytest.approx(25 * 72 / 25.4, abs=1)  # the 25 mm margin
    assert right < 595 - 25 * 72 / 25.4
    assert top == pytest.approx(30 * 72 / 25.4, abs=3)  # the 30 mm margin
    cells = [
        squeeze(cell) for page in words for cell in first_column_cells(page, "Programme", "Unit")
    ]
    names = [squeeze(p.name) for p in example_plan.programmes]
    assert cells[: cells.index("Allprogrammes")] == names


def test_pdf_renders_to_png(qapp: object, tmp_path: Path, example_plan: Plan) -> None:
    pdf = tmp_path / "overview.pdf"
    write_pdf(overview(example_plan), pdf)
    run("pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page"))
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    assert (image.width(), image.height()) == (468, 331)  # landscape at 40 dpi
    dark = sum(
        1
        for y in range(0, image.height(), 3)
        for x in range(0, image.width(), 3)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200  # there is text on it


def test_printer_gets_its_own_layout(qapp: object, tmp_path: Path, example_plan: Plan) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    letter = QPageLayout(
        QPageSize(QPageSize.PageSizeId.Letter),
        QPageLayout.Orientation.Portrait,
        QMarginsF(20, 20, 20, 20),
        QPageLayout.Unit.Millimeter,
    )
    printer.setPageLayout(letter)
    report = overview(example_plan)
    pages = print_report(None, lambda: report, printer, ask=False)
    assert pages == pdf_pages(out) == PageLayout(report, _writer(tmp_path, letter)).page_count
    assert page_size(out) == (612, 792)
    assert_footers(out, pages)


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_print_preview_lays_out_for_its_printer(
    qtbot: QtBot, tmp_path: Path, example_plan: Plan
) -> None:
    report = overview(example_plan)
    dialog = preview_dialog(None, lambda: report)
    qtbot.addWidget(dialog)
    printer = dialog.printer()
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert printer.pageLayout().pageSize().id() == QPageSize.PageSizeId.A4
    dialog.show()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() > 0)
    assert preview.pageCount() == PageLayout(report, printer).page_count == 3
    dialog.close()


def test_default_layout() -> None:
    layout = default_page_layout()
    assert layout.orientation() == QPageLayout.Orientation.Landscape
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4


def test_unwritable_path(qapp: object, tmp_path: Path, example_plan: Plan) -> None:
    with pytest.raises(OSError, match="Could not write .*x.pdf"):
        write_pdf(overview(example_plan), tmp_path / "missing" / "folder" / "x.pdf")


def test_chooser_and_report_maker(qtbot: QtBot, example: Catalogue) -> None:
    from amp_desktop.ui.printing.chooser import ReportChooser, report_maker
    from amp_desktop.ui.settings import Settings

    chooser = ReportChooser(None, Period.tertial(2026, 2))
    qtbot.addWidget(chooser)
    assert chooser.kind() == "overview"
    assert chooser.period() == Period.tertial(2026, 2)
    assert chooser.picker.isEnabled()
    chooser.catalogue.setChecked(True)
    assert chooser.kind() == "catalogue"
    assert not chooser.picker.isEnabled()

    settings = Settings()
    settings.municipality = "Luleå kommun"
    settings.unit_name = "Arbetsmarknadsenheten"
    settings.short_above = 1.2
    report = report_maker(example, "overview", Period.tertial(2026, 2), settings)()
    assert report.subtitle[:2] == [
        "Luleå kommun · Arbetsmarknadsenheten",
        "Period: 2026 T2 (May–Aug)",
    ]
    assert "120%" in report.sections[-1].text  # type: ignore[union-attr]
    listing = report_maker(example, "catalogue", Period.year(2026), settings)()
    assert listing.title == "Programme catalogue"


def test_export_pdf_asks_where(
    qapp: object, tmp_path: Path, example_plan: Plan, dialog_answers: object
) -> None:
    from amp_desktop.ui.printing import export_pdf

    answers = dialog_answers
    target = tmp_path / "styrelse"
    answers.replies["save_file"] = str(target)  # type: ignore[attr-defined]
    path = export_pdf(None, lambda: overview(example_plan))
    assert path == str(target) + ".pdf"
    assert pdf_pages(Path(path)) == 3
    answers.replies["save_file"] = ""  # type: ignore[attr-defined]
    assert export_pdf(None, lambda: overview(example_plan)) == ""
    answers.replies["save_file"] = str(tmp_path / "no" / "x.pdf")  # type: ignore[attr-defined]
    assert export_pdf(None, lambda: overview(example_plan)) == ""
    assert answers.kinds()[-1] == "error"  # type: ignore[attr-defined]


def assert_clear_of_footer(path: Path) -> None:
    """No text runs into the footer line at the bottom of any page."""
    for words in page_words(path):
        footer = max(w.y for w in words)
        body = [w for w in words if w.y < footer - 0.5]
        assert max(w.bottom for w in body) < footer - 3


def test_row_taller_than_a_page_is_split_not_cut(qapp: object, tmp_path: Path) -> None:
    words = [f"ord{n:04d}" for n in range(2500)]
    table = Table(
        columns=(Column("Programme", width=1), Column("Description", width=4)),
        rows=[("Kort", "Första raden."), ("Lång", " ".join(words)), ("Sist", "Sista raden.")],
        title="Programmes",
    )
    pdf = tmp_path / "long.pdf"
    pages = write_pdf(Report("test", "Long row", [], [table]), pdf)
    assert pages == pdf_pages(pdf) >= 3
    text = run("pdftotext", str(pdf), "-").split()
    assert [w for w in text if w.startswith("ord")] == words  # all of it, in order
    assert "Sista" in text
    assert_clear_of_footer(pdf)


def test_empty_catalogue_prints_a_sentence(qapp: object, tmp_path: Path) -> None:
    plan = plan_from_data([], [], Period.year(2026))
    pdf = tmp_path / "empty.pdf"
    assert write_pdf(overview(plan), pdf) == 1
    text = page_text(pdf, 1)
    assert "The catalogue has no programmes." in text
    assert "Budgeted" not in text  # no table header over nothing


def test_preview_and_print_under_tests_do_not_block(
    qapp: object, tmp_path: Path, example_plan: Plan, dialog_answers: object
) -> None:
    from amp_desktop.ui.printing import print_preview

    answers = dialog_answers
    report = overview(example_plan)
    print_preview(None, lambda: report)
    kind, details = answers.asked[-1]  # type: ignore[attr-defined]
    assert kind == "print_preview"
    assert details["report"] is report and details["pages"] == 3
    assert print_report(None, lambda: report) == 0  # not answered: cancelled
    out = tmp_path / "printed.pdf"
    answers.replies["print"] = str(out)  # type: ignore[attr-defined]
    assert print_report(None, lambda: report) == 3
    assert page_size(out) == (842, 595)
    assert_footers(out, 3)


# -- never over the user's data, never a broken PDF reported as written --------------


def _leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.part"))


@contextmanager
def _file_size_limit(limit: int) -> Iterator[None]:
    """Writes past *limit* bytes fail with EFBIG (Python ignores SIGXFSZ), as on a full disk."""
    resource = pytest.importorskip("resource")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def test_never_written_over_a_catalogue(
    qapp: object, example_path: Path, example_plan: Plan
) -> None:
    before = example_path.read_bytes()
    with pytest.raises(OSError, match=f"{re.escape(str(example_path))} is an AMP catalogue"):
        write_pdf(overview(example_plan), example_path)
    assert example_path.read_bytes() == before
    with Catalogue.open(example_path) as catalogue:
        assert len(catalogue.programmes()) == 21
    assert _leftovers(example_path.parent) == []


def test_never_written_over_other_files(qapp: object, tmp_path: Path, example_plan: Plan) -> None:
    report = overview(example_plan)
    notes = tmp_path / "notes.pdf"  # named like a PDF, but is not one
    notes.write_text("Minutes of the board meeting")
    with pytest.raises(OSError, match=f"{re.escape(str(notes))} is not a PDF"):
        write_pdf(report, notes)
    assert notes.read_text() == "Minutes of the board meeting"
    folder = tmp_path / "folder.pdf"
    folder.mkdir()
    with pytest.raises(OSError, match=f"{re.escape(str(folder))} is a folder"):
        write_pdf(report, folder)
    assert list(folder.iterdir()) == []
    if Path("/dev/full").exists():
        with pytest.raises(OSError, match="/dev/full is not a regular file"):
            write_pdf(report, "/dev/full")
        assert not list(Path("/dev").glob("full*.part"))
    assert _leftovers(tmp_path) == []


def test_replaces_a_pdf_and_follows_links(qapp: object, tmp_path: Path, example_plan: Plan) -> None:
    pdf = tmp_path / "overview.pdf"
    pdf.write_bytes(b"%PDF-1.4\nan older report\n%%EOF\n")
    pdf.chmod(0o640)
    assert write_pdf(overview(example_plan), pdf) == pdf_pages(pdf) == 3
    assert pdf.stat().st_mode & 0o777 == 0o640  # the file's permissions are kept
    empty = tmp_path / "empty.pdf"
    empty.touch()  # nothing in it to lose
    assert write_pdf(overview(example_plan), empty) == pdf_pages(empty) == 3
    link = tmp_path / "latest.pdf"
    link.symlink_to(pdf.name)
    pdf.write_bytes(b"%PDF-1.4\nan older report\n%%EOF\n")
    assert write_pdf(overview(example_plan), link) == 3
    assert link.is_symlink() and pdf_pages(pdf) == 3
    assert _leftovers(tmp_path) == []


def test_disk_full_is_an_error_and_leaves_the_old_pdf(
    qapp: object, tmp_path: Path, example_plan: Plan
) -> None:
    pdf = tmp_path / "overview.pdf"
    old = b"%PDF-1.4\nlast month's report\n%%EOF\n"
    pdf.write_bytes(old)
    new = tmp_path / "new.pdf"
    with _file_size_limit(8192), pytest.raises(OSError) as raised:
        write_pdf(overview(example_plan), pdf)
    assert str(raised.value).startswith(f"Could not write {pdf}.")
    assert "File too large" in str(raised.value)
    assert pdf.read_bytes() == old
    with _file_size_limit(8192), pytest.raises(OSError, match="Could not write"):
        write_pdf(overview(example_plan), new)
    assert not new.exists()
    assert _leftovers(tmp_path) == []


def test_printing_to_a_full_disk_is_an_error(
    qapp: object, tmp_path: Path, example_plan: Plan, dialog_answers: object
) -> None:
    answers = dialog_answers
    report = overview(example_plan)
    out = tmp_path / "printed.pdf"
    answers.replies["print"] = str(out)  # type: ignore[attr-defined]
    with _file_size_limit(8192):
        pages = print_report(None, lambda: report)
    assert pages == 0
    kind, details = answers.asked[-1]  # type: ignore[attr-defined]
    assert kind == "error"
    assert str(details["text"]).startswith(f"Could not write {out}")
    assert not out.exists()
    assert _leftovers(tmp_path) == []
    notes = tmp_path / "notes.pdf"
    notes.write_text("not a PDF")
    answers.replies["print"] = str(notes)  # type: ignore[attr-defined]
    assert print_report(None, lambda: report) == 0
    assert "is not a PDF" in str(answers.asked[-1][1]["text"])  # type: ignore[attr-defined]
    assert notes.read_text() == "not a PDF"
    answers.replies["print"] = str(out)  # type: ignore[attr-defined]
    assert print_report(None, lambda: report) == pdf_pages(out) == 3
    assert _leftovers(tmp_path) == []


def test_export_pdf_shows_the_error(
    qapp: object, tmp_path: Path, example_plan: Plan, dialog_answers: object
) -> None:
    from amp_desktop.ui.printing import export_pdf

    answers = dialog_answers
    notes = tmp_path / "notes.pdf"
    notes.write_text("not a PDF")
    answers.replies["save_file"] = str(notes)  # type: ignore[attr-defined]
    assert export_pdf(None, lambda: overview(example_plan)) == ""
    kind, details = answers.asked[-1]  # type: ignore[attr-defined]
    assert kind == "error" and "is not a PDF" in str(details["text"])
    assert notes.read_text() == "not a PDF"
    out = tmp_path / "overview.pdf"
    answers.replies["save_file"] = str(out)  # type: ignore[attr-defined]
    with _file_size_limit(8192):
        assert export_pdf(None, lambda: overview(example_plan)) == ""
    assert answers.kinds()[-1] == "error"  # type: ignore[attr-defined]
    assert not out.exists() and _leftovers(tmp_path) == []


def test_failed_painting_leaves_nothing(
    qapp: object, tmp_path: Path, example_plan: Plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    import amp_desktop.ui.printing.output as output

    def broken(*args: object) -> int:
        raise RuntimeError("painting failed")

    monkeypatch.setattr(output, "render", broken)
    pdf = tmp_path / "overview.pdf"
    with pytest.raises(RuntimeError, match="painting failed"):
        write_pdf(overview(example_plan), pdf)
    assert list(tmp_path.iterdir()) == []
