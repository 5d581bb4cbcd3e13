"""Referral sources in cell text: the sources every catalogue knows and ``AF, SKE (IND)``."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from amp_desktop.core.domain import KoladaCategory, ReferralSource, SourceLink, SourceRole
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse.errors import ParseError

# Referral sources every catalogue knows: code, name, Kolada category, aliases.
KNOWN_SOURCES: tuple[tuple[ReferralSource, tuple[str, ...]], ...] = (
    (
        ReferralSource("AF", "Arbetsförmedlingen", KoladaCategory.AF),
        ("af", "arbetsförmedlingen", "arbetsformedlingen", "arbetsförmedling"),
    ),
    (
        ReferralSource("SKE", "Social Kontor Ekonomi", KoladaCategory.SOCIAL_SERVICES),
        (
            "ske",
            "social kontor ekonomi",
            "socialkontor ekonomi",
            "socialkontoret",
            "socialtjänsten",
            "ekonomiskt bistånd",
            "social services",
        ),
    ),
    (
        ReferralSource("FK", "Försäkringskassan", KoladaCategory.FK),
        ("fk", "f-kassan", "försäkringskassan", "forsakringskassan"),
    ),
    (
        ReferralSource("IND", "Individuell ansökan", KoladaCategory.SELF),
        ("ind", "individuell ansökan", "egen ansökan", "self", "individual application"),
    ),
    (
        ReferralSource("AME", "Arbetsmarknadsenheten", KoladaCategory.OTHER),
        ("ame", "arbetsmarknadsenheten"),
    ),
    (ReferralSource("Arenan", "Arenan", KoladaCategory.OTHER), ("arenan",)),
    (
        ReferralSource("Särskola", "Särskola", KoladaCategory.OTHER),
        ("särskola", "särskolan", "sarskola"),
    ),
    (ReferralSource("LSS", "LSS", KoladaCategory.OTHER), ("lss",)),
    (ReferralSource("Regionen", "Regionen", KoladaCategory.OTHER), ("regionen", "region")),
    (
        ReferralSource("KV", "Kriminalvården", KoladaCategory.OTHER),
        ("kv", "kriminalvården", "kriminalvarden"),
    ),
    (ReferralSource("MV", "Migrationsverket", KoladaCategory.OTHER), ("mv", "migrationsverket")),
    (
        ReferralSource("GY", "Gymnasieskolan", KoladaCategory.OTHER),
        ("gy", "gymnasieskolan", "gymnasiet"),
    ),
)
_ALIASES = {alias: source for source, aliases in KNOWN_SOURCES for alias in aliases}


def known_source(text: str) -> ReferralSource | None:
    """The known source *text* names (code, name or alias), or None."""
    return _ALIASES.get(" ".join(text.split()).casefold())


@dataclass(frozen=True)
class Sources:
    """Parsed referral sources: links by code, names not known, and any note."""

    links: tuple[SourceLink, ...]
    unknown: tuple[str, ...] = ()
    note: str = ""
    new_sources: tuple[ReferralSource, ...] = field(default_factory=tuple)


def _split_outside_brackets(text: str) -> list[tuple[str, str]]:
    """Split ``"A, B (C, D), E"`` into ``[("A", ""), ("B", "C, D"), ("E", "")]``."""
    parts: list[tuple[str, str]] = []
    depth = 0
    head, inner = "", ""
    for char in text:
        if char == "(":
            depth += 1
            if depth == 1:
                if inner:  # a second bracket group: "AF (SKE) (FK)" is two fallbacks
                    inner += ", "
                continue
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise ParseError(
                    translate("Parse", "Referral sources: a closing bracket has no opening one.")
                )
            if depth == 0:
                continue
        if depth == 0 and char in ",;/" or depth == 0 and char == "\n":
            parts.append((head.strip(), inner.strip()))
            head, inner = "", ""
            continue
        if depth:
            inner += char
        else:
            head += char
    if depth:
        raise ParseError(translate("Parse", "Referral sources: a bracket is not closed."))
    parts.append((head.strip(), inner.strip()))
    return [(h, i) for h, i in parts if h or i]


def _fallback_sources(inner: str) -> tuple[list[str], str]:
    """Sources named in brackets, and the explanation that follows them."""
    names: list[str] = []
    note_words: list[str] = []
    for chunk in re.split(r"[,;]", inner):
        words = chunk.split()
        if note_words:
            note_words.extend(words)
            continue
        for size in range(len(words), 0, -1):
            if known_source(" ".join(words[:size])):
                names.append(" ".join(words[:size]))
                note_words.extend(words[size:])
                break
        else:
            if len(words) == 1:
                names.append(words[0])
            else:
                note_words.extend(words)
    return names, " ".join(note_words)


def parse_sources(value: object) -> Sources:
    """Read ``AF (AME om platser från AF ej fylls)``, ``Individuell ansökan, SKE, AF``.

    Names outside brackets are main sources; names in brackets are fallbacks, and
    words after a fallback's name are kept as a note.  Names that are not known
    sources come back in ``unknown`` (and as links by that name) for the user to
    create or correct.
    """
    text = " ".join(str(value or "").split())
    if not text:
        return Sources(())
    links: list[SourceLink] = []
    unknown: list[str] = []
    notes: list[str] = []
    seen: set[str] = set()  # linear in the number of names (a cell may list thousands)

    def add(name: str, role: SourceRole) -> None:
        source = known_source(name)
        code = source.code if source else name.strip()
        if not source and code not in unknown_set:
            unknown.append(code)
            unknown_set.add(code)
        if code.casefold() not in seen:
            seen.add(code.casefold())
            links.append(SourceLink(code, role))

    unknown_set: set[str] = set()

    for head, inner in _split_outside_brackets(text):
        if head:
            add(head, SourceRole.MAIN)
        if inner:
            fallbacks, note = _fallback_sources(inner)
            for name in fallbacks:
                add(name, SourceRole.FALLBACK)
            if note:
                notes.append(note)
    return Sources(tuple(links), tuple(unknown), "; ".join(notes))
