"""What an import understood and what it would change: shown before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from amp_desktop.core import rules
from amp_desktop.core.domain import Programme, ReferralSource
from amp_desktop.core.i18n import translate
from amp_desktop.core.parse import known_source
from amp_desktop.core.personal import mask_personal_ids
from amp_desktop.core.store import (
    ChangeSet,
    DemandChange,
    DemandKey,
    ProgrammeChange,
    ResultsChange,
    SourceChange,
)

KEEP_AMP = "amp"
TAKE_WORKBOOK = "workbook"
#: More new referral sources than this in one import is a question for the user
#: (a wrong column mapped as the source would otherwise create hundreds).
NEW_SOURCES_TO_CONFIRM = 10


def split_where(where: str) -> tuple[str, str]:
    """``("Programmes", "H2")`` for ``Programmes!H2`` (``'My sheet'!A1`` unquoted)."""
    sheet, mark, cell = where.rpartition("!")
    if not mark:
        return "", where
    if len(sheet) >= 2 and sheet[0] == sheet[-1] == "'":
        sheet = sheet[1:-1].replace("''", "'")
    return sheet, cell


@dataclass(frozen=True)
class Problem:
    """Something that needs the user's eye, with where it is (``Sheet!B4``).

    *blocking* problems stop the command-line import; the window shows them all
    and imports what was understood (a cell with a problem keeps AMP's value).
    *whole*: the problem is the workbook's as a whole (a participant list without
    its end dates, split over sheets…): the window does not import it either.
    """

    where: str
    message: str
    blocking: bool = True
    whole: bool = False

    def __post_init__(self) -> None:
        # A message that quotes a cell never repeats an identity number typed in it.
        object.__setattr__(self, "message", mask_personal_ids(self.message))

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.where else self.message

    def to_json(self) -> dict[str, Any]:
        sheet, cell = split_where(self.where)
        return {
            "sheet": sheet,
            "cell": cell,
            "where": self.where,
            "message": self.message,
            "blocking": self.blocking,
        }


@dataclass(frozen=True)
class SkippedRow:
    """A row not read as a programme (a totals row), with where it is and why."""

    where: str  # its first cell, ``Sheet!A12``
    text: str  # what its name cell says
    reason: str

    def to_json(self) -> dict[str, Any]:
        sheet, cell = split_where(self.where)
        return {"sheet": sheet, "cell": cell, "text": self.text, "reason": self.reason}

    def described(self) -> str:
        """The row as the window and ``amp import`` say it: its cell, what the cell
        says (as the JSON gives it, identity numbers and names already masked) unless
        the reason quotes it, and why."""
        from amp_desktop.core.formatting import quoted

        text = " ".join(self.text.split())
        if not text or quoted(text) in self.reason or f"“{text}”" in self.reason:
            return f"{self.where}: {self.reason}"
        if len(text) > 80:
            text = text[:79] + "…"
        return f"{self.where} {quoted(text)}: {self.reason}"


@dataclass(frozen=True)
class IgnoredColumn:
    """A column AMP found and deliberately did not read (a foreign sheet's id
    column, a birth date, names), with its header cell and why."""

    where: str  # its header cell, ``Sheet!B1``
    header: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        sheet, cell = split_where(self.where)
        return {"sheet": sheet, "cell": cell, "header": self.header, "reason": self.reason}


@dataclass(frozen=True)
class Conflict:
    """A field changed both in AMP since the export and in the workbook."""

    programme_id: int
    programme: str
    field: str
    exported: str | None
    amp: str | None
    workbook: str | None
    key: DemandKey | None = None  # set for a demand cell

    def to_json(self) -> dict[str, Any]:
        return {
            "programme": self.programme,
            "field": self.field,
            "exported": self.exported,
            "amp": self.amp,
            "workbook": self.workbook,
        }


@dataclass
class ImportPreview:
    """Everything an import found, and the change it would make once confirmed."""

    kind: str  # "export", "catalogue" or "referrals"
    sheet: str = ""
    header_row: int = 0  # 1-based
    headers: list[str] = field(default_factory=list)
    mapping: dict[int, str] = field(default_factory=dict)  # column (0-based) → field
    samples: list[dict[str, str]] = field(default_factory=list)  # parsed rows, as text
    problems: list[Problem] = field(default_factory=list)
    added: list[Programme] = field(default_factory=list)
    changed: list[tuple[Programme, Programme]] = field(default_factory=list)  # before, after
    removed: list[Programme] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[Conflict] = field(default_factory=list)
    #: Programme edits that depend on a conflict: conflict index → (id, field, value).
    conflict_values: dict[int, tuple[int, str, Any]] = field(default_factory=dict)
    demand: list[DemandChange] = field(default_factory=list)
    demand_conflicts: dict[int, DemandChange] = field(default_factory=dict)
    removed_demand: list[DemandChange] = field(default_factory=list)
    new_sources: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)  # plain notes (e.g. columns dropped)
    unmatched: list[str] = field(default_factory=list)  # programme names not found
    names: dict[int, str] = field(default_factory=dict)  # programme id → name, for display
    #: What AMP recognised the workbook as and by what (one sentence, translated).
    recognised_by: str = ""
    #: The header texts (or sheet) that made AMP recognise the kind.
    evidence: list[str] = field(default_factory=list)
    skipped_rows: list[SkippedRow] = field(default_factory=list)  # totals rows
    ignored_columns: list[IgnoredColumn] = field(default_factory=list)
    #: New source codes refused (too long, an identity number, over the limit):
    #: casefolded code → the reason; links and referrals to them are left out.
    refused_sources: dict[str, str] = field(default_factory=dict)
    #: A participant list: the one change of results it makes (counts only), per
    #: programme participants/starts/exits before → after, exit-reason wordings
    #: AMP could not map (wording → rows) and those it did (wording → category).
    results: ResultsChange | None = None
    results_summary: list[dict[str, Any]] = field(default_factory=list)
    unmapped_reasons: dict[str, int] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)
    #: AMP's own workbook: its Agreements and Mandates sheets' changes
    #: (``AgreementChange``/``MandateChange``, see :mod:`.mandate_sheets`).
    agreements: list[Any] = field(default_factory=list)
    mandates: list[Any] = field(default_factory=list)
    #: Agreements of the catalogue missing from the workbook's Agreements sheet
    #: (``AgreementChange`` deleting each), applied only with *remove_missing*, and
    #: the mandate changes to apply then instead of :attr:`mandates` (links dropped).
    removed_agreements: list[Any] = field(default_factory=list)
    mandates_without_removed: list[Any] = field(default_factory=list)
    _new_keys: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def blocking(self) -> bool:
        return any(p.blocking for p in self.problems)

    @property
    def refused(self) -> bool:
        """A problem of the whole workbook: nothing of it may be imported (window too)."""
        return any(p.whole for p in self.problems)

    @property
    def confirmations(self) -> list[str]:
        """Questions the user must accept before this preview is applied (the
        window asks; ``amp import`` wants ``--create-sources``)."""
        if len(self.new_sources) <= NEW_SOURCES_TO_CONFIRM:
            return []
        shown = ", ".join(self.new_sources[:12]) + (", …" if len(self.new_sources) > 12 else "")
        return [
            translate(
                "Excel",
                "This import would create {n} new referral sources ({codes}). Check that "
                "the right column was read as the source before you create them.",
            ).format(n=len(self.new_sources), codes=shown)
        ]

    def field_changes(self) -> list[dict[str, Any]]:
        """``{"programme", "field", "old", "new"}`` for every changed field."""
        from amp_desktop.core.store.changes import ProgrammeChange as _PC

        out = []
        for before, after in self.changed:
            for name, old, new in _PC(before.id or 0, before, after).field_changes():
                out.append({"programme": after.name, "field": name, "old": old, "new": new})
        for change in self.demand:
            key = change.key
            out.append(
                {
                    "programme": self.names.get(key.programme_id, str(key.programme_id)),
                    "field": f"demand:{key.kind}:{key.month}:{key.source}",
                    "old": _number_text(change.before),
                    "new": _number_text(change.after),
                }
            )
        return out

    def counts(self) -> dict[str, int]:
        return {
            "added": len(self.added),
            # A programme whose only difference is a conflict counts as a conflict.
            "changed": sum(1 for before, after in self.changed if before != after),
            "removed": len(self.removed),
            "unchanged": self.unchanged,
            "conflicts": len(self.conflicts),
            "problems": len(self.problems),
        }

    @property
    def sheet_shown(self) -> str:
        """The sheet's name as the preview shows it: an identity number in it masked (a
        unit may name a sheet by one; :attr:`sheet` is the name to read it by)."""
        return mask_personal_ids(self.sheet)

    def to_json(self, remove_missing: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "sheet": self.sheet_shown,
            "header_row": self.header_row,
            "mapping": {
                self.headers[c] if c < len(self.headers) else str(c): f
                for c, f in self.mapping.items()
            },
            **self.counts(),
        }
        if not remove_missing:
            data["removed"] = 0
        data["missing"] = [p.name for p in self.removed]
        data["missing_agreements"] = [c.before.label() for c in self.removed_agreements]
        from amp_desktop.core.excel.mandate_sheets_json import import_json

        data.update(import_json(self, remove_missing))  # added/changed agreements (#14)
        data["conflicts"] = [c.to_json() for c in self.conflicts]
        data["problems"] = [p.to_json() for p in self.problems]
        data["changes"] = self.field_changes()
        data["added_programmes"] = [p.name for p in self.added]
        data["demand_cells"] = len(self.demand)
        #: demand cells the workbook lacks, removed only with remove_missing (a removed
        #: programme's; a referral list's months' cells it does not hold)
        data["missing_demand_cells"] = len(self.removed_demand)
        data["new_sources"] = self.new_sources
        data["unmatched_programmes"] = self.unmatched
        data["notes"] = self.summary
        data["recognised_by"] = self.recognised_by
        data["recognised_columns"] = self.evidence
        data["skipped_rows"] = [r.to_json() for r in self.skipped_rows]
        data["ignored_columns"] = [c.to_json() for c in self.ignored_columns]
        data["confirmations"] = self.confirmations
        if self.kind == "participants":
            data["period"] = (
                {"first": self.results.first, "last": self.results.last} if self.results else None
            )
            data["results"] = self.results_summary
            data["result_cells"] = len(self.results.after) if self.results else 0
            data["exit_reasons"] = self.reasons
            data["unmapped_reasons"] = self.unmapped_reasons
        return data

    def add_new_source(self, source: str, codes: dict[str, str]) -> str | None:
        """*source*, listed as a new referral source unless the catalogue has it
        (*codes*: casefolded code → code); one source whatever its case, spelt as
        first seen.  None when it cannot be a source (too long, an identity
        number, a person's name, past the catalogue's limit): the reason is in
        :attr:`refused_sources` and the caller says so at its cell."""
        key = source.casefold()
        if not source or key in codes:
            return source
        if key in self._new_keys:
            return self._new_keys[key]
        if key in self.refused_sources:
            return None
        found = rules.check_new_source_code(source)
        if not found and len(codes) + len(self.new_sources) >= rules.MAX_SOURCES:
            found = [rules.too_many_sources()]
        if found:
            self.refused_sources[key] = found[0].message
            return None
        self._new_keys[key] = source
        self.new_sources.append(source)
        return source

    def changeset(
        self,
        description: str,
        *,
        remove_missing: bool = False,
        resolutions: dict[int, str] | None = None,
        create_sources: set[str] | None = None,
        kind: str = "import",
    ) -> ChangeSet:
        """The one change that applies this preview.

        *resolutions* maps a conflict's index to :data:`KEEP_AMP` (the default)
        or :data:`TAKE_WORKBOOK`.  *create_sources* limits which new sources are
        created (default: all); links to sources not created are left out.
        """
        resolutions = resolutions or {}
        creating = set(self.new_sources if create_sources is None else create_sources)
        dropped = {c.casefold() for c in self.new_sources if c not in creating}
        dropped |= set(self.refused_sources)
        changed: dict[Any, tuple[Programme | None, Programme | None]] = {
            after.id: (before, after) for before, after in self.changed
        }
        for index, (pid, name, value) in self.conflict_values.items():
            if resolutions.get(index) != TAKE_WORKBOOK:
                continue
            before, after = changed.get(pid, (None, None))
            if before is None:
                continue
            attr = "sources" if name == "referral_sources" else name
            changed[pid] = (before, after.replace(**{attr: value}))  # type: ignore[union-attr]
        programmes: list[ProgrammeChange] = []
        for programme in self.added:
            programmes.append(ProgrammeChange(programme.id, None, _drop(programme, dropped)))  # type: ignore[arg-type]
        for pid, (before, after) in changed.items():
            kept = _drop(after, dropped)  # type: ignore[arg-type]
            if kept != before:
                programmes.append(ProgrammeChange(pid, before, kept))  # type: ignore[arg-type]
        demand = [d for d in self.demand if d.key.source.casefold() not in dropped]
        for index, change in self.demand_conflicts.items():
            if resolutions.get(index) == TAKE_WORKBOOK:
                demand.append(change)
        if remove_missing:
            demand.extend(self.removed_demand)
            programmes.extend(ProgrammeChange(p.id, p, None) for p in self.removed)  # type: ignore[arg-type]
        sources = tuple(
            SourceChange(code, None, _new_source(code))
            for code in self.new_sources
            if code in creating
        )
        results = (self.results,) if self.results is not None else ()
        return ChangeSet(
            description,
            tuple(programmes),
            tuple(demand),
            sources,
            kind=kind,
            results=results,
            mandates=tuple(
                self.mandates_without_removed
                if remove_missing and self.removed_agreements
                else self.mandates
            ),
            agreements=tuple(self.agreements)
            + (tuple(self.removed_agreements) if remove_missing else ()),
        )


def _number_text(value: float | None) -> str | None:
    if value is None:
        return None
    return str(int(value)) if float(value).is_integer() else str(value)


def _drop(programme: Programme, dropped: set[str]) -> Programme:
    if not dropped:
        return programme
    links = tuple(link for link in programme.sources if link.source.casefold() not in dropped)
    return programme if links == programme.sources else programme.replace(sources=links)


def _new_source(code: str) -> ReferralSource:
    known = known_source(code)
    if known:
        return ReferralSource(code, known.name, known.kolada_category)
    return ReferralSource(code, code)
