"""Reports out of the program: PDF files, the print preview and the printer.

*make_report* arguments are functions returning a fresh
:class:`~amp_desktop.core.report.Report`, so what is printed is built from the
catalogue as it is at that moment.  The page is A4 landscape with 15 mm margins
unless the user picks otherwise in the print or page-setup dialog; whatever
layout the printer has when painting is the one laid out for.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from amp_desktop.core.report import Report
from amp_desktop.ui import dialogs
from amp_desktop.ui.printing.fonts import report_family
from amp_desktop.ui.printing.render import PageLayout, render

MakeReport = Callable[[], Report]
PDF_RESOLUTION = 1200


def default_page_layout() -> QPageLayout:
    """A4 landscape, 15 mm margins at the sides, 12 mm top and bottom."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(15, 12, 15, 12),
        QPageLayout.Unit.Millimeter,
    )


def paint(report: Report, device: QPagedPaintDevice) -> int:
    """Paint *report* on *device* (a ``QPdfWriter`` or ``QPrinter``); returns the pages."""
    report_family()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing", "Could not start printing."))
    try:
        return render(report, painter, device)
    finally:
        painter.end()


def write_pdf(report: Report, path: str | Path, layout: QPageLayout | None = None) -> int:
    """Write *report* as a PDF at *path* on *layout* (A4 landscape); returns the pages.

    Text stays text (selectable, searchable) and the DejaVu fonts are embedded.
    Raises OSError when the file cannot be written.
    """
    path = Path(path)
    try:  # find out now, with the reason, rather than from QPainter.begin() failing
        path.open("wb").close()
    except OSError as exc:
        message = QCoreApplication.translate("Printing", "Could not write %1.")
        reason = exc.strerror or str(exc)
        raise OSError(f"{message.replace('%1', str(path))} ({reason})") from None
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(layout or default_page_layout())
    writer.setTitle(report.title)
    writer.setCreator("AMP")
    try:
        return paint(report, writer)
    except OSError:
        raise OSError(
            QCoreApplication.translate("Printing", "Could not write %1.").replace("%1", str(path))
        ) from None


def make_printer(report: Report | None = None) -> QPrinter:
    """A high-resolution printer set to the default page layout."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(default_page_layout())
    if report is not None:
        printer.setDocName(report.title)
    return printer


def preview_dialog(parent: QWidget | None, make_report: MakeReport) -> QPrintPreviewDialog:
    """A print preview (not yet shown) that lays the report out for the page chosen.

    The dialog owns its printer (a printer passed in from Python could be
    garbage-collected while the dialog still uses it); it starts on A4 landscape.
    """
    report = make_report()
    dialog = QPrintPreviewDialog(parent)
    printer = dialog.printer()
    printer.setPageLayout(default_page_layout())
    printer.setDocName(report.title)
    dialog.setWindowTitle(
        QCoreApplication.translate("Printing", "Print preview – %1").replace("%1", report.title)
    )
    dialog.paintRequested.connect(lambda target: paint(report, target))
    return dialog


def print_preview(parent: QWidget | None, make_report: MakeReport) -> None:
    """Show the print preview of the report; the user can print from it.

    Under tests (:data:`amp_desktop.ui.dialogs.answerer` set) nothing blocks: the
    answerer is told ``("print_preview", report=…, pages=…)`` instead.
    """
    if dialogs.answerer is not None:
        report = make_report()
        pages = PageLayout(report, make_printer(report)).page_count
        dialogs.answerer("print_preview", report=report, pages=pages)
        return
    dialog = preview_dialog(parent, make_report)
    dialog.resize(1100, 800)
    dialog.exec()


def print_report(
    parent: QWidget | None,
    make_report: MakeReport,
    printer: QPrinter | None = None,
    ask: bool = True,
) -> int:
    """Ask for a printer (unless *ask* is False) and print; returns pages printed (0 = none).

    Under tests the answerer is asked ``("print", title=…)``; answering with a
    file path prints to that PDF instead of a printer, anything else cancels.
    """
    report = make_report()
    printer = printer or make_printer(report)
    if ask and dialogs.answerer is not None:
        answer = dialogs.answerer("print", title=report.title)
        if not isinstance(answer, str) or not answer:
            return 0
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(answer)
    elif ask:
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
    try:
        with dialogs.busy():
            return paint(report, printer)
    except OSError as exc:
        dialogs.error(parent, QCoreApplication.translate("Printing", "Print"), str(exc))
        return 0


def export_pdf(parent: QWidget | None, make_report: MakeReport, directory: str = "") -> str:
    """Ask where to save and write the PDF; returns the path, or "" if cancelled or failed."""
    report = make_report()
    path = dialogs.save_file(
        parent,
        QCoreApplication.translate("Printing", "Export PDF"),
        directory,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        with dialogs.busy():
            write_pdf(report, path)
    except OSError as exc:
        dialogs.error(parent, QCoreApplication.translate("Printing", "Export PDF"), str(exc))
        return ""
    return path
