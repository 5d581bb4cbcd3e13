"""The ``amp`` command line: the same catalogue files, no screen needed.

Each sub-module registers its commands with ``register(subparsers)``; a command's
function takes the parsed arguments and returns the exit status.  Errors meant
for the user are raised as :class:`CliError` and printed as one line.
"""

from __future__ import annotations

import argparse
import importlib
import os
import signal
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NoReturn

from amp_desktop import __version__
from amp_desktop.core.i18n import translate

if TYPE_CHECKING:
    from amp_desktop.cli.common import CliError

# (cli.common, and the store it opens files with, are imported when a command runs:
# a Ctrl-C in the moment ``amp`` starts is then one of main's, not a traceback)
__all__ = ["COMMAND_MODULES", "CliError", "build_parser", "main"]


def __getattr__(name: str) -> Any:
    if name == "CliError":
        from amp_desktop.cli.common import CliError

        return CliError
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    """Run one ``amp`` command; returns the exit status.  Ctrl-C stops it with 130 and
    no traceback, also while it starts; once it is done (the process about to end,
    ``argv`` None) a Ctrl-C no longer turns its status into a kill by signal."""
    try:
        status = _run(argv)
    except KeyboardInterrupt:
        return 130
    if argv is None:  # the ``amp`` process itself: its work is done and said
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    return status


def _run(argv: Sequence[str] | None) -> int:
    from amp_desktop.cli import common, plain_output
    from amp_desktop.cli.interrupts import interrupt_after
    from amp_desktop.core.errors import AmpError

    plain_output.install()  # (a Windows console's cp1252: "−" and "→" written plain)
    with interrupt_after():  # (Qt loads here: a Ctrl-C inside aborted the process)
        common.install_translator()
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "json", False):
        plain_output.install_json()
    try:
        return int(args.func(args) or 0)
    except AmpError as exc:  # any error meant for the user: one line, never a traceback
        found = common.failure(exc)
        print(f"amp: {found}", file=sys.stderr)
        return found.status
    except BrokenPipeError:
        # The reader stopped early (amp plan FILE | head): nothing to report.
        # Point standard output at nothing so the flush at exit does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
