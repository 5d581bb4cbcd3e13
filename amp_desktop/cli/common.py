"""What every ``amp`` command shares: its error, opening catalogues, printing JSON.

Command modules import from here, never from the package ``amp_desktop.cli``
(which imports them), so there is no import cycle.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amp_desktop.core.errors import AmpError
from amp_desktop.core.store import BusyError, Catalogue, LockedError, StoreError

if TYPE_CHECKING:
    from amp_desktop.core.planning import Period
    from amp_desktop.core.planning.model import Thresholds


class CliError(AmpError):
    """A one-line message for the user and an exit status."""

    def __init__(self, message: str, status: int = 1):
        super().__init__(message)
        self.status = status


def store_failure(exc: StoreError | LockedError) -> CliError:
    """The one line and status of a store error: 3 when another AMP holds the file (or
    another program is writing it just now), else 2."""
    return CliError(str(exc), 3 if isinstance(exc, (LockedError, BusyError)) else 2)


def failure(exc: AmpError) -> CliError:
    """The one line and exit status of any error meant for the user: a store error's
    (:func:`store_failure`), a ``CliError``'s own, 2 for any other (bad input)."""
    if isinstance(exc, CliError):
        return exc
    if isinstance(exc, StoreError):
        return store_failure(exc)
    return CliError(str(exc), 2)


def install_translator(language: str | None = None) -> str:
    """Speak *language*, else ``AMP_LANG``, else the system's; returns it."""
    from amp_desktop.ui import translations

    return translations.install(language or os.environ.get("AMP_LANG") or None)


def add_take_over_option(parser: argparse.ArgumentParser) -> None:
    """``--take-over`` for the commands that write (see :func:`open_catalogue`)."""
    from amp_desktop.core.i18n import translate

    parser.add_argument(
        "--take-over",
        action="store_true",
        help=translate(
            "CliHelp",
            "take the catalogue over from an AMP that left it locked (another "
            "computer, or one that crashed); refused if that AMP runs on this computer",
        ),
    )


@contextlib.contextmanager
def open_catalogue(
    path: str, *, write: bool = False, take_over: bool = False
) -> Iterator[Catalogue]:
    """Open catalogue *path*, turning the store's errors into one-line messages.

    A catalogue whose medium cannot be written is opened read-only for reading
    commands (they never write); a writing command says why it cannot.  With
    *take_over* a lock left by an AMP that cannot be asked is taken over (#11.11).
    What was done to a journal left beside the file is printed (one line each).
    """
    from amp_desktop.core.i18n import translate
    from amp_desktop.core.store import journal, lock

    if Path(path).is_dir():  # (the store's journal check fails on ".", which has no name)
        text = translate("Store", "{path} is a folder, not a catalogue.")
        raise CliError(text.format(path=path), 2)
    try:
        try:
            catalogue = Catalogue.open(Path(path), read_only=not write)
        except LockedError as exc:
            if not (write and take_over):
                if write and not exc.held_here:
                    hint = translate(
                        "Cli", "If that AMP no longer runs, take the file over with --take-over."
                    )
                    raise CliError(f"{exc} {hint}", 3) from None
                raise
            if exc.held_here:  # (take_over refuses it too, without saying why)
                hint = translate(
                    "Cli",
                    "--take-over is refused while that AMP runs on this computer: "
                    "close the file there first.",
                )
                raise CliError(f"{exc} {hint}", 3) from None
            lock.take_over(Path(path), exc.holder)
            print("amp: " + lock.took_over_text(Path(path), exc.holder), file=sys.stderr)
            catalogue = Catalogue.open(Path(path), read_only=not write)
    except (LockedError, StoreError) as exc:
        raise store_failure(exc) from None
    notes = journal.take_notes(Path(path))
    if write and catalogue.read_only:  # a journal was set aside unused (#11.9): say that only
        catalogue.close()
        raise CliError(" ".join(notes) or str(catalogue.read_only_reason), 2)
    for note in notes:
        print(f"amp: {note}", file=sys.stderr)
    try:
        yield catalogue
    except (LockedError, StoreError) as exc:
        raise store_failure(exc) from None
    finally:
        catalogue.close()


def add_period_options(parser: argparse.ArgumentParser, *, scenario: bool = True) -> None:
    """The period options (``--from``/``--to``, ``--year``, ``--tertial``) and, with
    *scenario*, ``--scenario`` (``amp plan``, ``amp report``, ``amp results``, ``amp audit``)."""
    from amp_desktop.core.i18n import translate

    parser.add_argument(
        "--from", dest="first", metavar="YYYY-MM", help=translate("CliHelp", "first month")
    )
    parser.add_argument(
        "--to", dest="last", metavar="YYYY-MM", help=translate("CliHelp", "last month")
    )
    parser.add_argument("--year", metavar="YYYY", help=translate("CliHelp", "a calendar year"))
    parser.add_argument(
        "--tertial", metavar="YYYY-TN", help=translate("CliHelp", "a tertial, e.g. 2026-T1")
    )
    if scenario:
        parser.add_argument(
            "--scenario",
            metavar="NAME",
            help=translate("CliHelp", "apply a saved what-if scenario"),
        )


def add_thresholds_option(parser: argparse.ArgumentParser) -> None:
    """``--thresholds IDLE,TIGHT,SHORT``: the planning status limits in percent of
    places, as Preferences sets them for the window (``amp plan``, ``amp report``)."""
    from amp_desktop.core.i18n import translate

    parser.add_argument(
        "--thresholds",
        metavar="IDLE,TIGHT,SHORT",
        help=translate(
            "CliHelp",
            "planning status limits in percent of places: idle below, tight above, short "
            "above (default 60,90,100; the window's are set in Preferences)",
        ),
    )


def thresholds_from_args(args: argparse.Namespace) -> Thresholds:
    """The limits ``--thresholds`` gives (AMP's defaults when left out); CliError if bad."""
    from amp_desktop.core.i18n import translate
    from amp_desktop.core.planning.model import Thresholds

    if args.thresholds is None:
        return Thresholds()
    parts = args.thresholds.replace(";", ",").split(",")
    try:
        if len(parts) != 3:
            raise ValueError
        idle, tight, short = (float(part.strip().rstrip("%")) for part in parts)
    except ValueError:
        text = translate(
            "Cli", "--thresholds: give three percentages, idle,tight,short (e.g. 60,90,100)."
        )
        raise CliError(text, 2) from None
    limits = Thresholds(short_above=short / 100, tight_above=tight / 100, idle_below=idle / 100)
    if limits.problem():
        raise CliError(f"--thresholds: {limits.problem()}", 2)
    return limits


def period_from_args(args: argparse.Namespace) -> Period:
    """The period the options name (this calendar year when none); CliError if bad."""
    from amp_desktop.core.planning import Period, PeriodError

    try:
        return Period.from_options(
            first=args.first, last=args.last, year=args.year, tertial=args.tertial
        )
    except PeriodError as exc:
        raise CliError(str(exc), 2) from None


def print_json(data: Any) -> None:
    """*data* as JSON on standard output (on a stream that cannot hold all of it,
    ``\\u`` escapes: :func:`amp_desktop.cli.plain_output.install_json`)."""
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
