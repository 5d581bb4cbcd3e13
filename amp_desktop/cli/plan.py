"""``amp plan``: places against referral demand for a period, as a table or JSON."""

from __future__ import annotations

import argparse
import sys
from textwrap import fill

from amp_desktop.cli.common import (
    CliError,
    add_period_options,
    add_thresholds_option,
    open_catalogue,
    period_from_args,
    thresholds_from_args,
)
from amp_desktop.cli.text_tables import WIDTH, Layout, aligned_table, terminal_width
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning import Plan, make_plan
from amp_desktop.core.planning.plan_json import write_plan_json
from amp_desktop.core.planning.scenarios import ScenarioError
from amp_desktop.core.tables.plan_tables import (
    CLI_LEAVE_OUT,
    CLI_LEGEND,
    CLI_TITLES,
    PROGRAMMES,
    SOURCE_TOTALS,
    TOTALS,
    all_programmes_label,
    group_title,
    total_cells,
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    plan = subparsers.add_parser(
        "plan",
        help=translate("CliHelp", "places against referral demand for a period"),
        description=translate(
            "CliHelp",
            "Places needed from referral demand, per programme and in total. "
            "The period is the current calendar year unless given. "
            "The JSON is described in docs/plan-json.md.",
        ),
    )
    plan.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    add_period_options(plan)
    add_thresholds_option(plan)
    plan.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
    plan.set_defaults(func=cmd_plan)


def cmd_plan(args: argparse.Namespace) -> int:
    period, thresholds = period_from_args(args), thresholds_from_args(args)
    with open_catalogue(args.file) as catalogue:
        try:
            if args.json:  # written programme by programme (docs/plan-json.md)
                write_plan_json(
                    catalogue, period, sys.stdout, scenario=args.scenario, thresholds=thresholds
                )
                return 0
            plan = make_plan(catalogue, period, scenario=args.scenario, thresholds=thresholds)
        except ScenarioError as exc:
            raise CliError(str(exc), 2) from None
    if not plan.programmes:  # not a total row that is "off season"
        print(translate("Cli", "{path} has no programmes yet.").format(path=args.file))
        return 0
    print_plan(plan, terminal_width())
    return 0


def print_plan(plan: Plan, width: int | None = None) -> None:
    """The plan as text tables: programmes (with the total), per unit, type, source;
    with a *width* (a terminal's) fitted to it (:mod:`.text_tables`: short titles
    spelt out below the tables, what is left out said), else every declared column.

    Columns, titles and cell text are the core's declarations, as on screen and
    on paper.
    """
    title = translate("Plan", "Plan for {period}").format(period=plan.period.label())
    if plan.scenario:
        title += " — " + translate("Plan", "scenario “{name}”").format(name=plan.scenario)
    print(title)
    print()
    columns = PROGRAMMES.for_cli()
    rows = [[c.text(p) for c in columns] for p in plan.programmes]
    if plan.total is not None:
        rows.append(total_cells(columns, plan.total, all_programmes_label()))
    layout = Layout.fit(
        columns, rows, width=width, short=CLI_TITLES, leave_out=CLI_LEAVE_OUT["programmes"]
    )
    layout.print(rows)
    groups = TOTALS.for_cli()
    grouped = {g: [[c.text(t) for c in groups] for t in plan.totals[g]] for g in ("unit", "type")}
    firsts = [group_title(g) for g in grouped]
    both = Layout.fit(  # the unit and the type table show the same columns
        groups,
        [row for rows in grouped.values() for row in rows],
        max(firsts, key=len),
        width=width,
        short=CLI_TITLES,
        leave_out=CLI_LEAVE_OUT["totals"],
    )
    for grouping, first in zip(grouped, firsts, strict=True):
        print()
        both.print(grouped[grouping], first)
    print()
    sources = SOURCE_TOTALS.for_cli()
    aligned_table(sources, [[c.text(g) for c in sources] for g in plan.totals["source"]])
    print_notes([layout, both], width)


def print_notes(layouts: list[Layout], width: int | None) -> None:
    """Under the tables: what each short title stands for, and what a table left out."""
    shortened = {key for layout in layouts for key in layout.short_titles()}
    legend = [CLI_LEGEND[k]() for k in CLI_TITLES if k in shortened]
    left_out = list(
        dict.fromkeys(
            c.one_line() for layout in layouts for c in layout.columns if c not in layout.shown
        )
    )
    if legend or left_out:
        print()
    if legend:
        print(fill("; ".join(legend) + ".", width or WIDTH))
    if left_out:
        text = translate(
            "Plan",
            "Left out to fit {width} columns: {columns} (amp plan --json and amp report "
            "have them).",
        )
        print(fill(text.format(width=width, columns=", ".join(left_out)), width or WIDTH))
