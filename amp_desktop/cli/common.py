"""What every ``amp`` command shares: opening catalogues, printing JSON."""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amp_desktop.core.store import Catalogue, LockedError, StoreError

if TYPE_CHECKING:
    from amp_desktop.core.planning import Period


def install_translator(language: str | None = None) -> str:
    """Speak *language*, else ``AMP_LANG``, else the system's; returns it."""
    from amp_desktop import i18n

    return i18n.install(language or os.environ.get("AMP_LANG") or None)


@contextlib.contextmanager
def open_catalogue(path: str, *, write: bool = False) -> Iterator[Catalogue]:
    """Open catalogue *path*, turning the store's errors into one-line messages."""
    from amp_desktop.cli import CliError

    try:
        catalogue = Catalogue.open(Path(path), read_only=not write)
    except LockedError as exc:
        raise CliError(str(exc), 3) from None
    except StoreError as exc:
        raise CliError(str(exc), 2) from None
    try:
        yield catalogue
    finally:
        catalogue.close()


def add_period_options(parser: argparse.ArgumentParser) -> None:
    """The period options of ``amp plan`` and ``amp report``, and ``--scenario``."""
    parser.add_argument("--from", dest="first", metavar="YYYY-MM", help="first month")
    parser.add_argument("--to", dest="last", metavar="YYYY-MM", help="last month")
    parser.add_argument("--year", metavar="YYYY", help="a calendar year")
    parser.add_argument("--tertial", metavar="YYYY-TN", help="a tertial, e.g. 2026-T1")
    parser.add_argument("--scenario", metavar="NAME", help="apply a saved what-if scenario")


def period_from_args(args: argparse.Namespace) -> Period:
    """The period the options name (this calendar year when none); CliError if bad."""
    from amp_desktop.cli import CliError
    from amp_desktop.core.planning import Period, PeriodError

    try:
        return Period.from_options(
            first=args.first, last=args.last, year=args.year, tertial=args.tertial
        )
    except PeriodError as exc:
        raise CliError(str(exc), 2) from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """Rows as aligned columns (numbers right-aligned)."""
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows, strict=True)]
    numeric = [
        all(str(r[i]).replace(" ", "").replace("-", "").isdigit() or r[i] == "" for r in rows)
        for i in range(len(headers))
    ]
    for line in [headers, *rows]:
        cells = [
            str(cell).rjust(w) if num else str(cell).ljust(w)
            for cell, w, num in zip(line, widths, numeric, strict=True)
        ]
        print("  ".join(cells).rstrip())
