"""The workbook's vocabulary: sheet names, column headers and cell labels, both languages.

Our export writes headers in the user's language; every reader accepts the
Swedish and the English words (and common synonyms), so a workbook made on a
Swedish machine imports on an English one and the other way round.
"""

from __future__ import annotations

import re
import unicodedata

from amp_desktop.core.i18n import language

#: Fields of the Programmes sheet in column order; "id" is the hidden first column.
PROGRAMME_COLUMNS: tuple[str, ...] = (
    "id",
    "name",
    "code",
    "description",
    "target_group",
    "age_min",
    "age_max",
    "places",
    "budgeted_places",
    "annual_budget_sek",
    "type",
    "skr_category",
    "unit",
    "funding",
    "start_date",
    "end_date",
    "average_stay_weeks",
    "months",
    "status",
    "notes",
    "referral_sources",
    "goal_work_or_studies_share",
)

# field: (English header, Swedish header, further synonyms in either language)
_HEADERS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "id": ("AMP id", "AMP-id", ("id",)),
    "name": (
        "Name",
        "Namn",
        (
            "insats",
            "program",
            "programme",
            "program och insatser",
            "insatser",
            "program name",
            "programme name",
            "insatsens namn",
            "arbetsmarknadsinsats",
        ),
    ),
    "code": (
        "Short code",
        "Kortkod",
        (
            "kod",
            "code",
            "insatskod",
            "programme code",
            "programkod",
            "kortnamn",  # a programme's short name is its code in most units' lists
            "kort namn",
            "förkortning",
            "förk",
            "kortbeteckning",
            "short name",
            "abbreviation",
        ),
    ),
    "goal_work_or_studies_share": (
        "Goal: share to work or studies",
        "Mål: andel till arbete eller studier",
        ("goal", "mål", "målvärde", "mål arbete eller studier", "goal work or studies"),
    ),
    "description": ("Description", "Beskrivning", ("innehåll", "content")),
    "target_group": ("Target group", "Målgrupp", ()),
    "age_min": ("Minimum age", "Lägsta ålder", ("min ålder", "ålder från", "min age")),
    "age_max": ("Maximum age", "Högsta ålder", ("max ålder", "ålder till", "max age")),
    "places": ("Places", "Platser", ("antal platser", "number of places", "platsantal")),
    "budgeted_places": ("Budgeted places", "Budgeterade platser", ("budgetplatser",)),
    "annual_budget_sek": (
        "Annual budget (SEK)",
        "Årsbudget (kr)",
        ("budget", "årsbudget", "annual budget", "budget (kr)", "budget sek", "kostnad"),
    ),
    "type": ("Type", "Typ", ("typ av insats", "insatstyp", "programme type", "primär/sekundär")),
    "skr_category": ("SKR category", "SKR-kategori", ("kategori", "category")),
    "unit": ("Unit", "Enhet", ()),
    "funding": ("Funding", "Finansiering", ()),
    "start_date": ("Start date", "Startdatum", ("start", "från")),
    "end_date": ("End date", "Slutdatum", ("slut", "till")),
    "average_stay_weeks": (
        "Average stay (weeks)",
        "Genomsnittlig tid i insats (veckor)",
        (
            "genomsnittlig vistelse (veckor)",  # AMP's Swedish header before 2026-12
            "tid i insats (veckor)",
            "vistelsetid (veckor)",
            "average stay",
            "vistelsetid",
            "snittid (veckor)",
        ),
    ),
    "months": ("Months it runs", "Månader", ("månader insatsen pågår", "months", "säsong")),
    "status": ("Status", "Status", ("läge",)),
    "notes": ("Notes", "Anteckningar", ("kommentar", "kommentarer", "övrigt", "comments")),
    "referral_sources": (
        "Referral sources",
        "Anvisande parter",
        (
            "anvisning",  # AMP's Swedish header before 2026-12, and Västerås's
            "anvisande part",
            "anvisare",
            "anvisningar",
            "referral source",
            "remittent",
            "sources",
        ),
    ),
}

