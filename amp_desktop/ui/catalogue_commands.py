"""The Edit menu's catalogue commands: add, duplicate, delete, and Undo/Redo across files.

Each command builds its write and hands it to the session's one runner
(:meth:`amp_desktop.ui.operations.CatalogueSession.run`); what it changed comes back
through ``session.changed``, which this module turns into a status line and, after an
Undo or Redo, the selection of a programme it touched.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoGroup

from amp_desktop.core import rules
from amp_desktop.core.domain import Programme
from amp_desktop.core.store import Catalogue, ChangeSet
from amp_desktop.ui import dialogs
from amp_desktop.ui.catalogue_tab import CatalogueTab
from amp_desktop.ui.operations import CatalogueSession


class CatalogueCommands(QObject):
    """Add, duplicate and delete programmes of the open session; one undo group.

    Args:
        tab: the Catalogue tab (what is selected, where to show the result).
        show_status: shows a line in the window's status bar.
        changed: called after every change is shown (the window updates its actions).
    """

    def __init__(
        self,
        tab: CatalogueTab,
        show_status: Callable[[str], object],
        changed: Callable[[], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tab = tab
        self.undo_group = QUndoGroup(self)
        self._show_status = show_status
        self._after_change = changed
        self._session: CatalogueSession | None = None

    # -- the session ---------------------------------------------------------------------
    def attach(self, session: CatalogueSession | None) -> None:
        """Work on *session* (None: no catalogue open)."""
        old = self._session
        if old is not None:
            old.changed.disconnect(self._on_changed)
            self.undo_group.removeStack(old.undo_stack)
        self._session = session
        if session is not None:
            session.changed.connect(self._on_changed)
            self.undo_group.addStack(session.undo_stack)
            self.undo_group.setActiveStack(session.undo_stack)

    def _writable(self) -> CatalogueSession | None:
        session = self._session
        return None if session is None or session.catalogue.read_only else session

    def _run(self, operation: Callable[[Catalogue], ChangeSet]) -> ChangeSet | None:
        session = self._writable()
        if session is None:
            return None
        return session.run(operation, parent=self.tab, title=self.tr("Not saved"))

    # -- the commands --------------------------------------------------------------------
    def add_programme(self) -> None:
        self.tab.editor.finish_editing()  # the value typed last counts
        if self._writable() is None:
            return
        taken = {rules.text_key(p.name) for p in self.tab.model.programmes()}
        base = self.tr("New programme")
        name, number = base, 2
        while rules.text_key(name) in taken:
            name, number = f"{base} {number}", number + 1
        change = self._run(lambda c: c.add_programme(Programme(name=name)))
        if change and change.programmes:
            self.tab.select_programme(change.programmes[0].id)
            self.tab.editor.focus_field("name")

    def duplicate_programme(self) -> None:
        self.tab.editor.finish_editing()  # the value typed last counts
        programme = self.tab.current_programme()
        if programme is None or programme.id is None:
            return
        programme_id = programme.id
        change = self._run(lambda c: c.duplicate_programme(programme_id))
        if change and change.programmes:
            self.tab.select_programme(change.programmes[0].id)
            self.tab.focus_table()

    def delete_programmes(self) -> None:
        self.tab.editor.finish_editing()  # the value typed last counts
        chosen = self.tab.selected_programmes()
        if not chosen or self._writable() is None:
            return
        if len(chosen) == 1:
            text = self.tr("Delete “{name}” and its referrals?").format(name=chosen[0].name)
        else:
            text = self.tr("Delete {n} programmes and their referrals?").format(n=len(chosen))
        text += "\n\n" + self.tr("You can bring them back with Edit → Undo.")
        text += "\n\n" + self.tr(
            "Forgetting the history also removes every old value of theirs from the "
            "change log, for good: Undo brings back the programmes, not their history."
        )
        forget_text = (
            self.tr("Delete and forget its history")
            if len(chosen) == 1
            else self.tr("Delete and forget their history")
        )
        options = [self.tr("Delete"), forget_text]
        answer = dialogs.choose(self.tab, self.tr("Delete"), text, options)
        if answer not in (0, 1):
            return
        forget = answer == 1
        first_row = self.tab.table.selectionModel().selectedRows()[0].row()
        ids = [p.id for p in chosen if p.id is not None]
        if self._run(lambda c: c.delete_programmes(ids, forget_history=forget)):
            self.tab.select_near(first_row)
            self.tab.focus_table()

    # -- after every change --------------------------------------------------------------
    def _on_changed(self, change: ChangeSet) -> None:
        if change.kind in ("undo", "redo"):
            self._show_undone(change)
        if change.kind == "undo":
            message = self.tr("Undone: {action}")
        elif change.kind == "redo":
            message = self.tr("Redone: {action}")
        else:
            message = self.tr("Saved: {action}")
        self._show_status(message.format(action=change.description))
        self._after_change()

    def _show_undone(self, change: ChangeSet) -> None:
        """Select a programme an undo or redo touched, so its new values are in view."""
        shown = self.tab.editor.programme()
        ids = change.programme_ids
        if shown is not None and shown.id in ids:
            return
        for programme_id in sorted(ids):
            if self.tab.select_programme(programme_id):
                return
