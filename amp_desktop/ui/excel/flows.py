"""File → Export to Excel and File → Import from Excel, from the file dialog to the result.

Export: choose a file → write the workbook in the worker (progress, Cancel).
Import: choose a workbook → read it in the worker (progress, Cancel) → the
:class:`~amp_desktop.ui.excel.import_dialog.ImportDialog` → apply as one undo
step through the operation runner.  Cancel at any point leaves the catalogue
and the target file exactly as they were.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from amp_desktop.core.errors import os_reason
from amp_desktop.core.excel.export import export_workbook as write_workbook
from amp_desktop.core.excel.safety import ExcelFileError
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.store import StoreError
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.excel.reading import read_workbook
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.settings import Settings

XLSX_FILTER = "Excel (*.xlsx *.xlsm)"  # what is read
EXPORT_FILTER = "Excel (*.xlsx)"  # what is written
translate = QCoreApplication.translate


def export_workbook(parent: QWidget | None, session: CatalogueSession) -> Path | None:
    """Ask where to save, write the workbook, and return its path (None if cancelled)."""
    title = translate("Excel", "Export to Excel")
    suggested = str(session.catalogue.path.with_suffix(".xlsx"))
    chosen = dialogs.save_file(parent, title, suggested, EXPORT_FILTER)
    if not chosen:
        return None
    path = Path(chosen)
    # AMP writes .xlsx (Excel refuses one named .xlsm); a dot in a name ("v.48") stays
    if path.suffix.lower() == ".xlsm":
        path = path.with_suffix(".xlsx")
    elif path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    catalogue = session.catalogue
    exact = Settings().exact_override()  # the Results sheet: "<5" unless Preferences says

    def work(progress: Progress) -> Path:
        progress.phase(translate("Excel", "Writing {name}…").format(name=path.name))
        return write_workbook(catalogue, path, progress=progress, results_exact=exact)

    task_title = translate("Excel", "Exporting to {name}").format(name=path.name)
    try:
        return tasks.run(parent, task_title, work)
    except Cancelled:
        return None
    except (OSError, StoreError) as exc:  # the export's own errors are OSErrors too
        dialogs.error(parent, title, _message(path, exc))
        return None


def _message(path: Path, exc: OSError | StoreError) -> str:
    """The error in a line: the file and what the system said, or the core's message."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{path.name}: {os_reason(exc)}"
    return str(exc)


def choose_workbook(parent: QWidget | None) -> str:
    """Ask for a workbook to import; "" when cancelled."""
    title = translate("Excel", "Import from Excel")
    return dialogs.open_file(parent, title, "", XLSX_FILTER)


def import_workbook(parent: QWidget | None, session: CatalogueSession, chosen: str = "") -> bool:
    """Read *chosen* (asked for when empty), show the import dialog; True if applied and
    the catalogue changed (the same list again changes nothing: no step is added, and
    the window must not say "Imported: …" with the name of the step before it)."""
    title = translate("Excel", "Import from Excel")
    chosen = chosen or choose_workbook(parent)
    if not chosen:
        return False
    path = Path(chosen)
    try:
        preview = read_workbook(parent, session, path)
    except Cancelled:
        return False
    except ExcelFileError as exc:
        dialogs.error(parent, title, str(exc))
        return False
    dialog = ImportDialog(session, path, parent, preview=preview)
    try:
        accepted = dialogs.run_modal(dialog) == QDialog.DialogCode.Accepted
        return accepted and not (dialog.applied is not None and dialog.applied.is_empty())
    finally:
        dialog.deleteLater()


__all__ = ["XLSX_FILTER", "choose_workbook", "export_workbook", "import_workbook"]
