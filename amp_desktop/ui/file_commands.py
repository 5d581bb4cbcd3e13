"""File → Save a Copy As…, Export to Excel… and Import from Excel… for the window's catalogue."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from amp_desktop.core.progress import Cancelled
from amp_desktop.core.store import StoreError
from amp_desktop.ui import dialogs, open_flow, tasks

if TYPE_CHECKING:
    from amp_desktop.ui.main_window import MainWindow


class FileCommands(QObject):
    """The File menu's commands that copy, export or import the open catalogue."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def save_copy(self) -> bool:
        session = self._window.current_session()
        if session is None:
            return False
        path = dialogs.save_file(
            self._window,
            self.tr("Save a Copy As"),
            self._window._start_folder(),
            self._window._file_filter(),
        )
        if not path:
            return False
        target = open_flow.with_extension(path)
        title = self.tr("Save a Copy As")
        try:  # a large catalogue takes a while to copy: in the worker
            tasks.run(self._window, title, lambda _progress: session.catalogue.save_copy(target))
        except Cancelled:
            return False
        except (StoreError, OSError) as exc:
            dialogs.error(self._window, self.tr("The copy was not saved"), str(exc))
            return False
        self._window.show_status(self.tr("Saved a copy: {path}").format(path=target))
        return True

    def export_to_excel(self) -> Path | None:
        """File → Export to Excel: write the open catalogue as a workbook."""
        from amp_desktop.ui.excel import flows as excel_ui  # openpyxl is loaded only when needed

        session = self._window.current_session()
        if session is None:
            return None
        path = excel_ui.export_workbook(self._window, session)
        if path is not None:
            self._window.show_status(self.tr("Exported to {path}").format(path=path))
        return path

    def import_from_excel(self) -> bool:
        """File → Import from Excel; with no catalogue open, into a new one."""
        from amp_desktop.ui.excel import flows as excel_ui

        if self._window.current_session() is None:
            workbook = excel_ui.choose_workbook(self._window)
            if not workbook or not self._window.new_catalogue():
                return False
        else:
            workbook = ""
        session = self._window.current_session()
        if session is None or self._window.is_read_only():
            return False
        if not excel_ui.import_workbook(self._window, session, workbook):
            return False
        self._window.show_status(
            self.tr("Imported: {what}").format(
                what=session.undo_stack.undoText() or self.tr("workbook")
            )
        )
        return True
