"""``amp results``: what each programme achieved in a period, as a table or JSON."""

from __future__ import annotations

import argparse
from typing import Any

from amp_desktop.cli.common import (
    CliError,
    add_period_options,
    open_catalogue,
    period_from_args,
    print_json,
)
from amp_desktop.cli.plan import aligned_table
from amp_desktop.core.domain import enum_label
from amp_desktop.core.i18n import translate
from amp_desktop.core.results.period import ResultsFilter, results_document
from amp_desktop.core.tables.results_table import RESULTS

CATALOGUE_FILE = "the catalogue (.amp)"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    results = subparsers.add_parser(
        "results",
        help="participants, exits and the share to work or studies per programme",
        description="Results per programme from the imported participant lists: "
        "participants, starts, exits by reason, the share to work or studies "
        "(women and men apart), stays, occupancy and cost per result. The period is "
        "the current calendar year unless given. The JSON is described in "
        "docs/results-json.md.",
    )
    results.add_argument("file", help=CATALOGUE_FILE)
    add_period_options(results)
    # The period options come with --scenario; results are what happened, not a what-if.
    results._option_string_actions["--scenario"].help = argparse.SUPPRESS
    results.add_argument("--unit", help="only the programmes of this unit")
    results.add_argument("--type", choices=("primary", "secondary"), help="only this type")
    results.add_argument("--need-level", choices=("AM1", "AM2", "AM3"), help="only this need level")
    results.add_argument("--gender", choices=("K", "M"), help="only women (K) or men (M)")
    results.add_argument("--json", action="store_true", help="print JSON")
    results.set_defaults(func=cmd_results)


def cmd_results(args: argparse.Namespace) -> int:
    if args.scenario:
        raise CliError(
            translate(
                "Cli",
                "amp results shows what happened; a what-if scenario (--scenario) "
                "changes only the plan (amp plan, amp report).",
            ),
            2,
        )
    period = period_from_args(args)
    selection = ResultsFilter(args.unit, args.type, args.need_level, args.gender)
    with open_catalogue(args.file) as catalogue:
        tallies = catalogue.results_tallies(
            period.first, period.last, need_level=args.need_level, gender=args.gender
        )
        document = results_document(
            catalogue.programmes(), tallies, period, selection, catalogue.default_goals()
        )
    if args.json:
        print_json(document)
    else:
        print_results(document, period.label())
    return 0


def print_results(document: dict[str, Any], label: str) -> None:
    """The results as text: programmes with the total, then per type and need level."""
    print(translate("Results", "Results for {period}").format(period=label))
    print()
    columns = RESULTS.for_cli()
    rows = [[c.text(p) for c in columns] for p in document["programmes"]]
    rows.append([c.text({**document["all"], "name": translate("Results", "All")}) for c in columns])
    aligned_table(columns, rows)
    for grouping, title in (
        ("type", translate("Results", "Type")),
        ("need_level", translate("Results", "Need level")),
        ("unit", translate("Results", "Unit")),
    ):
        groups = document["totals"][grouping]
        if not groups:
            continue
        print()
        named = [
            {**figures, "name": _group_name(grouping, value)} for value, figures in groups.items()
        ]
        aligned_table(columns, [[c.text(g) for c in columns] for g in named], title)


def _group_name(grouping: str, value: str) -> str:
    if grouping == "type":
        return enum_label(value)
    if not value:
        return translate("Results", "Not stated")
    return value
