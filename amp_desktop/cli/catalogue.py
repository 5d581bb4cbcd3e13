"""``amp new``, ``amp list`` and ``amp show``: the catalogue from the command line."""

from __future__ import annotations

import argparse
from pathlib import Path

from amp_desktop.cli import CliError
from amp_desktop.cli.common import open_catalogue, print_json, print_table
from amp_desktop.core.domain import FIELDS, enum_label, format_sources
from amp_desktop.core.store import Catalogue, LockedError, StoreError


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    new = subparsers.add_parser("new", help="create a catalogue file")
    new.add_argument("file")
    new.add_argument(
        "--example", action="store_true", help="fill it with the example catalogue (Västerås 2021)"
    )
    new.set_defaults(func=cmd_new)

    listing = subparsers.add_parser("list", help="list the programmes of a catalogue")
    listing.add_argument("file")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=cmd_list)

    show = subparsers.add_parser("show", help="show one programme")
    show.add_argument("file")
    show.add_argument("programme", metavar="NAME_OR_ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)


def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.exists():
        raise CliError(f"{path} already exists; choose another name.", 2)
    try:
        catalogue = Catalogue.create(path)
    except (StoreError, LockedError, OSError) as exc:
        raise CliError(str(exc), 2) from None
    try:
        if args.example:
            from amp_desktop.core.example import load_example

            load_example(catalogue)
        count = len(catalogue.programmes())
    finally:
        catalogue.close()
    print(f"Created {path} with {count} programmes.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    with open_catalogue(args.file) as catalogue:
        programmes = catalogue.programmes()
    if args.json:
        print_json([p.to_json() for p in programmes])
        return 0
    rows = [
        [
            str(p.id),
            p.name,
            p.code,
            str(p.places),
            "" if p.budgeted_places is None else str(p.budgeted_places),
            enum_label(p.type),
            p.unit,
            format_sources(p.sources),
        ]
        for p in programmes
    ]
    print_table(["id", "name", "code", "places", "budgeted", "type", "unit", "sources"], rows)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_catalogue(args.file) as catalogue:
        programme = catalogue.find(args.programme)
    if programme is None:
        raise CliError(f"no programme named or numbered “{args.programme}” in {args.file}", 1)
    if args.json:
        print_json(programme.to_json())
        return 0
    print(f"{'id':>22}: {programme.id}")
    for spec in FIELDS:
        value = programme.value(spec.name)
        if spec.kind == "enum":
            value = enum_label(value)
        elif spec.kind == "months":
            value = ", ".join(str(m) for m in value) or "all year"
        text = "" if value is None else str(value)
        print(f"{spec.label():>22}: {text}")
    print(f"{'Referral sources':>22}: {format_sources(programme.sources)}")
    return 0
