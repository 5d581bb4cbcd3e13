"""``amp plan``: places against referral demand for a period, as a table or JSON."""

from __future__ import annotations

import argparse
import sys

from amp_desktop.cli import CliError
from amp_desktop.cli.common import add_period_options, open_catalogue, period_from_args
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning import Plan, make_plan
from amp_desktop.core.planning.plan_json import write_plan_json
from amp_desktop.core.planning.scenarios import ScenarioError
from amp_desktop.core.tables import Column
from amp_desktop.core.tables.plan_tables import (
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
        help="places against referral demand for a period",
        description="Places needed from referral demand, per programme and in total. "
        "The period is the current calendar year unless given. "
        "The JSON is described in docs/plan-json.md.",
    )
    plan.add_argument("file")
    add_period_options(plan)
    plan.add_argument("--json", action="store_true", help="print JSON")
    plan.set_defaults(func=cmd_plan)


def cmd_plan(args: argparse.Namespace) -> int:
    period = period_from_args(args)
    with open_catalogue(args.file) as catalogue:
        try:
            if args.json:  # written programme by programme (docs/plan-json.md)
                write_plan_json(catalogue, period, sys.stdout, scenario=args.scenario)
                return 0
            plan = make_plan(catalogue, period, scenario=args.scenario)
        except ScenarioError as exc:
            raise CliError(str(exc), 2) from None
    print_plan(plan)
    return 0


def print_plan(plan: Plan) -> None:
    """The plan as text tables: programmes (with the total), per unit, type, source.

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
    aligned_table(columns, rows)
    for grouping in ("unit", "type"):
        print()
        groups = TOTALS.for_cli()
        aligned_table(
            groups,
            [[c.text(g) for c in groups] for g in plan.totals[grouping]],
            group_title(grouping),
        )
    print()
    sources = SOURCE_TOTALS.for_cli()
    aligned_table(sources, [[c.text(g) for c in sources] for g in plan.totals["source"]])


def aligned_table(columns: tuple[Column, ...], rows: list[list[str]], first: str = "") -> None:
    """Columns padded to their widest cell, aligned as declared (numbers right);
    *first* retitles the first column."""
    headers = [c.one_line() for c in columns]
    if first:
        headers[0] = first
    widths = [max(len(c) for c in column) for column in zip(headers, *rows, strict=True)]
    for line in [headers, *rows]:
        cells = [
            cell.rjust(w) if column.alignment == "right" else cell.ljust(w)
            for column, cell, w in zip(columns, line, widths, strict=True)
        ]
        print("  ".join(cells).rstrip())
