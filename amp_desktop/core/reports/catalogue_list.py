"""The printed catalogue list: every programme with description, places, sources, type, unit."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from amp_desktop.core.domain import Programme, ReferralSource, SourceRole, enum_label
from amp_desktop.core.formatting import format_number
from amp_desktop.core.i18n import translate
from amp_desktop.core.reports.document import (
    Column,
    Paragraph,
    Report,
    Section,
    Table,
    printed_columns,
    printed_rows,
)
from amp_desktop.core.reports.headings import no_programmes, running_title, subtitle
from amp_desktop.core.tables.catalogue_table import CATALOGUE

KIND_CATALOGUE = "catalogue"


def catalogue_columns() -> tuple[Column, ...]:
    return printed_columns(CATALOGUE.for_paper())


def _sources_table(sources: Iterable[ReferralSource], used: set[str]) -> Table | None:
    rows: list[tuple[str, ...]] = [
        (source.code, source.name or source.code, enum_label(source.kolada_category))
        for source in sorted(sources, key=lambda s: s.code.casefold())
        if source.code in used
    ]
    if not rows:
        return None
    return Table(
        columns=(
            Column(translate("Report", "Code"), "left", 1.0),
            Column(translate("Report", "Referral source"), "left", 3.0),
            Column(translate("Report", "Kolada category"), "left", 3.0),
        ),
        rows=rows,
        title=translate("Report", "Referral sources"),
    )


def catalogue_list(
    programmes: Sequence[Programme],
    sources: Iterable[ReferralSource],
    *,
    municipality: str = "",
    unit: str = "",
    printed_on: dt.date | None = None,
) -> Report:
    """Every programme with description, target group, places, sources, type and unit."""
    printed_on = printed_on or dt.date.today()
    title = translate("Report", "Programme catalogue")
    if len(programmes) == 1:  # "1 programmes" was printed
        count = translate("Report", "1 programme")
    else:
        count = translate("Report", "%1 programmes").replace("%1", format_number(len(programmes)))
    main = Table(
        columns=catalogue_columns(),
        rows=printed_rows(CATALOGUE.for_paper(), programmes),
        title=translate("Report", "Programmes"),
        empty=no_programmes(),
    )
    sections: list[Section] = [main]
    used = {link.source for p in programmes for link in p.sources}
    legend = _sources_table(sources, used)
    if legend is not None:
        sections.append(legend)
    if any(link.role == SourceRole.FALLBACK for p in programmes for link in p.sources):
        # Only where a source is printed in brackets (an empty catalogue explained them).
        sections.append(
            Paragraph(
                translate(
                    "Report",
                    "Referral sources in brackets are fallbacks: they fill places "
                    "the main sources leave empty.",
                )
            )
        )
    return Report(
        kind=KIND_CATALOGUE,
        title=title,
        subtitle=subtitle(municipality, unit, [count], printed_on),
        sections=sections,
        running_title=running_title(title, municipality),
    )
