"""Reports out of the program: PDF files, the print preview and the printer.

*make_report* arguments are functions returning a fresh
:class:`~amp_desktop.core.reports.Report`, so what is printed is built from the
catalogue as it is at that moment.  The page is A4 landscape with 15 mm margins
unless the user picks otherwise in the print or page-setup dialog; whatever
layout the printer has when painting is the one laid out for.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from amp_desktop.core import files
from amp_desktop.core.errors import os_reason
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.reports import Report
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.printing.fonts import report_family
from amp_desktop.ui.printing.render import PageLayout, render
from amp_desktop.ui.window_size import resize_for_font

MakeReport = Callable[[], Report]
PDF_RESOLUTION = 1200
PDF_HEADER = b"%PDF"
PDF_TRAILER = b"%%EOF"


def default_page_layout() -> QPageLayout:
    """A4 landscape, 15 mm margins at the sides, 12 mm top and bottom."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape,
        QMarginsF(15, 12, 15, 12),
        QPageLayout.Unit.Millimeter,
    )


def paint(report: Report, device: QPagedPaintDevice, *, progress: Progress | None = None) -> int:
    """Paint *report* on *device* (a ``QPdfWriter`` or ``QPrinter``); returns the pages.

    *progress* gets a step per page; :class:`~amp_desktop.core.progress.Cancelled`
    from it ends the painting (the device is ended, its output incomplete).
    """
    report_family()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("Printing", "Could not start printing."))
    # The reports are written in Swedish or English: every line reads left to right.
    # Left to Qt, a line whose first letter is Arabic or Hebrew (a programme's name
    # in quotes) was laid out right to left, its full stop in front.
    painter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    try:
        pages = render(report, painter, device, progress)
    except BaseException:
        painter.end()
        raise
    if not painter.end():
        raise OSError(QCoreApplication.translate("Printing", "Could not finish printing."))
    return pages


class _Said(OSError):
    """A write error whose message already names the file and the reason."""


def _could_not_write(path: str | Path, exc: OSError | None = None) -> OSError:
    message = QCoreApplication.translate("Printing", "Could not write %1.").replace("%1", str(path))
    if exc is not None:
        message += f" ({os_reason(exc)})"
    return _Said(message)


def check_target(path: str | Path) -> Path:
    """The file a PDF for *path* is written to (symbolic links followed).

    Raises OSError, naming *path*, when that must not be replaced by a PDF: a
    folder, something that is not a regular file (``/dev/full``, a pipe), or a
    file that is not a PDF already (a catalogue above all).  An empty file may
    be replaced: there is nothing in it to lose.
    """
    try:
        return files.check_replaceable(path, PDF_HEADER)
    except files.NotReplaceable as exc:
        raise _not_replaceable(str(path), exc.kind) from None
    except OSError as exc:
        raise _could_not_write(path, exc) from None


def _not_replaceable(shown: str, kind: str) -> OSError:
    messages = {
        "folder": QCoreApplication.translate(
            "Printing", "%1 is a folder; give the PDF file to write."
        ),
        "not_regular": QCoreApplication.translate(
            "Printing", "%1 is not a regular file; give the name of a PDF file to write."
        ),
        "database": QCoreApplication.translate(
            "Printing",
            "%1 is an AMP catalogue or another database, not a PDF; it was left "
            "unchanged. Choose another file name for the PDF.",
        ),
    }
    other = QCoreApplication.translate(
        "Printing",
        "%1 is not a PDF; it was left unchanged. Choose another file name for the PDF.",
    )
    return _Said(messages.get(kind, other).replace("%1", shown))


def _check_whole_pdf(part: Path, shown: str) -> None:
    """Raise OSError unless *part* holds a whole PDF: a header, some pages, the trailer."""
    try:
        with part.open("rb") as file:
            head = file.read(len(PDF_HEADER))
            size = file.seek(0, os.SEEK_END)
            file.seek(max(0, size - 1024))
            tail = file.read()
    except OSError as exc:
        raise _could_not_write(shown, exc) from None
    if size == 0 or head != PDF_HEADER or not tail.rstrip().endswith(PDF_TRAILER):
        raise _Said(
            QCoreApplication.translate(
                "Printing", "Could not write %1: the PDF came out incomplete (is the disk full?)."
            ).replace("%1", shown)
        )


