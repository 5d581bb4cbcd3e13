"""Printing the reports: a QPainter renderer for PDFs, the preview and the printer."""

from amp_desktop.ui.printing.output import (
    default_page_layout,
    export_pdf,
    make_printer,
    paint,
    preview_dialog,
    print_preview,
    print_report,
    write_pdf,
)
from amp_desktop.ui.printing.render import PageLayout, render

__all__ = [
    "PageLayout",
    "default_page_layout",
    "export_pdf",
    "make_printer",
    "paint",
    "preview_dialog",
    "print_preview",
    "print_report",
    "render",
    "write_pdf",
]
