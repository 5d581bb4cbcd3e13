"""Swedish personal identity numbers (personnummer, samordningsnummer): recognised
so that AMP can refuse to store them.  AMP never keeps personal data: referral
lists are counted without their identity and name columns, and no text that
reaches the catalogue file may hold an identity number either.

One check knows every spelling: 10 or 12 digits (``850312-2387``,
``19850312-2387``), the date and the serial joined by a hyphen, a plus sign (a
person of 100 or more), a space (also a no-break or thin space), an en or em
dash (Excel's autocorrect), a minus sign, or nothing; the date may be written
with hyphens, dots or slashes (``1985-03-12-2387``, ``85.03.12-2387``), and then
a dash or plus before the serial is required (so that a date followed by an
amount is not taken for one); a samordningsnummer has 60 added to the day; the
last digit is a Luhn check digit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from typing import Any

# A gap between the date and the serial: spaces around at most one dash or plus.
_SPACE = "[ \t\u00a0\u2009\u202f]*"
_DASH = "[-+\u2010\u2011\u2012\u2013\u2014\u2015\u2212]"
# Inside the date: one separator, the same twice ("1985-03-12", "85.03.12").
_DATE_SEP = "[-./]"
_NUMBER = (
    r"(?P<century>18|19|20)?(?P<yy>\d{2})(?P<sep>"
    + _DATE_SEP
    + r"?)(?P<mm>\d{2})(?P=sep)(?P<dd>\d{2})(?P<gap>"
    + _SPACE
    + _DASH
    + "?"
    + _SPACE
    + r")(?P<tail>\d{4})"
)
_DASHES = re.compile(_DASH)
_WHOLE = re.compile(rf"^{_NUMBER}$")
# Inside free text: not part of a longer number, nor of a date range
# ("2024-01-01-2024-12-31").
_IN_TEXT = re.compile(rf"(?<![\d]){_NUMBER}(?!\d|[-./]\d)")
#: What an identity number found in a text is replaced by in :func:`mask_personal_ids`.
MASK = "[…]"


#: A mask as written, or as a wording's key spells it ("[...]").
_MASKS = re.compile(r"\[(?:…|\.\.\.)\]")


def only_masks(text: str) -> bool:
    """Whether *text* holds masks and nothing else that tells what it said ("[…] […]",
    its key "[...] [...]"; not "Flyttade – […]" nor an empty text)."""
    rest, masks = _MASKS.subn("", text)
    return masks > 0 and not re.search(r"[^\W_]", rest)


def luhn_ok(digits: str) -> bool:
    """The Luhn check used by Swedish identity numbers (on the 10-digit form)."""
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 - index % 2)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _valid(match: re.Match[str]) -> bool:
    yy, mm, dd, tail = match.group("yy", "mm", "dd", "tail")
    if match.group("sep") and not _DASHES.search(match.group("gap")):
        return False  # "2024-01-15 1000": a date and an amount
    day = int(dd) - 60 if int(dd) > 60 else int(dd)  # samordningsnummer add 60
    if not (1 <= int(mm) <= 12 and 1 <= day <= 31):
        return False
    return luhn_ok(yy + mm + dd + tail)


def is_personal_id(value: Any) -> bool:
    """Whether *value* (a cell: text or number) is a Swedish personal identity
    (or co-ordination) number, in any of its spellings."""
    if value is None or isinstance(value, bool):
        return False
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if not 10 <= len(text) <= 22:
        return False
    match = _WHOLE.match(text)
    return match is not None and _valid(match)


def find_personal_id(text: str) -> str | None:
    """The first identity number written in *text*, or None."""
    if len(text) < 10:
        return None
    for match in _IN_TEXT.finditer(text):
        if _valid(match):
            return match.group()
    return None


def has_personal_id(value: Any) -> bool:
    """Whether a cell or text holds an identity number, whole or inside the text."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return is_personal_id(value)
    return isinstance(value, str) and find_personal_id(value) is not None


def mask_personal_ids(text: str) -> str:
    """*text* with every identity number in it replaced by :data:`MASK` (for a
    message or a description that must not repeat one)."""
    if len(text) < 10:
        return text
    return _IN_TEXT.sub(lambda m: MASK if _valid(m) else m.group(), text)


def looks_like_ids(rows: list[list[Any]], start: int, col: int) -> bool:
    """Whether column *col* of *rows* (from row *start*) holds identity numbers:
    at least 80 % of its first 50 values."""
    sample = [
        r[col] for r in rows[start : start + 200] if col < len(r) and r[col] not in (None, "")
    ]
    sample = sample[:50]
    return bool(sample) and sum(is_personal_id(v) for v in sample) >= 0.8 * len(sample)


#: A word of letters only (names and the words of a free text).
_WORD = re.compile(r"[^\W\d_]+")
#: Up to this many words are each looked for in the names' text; more, and the
#: names' words are gathered once (about 60 ms for 100,000 names).
_FEW_WORDS = 32


