"""What needs attention in the catalogue tab: the audit's checks for the current year,
the same findings ``amp audit`` and the audit printout show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from amp_desktop.core.audit import AuditData, Finding, gather
from amp_desktop.core.audit.gather import recheck
from amp_desktop.core.planning import Period
from amp_desktop.core.store import Catalogue, ChangeSet


def audit_data(
    catalogue: Catalogue, previous: AuditData | None = None, change: ChangeSet | None = None
) -> AuditData:
    """The audit of the current calendar year; after a *change* that touched only
    mandates or agreements, *previous* with the checks run again (no new plans)."""
    today = dt.date.today()
    if previous is not None and change is not None and previous.today == today:
        only_mandates = not (change.programmes or change.demand or change.sources or change.results)
        if only_mandates and (change.mandates or change.agreements):
            return recheck(previous, catalogue)
        if change.is_empty():
            return previous
    return gather(catalogue, Period.year(today.year), today=today)


def findings(data: AuditData) -> dict[int, list[Finding]]:
    """The failing checks per programme id (programmes that pass are left out)."""
    return {pid: found for pid, found in data.findings.items() if found}


def texts(found: dict[int, list[Finding]]) -> dict[int, str]:
    """One tooltip text per programme: its failing checks' messages, a line each."""
    return {pid: "\n".join(f.message for f in items) for pid, items in found.items()}


def icon() -> QIcon:
    """The icon beside a programme that needs attention."""
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
