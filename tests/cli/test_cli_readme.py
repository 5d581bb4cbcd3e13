"""The README, as a newcomer reads it: every command, option and choice of ``amp --help``
is in its usage lines, and its examples run as written."""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
from pathlib import Path

import pytest

from amp_desktop.cli import build_parser, main
from tests.cli.test_cli_report import AMP

README = Path(__file__).parents[2] / "README.md"


def _commands() -> list[tuple[str, argparse.ArgumentParser]]:
    """``(name, parser)`` of every command and subcommand (``kolada fetch``)."""
    found = []
    top = build_parser()
    for action in top._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, parser in action.choices.items():
                inner = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
                if inner:
                    found += [(f"{name} {sub}", p) for sub, p in inner[0].choices.items()]
                else:
                    found.append((name, parser))
    return found


def _usage(command: str) -> str:
    """The README's usage lines of *command*, with their continuation lines."""
    lines = README.read_text(encoding="utf-8").splitlines()
    usage = []
    for at, line in enumerate(lines):
        if line.startswith(f"amp {command} "):
            usage.append(line)
            usage += [x for x in lines[at + 1 : at + 4] if x.startswith("  ")]
    return " ".join(usage)


@pytest.mark.parametrize(("command", "parser"), _commands(), ids=[c for c, _ in _commands()])
def test_the_readme_shows_every_option_and_choice(
    command: str, parser: argparse.ArgumentParser
) -> None:
    usage = _usage(command)
    assert usage, f"amp {command} has no usage line in the README"
    for action in parser._actions:
        if not action.option_strings or action.help == argparse.SUPPRESS:
            continue
        option = action.option_strings[0]
        if option == "-h":
            continue
        assert option in usage, (command, option)
        for choice in action.choices or ():
            assert choice in usage, (command, option, choice)


def test_the_readme_examples_run_as_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = README.read_text(encoding="utf-8")
    block = text[text.index("Examples:\n\n```sh\n") :].split("```sh\n", 1)[1].split("```")[0]
    examples = [line for line in block.splitlines() if line.startswith("amp ")]
    assert len(examples) == 3
    monkeypatch.chdir(tmp_path)
    for example in examples:
        args = shlex.split(example)[1:]
        if args[0] == "report":  # in a process of its own, as a user runs it (no screen)
            env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
            run = subprocess.run(
                [*AMP, *args], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120
            )
            status, out, err = run.returncode, run.stdout, run.stderr
        else:
            status = main(args)
            out, err = capsys.readouterr()
        assert status == 0 and out and not err, (example, err)
    assert (tmp_path / "demo.amp").exists() and (tmp_path / "overview.pdf").exists()
