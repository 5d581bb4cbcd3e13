"""The format kinds of table cells and the one function that writes a cell's text.

Every table AMP shows (on screen, on paper, in ``amp plan``) writes its numbers
through :func:`cell_text`, so a gap of 0.05 is ``+0.1`` everywhere, a utilisation
is ``87.5%`` everywhere and a status says "short 2 months" everywhere.  The rounding
rule is :mod:`amp_desktop.core.formatting`'s: half away from zero on the decimal
value, and nothing that rounds to zero carries a sign (``-0.049`` → ``0.0``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from amp_desktop.core.domain import enum_label, format_months, format_sources
from amp_desktop.core.formatting import (
    format_number,
    format_percent,
    format_sek,
    format_signed,
    format_whole_or_tenth,
)

#: Text as it is (names, units, codes).
TEXT = "text"
#: The translated label of a stored word (type, status, SKR category).
LABEL = "label"
#: A whole number, grouped: places, budgeted places, programmes, ids.
COUNT = "count"
#: One decimal: referrals per month, places needed, average stay in months.
DECIMAL = "decimal"
#: A fraction as a percentage with one decimal: utilisation.
SHARE = "share"
#: A difference with its sign and one decimal: the gap (+ spare, − short).
SIGNED = "signed"
#: Whole kronor: budgets and costs.
MONEY = "money"
#: Weeks, whole when whole, else one decimal: a programme's average stay.
WEEKS = "weeks"
#: Referral sources as written in a cell, fallbacks in brackets: ``AF (SKE)``.
SOURCES = "sources"
#: The months a seasonal programme runs, as stored and shown in sheets: ``6,7,8``.
MONTHS = "months"
#: A plan's status, with the short months a mean hides (see :mod:`.status`).
STATUS = "status"
#: The status word alone (the comparison's narrow before/after columns).
STATUS_WORD = "status_word"
#: Where a plan's referrals come from (actual, forecast …).
BASIS = "basis"

#: A figure that cannot be worked out (a cost without a budget): written in every
#: table that declares it (``Column.missing``) and in every printout.
NOT_KNOWN = "–"
NUMERIC = frozenset({COUNT, DECIMAL, SHARE, SIGNED, MONEY, WEEKS})
KINDS = frozenset({TEXT, LABEL, SOURCES, MONTHS, STATUS, STATUS_WORD, BASIS}) | NUMERIC


Writer = Callable[[Any, Any], str]
_writers: dict[str, Writer] = {}


def _none_empty(write: Callable[[Any], str]) -> Writer:
    return lambda value, item: "" if value is None else write(value)


def _status_cell(value: Any, item: Any = None) -> str:
    # Imported when a status is first written: the status words live in the planning
    # package, which the catalogue's table (no status cells) never loads.
    from amp_desktop.core.tables.status import status_cell

    return status_cell(value, item)


def _basis_label(value: Any) -> str:
    from amp_desktop.core.planning import basis_label

    return basis_label(value)


def _make_writers() -> dict[str, Writer]:
    return {
        TEXT: _none_empty(str),
        LABEL: _none_empty(enum_label),
        COUNT: _none_empty(format_number),
        DECIMAL: _none_empty(lambda value: format_number(value, 1)),
        SHARE: _none_empty(lambda value: format_percent(value, 1)),
        SIGNED: _none_empty(lambda value: format_signed(value, 1)),
        MONEY: _none_empty(format_sek),
        WEEKS: _none_empty(format_whole_or_tenth),
        SOURCES: _none_empty(format_sources),
        MONTHS: _none_empty(format_months),
        STATUS: _status_cell,
        STATUS_WORD: lambda value, item: _status_cell(value),
        BASIS: _none_empty(_basis_label),
    }


def cell_text(kind: str, value: Any, item: Any = None) -> str:
    """The text of a cell of format *kind* holding *value* ("" for None).

    *item* is the row's object; a STATUS cell reads its short months from it.
    """
    if not _writers:
        _writers.update(_make_writers())
    return _writers[kind](value, item)
