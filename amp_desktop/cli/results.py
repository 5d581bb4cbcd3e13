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
from amp_desktop.cli.text_tables import aligned_table
from amp_desktop.core.domain import enum_label
from amp_desktop.core.i18n import translate
from amp_desktop.core.results.coverage import coverage
from amp_desktop.core.results.period import (
    ResultsFilter,
    costs_left_out_note,
    results_document,
    without_costs,
    without_results,
)
from amp_desktop.core.tables import Column
from amp_desktop.core.tables.results_table import RESULTS


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    results = subparsers.add_parser(
        "results",
        help=translate(
            "CliHelp", "participants, exits and the share to work or studies per programme"
        ),
        description=translate(
            "CliHelp",
            "Results per programme from the imported participant lists: "
            "participants, starts, exits by reason, the share to work or studies "
            "(women and men apart), stays, occupancy and cost per result. The period is "
            "the current calendar year unless given. The JSON is described in "
            "docs/results-json.md.",
        ),
    )
    results.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    add_period_options(results)
    # The period options come with --scenario; results are what happened, not a what-if.
    results._option_string_actions["--scenario"].help = argparse.SUPPRESS
    results.add_argument("--unit", help=translate("CliHelp", "only the programmes of this unit"))
    results.add_argument(
        "--type", choices=("primary", "secondary"), help=translate("CliHelp", "only this type")
    )
    results.add_argument(
        "--need-level",
        choices=("AM1", "AM2", "AM3"),
        help=translate("CliHelp", "only this need level"),
    )
    results.add_argument(
        "--gender", choices=("K", "M"), help=translate("CliHelp", "only women (K) or men (M)")
    )
    results.add_argument("--json", action="store_true", help=translate("CliHelp", "print JSON"))
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
        # (a programme no import covered has unknown figures, not zeros)
        known = catalogue.results_known(period.first, period.last)
        without_results(document, known)
        # (months no list covered, for all or for some programmes: said under the table)
        names = {p["id"]: p["name"] for p in document["programmes"]}
        covering = coverage(catalogue, period, known & set(names))
    note = covering.note(names)
    if without_costs(document, selection):  # (as the Results tab)
        note = "\n".join(filter(None, [note, costs_left_out_note()]))
    if args.json:
        # (the months no list covered: figures over them are not what they seem)
        document["months_without_results"] = covering.months_without()
        document["programme_months_without_results"] = {str(p): m for p, m in covering.gaps.items()}
        print_json(document)
    elif not document["programmes"] and not any(vars(selection).values()):
        print(translate("Cli", "{path} has no programmes yet.").format(path=args.file))
    else:
        print_results(document, period.label(), note)
    return 0


def print_results(document: dict[str, Any], label: str, note: str | None = None) -> None:
    """The results as text: programmes with the total, then per type and need level;
    a programme without imported results shows "–" (not known), never zeros; *note*
    (:func:`~amp_desktop.core.results.period.uncovered_note`) under the first table."""
    print(translate("Results", "Results for {period}").format(period=label))
    print()
    if not document["programmes"]:
        print(translate("Results", "No programme matches the selection."))
        return
    columns = RESULTS.for_cli()
    rows = [_cells(columns, p) for p in document["programmes"]]
    rows.append(_cells(columns, {**document["all"], "name": translate("Results", "All")}))
    aligned_table(columns, rows)
    if any(p["participants"] is None for p in document["programmes"]):
        print(
            translate("Results", "– no results imported for {period} (amp import).").format(
                period=label
            )
        )
    if note:
        print(note)
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


def _cells(columns: tuple[Column, ...], row: dict[str, Any]) -> list[str]:
    """A row's cells; "–" for each figure not known when no results were imported for
    it (what is known — type, places — shown, as in the window)."""
    if row["participants"] is not None:
        return [c.text(row) for c in columns]
    return [c.text(row) if c.raw(row) is not None else "–" for c in columns]


def _group_name(grouping: str, value: str) -> str:
    if grouping == "type":
        return enum_label(value)
    if not value:
        return translate("Results", "Not stated")
    return value
