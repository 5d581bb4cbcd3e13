"""The printed yearly figures: the survey's figures beside Kolada's published values,
the over-the-years comparison — of the share to work or studies as a table, and of
every figure Kolada has values for as a chart with its values — and the checks.

Made from :func:`~amp_desktop.core.yearly.document.yearly_report` — what ``amp yearly``
and the window's Yearly figures show — through the yearly table's declaration
(:data:`~amp_desktop.core.tables.yearly_table.YEARLY`).  What leaves the unit hides
small counts unless *exact*.
"""

from __future__ import annotations

import datetime as dt

from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.municipalities import municipality_name
from amp_desktop.core.reports.document import (
    Column,
    Paragraph,
    Report,
    Section,
    ShareBar,
    ShareChart,
    Table,
    YearLine,
    YearsChart,
    printed_columns,
    printed_rows,
)
from amp_desktop.core.reports.headings import running_title, subtitle
from amp_desktop.core.results.suppress import footnote
from amp_desktop.core.tables import formats as f
from amp_desktop.core.tables.yearly_table import YEARLY, value_kind, value_text, yearly_rows
from amp_desktop.core.yearly.compare import SOURCE_NOTE, check_text
from amp_desktop.core.yearly.document import YearlyReport
from amp_desktop.core.yearly.figure import PLACES, Figure

KIND_YEARLY = "yearly"
U40455_KEY = "work_or_studies_share"


def place_label(place: str) -> str:
    return {
        "municipality": translate("Report", "The municipality (published)"),
        "peers": translate("Report", "Similar municipalities"),
        "county": translate("Report", "The county"),
        "country": translate("Report", "The country"),
    }[place]


def _parts(report: YearlyReport) -> list[tuple[str, set[str]]]:
    """The figures in three tables (a page each at most): who, how they left, cost."""
    keys = [f.key for f in report.figures]
    who = {k for k in keys if k == "persons" or k.startswith("referral")}
    cost = {k for k in keys if "cost" in k}
    left = set(keys) - who - cost
    return [
        (translate("Report", "Participants and referrals"), who),
        (translate("Report", "Exits and the length of stay"), left),
        (translate("Report", "Cost"), cost),
    ]


def missing_by_text(report: YearlyReport) -> dict[str, list[str]]:
    """Each thing missing once, with the ids (or keys) of the figures it concerns."""
    out: dict[str, list[str]] = {}
    for figure in report.figures:
        for text in figure.missing:
            out.setdefault(text, []).append(figure.kpi.kolada_id or figure.key)
    return out


#: How many ids a line of "What is missing" names before it counts the rest.
IDS_NAMED = 4


def _ids_text(ids: list[str]) -> str:
    """``U40450, U40406`` — or the first few and how many more, for a long list."""
    if len(ids) <= IDS_NAMED + 1:
        return ", ".join(ids)
    return (
        translate("Report", "%1 and %2 more")
        .replace("%1", ", ".join(ids[:IDS_NAMED]))
        .replace("%2", str(len(ids) - IDS_NAMED))
    )


def _label(figure: Figure) -> str:
    """The figure's Kolada id, or its title when it has none (never an internal key)."""
    return figure.kpi.kolada_id or figure.kpi.title


def municipality_line(code: str) -> str:
    """``Municipality: Västerås (1980)`` (just the code when it is not a known one)."""
    name = municipality_name(code)
    return translate("Report", "Municipality: %1").replace(
        "%1", f"{name} ({code})" if name else code
    )


def _own(report: YearlyReport, figure: Figure, year: int, exact: bool) -> tuple[float | None, str]:
    """AMP's own value of *figure* in *year* and its text (a mark when it is hidden)."""
    mark = None if exact else report.hidden_in(figure.key, year)
    if mark:
        return None, mark
    value = figure.by_year.get(str(year))
    return value, value_text({"unit": figure.kpi.unit}, value)


