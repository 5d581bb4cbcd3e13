"""``amp kolada``: Kolada's published values into the catalogue, from a saved file or the API."""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys

from amp_desktop.cli.common import CliError, add_take_over_option, open_catalogue
from amp_desktop.core.i18n import translate
from amp_desktop.core.kolada.changes import municipality_problem, read_import
from amp_desktop.core.kolada.client import DEFAULT_URL, KoladaClient, KoladaError
from amp_desktop.core.kolada.fetch import fetch, fetch_change
from amp_desktop.core.kolada.transport import check_address
from amp_desktop.core.kolada.values import KoladaFileError
from amp_desktop.core.yearly.document import catalogue_kpis

_YEARS = re.compile(r"^(\d{4})(?:-(\d{4}))?$")


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    kolada = subparsers.add_parser(
        "kolada",
        help=translate("CliHelp", "Kolada's published values, for comparing the yearly figures"),
        description=translate(
            "CliHelp",
            "Store Kolada's published values in the catalogue (public "
            "statistics, no personal data), from a file saved from Kolada or fetched "
            "from its API (v3). Källa: Kolada.",
        ),
    )
    commands = kolada.add_subparsers(dest="kolada_command", required=True, metavar="COMMAND")
    imp = commands.add_parser(
        "import", help=translate("CliHelp", "read a JSON answer or CSV export saved from Kolada")
    )
    imp.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    imp.add_argument("values", metavar="VALUES.json|.csv")
    add_take_over_option(imp)
    imp.set_defaults(func=cmd_import)
    get = commands.add_parser(
        "fetch", help=translate("CliHelp", "fetch from Kolada's API (needs the internet)")
    )
    get.add_argument("file", help=translate("CliHelp", "the catalogue (.amp)"))
    get.add_argument(
        "--municipality",
        required=True,
        metavar="CODE",
        help=translate("CliHelp", "SCB code, e.g. 1980"),
    )
    get.add_argument(
        "--years", metavar="YYYY-YYYY", help=translate("CliHelp", "years (default: the last seven)")
    )
    get.add_argument(
        "--api-url",
        default=DEFAULT_URL,
        metavar="URL",
        help=translate("CliHelp", "Kolada's v3 address"),
    )
    get.add_argument(
        "--timeout",
        type=float,
        default=20.0,
        help=translate("CliHelp", "seconds to wait for an answer"),
    )
    add_take_over_option(get)
    get.set_defaults(func=cmd_fetch)


def parse_years(text: str | None, today: dt.date | None = None) -> list[int]:
    """``2019-2025`` or ``2024`` as years; by default the seven years before this one."""
    if not text:
        this = (today or dt.date.today()).year
        return list(range(this - 7, this))
    match = _YEARS.match(text.strip())
    if not match:
        raise CliError(translate("Cli", "--years must be YYYY or YYYY-YYYY."), 2)
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if last < first or last - first > 30:
        raise CliError(translate("Cli", "--years must run forwards, at most 30 years."), 2)
    return list(range(first, last + 1))


def cmd_import(args: argparse.Namespace) -> int:
    with open_catalogue(args.file, write=True, take_over=args.take_over) as catalogue:
        try:
            found = read_import(catalogue, args.values)
        except KoladaFileError as exc:
            raise CliError(f"{args.values}: {exc}", 1) from None
        catalogue.apply(found.change)
    if found.change.is_empty():  # the same file again: say so, not "Import 80 values"
        print(
            translate("Kolada", "The catalogue already holds the file's values; nothing changed.")
        )
    else:
        print(found.change.description)
    for note in found.notes:
        print(f"amp: {args.values}: {note}", file=sys.stderr)
    print("Källa: Kolada")
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    if problem := municipality_problem(args.municipality):
        raise CliError(f"--municipality {args.municipality}: {problem}", 2)
    years = parse_years(args.years)
    if not 0 < args.timeout <= 600:
        raise CliError(
            translate("Cli", "--timeout must be more than 0 and at most 600 seconds."), 2
        )
    try:
        check_address(args.api_url)
    except KoladaError as exc:
        raise CliError(f"--api-url: {exc}", 2) from None
    client = KoladaClient(args.api_url, timeout=args.timeout)
    # Opened for writing first (a file that cannot be written is said before any
    # question to Kolada), then let go while Kolada answers: a slow Kolada kept the
    # catalogue locked for editing, in the window too, for as long as it took.
    with open_catalogue(args.file, write=True, take_over=args.take_over) as catalogue:
        kpis = catalogue_kpis(catalogue)
    try:
        result = fetch(client, kpis, args.municipality, years)
    except KoladaError as exc:
        raise CliError(str(exc), 1) from None
    with open_catalogue(args.file, write=True) as catalogue:
        try:
            change = fetch_change(catalogue, result)  # a value no figure can have: refused
        except KoladaError as exc:
            raise CliError(str(exc), 1) from None  # as every other refusal of Kolada's
        catalogue.apply(change)
    print(change.description)
    for note in result.notes():
        print(f"amp: {note}", file=sys.stderr)
    print("Källa: Kolada")
    return 0