@contextmanager
def _replacing(path: str | Path) -> Iterator[Path]:
    """A temporary file beside *path* to write the PDF to; moved into place when it
    holds a whole PDF (see :func:`amp_desktop.core.files.replacing`), else removed,
    the target left as it was, and OSError raised naming *path*."""
    shown = str(path)
    try:
        with files.replacing(path, PDF_HEADER, lambda part: _check_whole_pdf(part, shown)) as part:
            yield part
    except files.NotReplaceable as exc:
        raise _not_replaceable(shown, exc.kind) from None
    except _Said:
        raise  # already says which file and why
    except OSError as exc:
        raise _could_not_write(shown, exc) from None


def write_pdf(
    report: Report,
    path: str | Path,
    layout: QPageLayout | None = None,
    *,
    progress: Progress | None = None,
) -> int:
    """Write *report* as a PDF at *path* on *layout* (A4 landscape); returns the pages.

    *progress* (from a worker) is told each page painted; when it cancels,
    :class:`~amp_desktop.core.progress.Cancelled` leaves *path* exactly as it was
    and no temporary file behind.

    Text stays text (selectable, searchable) and the DejaVu fonts are embedded.
    The PDF is written beside *path* first and moved into place when it is
    whole, so a failed write leaves *path* as it was.  Raises OSError when the
    file cannot be written, or when *path* is something other than a PDF that
    must not be replaced (see :func:`check_target`).
    """
    with _replacing(path) as part:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(layout or default_page_layout())
        writer.setTitle(report.title)
        writer.setCreator("AMP")
        try:
            pages = paint(report, writer, progress=progress)
        except OSError:
            raise _could_not_write(path) from None
        del writer
        data = buffer.data().data()
        buffer.close()
        try:
            with part.open("wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
        except OSError as exc:
            raise _could_not_write(path, exc) from None
    return pages


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
    resize_for_font(dialog, 1100, 800)
    dialogs.run_modal(dialog)


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
        if dialogs.run_modal(dialog) != QDialog.DialogCode.Accepted:
            return 0
    title = QCoreApplication.translate("Printing", "Print")
    try:  # painted in the worker (ui/tasks.py): QPainter on a printer is thread-safe
        return tasks.run(parent, title, lambda _progress: print_to(report, printer))
    except Cancelled:
        return 0
    except OSError as exc:
        dialogs.error(parent, title, str(exc))
        return 0


def print_to(report: Report, printer: QPrinter) -> int:
    """Print *report* on *printer*; returns the pages.

    A printer printing to a PDF file writes it the way :func:`write_pdf` does:
    beside the file first, moved into place when whole, never over something
    that is not a PDF.  Raises OSError when printing fails.
    """
    name = printer.outputFileName()
    if not name or printer.outputFormat() != QPrinter.OutputFormat.PdfFormat:
        return paint(report, printer)
    with _replacing(name) as part:
        printer.setOutputFileName(str(part))
        try:
            pages = paint(report, printer)
        except OSError:
            raise _could_not_write(name) from None
        finally:
            printer.setOutputFileName(name)
    return pages


def export_pdf(parent: QWidget | None, make_report: MakeReport, directory: str = "") -> str:
    """Ask where to save and write the PDF; returns the path, or "" if cancelled or failed."""
    title = QCoreApplication.translate("Printing", "Export PDF")
    path = dialogs.save_file(
        parent,
        title,
        directory,
        QCoreApplication.translate("Printing", "PDF files (*.pdf)"),
    )
    if not path:
        return ""
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    report_family()  # fonts registered on the GUI thread, before the worker paints
    try:  # the report is built and painted in the worker (ui/tasks.py)
        tasks.run(parent, title, lambda progress: write_pdf(make_report(), path, progress=progress))
    except Cancelled:
        return ""
    except OSError as exc:
        dialogs.error(parent, title, str(exc))
        return ""
    return path