def _over_the_years(report: YearlyReport, exact: bool = False) -> Table | None:
    """The share to work or studies per year and place, AMP's own beside Kolada's."""
    figure = report.figure(U40455_KEY)
    kolada = figure.kolada or {}
    years = sorted({int(y) for e in kolada.values() if e for y in e["by_year"]} | {report.year})
    if not kolada:
        return None
    columns = (Column(translate("Report", "Year"), "left", 0.8),) + tuple(
        Column(label, "right", 1.3)
        for label in (translate("Report", "AMP"), *(place_label(p) for p in PLACES))
    )
    rows = []
    for year in years:
        cells = [str(year), _own(report, figure, year, exact)[1]]
        for place in PLACES:
            entry = kolada.get(place) or {}
            cells.append(f.cell_text(f.SHARE, entry.get("by_year", {}).get(str(year))))
        rows.append(tuple(cells))
    return Table(
        columns=columns,
        rows=rows,
        title=translate("Report", "Share to work or studies (U40455) over the years"),
    )


def year_runs(years: list[int]) -> str:
    """``2019–2022, 2024`` for a sorted list of years."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def compared_figures(report: YearlyReport) -> list[Figure]:
    """The figures Kolada has values for in the comparison's years, U40455 first."""
    years = {str(y) for y in report.years}
    found = [
        fig
        for fig in report.figures
        if any(e and years & set(e["by_year"]) for e in (fig.kolada or {}).values())
    ]
    return sorted(found, key=lambda fig: fig.key != U40455_KEY)


def years_chart(report: YearlyReport, figure: Figure, exact: bool = False) -> YearsChart:
    """*figure* over the comparison's years: AMP's own line, then each place Kolada
    publishes it for, with every value written as the figures' table writes it."""
    years = report.years
    own = [_own(report, figure, year, exact) for year in years]
    lines = [
        YearLine(
            translate("Report", "AMP"),
            tuple(value for value, _ in own),
            tuple(text for _, text in own),
            "unit",
        )
    ]
    unit = {"unit": figure.kpi.unit}
    for place in PLACES:
        entry = (figure.kolada or {}).get(place) or {}
        values = tuple(entry.get("by_year", {}).get(str(year)) for year in years)
        if any(v is not None for v in values):
            texts = tuple(value_text(unit, v) for v in values)
            lines.append(YearLine(place_label(place), values, texts, place))
    without = [year for year, (_, text) in zip(years, own, strict=True) if not text]
    # the source only under a chart that shows some of Kolada's values
    notes = [SOURCE_NOTE] if len(lines) > 1 else []
    if without:
        notes.insert(
            0, translate("Report", "AMP has no figure for %1.").replace("%1", year_runs(without))
        )
    return YearsChart(
        title=f"{figure.kpi.title} ({_label(figure)})",
        years=tuple(str(year) for year in years),
        lines=lines,
        kind=value_kind(figure.kpi.unit),
        note="  ".join(notes),
    )


def _years_intro(report: YearlyReport, charts: list[Figure]) -> Paragraph:
    first, last = report.years[0], report.years[-1]
    lines = [
        translate(
            "Report",
            "Every figure Kolada has values for in %1–%2: AMP's own figure, computed the "
            "same way for each year, beside the municipality's published value, the similar "
            "municipalities' average, the county and the country. A gap in a line is a "
            "year without a value, never a zero.",
        )
        .replace("%1", str(first))
        .replace("%2", str(last))
    ]
    if any(fig.kpi.unit.startswith("sek") for fig in charts) and len(report.years) > 1:
        lines.append(
            translate(
                "Report",
                "AMP's own costs are given for %1 only: the catalogue keeps each programme's "
                "budget as it is now, not as it was.",
            ).replace("%1", str(report.year))
        )
    return Paragraph("\n".join(lines), translate("Report", "Over the years"))