# Demand sheet and referral-list columns (not programme fields).
_OTHER_HEADERS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "programme": (
        "Programme",
        "Insats",
        ("program", "programme name", "insatskod", "programme code"),
    ),
    "source": (
        "Source",
        "Anvisande part",
        ("anvisare", "referral source", "anvisning", "källa", "anvisad av", "anvisad från"),
    ),
    "kind": ("Kind", "Slag", ("utfall/prognos", "actual/forecast")),
    "date": (
        "Date",
        "Datum",
        ("anvisningsdatum", "referral date", "beslutsdatum", "startdatum", "inskrivningsdatum"),
    ),
    "count": (
        "Number of referrals",
        "Antal anvisade",
        ("antal", "antal anvisningar", "count", "referrals", "number of referrals"),
    ),
    "gender": ("Gender", "Kön", ("sex",)),
    "need_level": (
        "Need level",
        "Behovsnivå",
        ("nivå", "am-nivå", "level", "am nivå", "bedömningsnivå", "bedömning"),
    ),
    "personal_id": (
        "Personal identity number",
        "Personnummer",
        ("pnr", "personnr", "person number", "samordningsnummer", "id-nummer", "ssn"),
    ),
    "person_name": (
        "Name",
        "Namn",
        (
            "förnamn",
            "efternamn",
            "first name",
            "last name",
            "surname",
            "deltagare",
            "full name",
            "klient",
            "klientnamn",
            "brukare",
        ),
    ),
    "birth_date": (
        "Date of birth",
        "Födelsedatum",
        ("födelsedag", "född", "födelseår", "dob", "birth date", "birthdate", "birth year"),
    ),
    "contact": (
        "Contact",
        "Kontakt",
        ("e-post", "epost", "e-mail", "email", "telefon", "phone", "mobil", "adress", "address"),
    ),
}

#: Columns a person's identity can be read from: never read, never a referral's date.
PERSONAL_FIELDS = frozenset({"personal_id", "person_name", "birth_date", "contact"})
# Words that make a header personal whatever else it says ("Datum (födelse)",
# "Date of birth (YYYY-MM-DD)", "Personnummer/samordningsnummer", "Ålder/född").
_PERSONAL_WORDS = re.compile(
    r"(födelse|född|birth|\bdob\b|\bd\.o\.b\b|personnummer|personnr|\bpnr\b|"
    r"samordningsnummer|social security|\bssn\b|e-?post|e-?mail|telefon|\bphone\b|"
    r"\bmobil(?:nummer|telefon)?\b|adress|address)"
)


def personal_field(text: object) -> str | None:
    """The personal field a header names by its words (a birth date, an identity
    number, a contact), or None: such a column is never read as data."""
    wanted = normalise(text)
    found = _PERSONAL_WORDS.search(wanted)
    if found is None:
        return None
    word = found.group()
    if word.startswith(("föd", "född", "birth", "dob", "d.o.b")):
        return "birth_date"
    if word.startswith(("person", "pnr", "samord", "social", "ssn")):
        return "personal_id"
    return "contact"


SHEETS: dict[str, tuple[str, str]] = {
    "programmes": ("Programmes", "Insatser"),
    "demand": ("Demand", "Anvisningar"),
    "lists": ("Lists", "Listor"),
    "about": ("About", "Om"),
    "results": ("Results", "Resultat"),  # written by results_sheet.py, never imported
}
BASE_SHEET = "_amp_base"

ENUM_LABELS: dict[str, tuple[str, str]] = {
    "primary": ("Primary", "Primär"),
    "secondary": ("Secondary", "Sekundär"),
    "active": ("Active", "Aktiv"),
    "planned": ("Planned", "Planerad"),
    "paused": ("Paused", "Pausad"),
    "closed": ("Closed", "Avslutad"),
    "work_training": ("Work trial/training", "Arbetsprövning/arbetsträning"),
    "job_search": ("Job search/coaching", "Jobbsökaraktivitet/coachning"),
    "orientation_course": ("Orientation/guidance course", "Orienterings- eller vägledningskurs"),
    "matching": ("Matching", "Matchning"),
    "public_placement": ("Placement with a public employer", "Praktik hos offentlig arbetsgivare"),
    "study_guidance": ("Study/vocational guidance", "Studie- och yrkesvägledning"),
    "municipal_employment": (
        "Municipal labour-market employment",
        "Kommunal arbetsmarknadsanställning",
    ),
    "summer_jobs": ("Summer jobs", "Feriejobb/feriepraktik"),
    "skills_mapping": ("Mapping of prior skills", "Kartläggning av tidigare förvärvad kompetens"),
    "actual": ("Actual", "Utfall"),
    "forecast": ("Forecast", "Prognos"),
}
_ENUM_BY_TEXT: dict[str, str] = {}


_BROKEN_WORD = re.compile(r"(\w)[-\u00ad]\s*\n\s*(\w)")


