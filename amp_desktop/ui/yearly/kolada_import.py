"""Import Kolada File… in the Yearly figures window: a JSON answer or CSV export saved
from Kolada, read in the worker and stored as one undo step (what ``amp kolada import``
does); a bad file is one message naming it, and the catalogue is left as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.changes import ValuesImport, read_import
from amp_desktop.core.kolada.values import KoladaFileError
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.ui import dialogs, tasks
from amp_desktop.ui.operations import CatalogueSession


def import_kolada_file(parent: QWidget, session: CatalogueSession, path: str = "") -> bool:
    """Ask for a file (unless *path* is given), read it and store its values; True when
    values were stored."""
    title = translate("KoladaImport", "Import Kolada File")
    if not path:
        path = dialogs.open_file(
            parent,
            title,
            "",
            translate(
                "KoladaImport", "Files saved from Kolada (*.json *.csv *.txt);;All files (*)"
            ),
        )
    if not path:
        return False
    catalogue = session.catalogue

    def work(progress: Progress) -> ValuesImport:
        progress.phase(translate("KoladaImport", "Reading the file saved from Kolada…"))
        return read_import(catalogue, path, progress)

    try:
        found = tasks.run(parent, title, work)
    except Cancelled:
        return False
    except KoladaFileError as exc:
        dialogs.error(parent, title, f"{Path(path).name}: {exc}")
        return False
    stored = session.run(
        found.change,
        parent=parent,
        title=translate("KoladaImport", "Not imported"),
        in_worker=True,
        task_title=title,
    )
    if stored is None:
        return False
    said = [f"{Path(path).name}: {n}" for n in found.notes]
    if stored.is_empty():  # the same file again: nothing to see, so it is said
        said.insert(
            0,
            f"{Path(path).name}: "
            + translate(
                "Kolada", "The catalogue already holds the file's values; nothing changed."
            ),
        )
    if said:
        dialogs.inform(parent, title, "\n".join(said))
    return not stored.is_empty()
