"""The Preferences group of the change log: how long the open catalogue keeps it (#11.13)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.settings import retention_change
from amp_desktop.ui import dialogs
from amp_desktop.ui.operations import CatalogueSession

#: The longest retention offered, in days (ten years).
MAX_DAYS = 3650


class ChangeLogGroup(QGroupBox):
    """Keep the change log for ever or N days; saved as one undoable setting change."""

    def __init__(
        self,
        catalogue: Catalogue | None,
        session: CatalogueSession | None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Change log"), parent)
        self._catalogue = catalogue
        self._session = session
        self.keep_days = QSpinBox()
        self.keep_days.setObjectName("change_log_keep_days")
        self.keep_days.setRange(0, MAX_DAYS)
        self.keep_days.setSpecialValueText(self.tr("for ever"))
        self.keep_days.setSuffix(self.tr(" days"))
        days = catalogue.change_log_retention() if catalogue is not None else None
        self.keep_days.setValue(0 if days is None else max(1, min(days, MAX_DAYS)))
        form = QFormLayout(self)
        form.addRow(self.tr("Kee&p the change log:"), self.keep_days)
        note = QLabel(
            self.tr(
                "What every action changed, old values included. Older entries are "
                "removed from the file for good."
            )
            if catalogue is not None
            else self.tr("Open a catalogue to set how long its change log is kept.")
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.keep_days.setEnabled(catalogue is not None and not catalogue.read_only)

    def days(self) -> int | None:
        """The retention as set: days, or None for ever."""
        value = self.keep_days.value()
        return None if value == 0 else value

    def save(self) -> bool:
        """Store a changed retention through the session; False if it was not stored."""
        catalogue, session = self._catalogue, self._session
        if catalogue is None or session is None or catalogue.read_only:
            return True
        days, before = self.days(), catalogue.change_log_retention()
        if days == before:
            return True
        if days is not None and (before is None or days < before):
            text = self.tr(
                "Change-log entries older than {n} days are removed from the file now. "
                "Undo brings back the setting, not the entries."
            ).format(n=days)
            if not dialogs.confirm(self, self.tr("Change log"), text, self.tr("Remove")):
                return False
        change = session.run(
            lambda c: c.apply(retention_change(c, days)),
            parent=self,
            title=self.tr("Change log setting not saved"),
        )
        return change is not None
