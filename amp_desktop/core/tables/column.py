"""A declared table column: key, translatable title, unit, format kind, alignment."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from amp_desktop.core.tables.formats import NUMERIC, cell_text

Align = Literal["left", "right", "center"]


def _attribute(key: str) -> Callable[[Any], Any]:
    return lambda item: getattr(item, key)


@dataclass(frozen=True)
class Column:
    """One column of a table AMP shows.

    ``key`` names the value (the row object's attribute unless ``value`` says
    otherwise, and the JSON key of ``amp plan --json``); ``title`` is called for
    the translated title, which may hold a line break where the screen's narrow
    header wants one (:meth:`one_line` for print and the CLI); ``unit`` says what
    the numbers count; ``format`` is a kind of :mod:`~amp_desktop.core.tables.formats`.
    """

    key: str
    title: Callable[[], str]
    format: str
    unit: str = ""
    align: Align | None = None  # None: numbers right, text left
    width: float = 1.0  # relative width on paper
    value: Callable[[Any], Any] | None = None
    tip: Callable[[], str] | None = None
    #: The cell's text when there is no value: "" leaves it blank; "–" says "not known"
    #: where the table's definitions explain it (a cost without a budget).
    missing: str = ""

    @property
    def alignment(self) -> Align:
        if self.align is not None:
            return self.align
        return "right" if self.format in NUMERIC else "left"

    @property
    def numeric(self) -> bool:
        return self.format in NUMERIC

    def raw(self, item: Any) -> Any:
        """The unformatted value of this column for row *item*."""
        return (self.value or _attribute(self.key))(item)

    def text(self, item: Any) -> str:
        """The cell's text for row *item*, as the screen, paper and CLI write it."""
        value = self.raw(item)
        if value is None and self.missing:
            return self.missing
        return cell_text(self.format, value, item)

    def one_line(self) -> str:
        """The title on one line (paper wraps it to the column, the CLI does not wrap):
        ``Budgeted places``; a line ending in ``/`` runs on (``Kostnad/plats``), a word
        broken with ``-`` is whole again (``Partici-``/``pants``: ``Participants``) and a
        hyphen after a capital stays (``SKR-``/``kategori``: ``SKR-kategori``)."""
        lines = [" ".join(line.split()) for line in self.title().splitlines()]
        text = ""
        for line in lines:
            if text.endswith("-") and text[-2:-1].islower() and line[:1].islower():
                text = text[:-1] + line
            elif not text or text.endswith(("/", "-")):
                text += line
            else:
                text += " " + line
        return text


@dataclass(frozen=True)
class TableSpec:
    """The columns of one table, and which of them each way of showing it uses.

    ``columns`` is the one declaration; ``screen``, ``paper`` and ``cli`` list
    column keys in the order each shows them (the screen is widest, paper has a
    page's width, the CLI a terminal's).
    """

    name: str
    columns: tuple[Column, ...]
    screen: tuple[str, ...] = ()
    paper: tuple[str, ...] = ()
    cli: tuple[str, ...] = ()

    def column(self, key: str) -> Column:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    def layout(self, keys: Sequence[str]) -> tuple[Column, ...]:
        return tuple(self.column(key) for key in keys)

    def for_screen(self) -> tuple[Column, ...]:
        return self.layout(self.screen or [c.key for c in self.columns])

    def for_paper(self) -> tuple[Column, ...]:
        return self.layout(self.paper or [c.key for c in self.columns])

    def for_cli(self) -> tuple[Column, ...]:
        return self.layout(self.cli or [c.key for c in self.columns])

    def keys(self) -> tuple[str, ...]:
        return tuple(c.key for c in self.columns)
