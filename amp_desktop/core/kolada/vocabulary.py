"""The KPI vocabulary as data: ``resources/kolada/kpis.csv`` read into :class:`Kpi`.

Each row gives a figure's stable key, its Kolada id (empty when Kolada has none),
its unit (``count``, ``share`` — a percentage in Kolada, a fraction in AMP —,
``sek`` or ``sek_per_inhabitant``), whether the id has been verified against
Kolada's own metadata, and its Swedish and English title and definition.  A
metadata fetch stored in the catalogue may confirm or correct an id and its title
(:func:`with_metadata`); the file itself is never written by AMP.
"""

from __future__ import annotations

import csv
import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from amp_desktop.core.errors import AmpError
from amp_desktop.core.i18n import language
from amp_desktop.resources import resource_path

UNITS = frozenset({"count", "share", "sek", "sek_per_inhabitant"})
_COLUMNS = (
    "key",
    "kolada_id",
    "unit",
    "verified",
    "title_sv",
    "title_en",
    "definition_sv",
    "definition_en",
)


class VocabularyError(AmpError, ValueError):
    """The vocabulary file is not as documented."""


@dataclass(frozen=True)
class Kpi:
    """One figure of the vocabulary."""

    key: str
    kolada_id: str
    unit: str
    verified: bool
    title_sv: str
    title_en: str
    definition_sv: str
    definition_en: str
    #: Kolada's own title when a metadata fetch found the id (else "").
    kolada_title: str = ""

    @property
    def title(self) -> str:
        """The title in the language in use."""
        return self.title_sv if language() == "sv" else self.title_en

    @property
    def definition(self) -> str:
        return self.definition_sv if language() == "sv" else self.definition_en

    @property
    def is_share(self) -> bool:
        return self.unit == "share"


def read_vocabulary(path: Path) -> dict[str, Kpi]:
    """The vocabulary in *path*, by key, in the file's order."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != _COLUMNS:
            raise VocabularyError(f"{path}: the columns must be {', '.join(_COLUMNS)}")
        out: dict[str, Kpi] = {}
        for line, row in enumerate(reader, start=2):
            key = row["key"].strip()
            if not key or key in out:
                raise VocabularyError(f"{path}:{line}: missing or repeated key {key!r}")
            if row["unit"] not in UNITS or row["verified"] not in ("yes", "no"):
                raise VocabularyError(f"{path}:{line}: unit or verified is not as documented")
            out[key] = Kpi(
                key,
                row["kolada_id"].strip(),
                row["unit"],
                row["verified"] == "yes",
                row["title_sv"],
                row["title_en"],
                row["definition_sv"],
                row["definition_en"],
            )
    return out


@cache
def vocabulary() -> Mapping[str, Kpi]:
    """AMP's vocabulary (read once)."""
    return read_vocabulary(resource_path("kolada", "kpis.csv"))


def kolada_ids(kpis: Iterable[Kpi]) -> list[str]:
    """The distinct Kolada ids of *kpis*, in order."""
    return list(dict.fromkeys(k.kolada_id for k in kpis if k.kolada_id))


def with_metadata(
    kpis: Mapping[str, Kpi], metadata: Mapping[str, tuple[str, str]]
) -> dict[str, Kpi]:
    """*kpis* with what the catalogue's metadata fetch found: ``key → (id, title)``.

    A key found there has its (possibly corrected) id, Kolada's title and counts as
    verified (a fetch notes an id Kolada titles otherwise: :func:`same_title`).
    """
    out = dict(kpis)
    for key, (kolada_id, title) in metadata.items():
        if key in out and kolada_id:
            out[key] = dataclasses.replace(
                out[key], kolada_id=kolada_id, kolada_title=title, verified=True
            )
    return out


def same_title(one: str, other: str) -> bool:
    """Whether two KPI titles are the same (case and spacing aside)."""
    return " ".join(one.casefold().split()) == " ".join(other.casefold().split())
