"""Reading a workbook for the import wizard: in the worker, with progress and Cancel."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.excel.preview import ImportPreview
from amp_desktop.core.progress import Progress
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.operations import CatalogueSession


def read_workbook(
    parent: QWidget | None,
    session: CatalogueSession,
    path: Path,
    kind: str | None = None,
    mapping: dict[str, str] | None = None,
    programme_map: dict[str, str] | None = None,
    reasons: dict[str, str] | None = None,
    every_month: bool = False,
) -> ImportPreview:
    """Analyse *path* in the worker, with a progress dialog and Cancel (*reasons*: a
    participant list's exit-reason wordings → the categories the user chose;
    *every_month*: a participant list replaces every month it reaches).

    Raises :class:`ExcelFileError` (unreadable) or :class:`Cancelled`.
    """
    catalogue = session.catalogue

    def work(progress: Progress) -> ImportPreview:
        progress.check()
        # The readers report rows and stop when cancelled once they take a progress;
        # until then Cancel takes effect when the reading ends.
        extra = {"progress": progress} if _takes_progress(analyse) else {}
        if every_month:
            extra["every_month"] = True
        preview = analyse(catalogue, path, kind, mapping, programme_map, reasons, **extra)
        progress.check()  # cancelled while reading: the result is not wanted
        return preview

    title = QCoreApplication.translate("ImportDialog", "Reading {name}").format(name=path.name)
    with dialogs.busy():
        return tasks.run(parent, title, work)


def _takes_progress(function: Callable[..., object]) -> bool:
    return "progress" in inspect.signature(function).parameters
