"""``amp plan``: places against referral demand for a period, as a table or JSON."""

from __future__ import annotations

import argparse

from amp_desktop.cli import CliError
from amp_desktop.cli.common import add_period_options, open_catalogue, period_from_args, print_json
from amp_desktop.core.formatting import format_number, format_percent, format_sek
from amp_desktop.core.i18n import translate
from amp_desktop.core.planning import (
    GroupTotal,
    Plan,
    make_plan,
    status_label,
    status_text,
)
from amp_desktop.core.planning.scenarios import ScenarioError


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
            plan = make_plan(catalogue, period, scenario=args.scenario)
        except ScenarioError as exc:
            raise CliError(str(exc), 2) from None
    if args.json:
        print_json(plan.to_json())
    else:
        print_plan(plan)
    return 0


def _num(value: float | None, decimals: int = 1) -> str:
    return format_number(value, decimals) if value is not None else ""


def print_plan(plan: Plan) -> None:
    title = translate("Plan", "Plan for {period}").format(period=plan.period.label())
    if plan.scenario:
        title += " — " + translate("Plan", "scenario “{name}”").format(name=plan.scenario)
    print(title)
    print()
    headers = [
        translate("Plan", "Id"),
        translate("Plan", "Programme"),
        translate("Plan", "Places"),
        translate("Plan", "Budgeted"),
        translate("Plan", "Referrals/month"),
        translate("Plan", "Stay (months)"),
        translate("Plan", "Needed"),
        translate("Plan", "Utilisation"),
        translate("Plan", "Gap"),
        translate("Plan", "Cost/place"),
        translate("Plan", "Status"),
    ]
    rows = [
        [
            str(p.id),
            p.name,
            format_number(p.places),
            format_number(p.budgeted_places),
            _num(p.referrals_per_month),
            _num(p.average_stay_months),
            _num(p.needed_places),
            format_percent(p.utilisation),
            _num(p.gap),
            format_sek(p.cost_per_place_sek),
            status_text(p),
        ]
        for p in plan.programmes
    ]
    if plan.total is not None:
        rows.append(["", *_total_cells(plan.total)])
    aligned_table(headers, rows, left={1, 10})
    for key, heading in (
        ("unit", translate("Plan", "Unit")),
        ("type", translate("Plan", "Type")),
    ):
        print()
        group_headers = [heading, *headers[2:]]
        aligned_table(group_headers, [_total_cells(g) for g in plan.totals[key]], left={0, 9})
    print()
    aligned_table(
        [
            translate("Plan", "Referral source"),
            translate("Plan", "Programmes"),
            headers[4],
            headers[6],
        ],
        [
            [g.label, str(g.programmes), _num(g.referrals_per_month), _num(g.needed_places)]
            for g in plan.totals["source"]
        ],
        left={0},
    )


def _total_cells(group: GroupTotal) -> list[str]:
    return [
        group.label,
        format_number(group.places),
        format_number(group.budgeted_places),
        _num(group.referrals_per_month),
        "",
        _num(group.needed_places),
        format_percent(group.utilisation),
        _num(group.gap),
        format_sek(group.cost_per_place_sek),
        status_label(group.status),
    ]


def aligned_table(headers: list[str], rows: list[list[str]], left: set[int]) -> None:
    """Columns padded to their widest cell; numbers right-aligned, *left* columns left."""
    widths = [max(len(c) for c in column) for column in zip(headers, *rows, strict=True)]
    for line in [headers, *rows]:
        cells = [
            cell.ljust(w) if i in left else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(line, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())
