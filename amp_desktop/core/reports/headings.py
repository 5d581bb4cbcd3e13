"""The lines every printed report starts with: organisation, period, printing date."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from amp_desktop.core.formatting import format_date
from amp_desktop.core.i18n import translate


def subtitle(municipality: str, unit: str, extra: Sequence[str], printed_on: dt.date) -> list[str]:
    """``Västerås stad · AME``, then *extra* lines, then ``Printed 2026-11-23``."""
    lines: list[str] = []
    organisation = " · ".join(part.strip() for part in (municipality, unit) if part.strip())
    if organisation:
        lines.append(organisation)
    lines.extend(extra)
    lines.append(translate("Report", "Printed %1").replace("%1", format_date(printed_on)))
    return lines


def running_title(title: str, municipality: str, period: str = "") -> str:
    """The footer's text on every page: municipality · title · period."""
    parts = [part for part in (municipality.strip(), title, period) if part]
    return " · ".join(parts)


def no_programmes() -> str:
    return translate("Report", "The catalogue has no programmes.")
