"""Turning one cell into the programme field(s) it holds, or a ParseError for review."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from openpyxl.utils.datetime import from_excel

from amp_desktop.core import parse, rules
from amp_desktop.core.domain import FIELD_BY_NAME, SourceLink
from amp_desktop.core.excel.read import cell_text
from amp_desktop.core.excel.unit_words import without_unit_word
from amp_desktop.core.excel.vocabulary import enum_value
from amp_desktop.core.formatting import format_sek
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import ParseError


class Parsed:
    """What a cell gave: field values, notes for review, sources not known."""

    def __init__(self) -> None:
        self.values: dict[str, Any] = {}
        self.notes: list[str] = []
        self.unknown_sources: list[str] = []


def _date(value: Any) -> str | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not 1 <= value < 2_958_466:
            raise ParseError(translate("Parse", "Date: write the date as YYYY-MM-DD."))
        converted = from_excel(value)
        return converted.date().isoformat() if isinstance(converted, dt.datetime) else None
    return parse.parse_date(value)


def _enum(field: str, value: Any) -> Any:
    text = cell_text(value).strip()
    if not text:
        return None
    choices = FIELD_BY_NAME[field].choices
    found = enum_value(text, choices)
    if found is None and field == "type":
        return parse.parse_type(text)
    if found is None:
        raise ParseError(
            translate("Excel", "{field}: “{text}” is not one of the allowed values.").format(
                field=FIELD_BY_NAME[field].label(), text=text
            )
        )
    return found


#: A column title that gives its amounts in thousands or millions of kronor.
_SCALED = re.compile(
    r"(?<![a-zåäö])(?:(?P<k>tkr|kkr|tsek|ksek|tusen(?:tals)? (?:kronor|kr|sek)|"
    r"thousands? (?:of )?sek|sek thousands?|sek ?'000)|"
    r"(?P<m>mkr|mnkr|msek|mn ?kr|mn ?sek|miljoner (?:kronor|kr|sek)|"
    r"millions? (?:of )?sek|sek millions?))(?![a-zåäö])"
)


#: Whole kronor named in a title beside its thousands ("Budget kr (varav 500 tkr ESF)").
_WHOLE_KRONOR_TITLE = re.compile(r"(?<![a-zåäö])(?:kr|kronor|sek)(?![a-zåäö])")


def money_scale(title: str) -> int:
    """1,000 for a column title such as "Budget (tkr)", 1,000,000 for "Budget mnkr",
    else 1: a foreign sheet's amounts in such a column are that many kronor each.
    A title that names whole kronor too is 1 (:func:`names_kronor_and_thousands`)."""
    found = _SCALED.search(" ".join(title.split()).casefold())
    if found is None or names_kronor_and_thousands(title):
        return 1
    return 1_000 if found.group("k") else 1_000_000


def names_kronor_and_thousands(title: str) -> bool:
    """Whether *title* names thousands (millions) of kronor and whole kronor as well:
    then which its amounts are is not certain, and they are read as kronor."""
    text = " ".join(title.split()).casefold()
    found = _SCALED.search(text)
    return found is not None and bool(
        _WHOLE_KRONOR_TITLE.search(text[: found.start()] + " " + text[found.end() :])
    )


#: A scaled amount from this on is questioned: "3 750 000" in a "Budget (tkr)" column
#: is the budget in kronor written there, not 3.75 billion kronor.
IMPLAUSIBLE_SCALED_SEK = 100_000_000


def _scaled_money(value: Any, scale: int) -> int | None:
    """An amount in a column of thousands (millions) of kronor; a cell that names
    its own unit (``450 tkr``, ``1 200 000 kr``) is read by it.  A number that would
    be 100 million kronor or more is refused (ParseError): it is likely in kronor."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        number: float | None = float(value)
        text = cell_text(value)
    else:
        text = cell_text(value).strip()
        if not text or re.search(r"[^\d\s.,\-\u2212\u00a0\u202f\u2009']", text):
            return parse.parse_money(value)
        number = parse.parse_decimal(text.replace("'", ""))
    if number is None:
        return None
    amount = parse.parse_money(number * scale)
    if amount is not None and amount >= IMPLAUSIBLE_SCALED_SEK:
        unit = "tkr" if scale == 1_000 else "mkr"
        raise ParseError(
            translate(
                "Excel",
                "Amount: the column is in {unit}, so this would be {amount}, which looks "
                "like an amount in kronor; write “{text} kr” or “{text} {unit}” in the cell "
                "to say which.",
            ).format(unit=unit, amount=format_sek(amount), text=text.strip()[:40])
        )
    return amount


