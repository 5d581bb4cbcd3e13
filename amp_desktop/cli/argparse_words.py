"""argparse's own error messages in the user's language (it writes them in English:
"the following arguments are required: …", "invalid choice: …")."""

from __future__ import annotations

import re
from collections.abc import Callable

from amp_desktop.core.i18n import translate

_Words = Callable[[re.Match[str]], str]


def _required(m: re.Match[str]) -> str:
    return translate("CliHelp", "the following arguments are required: {names}").format(names=m[1])


def _unrecognised(m: re.Match[str]) -> str:
    return translate("CliHelp", "unrecognized arguments: {arguments}").format(arguments=m[1])


def _one_of(m: re.Match[str]) -> str:
    return translate("CliHelp", "one of the arguments {names} is required").format(names=m[1])


def _ambiguous(m: re.Match[str]) -> str:
    return translate("CliHelp", "ambiguous option: {option} could match {matches}").format(
        option=m[1], matches=m[2]
    )


def _invalid_choice(m: re.Match[str]) -> str:
    return translate("CliHelp", "invalid choice: {value} (choose from {choices})").format(
        value=m[1], choices=m[2]
    )


def _invalid_value(m: re.Match[str]) -> str:
    return translate("CliHelp", "invalid value: {value}").format(value=m[2])


def _expected_one(_m: re.Match[str]) -> str:
    return translate("CliHelp", "expected one argument")


def _expected_some(m: re.Match[str]) -> str:
    return translate("CliHelp", "expected {n} arguments").format(n=m[1])


def _not_allowed(m: re.Match[str]) -> str:
    return translate("CliHelp", "not allowed with argument {name}").format(name=m[1])


def _ignored(m: re.Match[str]) -> str:
    return translate("CliHelp", "ignored explicit argument {value}").format(value=m[1])


_WHOLE: list[tuple[re.Pattern[str], _Words]] = [
    (re.compile(r"the following arguments are required: (.*)", re.S), _required),
    (re.compile(r"unrecognized arguments: (.*)", re.S), _unrecognised),
    (re.compile(r"one of the arguments (.*) is required", re.S), _one_of),
    (re.compile(r"ambiguous option: (\S+) could match (.*)", re.S), _ambiguous),
]
#: What follows "argument NAME: ".
_ABOUT: list[tuple[re.Pattern[str], _Words]] = [
    (re.compile(r"invalid choice: (.*) \(choose from (.*)\)", re.S), _invalid_choice),
    (re.compile(r"invalid (\S+) value: (.*)", re.S), _invalid_value),
    (re.compile(r"expected one argument"), _expected_one),
    (re.compile(r"expected (\d+) arguments?"), _expected_some),
    (re.compile(r"not allowed with argument (.*)", re.S), _not_allowed),
    (re.compile(r"ignored explicit argument (.*)", re.S), _ignored),
]
_ARGUMENT = re.compile(r"argument (.+?): (.*)", re.S)


def _first(table: list[tuple[re.Pattern[str], _Words]], text: str) -> str | None:
    for pattern, words in table:
        m = pattern.fullmatch(text)
        if m:
            return words(m)
    return None


def in_user_language(message: str) -> str:
    """*message*, an error argparse wrote, in the user's language (as it is when
    argparse's wording is not one known here, or it came from AMP already)."""
    whole = _first(_WHOLE, message)
    if whole is not None:
        return whole
    m = _ARGUMENT.fullmatch(message)
    if m:
        about = _first(_ABOUT, m[2])
        if about is not None:
            return translate("CliHelp", "argument {name}: {message}").format(
                name=m[1], message=about
            )
    return message
