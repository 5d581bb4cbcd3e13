"""The audit: checks per programme (mandate, decision, goal, results, places) and the
document that ``amp audit``, the catalogue's "needs attention" filter and the audit
printout show.

:mod:`.checks` (the checks, pure functions with stable keys), :mod:`.gather` (reading
a catalogue once for a period), :mod:`.document` (the JSON of ``amp audit``).
"""

from amp_desktop.core.audit.checks import CHECK_KEYS, AuditSettings, Finding
from amp_desktop.core.audit.document import audit_document
from amp_desktop.core.audit.gather import AuditData, gather

__all__ = ["CHECK_KEYS", "AuditData", "AuditSettings", "Finding", "audit_document", "gather"]
