"""The ``amp`` command line: the same catalogue files, no screen needed.

Each sub-module registers its commands with ``register(subparsers)``; a command's
function takes the parsed arguments and returns the exit status.  Errors meant
for the user are raised as :class:`CliError` and printed as one line.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from amp_desktop import __version__
from amp_desktop.cli.common import CliError, failure, install_translator
from amp_desktop.core.errors import AmpError
from amp_desktop.core.i18n import translate

__all__ = ["COMMAND_MODULES", "CliError", "build_parser", "main"]

COMMAND_MODULES = (
    "catalogue",
    "plan",
    "report",
    "excel",
    "results",
    "audit",
    "yearly",
    "kolada",
)


class _Formatter(argparse.HelpFormatter):
    """argparse's help, its "usage:" in the user's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = translate("CliHelp", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class _Parser(argparse.ArgumentParser):
    """argparse's parser, but a wrong option is one line (and where to read more),
    not the whole usage above it; the exit status is argparse's 2 (a wrong option).
    Its help speaks the user's language, argparse's own words too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("CliHelp", "positional arguments")
        self._optionals.title = translate("CliHelp", "options")
        for action in self._actions:
            if action.dest == "help":
                action.help = translate("CliHelp", "show this help message and exit")

    def error(self, message: str) -> NoReturn:
        from amp_desktop.cli.argparse_words import in_user_language

        see = translate("Cli", "(see {command} --help)").format(command=self.prog)
        self.exit(2, f"{self.prog}: {in_user_language(message)} {see}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="amp",
        description=translate("CliHelp", "AMP: the programme catalogue of a labour-market unit."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"amp {__version__}",
        help=translate("CliHelp", "show the version and exit"),
    )
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"amp_desktop.cli.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one ``amp`` command; returns the exit status."""
    install_translator()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except AmpError as exc:  # any error meant for the user: one line, never a traceback
        found = failure(exc)
        print(f"amp: {found}", file=sys.stderr)
        return found.status
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader stopped early (amp plan FILE | head): nothing to report.
        # Point standard output at nothing so the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
