"""Which columns of a participant list are read: its header cells as they are matched
(on one line; a planned date left out) and identity numbers found by their values, as
the referral import finds them."""

from __future__ import annotations

import re
from typing import Any

from amp_desktop.core.excel.participant_free_text import is_wording_word
from amp_desktop.core.excel.participants import HEADERS, SYNONYMS
from amp_desktop.core.excel.preview import Problem
from amp_desktop.core.excel.read import address
from amp_desktop.core.excel.vocabulary import OTHER_SYNONYMS, match_header
from amp_desktop.core.given_names import GIVEN_NAMES
from amp_desktop.core.i18n import language, translate
from amp_desktop.core.personal import looks_like_ids


def one_line(header: str) -> str:
    """A header as one line of a message: a hyphen broken over two lines joined
    ("Slut-⏎datum"), other line breaks and runs of spaces one space."""
    return " ".join(_BROKEN_WORD.sub("", header).split())


_BROKEN_WORD = re.compile(r"(?<=\w)-[ \t\u00a0]*\n\s*(?=[^\W\d_])")
_PLANNED = re.compile(r"planer|planned|ber[aä]kn|prognos|f[oö]rv[aä]nt|expected|estimated")


def header_cell(value: Any) -> Any:
    """A cell of the rows a header is looked for in, as it is matched: on one line, and
    a planned or expected start or end ("Planerat slutdatum", "Slutdatum (planerat)")
    left out — it is not when the enrolment began or ended."""
    if not isinstance(value, str):
        return value
    text = one_line(value)
    if _PLANNED.search(text.casefold()) and match_header(text, SYNONYMS) in ("start", "end"):
        return ""
    return text


def identity_columns(
    rows: list[list[Any]], sheet: str, header_row: int, columns: dict[int, str]
) -> list[Problem]:
    """Identity numbers found by their values, as the referral import finds them: a
    column not otherwise read that holds them is the identity column (when no header
    said which), and a read column that holds them is a problem, never read."""
    problems = []
    for c, field in sorted(columns.items()):
        if field in _READ_AS_TEXT and looks_like_ids(rows, header_row + 1, c):
            del columns[c]
            problems.append(
                Problem(
                    address(sheet, header_row, c),
                    translate(
                        "Excel",
                        "this column holds personal identity numbers and cannot be imported as {field}.",
                    ).format(field=HEADERS[field][1 if language() == "sv" else 0]),
                    whole=True,
                )
            )
    if "personal_id" not in columns.values():
        width = max(map(len, rows[header_row : header_row + 50]), default=0)
        for c in range(width):
            # (a names column may hold the numbers: "Klient" in some case systems)
            if columns.get(c, "person_name") == "person_name" and looks_like_ids(
                rows, header_row + 1, c
            ):
                columns[c] = "personal_id"
                break
    return problems


_READ_AS_TEXT = ("programme", "reason", "gender", "need_level", "source", "age_years")


#: Headers of other things' names ("Enhetens namn", "Insatsnamn", a district, a
#: language, an occupation): not a person's.
_NOT_A_PERSON = re.compile(
    r"enhet|insats|verksamhet|program|aktivitet|arbetsgivare|företag|kommun|skola|"
    r"stadsdel|område|postort|språk|modersmål|medborgarskap|nationalitet|födelseland|"
    r"yrke|bransch|"
    r"unit|activity|employer|company|school|district|\barea\b|language|citizenship|"
    r"nationality|country|occupation"
)
_NAMES = re.compile(r"(namn|name)\b|handläggare|kontaktperson|case ?worker|coach")


def with_name_columns(headers: list[Any], mapping: dict[int, str]) -> dict[int, str]:
    """*mapping* with every other column of names read as names too (mapped, they are
    never stored and their names are masked in exit reasons): "Efternamn" beside
    "Förnamn", "Fullständigt namn", "Surname", "Deltagare", a case worker's name."""
    found = dict(mapping)
    for c, value in enumerate(headers):
        if c in found or not isinstance(value, str) or not value.strip():
            continue
        text = one_line(value).casefold()
        field = match_header(text, SYNONYMS)
        if field == "person_name" or (
            field is None
            and not _NOT_A_PERSON.search(text)
            and (match_header(text, OTHER_SYNONYMS) == "person_name" or _NAMES.search(text))
        ):
            found[c] = "person_name"
    return found


#: A person's name as a list writes it: two to four words, each capitalised
#: ("Anna Svensson", "Anna-Karin de Wit" aside), or "Svensson, Anna".
_NAME_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"
_PERSON_NAME = re.compile(rf"^{_NAME_WORD}(?:,? {_NAME_WORD}){{1,3}}$")
#: Lower-case words a name may hold ("Anna-Karin de Wit").
_NAME_PARTICLES = frozenset({"af", "von", "van", "de", "der", "den", "la", "le", "al", "el", "bin"})


def _looks_like_name(value: Any) -> bool:
    if not isinstance(value, str) or not _PERSON_NAME.match(text := " ".join(value.split())):
        return False
    words = text.replace(",", "").split()
    return sum(word[0].isupper() for word in words) >= 2 and all(
        word[0].isupper() or word.casefold() in _NAME_PARTICLES for word in words
    )


#: One name alone ("Anna", "Anna-Karin", "ANNA"): a given name or a surname.
_ONE_NAME = re.compile(rf"^{_NAME_WORD}$")


def _looks_like_one_name(value: Any) -> bool:
    if not isinstance(value, str) or not _ONE_NAME.match(text := value.strip()):
        return False
    folded = text.casefold()
    return (
        len(text) >= 2
        and text[0].isupper()
        and (not text.isupper() or folded in GIVEN_NAMES)  # ("AF", "SKE": a code)
        and not is_wording_word(text)
    )


def name_columns_by_values(
    rows: list[list[Any]], header_row: int, columns: dict[int, str]
) -> dict[int, str]:
    """*columns* with each column not read that holds persons' names under a header
    AMP does not know ("Kund", "Brukare", "Klient", or none) read as names too, as
    :func:`with_name_columns` reads one by its header: at least 80 % of its first 50
    values are names (two to four capitalised words) and at least half of them differ
    (a unit's or an employer's name repeats; a header saying it is one is never); or
    at least 80 % are one capitalised word each (given names, surnames) and at least
    half of them differ or are common given names (a district's name repeats too)."""
    found = dict(columns)
    headers = rows[header_row] if header_row < len(rows) else []
    body = rows[header_row + 1 : header_row + 201]
    width = max(map(len, body), default=0)
    for c in range(width):
        header = headers[c] if c < len(headers) else None
        if c in found or (isinstance(header, str) and _NOT_A_PERSON.search(header.casefold())):
            continue
        sample = [r[c] for r in body if c < len(r) and r[c] not in (None, "")][:50]
        named = [value for value in sample if _looks_like_name(value)]
        if sample and len(named) >= 0.8 * len(sample) and len(set(named)) >= 0.5 * len(named):
            found[c] = "person_name"
            continue
        single = [value.strip() for value in sample if _looks_like_one_name(value)]
        given = sum(value.casefold() in GIVEN_NAMES for value in single)
        if (
            sample
            and len(single) >= 0.8 * len(sample)
            and (len(set(single)) >= 0.5 * len(single) or given >= 0.5 * len(single))
        ):
            found[c] = "person_name"
    return found
