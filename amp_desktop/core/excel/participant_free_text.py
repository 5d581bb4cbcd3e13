"""Persons' names in a participant list's free text where no column of names says
which they are: in an exit reason ("Flyttade – Anna Svensson") and in the list's file
name ("Deltagare Anna Svensson.xlsx"), masked before either is shown or kept.

Given names are no closed list, so a name is told by its shape: two or more
capitalised words in a row (a particle such as "af" or "von" between them), none of
them a word of how exit reasons and lists are worded ("Åter Till AF", "Eget Företag",
"Deltagare"; an abbreviation such as "AF" or "CSN" too); or one capitalised word that
is a common given name ("ringt Bertil").  Another word alone ("Flytt till Göteborg")
is not told from a place or an employer; the list's own names mask it where the list
has them (:func:`~amp_desktop.core.excel.participant_values.exit_wordings`).  A name
written surname first ("Svensson, Anna"), with an initial ("A. Svensson") or in lower
case with a surname's ending ("anna svensson") is masked too.  Masking
too much is preferred to a name shown: a wording masked so is mapped as it is shown.
"""

from __future__ import annotations

import functools
import re

from amp_desktop.core.given_names import GIVEN_NAMES
from amp_desktop.core.personal import MASK, mask_personal_ids

#: A word: letters, joined by hyphens or apostrophes ("Anna-Karin", "O'Brien").
_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: What may stand between two words of one name: spaces, or underscores (a file name).
_GAP = re.compile(r"[\s_]+")
#: Two words that may begin with a capital (every letter past Latin-1 is taken for
#: one): a text without them holds no name and is not looked at word by word.
_CAPITAL = r"(?<![^\W_])(?=[^\W\d_])[A-ZÀ-ÖØ-Þ\u0100-\U0010ffff]"
_TWO_CAPITALS = re.compile(rf"{_CAPITAL}.*?{_CAPITAL}", re.S)
#: Lower-case words a name may hold between its capitalised ones ("Dan af Klint").
PARTICLES = frozenset(
    {"af", "von", "van", "de", "der", "den", "la", "le", "al", "el", "bin", "ibn", "da", "di"}
)

