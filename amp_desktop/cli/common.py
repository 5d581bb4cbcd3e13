"""What every ``amp`` command shares: opening catalogues, printing JSON."""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from amp_desktop.core.store import Catalogue, LockedError, StoreError


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
