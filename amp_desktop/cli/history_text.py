"""``amp history``'s old and new values in the words the window and ``amp show`` use:
a mandate's legal bases by their names and its board decision, not AMP's keys."""

from __future__ import annotations

import re
from collections.abc import Mapping

from amp_desktop.cli.import_report import counted
from amp_desktop.core.formatting import format_number
from amp_desktop.core.i18n import translate
from amp_desktop.core.mandate import Agreement, BasisKind, Counterparty, LegalBasis, bases_text
from amp_desktop.core.store.kolada import POPULATION_KEY
from amp_desktop.core.tables.fields import logged_text

#: How the change log writes a mandate (``core/store/mandates.py: mandate_text``):
#: ``bases: income_support, af_agreement#3; decision: KS 1 2024-01-02``.
_MANDATE = re.compile(r"bases: (?P<bases>.*?); decision: (?P<decision>.*)", re.S)
_BASIS = re.compile(r"(?P<kind>[a-z_]+)(?:#(?P<agreement>\d+))?")
_KINDS = frozenset(kind.value for kind in BasisKind)


#: How the change log counts a Kolada import (``core/store/kolada.py: log_entries``).
_KOLADA_COUNT = re.compile(r"(?P<n>\d+) (?P<what>values|KPIs)")


def history_value(field: str, text: str | None, agreements: Mapping[int, Agreement]) -> str:
    """*text*, an old or new value of the change log's *field*, as the user reads it."""
    if field == "mandate" and text:
        return mandate_value(text, agreements)
    if field.startswith("kolada:") and text:
        return kolada_count(text)
    if field == f"setting:{POPULATION_KEY}" and text and text.isdigit():
        return format_number(int(text))
    return logged_text(field, text)


def kolada_count(text: str) -> str:
    """``48 values`` / ``3 KPIs`` as the log holds them, in the user's language."""
    m = _KOLADA_COUNT.fullmatch(text.strip())
    if m is None:
        return text
    n = int(m["n"])
    if m["what"] == "values":
        return counted(n, translate("Cli", "1 value"), translate("Cli", "{n} values"))
    return counted(n, translate("Cli", "1 KPI"), translate("Cli", "{n} KPIs"))


def mandate_value(text: str, agreements: Mapping[int, Agreement]) -> str:
    """A mandate as the log holds it, written ``Legal basis: …; Board decision: …``
    (the labels of ``amp show``); a text not in the log's form as it is."""
    m = _MANDATE.fullmatch(text.strip())
    if m is None:
        return text
    bases: list[LegalBasis] = []
    named = dict(agreements)
    for token in m["bases"].split(", ") if m["bases"] != "-" else ():
        part = _BASIS.fullmatch(token)
        if part is None or part["kind"] not in _KINDS:
            return text  # (not written by this AMP: shown as it is)
        agreement = int(part["agreement"]) if part["agreement"] else None
        if agreement is not None and agreement not in named:  # deleted since
            label = translate("Cli", "agreement {name}").format(name=agreement)
            named[agreement] = Agreement(Counterparty.OTHER, title=label, id=agreement)
        bases.append(LegalBasis(BasisKind(part["kind"]), agreement_id=agreement))
    reference, _space, date = m["decision"].rpartition(" ")
    if not _space:  # (no date part at all)
        reference, date = m["decision"], ""
    decision = " ".join(x for x in (reference.strip(), date.strip()) if x and x != "-")
    return "{basis}: {bases}; {board}: {decision}".format(
        basis=translate("Audit", "Legal basis"),
        bases=bases_text(tuple(bases), named) or "–",
        board=translate("Audit", "Board decision"),
        decision=decision or "–",
    )