def name_words(cells: Iterable[object]) -> set[str]:
    """The words of *cells* (names), case-folded, in the composed Unicode form."""
    return set(_WORD.findall(_folded(" ".join(str(cell) for cell in cells if cell))))


def names_among(words: set[str], cells: Iterable[object]) -> set[str]:
    """Which of *words* (case-folded) are a whole word of one of the name *cells*, or
    that word with a genitive *s* ("Lindqvists")."""
    wanted = words | {w[:-1] for w in words if len(w) > 2 and w.endswith("s")}
    if len(wanted) > _FEW_WORDS:
        return wanted & name_words(cells)
    joined = _folded("\n".join(str(cell) for cell in cells if cell))
    return {word for word in wanted if _has_word(joined, word)}


def capitalised_words(text: str) -> set[str]:
    """The words of *text* that begin with a capital letter, case-folded."""
    return {w.casefold() for w in _WORD.findall(_composed(text)) if w[0].isupper()}


def mask_names(
    text: str, capitalised: AbstractSet[str], any_case: AbstractSet[str] = frozenset()
) -> str:
    """*text* (a free text: an exit reason a case worker typed) with :data:`MASK` for
    each name in it: a word beginning with a capital letter that is in *capitalised*,
    and a word in any case that is in *any_case* (a person's own name), or either with
    a genitive *s* (all case-folded, see :func:`names_among`)."""

    def is_name(word: str) -> bool:
        upper, folded = word[0].isupper(), word.casefold()
        for form in (folded, folded[:-1]) if folded.endswith("s") else (folded,):
            if form in any_case or (upper and form in capitalised):
                return True
        return False

    return _WORD.sub(lambda m: MASK if is_name(m[0]) else m[0], _composed(text))


def _composed(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _folded(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def _has_word(text: str, word: str) -> bool:
    """Whether *word* is in *text* as a whole word (not inside a longer one)."""
    end = len(text)
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not text[at - 1].isalpha()) and (after == end or not text[after].isalpha()):
            return True
        at = text.find(word, at + 1)
    return False


#: A word of a person's name (letters, a hyphen or an apostrophe inside: "Per-Erik",
#: "O'Brien"), and the lower-case particles between ("Hans von Essen").
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*$")
_PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "la", "del", "da", "di", "bin"})
#: Words that name a role beside a person ("Handläggare Anna Andersson", "Anna
#: Andersson (handläggare)").
_ROLES = frozenset({"handläggare", "hl", "kontaktperson", "ansvarig", "av", "kontakt"})
#: Word parts that make a text a body's name even when a given name begins it ("Per
#: Brahegymnasiet", "Maria Ungdom", "Nora Kommun", "Sofia Församling").
_BODY_PARTS = (
    "gymnas", "skol", "kommun", "ungdom", "församling", "mottagning", "centr", "center",
    "enhet", "förvaltning", "region", "stad", "kontor", "gård", "hus", "service", "team",
    "arbete", "jobb", "verksamhet", "boende", "vård", "stöd", "akademi", "institut",
    "förening", "stiftelse", "kyrk", "kassa", "förmedling", "tjänst", "nämnd", "projekt",
    "klinik", "bolag", "ab", "social", "resurs", "råd", "öppen", "träff", "kollo",
)  # fmt: skip


def looks_like_person_name(text: str) -> bool:
    """Whether *text* is written as a person's name ("Anna Andersson", "Andersson
    Anna", "Andersson, Anna", "ANNA ANDERSSON", "Hans von Essen", "Handläggare Anna
    Andersson"): two to four name words, one at either end a given name common in
    Sweden (:mod:`amp_desktop.core.given_names`).  A body's name is not, a given name
    at its start notwithstanding ("Per Brahegymnasiet", "Maria Ungdom", "Jobbtorg
    Syd"); a given name alone is too little to tell."""
    from amp_desktop.core.given_names import GIVEN_NAMES

    plain = re.sub(r"\([^)]*\)", " ", text)  # ("(handläggare)")
    words = [w for w in re.split(r"[\s,]+", plain) if w]
    words = [w for w in words if w.casefold() not in _ROLES]
    names = [w for w in words if w.casefold() not in _PARTICLES]
    if not 2 <= len(names) <= 4 or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    folded = [w.casefold() for w in names]
    if any(part in word for word in folded for part in _BODY_PARTS):
        return False
    if not all(w[0].isupper() for w in names) and not (text.islower() or text.isupper()):
        return False  # (in a sentence: "Egen anmälan")
    if any(w.isupper() for w in names) and not text.isupper():
        return False  # (an abbreviation: "Anna AF")
    given = {folded[0].split("-", 1)[0], folded[-1].split("-", 1)[0]}
    return not given.isdisjoint(GIVEN_NAMES)