def parse_field(
    field: str, value: Any, foreign: bool, known_codes: set[str], scale: int = 1
) -> Parsed:
    """Read *field* from cell *value*; raises ParseError when it is not certain.

    *foreign* sheets get the lenient Swedish readings (``24 (budget 10)`` in a
    places cell, a project period after a name); *known_codes* are the catalogue's
    source codes (casefolded), so only really new sources are reported; *scale*: the
    kronor an amount in the cell's column stands for (:func:`money_scale`).
    """
    out = Parsed()
    kind = "sources" if field == "referral_sources" else FIELD_BY_NAME[field].kind
    if isinstance(value, str):
        value = without_unit_word(field, kind, value)
    if isinstance(value, float) and not math.isfinite(value):
        # ``1e400`` overflows to infinity; ``NaN`` passed the average stay's checks
        raise ParseError(
            translate(
                "Excel",
                "{field}: the cell holds an infinite number or “not a number” (NaN), "
                "which AMP cannot store.",
            ).format(field=_label(field))
        )
    if kind == "text":
        text = cell_text(value)
        if field == "name" and foreign:
            period = parse.parse_name_period(text)
            out.values["name"] = period.name
            if period.start_date:
                out.values["start_date"] = period.start_date
            if period.end_date:
                out.values["end_date"] = period.end_date
            if period.note and not (period.start_date and period.end_date):
                out.notes.append(
                    translate(
                        "Excel",
                        "Name: the period “{note}” has a date that is not real; dates left empty.",
                    ).format(note=period.note)
                )
        else:
            out.values[field] = text
    elif field == "places":
        if value is None or cell_text(value).strip() == "":
            out.values["places"] = 0
        else:
            places = parse.parse_places(value)
            out.values["places"] = places.places
            if places.budgeted_places is not None:
                out.values["budgeted_places"] = places.budgeted_places
            if places.note:
                out.notes.append(
                    translate("Excel", "Places: the note “{note}” was not imported.").format(
                        note=places.note
                    )
                )
    elif kind == "int":
        out.values[field] = parse.parse_int(value)
    elif kind == "money":
        out.values[field] = _scaled_money(value, scale) if scale != 1 else parse.parse_money(value)
    elif kind == "float":
        out.values[field] = parse.parse_decimal(value)
    elif kind == "date":
        out.values[field] = _date(value)
    elif kind == "share":
        out.values[field] = parse.parse_share(value)
    elif kind == "months":
        out.values[field] = parse.parse_months(value)
    elif kind == "enum":
        found = _enum(field, value)
        if found is not None or field == "skr_category":
            # An empty type or status keeps what the programme had (the default
            # for a new one); an empty SKR category clears it.
            out.values[field] = found
    elif kind == "sources":
        text = cell_text(value)
        if len(text) > rules.MAX_SOURCES * (rules.MAX_SOURCE_CODE + 2):
            listed = sum(1 for part in re.split(r"[,;/\n()]", text) if part.strip())
            raise ParseError(_too_many_sources() if listed > rules.MAX_SOURCES else _too_long())
        sources = parse.parse_sources(text)
        if len(sources.links) > rules.MAX_SOURCES:
            raise ParseError(_too_many_sources())
        known = {c.casefold(): c for c in known_codes}
        links = []
        for link in sources.links:
            # A code the catalogue already has (any case) is that source.
            code = known.get(link.source.casefold())
            links.append(SourceLink(code or link.source, link.role))
            if code is None and parse.known_source(link.source) is None:
                out.unknown_sources.append(link.source)
        out.values["sources"] = tuple(links)
        if sources.note:
            out.notes.append(
                translate("Excel", "Referral sources: the note “{note}” was not imported.").format(
                    note=sources.note
                )
            )
    return out


def _label(field: str) -> str:
    if field == "referral_sources":
        from amp_desktop.core.excel.vocabulary import field_label

        return field_label(field)
    return FIELD_BY_NAME[field].label()


def _too_long() -> str:
    return translate(
        "Excel",
        "Referral sources: a source's code has at most {n} characters; the cell was not read.",
    ).format(n=rules.MAX_SOURCE_CODE)


def _too_many_sources() -> str:
    return translate(
        "Excel",
        "Referral sources: the cell lists more sources than a programme can have "
        "(at most 200); it was not read.",
    )


def source_spelling(text: str, codes: dict[str, str]) -> str:
    """The referral source a cell names: the catalogue's spelling when it has the
    source (*codes*: casefolded code → code; codes are the same in any case), a
    known source's code for its name, else the text itself ("" for none)."""
    text = " ".join(text.split())
    if not text:
        return ""
    if text.casefold() in codes:
        return codes[text.casefold()]
    known = parse.known_source(text)
    code = known.code if known else text
    return codes.get(code.casefold(), code)
