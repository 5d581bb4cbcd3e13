"""The Preferences group of the audit's thresholds: catalogue settings, like the
default goals — how soon an ending agreement is flagged, and how many tertials running
places must be far from need."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from amp_desktop.core.store import Catalogue
from amp_desktop.core.store.settings import audit_settings_change
from amp_desktop.ui.operations import CatalogueSession


class AuditGroup(QGroupBox):
    """Two spin boxes over the open catalogue's audit settings (disabled without one)."""

    def __init__(
        self,
        catalogue: Catalogue | None,
        parent: QWidget | None = None,
        session: CatalogueSession | None = None,
    ):
        super().__init__(self.tr("Audit checks"), parent)
        self._catalogue = catalogue
        if session is None and catalogue is not None:
            session = CatalogueSession(catalogue, self)
        self._session = session
        values = catalogue.audit_settings() if catalogue is not None else {}
        self.ending_months = QSpinBox()
        self.ending_months.setObjectName("audit_ending_months")
        self.ending_months.setRange(1, 36)
        self.ending_months.setSuffix(self.tr(" months"))
        self.ending_months.setValue(values.get("audit_ending_within_months", 3))
        self.far_tertials = QSpinBox()
        self.far_tertials.setObjectName("audit_far_tertials")
        self.far_tertials.setRange(1, 9)
        self.far_tertials.setValue(values.get("audit_far_tertials_running", 2))
        form = QFormLayout(self)
        form.addRow(self.tr("Flag an agreement or basis ending &within:"), self.ending_months)
        form.addRow(self.tr("Places far from need for tertials &running:"), self.far_tertials)
        note = QLabel(
            self.tr("Kept in the catalogue file.")
            if catalogue is not None
            else self.tr("Open a catalogue to set its audit checks.")
        )
        note.setWordWrap(True)
        form.addRow("", note)
        enabled = catalogue is not None and not catalogue.read_only
        self.ending_months.setEnabled(enabled)
        self.far_tertials.setEnabled(enabled)

    def values(self) -> dict[str, int]:
        return {
            "audit_ending_within_months": self.ending_months.value(),
            "audit_far_tertials_running": self.far_tertials.value(),
        }

    def save(self) -> bool:
        """Store changed values as one undoable change; False (the user told) if it failed."""
        catalogue = self._catalogue
        if catalogue is None or catalogue.read_only or self.values() == catalogue.audit_settings():
            return True
        assert self._session is not None
        values = self.values()
        change = self._session.run(
            lambda c: c.apply(audit_settings_change(c, values)),
            parent=self,
            title=self.tr("Audit checks not saved"),
        )
        return change is not None