def one_line(text: object) -> str:
    """A title as one line: a word broken over two lines joined ("Års-⏎budget" is
    "Årsbudget"), other line breaks and runs of spaces one space."""
    value = str(text or "")
    value = _BROKEN_WORD.sub(r"\1\2", value) if "\n" in value else value
    return " ".join(value.split())


def normalise(text: object) -> str:
    """Header or label text compared loosely: case, spaces, trailing marks ignored."""
    value = unicodedata.normalize("NFC", str(text or ""))
    # A word broken over two lines of a header cell ("Års-⏎budget") is one word
    value = _BROKEN_WORD.sub(r"\1\2", value) if "\n" in value else value
    value = " ".join(value.replace("\u00a0", " ").split()).casefold()
    return re.sub(r"[\s:*….]+$", "", value)


def _lang_index() -> int:
    return 1 if language() == "sv" else 0


def header(field: str) -> str:
    """The header our export writes for *field* in the user's language."""
    table = _HEADERS.get(field) or _OTHER_HEADERS[field]
    return table[1] if _lang_index() else table[0]


def field_label(field: str) -> str:
    """A field's name as the user knows it: its label in the editor, else its column
    title in AMP's export, else (a field only the core knows) its own name."""
    from amp_desktop.core.domain import FIELD_BY_NAME

    spec = FIELD_BY_NAME.get(field)
    if spec is not None:
        return spec.label()
    try:
        return header(field)
    except KeyError:
        return field


def sheet_name(key: str) -> str:
    return SHEETS[key][_lang_index()]


def sheet_key(name: str) -> str | None:
    """Which of our sheets *name* is (either language), or None."""
    wanted = normalise(name)
    for key, names in SHEETS.items():
        if wanted in {normalise(n) for n in (*names, *SHEET_ALIASES.get(key, ()))}:
            return key
    return None


#: Other names read as our sheets (e.g. "Program", an early Swedish export's name).
SHEET_ALIASES: dict[str, tuple[str, ...]] = {"programmes": ("Program", "Programs")}


def enum_text(value: str) -> str:
    """The label our export writes for an enum value in the user's language."""
    labels = ENUM_LABELS.get(value)
    return labels[_lang_index()] if labels else value


#: Other words units write for a status (never written by AMP's export).
ENUM_SYNONYMS: dict[str, tuple[str, ...]] = {
    "active": ("pågår", "pågående", "igång", "i gång", "ongoing", "running", "öppen"),
    "planned": ("kommande", "planerat", "ej startad", "upcoming", "not started"),
    "paused": ("vilande", "vilar", "pausat", "on hold", "suspended"),
    "closed": ("avslutat", "nedlagd", "nedlagt", "stängd", "upphörd", "ended", "finished"),
}

for _value, _labels in ENUM_LABELS.items():
    for _text in (_value, *_labels, *ENUM_SYNONYMS.get(_value, ())):
        _ENUM_BY_TEXT[normalise(_text)] = _value


def enum_value(text: object, choices: tuple[str, ...]) -> str | None:
    """The enum value a label or value names (either language), if among *choices*."""
    found = _ENUM_BY_TEXT.get(normalise(text))
    return found if found in choices else None


def _synonyms(table: dict[str, tuple[str, str, tuple[str, ...]]]) -> dict[str, str]:
    out: dict[str, str] = {}
    for field, (english, swedish, more) in table.items():
        for text in (english, swedish, *more):
            out.setdefault(normalise(text), field)
    return out


PROGRAMME_SYNONYMS = _synonyms(_HEADERS)
OTHER_SYNONYMS = _synonyms(_OTHER_HEADERS)


def match_header(text: object, synonyms: dict[str, str]) -> str | None:
    """The field a header names: exact synonym first, then a synonym it starts with.

    A header that names personal data (a birth date, an identity number, a
    contact) is that personal field where *synonyms* know it, and no field
    otherwise: "Date of birth" is never a date, "Födelsedatum" never a start date.
    """
    wanted = normalise(text)
    if not wanted:
        return None
    personal = personal_field(wanted)
    if personal is not None:
        return personal if personal in synonyms.values() else None
    if wanted in synonyms:
        return synonyms[wanted]
    stripped = re.sub(r"\s*\(.*?\)\s*", " ", wanted).strip()
    if stripped in synonyms:
        return synonyms[stripped]
    best = ""
    for synonym in synonyms:
        if len(synonym) >= 4 and wanted.startswith(synonym + " ") and len(synonym) > len(best):
            best = synonym
    return synonyms[best] if best else None