#: Beginnings of the words exit reasons and list names are written with (case-folded):
#: a word that begins so is no name ("Flyttade", "Arbetsförmedlingen", "Deltagarlista").
_STEMS = (
    "arbet", "anställ", "jobb", "stud", "utbild", "komvux", "folkhögsk", "högsk",
    "universit", "gymnas", "yrkes", "åter", "tillbaka", "remitt", "avbr", "avhopp",
    "hoppat", "avslut", "slutf", "genomf", "fullf", "uppnå", "uppdrag", "målet",
    "föräldr", "avlid", "avled", "utebl", "okänd", "okänt", "saknas", "övrig", "flytt",
    "sjuk", "extratj", "lönebidr", "lönestöd", "nystart", "introdukt", "subvent",
    "skyddad", "resurs", "kommun", "praktik", "insats", "aktör", "myndighet", "vidare",
    "överl", "överf", "försäkring", "socialt", "socialk", "ekonomisk", "bistånd",
    "företag", "deltag", "enhet", "verksamhet", "handlägg", "coach", "rehab", "vård",
    "behandl", "beslut", "anvis", "lista", "export", "rapport", "uppfölj", "statistik",
    "employ", "educat", "college", "complet", "finish", "transfer", "return", "another",
    "authorit", "agency", "programm", "unknown", "subsid", "municipal", "referr",
    "interrupt", "parental", "deceased", "particip", "enrol",
    # reasons case systems write in capitals that AMP leaves for the user to map
    # ("Tappad Kontakt", "Personliga Skäl", "Offentlig Sektor", "Psykisk Ohälsa"):
    # masked, they read alike ("[…] […]") and one mapping took them all
    "kontakt", "skäl", "orsak", "anledn", "angiv", "aktuell", "längre", "tappa", "sakna",
    "bruten", "bröt", "personl", "privat", "offentl", "sektor", "utskriv", "inskriv",
    "dömd", "fängelse", "häkt", "anstalt", "kriminal", "frihetsberöv", "pension",
    "ålderspens", "militär", "värnplikt", "begäran", "samhall", "heltid", "deltid",
    "tillsvidare", "visstid", "säsong", "bemanning", "uppsagd", "avstängd", "frånvar",
    "närvar", "medicin", "psykisk", "fysisk", "ohälsa", "hälsa", "social", "familj",
    "ekonomi", "bostad", "boende", "språk", "motivat", "intresse", "behov", "hinder",
    "funktionsned", "missbruk", "beroend", "utvis", "avvis", "asyl", "migrat",
    "uppehållst", "ringt", "ringde", "mejl", "kallelse", "kallad",
    "contact", "personal", "reason", "health", "mental", "family", "medical", "prison",
    "public", "private", "sector", "retire", "military", "deport", "request",
)  # fmt: skip
#: Whole words (case-folded) of how reasons and file names are written.
_WORDS = frozenset(
    {
        "till", "och", "på", "av", "med", "utan", "för", "i", "från", "efter", "vid", "hos",
        "om", "ej", "inte", "ingen", "annan", "annat", "andra", "ny", "nytt", "nya", "se",
        "enl", "enligt", "samt", "eller", "inom", "under", "mot", "via", "plan",
        "egen", "eget", "egna", "mål", "klart", "klar", "har", "hade", "blev", "fått",
        "fick", "gått", "gick", "börjat", "började", "påbörjat", "startat", "start", "slut",
        "tagit", "tar", "som", "den", "det", "en", "ett", "är", "vet", "ok", "ja", "nej",
        "lön", "stöd", "csn", "sfi", "af", "fk", "soc", "osa", "lss", "esf", "ams", "vux",
        "kvx", "yh", "am", "ab", "hb",
        "kvinna", "man", "totalt", "summa", "antal", "år", "månad", "kvartal",
        "tertial", "halvår", "helår", "januari", "februari", "mars", "april", "maj", "juni",
        "juli", "augusti", "september", "oktober", "november", "december", "feb",
        "mar", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "january",
        "february", "march", "may", "june", "july", "october", "måndag", "tisdag",
        "onsdag", "torsdag", "fredag", "lördag", "söndag",
        "the", "to", "of", "and", "with", "without", "for", "in", "at", "from", "on", "a",
        "an", "by", "or", "not", "no", "new", "other", "back", "left", "got", "has", "had",
        "took", "started", "work", "job", "jobs", "study", "studies", "moved", "move",
        "sick", "ill", "illness", "leave", "dropped", "drop", "goal", "met", "reached",
        "actor", "list", "report", "data", "year", "all",
        "full", "part", "time", "own", "self", "sms", "person", "personer", "persons",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=4096)
def is_wording_word(word: str) -> bool:
    """Whether *word* (any case) is a word of how exit reasons and lists are written,
    not a person's name (a hyphenated word: when one of its parts is)."""
    folded = word.casefold()
    return any(
        part in _WORDS or part.startswith(_STEMS) for part in re.split(r"[-'’]", folded) if part
    )


def mask_name_runs(text: str) -> str:
    """*text* with :data:`~amp_desktop.core.personal.MASK` for each word of a name it
    holds: a run of two or more capitalised words none of which is a word of how
    reasons are written, or a common given name alone (see the module docstring)."""
    if _TWO_CAPITALS.search(text) is None and GIVEN_NAMES.isdisjoint(
        re.split(r"[^\w]+|_", text.casefold())  # ("anna-karin": "anna" and "karin")
    ):
        return text
    tokens = list(_TOKEN.finditer(text))
    runs: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    last_end = -1
    for token in tokens:
        word = token.group()
        joined = bool(run) and _GAP.fullmatch(text, last_end, token.start()) is not None
        if not joined:
            runs.append(run)
            run = []
        if word[0].isupper() and not is_wording_word(word):
            run.append(token)
        elif run and word in PARTICLES:
            run.append(token)  # (kept only between two capitalised words)
        else:
            runs.append(run)
            run = []
        last_end = token.end()
    runs.append(run)
    masked = []
    for found in runs:
        while found and found[-1].group() in PARTICLES:
            found.pop()
        if sum(t.group() not in PARTICLES for t in found) >= 2 or (
            found and _given_name(found[0].group())
        ):
            masked.extend(found)
    masked += _written_otherwise(text, tokens, masked)
    if not masked:
        return text
    parts: list[str] = []
    at = 0
    for token in sorted(masked, key=lambda t: t.start()):
        parts += [text[at : token.start()], MASK]
        at = token.end()
    parts.append(text[at:])
    return "".join(parts)


_INITIAL_GAP = re.compile(r"\.\s*")  # "A. Svensson"
_COMMA_GAP = re.compile(r",\s*")  # "Svensson, Anna"
#: How Swedish surnames end: with a given name before it, a name in lower case too
#: ("anna svensson"; "per år", "klara sig" are no names).
_SURNAME_END = re.compile(
    r"(?:s?son|sen|berg|ström|lund|qvist|kvist|quist|gren|holm|dahl|blad|stedt|sköld|lind|fors)$"
)


def _name_word(token: re.Match[str]) -> bool:
    word = token.group()
    return len(word) > 1 and word[0].isupper() and not is_wording_word(word)


def _written_otherwise(
    text: str, tokens: list[re.Match[str]], masked: list[re.Match[str]]
) -> list[re.Match[str]]:
    """The words of a name the runs of words joined by spaces miss: one written with
    an initial ("A. Svensson") or surname first before a given name ("Svensson, Anna")."""
    at = {token.start() for token in masked}
    more: list[re.Match[str]] = []
    for before, after in zip(tokens, tokens[1:], strict=False):
        gap = (text, before.end(), after.start())
        if (
            len(before.group()) == 1
            and before.group().isupper()
            and _INITIAL_GAP.fullmatch(*gap)
            and _name_word(after)
        ):
            more += [t for t in (before, after) if t.start() not in at]
        elif _COMMA_GAP.fullmatch(*gap) and after.start() in at and _name_word(before):
            more += [before] if before.start() not in at else []
        elif (
            before.group().islower()
            and _given_name(before.group())
            and _GAP.fullmatch(*gap)
            and _SURNAME_END.search(after.group().casefold())
            and not is_wording_word(after.group())
        ):
            more += [t for t in (before, after) if t.start() not in at]
        at.update(t.start() for t in more)
    return more


def _given_name(word: str) -> bool:
    """Whether *word* is a common given name ("Bertil", "Anna-Karin"): one alone is
    masked too ("ringt Bertil")."""
    return all(part in GIVEN_NAMES for part in re.split(r"[-'’]", word.casefold()))


def import_file_name(kind: str, name: str) -> str:
    """The file name *name* as a change description of an import of *kind* may hold it
    (the description is kept in the catalogue's change log): an identity number in it
    masked, and for a participant list a name in it too ("Deltagare Anna
    Svensson.xlsx" → "Deltagare […] […].xlsx")."""
    if kind != "participants":
        return mask_personal_ids(name)
    stem, dot, extension = name.rpartition(".")
    if not dot or not extension.isalnum():
        stem, dot, extension = name, "", ""
    return mask_name_runs(mask_personal_ids(stem)) + dot + extension
