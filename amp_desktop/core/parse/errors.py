"""What every parser of cell text shares: :class:`ParseError` and a lazily compiled pattern."""

from __future__ import annotations

import re
from collections.abc import Callable

from amp_desktop.core.errors import AmpError


class ParseError(AmpError, ValueError):
    """Text that cannot be read with certainty; the message says why."""


class Pattern:
    """A regular expression compiled when first used.

    The window imports this module at start-up but parses only when a field is
    edited: compiling the patterns up front cost 2–3 ms of every start.
    """

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0):
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _pattern(self) -> re.Pattern[str]:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def match(self, text: str) -> re.Match[str] | None:
        return self._pattern().match(text)

    def search(self, text: str) -> re.Match[str] | None:
        return self._pattern().search(text)

    def fullmatch(self, text: str) -> re.Match[str] | None:
        return self._pattern().fullmatch(text)

    def sub(self, replace: Callable[[re.Match[str]], str], text: str) -> str:
        return self._pattern().sub(replace, text)
