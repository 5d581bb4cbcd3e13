"""Report speed (issue #5): the capacity overview of 1,000 programmes as a PDF.

Ours: :func:`amp_desktop.ui.printing.write_pdf` — measure, paginate and draw the
whole overview (table, three totals tables, the chart, notes) with ``QPainter``.
Reference, in the same run: the same cells (the programmes' table and the totals
tables, without the chart) as a plain HTML table in a ``QTextDocument``, printed
to a PDF on the same page (``QTextDocument.print_``), header rows repeated.
Target: ours no slower than the reference.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_report.py``
"""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QTextDocument  # noqa: E402
from PySide6.QtPrintSupport import QPrinter  # noqa: E402

from amp_desktop.core.reports import Report, Table, capacity_overview  # noqa: E402
from amp_desktop.ui.printing import default_page_layout, write_pdf  # noqa: E402
from amp_desktop.ui.printing.fonts import report_family  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository
from timing import best_of  # noqa: E402

from tests.synthetic import synthetic_plan  # noqa: E402

PROGRAMMES = 1_000
REPEAT = 3


def html_of(report: Report) -> str:
    """The report's tables as plain HTML, the way one would print them with QTextDocument."""
    parts = [f"<h1>{html.escape(report.title)}</h1>"]
    parts += [f"<p>{html.escape(line)}</p>" for line in report.subtitle]
    for table in report.sections:
        if not isinstance(table, Table):
            continue
        parts.append(f"<h2>{html.escape(table.title)}</h2>")
        parts.append('<table border="1" cellspacing="0" cellpadding="3" width="100%"><thead><tr>')
        parts += [f"<th>{html.escape(c.header)}</th>" for c in table.columns]
        parts.append("</tr></thead><tbody>")
        rows = list(table.rows) + ([table.total] if table.total else [])
        for row in rows:
            cells = (
                f'<td align="{c.align}">{html.escape(cell)}</td>'
                for c, cell in zip(table.columns, row, strict=True)
            )
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</tbody></table>")
    return "".join(parts)


def text_document_pdf(report: Report, path: Path) -> int:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(default_page_layout())
    document = QTextDocument()
    font = document.defaultFont()
    font.setFamily(report_family())
    font.setPointSizeF(8)
    document.setDefaultFont(font)
    document.setHtml(html_of(report))
    document.print_(printer)
    return pdf_page_count(path)


def pdf_page_count(path: Path) -> int:
    """Pages of a PDF Qt wrote (its page objects), without poppler."""
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", path.read_bytes()))


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    report_family()
    start = time.perf_counter()
    plan = synthetic_plan(PROGRAMMES, long_every=7)
    planned = time.perf_counter() - start
    start = time.perf_counter()
    report = capacity_overview(plan, "Västerås stad", "Arbetsmarknadsenheten")
    built = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        ours_pdf = Path(folder) / "ours.pdf"
        html_pdf = Path(folder) / "html.pdf"
        ours, _ = best_of(lambda: write_pdf(report, ours_pdf), REPEAT)
        pages = pdf_page_count(ours_pdf)
        reference, html_pages = best_of(lambda: text_document_pdf(report, html_pdf), REPEAT)
        ours_size, html_size = ours_pdf.stat().st_size, html_pdf.stat().st_size
    print(f"Capacity overview of {PROGRAMMES:,} programmes (best of {REPEAT}):")
    print(f"  plan (plan_from_data)              {planned:7.3f} s")
    print(f"  report content (capacity_overview) {built:7.3f} s")
    print(
        f"  PDF, QPainter renderer (all)       {ours:7.3f} s  {pages} pages, "
        f"{ours_size / 1024:.0f} KB"
    )
    print(
        f"  PDF, QTextDocument HTML (tables)   {reference:7.3f} s  {html_pages} pages, "
        f"{html_size / 1024:.0f} KB"
    )
    ratio = ours / reference
    print(
        f"  ratio ours / QTextDocument: {ratio:.2f}  (target <= 1.0: {'met' if ratio <= 1 else 'NOT met'})"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