def _chart(report: YearlyReport) -> ShareChart | None:
    """U40455 for women and men: the unit, then each place Kolada publishes it for."""
    figure = report.figure(U40455_KEY)
    hidden = report.hidden()
    bars = []
    women = None if (U40455_KEY, "K") in hidden else figure.women
    men = None if (U40455_KEY, "M") in hidden else figure.men
    if women is not None or men is not None:
        bars.append(
            ShareBar(
                translate("Report", "AMP"),
                women,
                men,
                None,
                hidden.get((U40455_KEY, "K")) or f.cell_text(f.SHARE, women) or "–",
                hidden.get((U40455_KEY, "M")) or f.cell_text(f.SHARE, men) or "–",
            )
        )
    for place in PLACES:
        entry = (figure.kolada or {}).get(place) or {}
        if entry.get("women") is None and entry.get("men") is None:
            continue
        bars.append(
            ShareBar(
                place_label(place),
                entry.get("women"),
                entry.get("men"),
                None,
                f.cell_text(f.SHARE, entry.get("women")) or "–",
                f.cell_text(f.SHARE, entry.get("men")) or "–",
            )
        )
    if not bars:
        return None
    return ShareChart(
        title=translate("Report", "Share to work or studies, women and men, %1").replace(
            "%1", str(report.year)
        ),
        bars=bars,
        women_label=translate("Report", "Women"),
        men_label=translate("Report", "Men"),
        goal_label=translate("Report", "Goal"),
    )


def yearly_printout(
    report: YearlyReport,
    *,
    exact: bool = False,
    municipality: str = "",
    unit: str = "",
    printed_on: dt.date | None = None,
) -> Report:
    """The printed yearly figures of *report*."""
    printed_on = printed_on or dt.date.today()
    title = translate("Report", "Yearly figures for SKR's survey")
    extra = [translate("Report", "Year: %1").replace("%1", str(report.year))]
    if report.municipality:
        extra.append(municipality_line(report.municipality))
    if exact:
        extra.append(translate("Report", "Exact figures, for internal use only"))
    columns = YEARLY.for_paper()
    rows = yearly_rows(report, exact=exact)
    sections: list[Section] = []
    for title_text, keys in _parts(report):
        part = [row for row in rows if row["key"] in keys]
        if part:
            sections.append(
                Table(
                    columns=printed_columns(columns),
                    rows=printed_rows(columns, part),
                    title=title_text,
                )
            )
    chart = _chart(report)
    if chart is not None:
        sections.append(chart)
    compared = compared_figures(report)
    if compared:
        sections.append(_years_intro(report, compared))
    over = _over_the_years(report, exact)
    if over is not None:
        sections.append(over)
    sections.extend(years_chart(report, fig, exact) for fig in compared)
    hidden = {} if exact else report.hidden()
    checks = [
        f"{_label(fig)}: {check_text(fig)}"
        for fig in report.figures
        if fig.check and not fig.check["agrees"] and (fig.key, "all") not in hidden
    ]
    if checks:  # one line each: a list to go through, not running text
        sections.append(Paragraph("\n".join(checks), translate("Report", "Checks")))
    notes = [translate("Report", "* The Kolada id is not yet confirmed by Kolada's metadata.")]
    if not exact:
        notes.append(footnote())
    if report.has_kolada:
        notes.append(SOURCE_NOTE)
    # The notes explain the tables' marks (*, <5, ..): right under them.
    sections.append(Paragraph("\n".join(notes), translate("Report", "Notes")))
    labels = {fig.kpi.kolada_id or fig.key: _label(fig) for fig in report.figures}
    missing = [
        f"{text} ({_ids_text([labels.get(i, i) for i in ids])})"
        for text, ids in missing_by_text(report).items()
    ]
    if missing or report.notes:
        sections.append(
            Paragraph("\n".join([*missing, *report.notes]), translate("Report", "What is missing"))
        )
    definitions = [f"{_label(fig)}: {fig.kpi.definition}" for fig in report.figures]
    sections.append(Paragraph("\n".join(definitions), translate("Report", "Definitions")))
    return Report(
        kind=KIND_YEARLY,
        title=title,
        subtitle=subtitle(municipality, unit, extra, printed_on),
        sections=sections,
        running_title=running_title(title, municipality, str(report.year)),
    )
