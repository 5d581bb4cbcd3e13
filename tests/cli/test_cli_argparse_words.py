"""A wrong command line is told in the user's language, argparse's own words too
("the following arguments are required", "invalid choice"): in Swedish they stayed
English while the rest of the line was Swedish."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from amp_desktop.cli import argparse_words, main

WRONG = [
    (["show"], "the following arguments are required: file, NAME_OR_ID"),
    (["bogus"], "argument COMMAND: invalid choice: 'bogus' (choose from 'new', "),
    (["list", "x.amp", "--nope"], "unrecognized arguments: --nope"),
    (["results", "x.amp", "--type", "foo"], "argument --type: invalid choice: 'foo'"),
    (["plan", "x.amp", "--from"], "argument --from: expected one argument"),
    (["kolada", "x.amp"], "argument COMMAND: invalid choice: 'x.amp'"),
]


def _error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as stopped:
        main(argv)
    assert stopped.value.code == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    return err


@pytest.mark.parametrize(("argv", "english"), WRONG, ids=[" ".join(a) for a, _e in WRONG])
def test_argparse_words_go_through_the_translation(
    argv: list[str],
    english: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert english in _error(argv, capsys)  # English as argparse says it
    monkeypatch.setattr(argparse_words, "translate", lambda _context, text: f"«{text}»")
    err = _error(argv, capsys)
    said = re.fullmatch(r"amp[a-z ]*: (.*) \((?:see|se) amp[a-z ]* --help\)\n", err)
    assert said is not None, err
    assert said[1].startswith("«") and said[1].endswith("»"), err  # every word translated
    named = english.rsplit(": ", 1)[-1].split(" (")[0]  # what argparse named is kept
    assert named in said[1] or named == "expected one argument", err


def test_a_message_not_from_argparse_is_left_as_it_is() -> None:
    assert argparse_words.in_user_language("”abc” är inget år") == "”abc” är inget år"
    assert argparse_words.in_user_language("argument --year: ”abc” är inget år") == (
        "argument --year: ”abc” är inget år"
    )
