"""Parsing of the Swedish cell text unit heads write: places, sources, type, money.

Every parser either returns a value it is certain of or raises :class:`ParseError`
with a message for review; nothing is guessed.  Used by the example catalogue, the
Excel import of other people's sheets and the editor.

The parsers live by what they read: :mod:`.numbers` (places, money, numbers,
shares), :mod:`.sources` (referral sources), :mod:`.text_fields` (type, dates, ages,
months, a name's period); :mod:`.errors` holds :class:`ParseError`.
"""

from __future__ import annotations

from amp_desktop.core.parse.errors import ParseError
from amp_desktop.core.parse.numbers import (
    Places,
    parse_decimal,
    parse_int,
    parse_money,
    parse_places,
    parse_share,
    typed_number_text,
)
from amp_desktop.core.parse.sources import KNOWN_SOURCES, Sources, known_source, parse_sources
from amp_desktop.core.parse.text_fields import (
    NamePeriod,
    date_of_text,
    parse_age_limits,
    parse_date,
    parse_months,
    parse_name_period,
    parse_type,
    written_date,
)

__all__ = [
    "KNOWN_SOURCES",
    "NamePeriod",
    "ParseError",
    "Places",
    "Sources",
    "date_of_text",
    "known_source",
    "parse_age_limits",
    "parse_date",
    "parse_decimal",
    "parse_int",
    "parse_money",
    "parse_months",
    "parse_name_period",
    "parse_places",
    "parse_share",
    "typed_number_text",
    "parse_sources",
    "parse_type",
    "written_date",
]
