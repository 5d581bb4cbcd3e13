"""Which catalogue programme a list's programme cell names: the one matcher of the
referral and participant lists.

A cell names a programme by its name or its short code, as the catalogue's rule
compares them (:func:`amp_desktop.core.rules.text_key`: case, surrounding spaces and
the Unicode form do not count), or else written with other spaces: runs of spaces,
a no-break space, spaces around a slash or a dash ("SKE / Rusta / Matcha" is
"SKE/Rusta/Matcha"), any dash as a hyphen ("SKE – Rehab" is "SKE-Rehab") — unless
that looser reading fits two programmes, when the cell is left for the user to map.
The user's mapping (cell text → a name or code) comes first.  A cell that only holds
a placeholder ("-", "?", "n/a", "x": :func:`names_no_programme`) names no programme,
unless the catalogue has a programme so named or coded.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

from amp_desktop.core.domain import Programme
from amp_desktop.core.rules import text_key

_AROUND_DASH = re.compile(r"\s*([/\-\u2010-\u2015\u2212])\s*")
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")  # hyphens, en and em dashes, minus
_SPACES = re.compile(r"\s+")
#: Two programmes read alike: a cell that reads so names neither.
_TWO = -1
#: What a table writes where it has no programme to name: dashes, question marks,
#: dots, "not applicable", a cross, "missing" (compared casefolded; "Okänd" may be
#: a programme's name in a list: it is left to be mapped).
_PLACEHOLDER = re.compile(
    r"[-\u2010-\u2015\u2212]+|\?+|\.+|\u2026|x|n[/.]?a\.?|#n/a|ej angivet|uppgift saknas|saknas|"
    r"none|null"
)


def names_no_programme(text: str) -> bool:
    """Whether a programme cell's *text* is only a placeholder ("-", "—", "?", "..",
    "n/a", "x", "saknas"): it names no programme, as an empty cell does not."""
    return _PLACEHOLDER.fullmatch(_SPACES.sub(" ", text_key(text))) is not None


def loose_key(text: str) -> str:
    """*text* as :func:`text_key` has it, its spaces evened out (see the module)."""
    spaced = _SPACES.sub(" ", _AROUND_DASH.sub(r"\1", text_key(text)))
    return _DASHES.sub("-", spaced)


def programme_matcher(
    programmes: Iterable[Programme], programme_map: Mapping[str, str] | None = None
) -> Callable[[object], int | None]:
    """A function from a cell's text to the id of the programme it names, or None."""
    listed = [p for p in programmes if p.id is not None]
    exact: dict[str, int] = {}
    for programme in listed:  # names first: a code never hides another's name
        exact[text_key(programme.name)] = programme.id  # type: ignore[assignment]
    for programme in listed:
        if programme.code:
            exact.setdefault(text_key(programme.code), programme.id)  # type: ignore[arg-type]
    for text, target in (programme_map or {}).items():
        if text_key(target) in exact:
            exact[text_key(text)] = exact[text_key(target)]
    loose: dict[str, int] = {}
    for key, programme_id in exact.items():
        loosened = loose_key(key)
        loose[loosened] = (
            programme_id if loose.get(loosened, programme_id) == programme_id else _TWO
        )

    def match(cell: object) -> int | None:
        text = str(cell) if cell is not None else ""
        found = exact.get(text_key(text))
        if found is None:
            found = loose.get(loose_key(text))
        return None if found is None or found == _TWO else found

    return match
