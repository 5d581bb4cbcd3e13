"""``amp yearly``: the year's figures for SKR's survey, beside Kolada's published values."""

from __future__ import annotations

import argparse
import sys

from amp_desktop.cli.common import CliError, install_translator, open_catalogue, print_json
from amp_desktop.cli.text_tables import aligned_table
from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.changes import municipality_problem, settings_change
from amp_desktop.core.reports.yearly_report import compared_figures, missing_by_text, years_chart
from amp_desktop.core.results.disclosure import EXACT_KEY, exact_setting
from amp_desktop.core.tables.yearly_table import YEARLY, yearly_rows
from amp_desktop.core.yearly.compare import SOURCE_NOTE, check_text
from amp_desktop.core.yearly.document import YearlyReport, yearly_report


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    yearly = subparsers.add_parser(
        "yearly",
        help=translate("CliHelp", "the year's figures for SKR's survey, compared with Kolada"),
        description=translate(
            "CliHelp",
            "The year's labour-market figures (persons, referrals by initiator, "
            "exits by category, the share to work or studies U40455, stay at exit, gross cost) "
            "from the catalogue, its results and its demand, beside the Kolada values stored "
            "in it (amp kolada fetch/import). The JSON is described in docs/yearly-json.md.",
        ),
    )
    yearly.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    # (whole numbers read here, not by argparse: a wrong one is our one line, not its usage)
    yearly.add_argument("--year", required=True, type=_whole, metavar="YYYY")
    yearly.add_argument(
        "--municipality",
        metavar="CODE",
        help=translate(
            "CliHelp", "the municipality's SCB code (e.g. 1980); remembered in the catalogue"
        ),
    )
    yearly.add_argument(
        "--population",
        type=_whole,
        metavar="N",
        help=translate(
            "CliHelp", "the municipality's inhabitants (for cost per inhabitant); remembered"
        ),
    )
    yearly.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
    yearly.add_argument(
        "--lang", choices=("sv", "en"), help=translate("CliHelp", "language of titles and notes")
    )
    yearly.add_argument(
        "--xlsx", metavar="OUT.xlsx", help=translate("CliHelp", "write the survey sheet")
    )
    yearly.add_argument(
        "--exact",
        action="store_true",
        help=translate(
            "CliHelp", "exact counts in the sheet (small counts are otherwise hidden as <5)"
        ),
    )
    yearly.set_defaults(func=cmd_yearly)


#: Spaces a Swede writes between thousands (156 000), the no-break ones too.
_THOUSANDS = str.maketrans("", "", " \u00a0\u202f\u2009")


def _whole(text: str) -> int:
    """A whole number as given (``156 000`` too: "must be a positive number" refused
    it); -1 for anything else (refused in :func:`cmd_yearly`)."""
    text = text.strip().translate(_THOUSANDS)
    return int(text) if text.isascii() and text.isdigit() else -1


def cmd_yearly(args: argparse.Namespace) -> int:
    if args.lang:
        install_translator(args.lang)
    if not 1900 <= args.year <= 2200:
        raise CliError(translate("Cli", "--year must be a year such as 2025."), 2)
    if args.municipality is not None and (problem := municipality_problem(args.municipality)):
        raise CliError(f"--municipality {args.municipality}: {problem}", 2)
    if args.population is not None and args.population <= 0:
        raise CliError(translate("Cli", "--population must be a positive number."), 2)
    write = args.municipality is not None or args.population is not None
    with open_catalogue(args.file, write=write) as catalogue:
        if write:
            change = settings_change(
                catalogue, municipality=args.municipality, population=args.population
            )
            if not change.is_empty():
                if catalogue.read_only:
                    raise CliError(translate("Cli", "The catalogue cannot be written."), 2)
                catalogue.apply(change)
        report = yearly_report(catalogue, args.year)
        # --exact, or the catalogue's own setting, as amp export and amp report follow it
        exact = bool(args.exact) or exact_setting(catalogue.meta(EXACT_KEY))
    if args.xlsx:
        from amp_desktop.core.yearly.survey_xlsx import write_survey

        try:
            write_survey(report, args.xlsx, exact=exact)
        except OSError as exc:
            raise CliError(str(exc), 2) from None
        print(
            translate("Cli", "Wrote {path}.").format(path=args.xlsx),
            file=sys.stderr if args.json else sys.stdout,
        )
    if args.json:
        print_json(report.to_json())
    elif not args.xlsx:
        print_yearly(report)
    return 0


def print_over_the_years(report: YearlyReport) -> None:
    """Each figure Kolada has values for, over the years: a row per place, a column per
    year (exact, as the window: the printed report draws the same series)."""
    for figure in compared_figures(report):
        chart = years_chart(report, figure, exact=True)
        print(chart.title)
        rows = [["", *chart.years]] + [[line.label, *line.texts] for line in chart.lines]
        widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
        for row in rows:
            cells = [row[0].ljust(widths[0])] + [
                cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True)
            ]
            print("  ".join(cells).rstrip())
        # the years AMP's own row is empty, said as the window and the paper say it
        # ("Källa: Kolada" is printed once, at the end)
        note = chart.note.replace(SOURCE_NOTE, "").strip()
        if note:
            print(note)
        print()


def print_yearly(report: YearlyReport) -> None:
    """The figures as text, then what is missing and the checks that differ."""
    heading = translate("Yearly", "Yearly figures {year}").format(year=report.year)
    if report.municipality:
        heading += " — " + translate("Yearly", "municipality {code}").format(
            code=report.municipality
        )
    print(heading)
    print()
    columns = YEARLY.for_cli()
    rows = yearly_rows(report)
    aligned_table(columns, [[c.text(r) for c in columns] for r in rows])
    print()
    print_over_the_years(report)
    # a figure without a Kolada id is named by its title, never by its internal key
    labels = {f.kpi.kolada_id or f.key: f.kpi.kolada_id or f.kpi.title for f in report.figures}
    for text, ids in missing_by_text(report).items():
        print(f"{text} ({', '.join(labels.get(i, i) for i in ids)})")
    for figure in report.figures:
        if figure.check and not figure.check["agrees"]:
            print(f"{labels[figure.kpi.kolada_id or figure.key]}: {check_text(figure)}")
    for note in report.notes:
        print(note)
    print("* " + translate("Yearly", "id not yet confirmed by Kolada's metadata"))
    if report.has_kolada:
        print(SOURCE_NOTE)
