"""Mandates and agreements in the file: each programme's legal bases and board decision,
and the agreements they link to.

The tables (schema version 4, :mod:`.schema`):

``agreements``
    one row per agreement (with whom, reference, title, valid from/to, notes).
``mandates``
    ``programme_id → decision_reference, decision_date, needs_review``; the upgrade
    of an older file gives every programme an empty row with ``needs_review = 1``.
``mandate_bases``
    ``(programme_id, position) → kind, agreement_id, valid_from, valid_to, text``.

A :class:`MandateChange` replaces one programme's mandate (its row and its bases), an
:class:`AgreementChange` one agreement; both hold before and after, so undo is the
inverse, and the writer refuses either when the file no longer holds the *before*.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from amp_desktop.core.i18n import translate
from amp_desktop.core.mandate import (
    Agreement,
    BasisKind,
    Counterparty,
    LegalBasis,
    Mandate,
    check_dates,
)
from amp_desktop.core.store.errors import BadValue, door

if TYPE_CHECKING:
    from amp_desktop.core.store.changes import ChangeSet

DDL = """
CREATE TABLE agreements (
    id INTEGER PRIMARY KEY,
    counterparty TEXT NOT NULL,
    reference TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    valid_from TEXT,
    valid_to TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE mandates (
    programme_id INTEGER PRIMARY KEY REFERENCES programmes(id) ON DELETE CASCADE,
    decision_reference TEXT NOT NULL DEFAULT '',
    decision_date TEXT,
    needs_review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE mandate_bases (
    programme_id INTEGER NOT NULL REFERENCES programmes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    agreement_id INTEGER REFERENCES agreements(id),
    valid_from TEXT,
    valid_to TEXT,
    text TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (programme_id, position)
);
CREATE INDEX mandate_bases_agreement ON mandate_bases(agreement_id);
"""

#: What the upgrade of an older file does: every programme an empty, flagged mandate.
UPGRADE = "INSERT INTO mandates(programme_id, needs_review) SELECT id, 1 FROM programmes"

_KINDS = {member.value: member for member in BasisKind}
_PARTIES = {member.value: member for member in Counterparty}


@dataclass(frozen=True)
class MandateChange:
    """One programme's mandate before and after (None = no mandate row)."""

    programme_id: int
    before: Mandate | None
    after: Mandate | None

    def inverse(self) -> MandateChange:
        return MandateChange(self.programme_id, self.after, self.before)


@dataclass(frozen=True)
class AgreementChange:
    """One agreement before and after (None before = created, None after = deleted)."""

    id: int
    before: Agreement | None
    after: Agreement | None

    def inverse(self) -> AgreementChange:
        return AgreementChange(self.id, self.after, self.before)

    @property
    def name(self) -> str:
        agreement = self.after or self.before
        return agreement.label() if agreement else ""


# -- reads ---------------------------------------------------------------------------------
def _agreement(row: tuple[Any, ...]) -> Agreement:
    aid, party, reference, title, first, last, notes = row
    member = _PARTIES.get(party)
    if member is None:
        raise BadValue("agreement", aid, "counterparty", party)
    return Agreement(member, reference, title, first, last, notes, aid)


def agreements(conn: sqlite3.Connection) -> list[Agreement]:
    """Every agreement, by id."""
    cursor = conn.execute(
        "SELECT id, counterparty, reference, title, valid_from, valid_to, notes "
        "FROM agreements ORDER BY id"
    )
    return [_agreement(row) for row in cursor]


def agreement(conn: sqlite3.Connection, agreement_id: int) -> Agreement | None:
    row = conn.execute(
        "SELECT id, counterparty, reference, title, valid_from, valid_to, notes "
        "FROM agreements WHERE id = ?",
        [agreement_id],
    ).fetchone()
    return _agreement(row) if row else None


def mandates(conn: sqlite3.Connection, programme_id: int | None = None) -> dict[int, Mandate]:
    """The stored mandates by programme id (all, or the one of *programme_id*)."""
    where, params = ("WHERE programme_id = ?", [programme_id]) if programme_id else ("", [])
    bases: dict[int, list[LegalBasis]] = {}
    for pid, kind, aid, first, last, text in conn.execute(
        "SELECT programme_id, kind, agreement_id, valid_from, valid_to, text "
        f"FROM mandate_bases {where} ORDER BY programme_id, position",
        params,
    ):
        member = _KINDS.get(kind)
        if member is None:
            raise BadValue("mandate", pid, "kind", kind)
        bases.setdefault(pid, []).append(LegalBasis(member, aid, first, last, text))
    out: dict[int, Mandate] = {}
    for pid, reference, date, review in conn.execute(
        "SELECT programme_id, decision_reference, decision_date, needs_review "
        f"FROM mandates {where}",
        params,
    ):
        out[pid] = Mandate(pid, tuple(bases.pop(pid, ())), reference, date, bool(review))
    for pid, found in bases.items():  # bases without a row (not written by AMP): keep them
        out[pid] = Mandate(pid, tuple(found))
    return out


def mandate(conn: sqlite3.Connection, programme_id: int) -> Mandate | None:
    return mandates(conn, programme_id).get(programme_id)


def next_agreement_id(conn: sqlite3.Connection) -> int:
    row = conn.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM agreements").fetchone()
    return int(row[0])


# -- checks and writes ----------------------------------------------------------------------
def problems(change: MandateChange | AgreementChange) -> list[str]:
    """What is wrong with what *change* writes (bad dates, a basis without a kind)."""
    after = change.after
    if after is None:
        return []
    if isinstance(after, Agreement):
        found = check_dates(after.valid_from, after.valid_to)
        return [found] if found else []
    out: list[str] = []
    date_problem = check_dates(after.decision_date, None)
    if date_problem:
        out.append(translate("Mandate", "Decision date: {problem}").format(problem=date_problem))
    for basis in after.bases:
        found = check_dates(basis.valid_from, basis.valid_to)
        if found:
            out.append(f"{basis.kind.value}: {found}")
    return out


def write_agreement(conn: sqlite3.Connection, change: AgreementChange) -> None:
    if change.after is None:
        conn.execute("DELETE FROM agreements WHERE id = ?", [change.id])
        return
    a = change.after
    conn.execute(
        "INSERT INTO agreements(id, counterparty, reference, title, valid_from, valid_to, notes) "
        "VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "counterparty = excluded.counterparty, reference = excluded.reference, "
        "title = excluded.title, valid_from = excluded.valid_from, "
        "valid_to = excluded.valid_to, notes = excluded.notes",
        [change.id, a.counterparty.value, a.reference, a.title, a.valid_from, a.valid_to, a.notes],
    )


def write_mandate(conn: sqlite3.Connection, change: MandateChange) -> None:
    pid = change.programme_id
    conn.execute("DELETE FROM mandate_bases WHERE programme_id = ?", [pid])
    if change.after is None:
        conn.execute("DELETE FROM mandates WHERE programme_id = ?", [pid])
        return
    m = change.after
    conn.execute(
        "INSERT INTO mandates(programme_id, decision_reference, decision_date, needs_review) "
        "VALUES(?, ?, ?, ?) ON CONFLICT(programme_id) DO UPDATE SET "
        "decision_reference = excluded.decision_reference, "
        "decision_date = excluded.decision_date, needs_review = excluded.needs_review",
        [pid, m.decision_reference, m.decision_date, int(m.needs_review)],
    )
    conn.executemany(
        "INSERT INTO mandate_bases(programme_id, position, kind, agreement_id, valid_from, "
        "valid_to, text) VALUES(?, ?, ?, ?, ?, ?, ?)",
        [
            (pid, n, b.kind.value, b.agreement_id, b.valid_from, b.valid_to, b.text)
            for n, b in enumerate(m.bases)
        ],
    )


def mandate_text(m: Mandate | None) -> str | None:
    """A mandate as the change log writes it."""
    if m is None:
        return None
    bases = ", ".join(
        b.kind.value + (f"#{b.agreement_id}" if b.agreement_id is not None else "") for b in m.bases
    )
    return f"bases: {bases or '-'}; decision: {m.decision_reference or '-'} {m.decision_date or ''}"


def log_entries(
    mandate_changes: tuple[MandateChange, ...], agreement_changes: tuple[AgreementChange, ...]
) -> list[tuple[Any, ...]]:
    """``(programme_id, programme_name, field, old, new)`` rows for the change log."""
    out: list[tuple[Any, ...]] = []
    for c in mandate_changes:
        old, new = mandate_text(c.before), mandate_text(c.after)
        if old != new:
            out.append((c.programme_id, "", "mandate", old, new))
    for a in agreement_changes:
        old = a.before.label() if a.before else None
        new = a.after.label() if a.after else None
        out.append((None, "", f"agreement:{a.id}", old, new))
    return out


class MandateReads:
    """Mandate and agreement reads and actions of an open catalogue (mixed into
    :class:`~amp_desktop.core.store.catalogue.Catalogue`)."""

    conn: sqlite3.Connection
    apply: Callable[[ChangeSet], ChangeSet]  # the writer's

    def agreements(self) -> list[Agreement]:
        return agreements(self.conn)

    def agreement(self, agreement_id: int) -> Agreement | None:
        return agreement(self.conn, agreement_id)

    def mandates(self) -> dict[int, Mandate]:
        """Stored mandates by programme id (a programme without one has none recorded)."""
        return mandates(self.conn)

    def mandate(self, programme_id: int) -> Mandate:
        """The programme's mandate, empty when none is recorded."""
        return mandate(self.conn, programme_id) or Mandate(programme_id)

    def mandate_change(self, new: Mandate) -> ChangeSet:
        """The change set that stores *new* as its programme's mandate (empty if equal)."""
        from amp_desktop.core.store.changes import ChangeSet

        before = mandate(self.conn, new.programme_id)
        if before == new or (before is None and new == Mandate(new.programme_id)):
            return ChangeSet()
        return ChangeSet(
            translate("Store", "Edit the mandate"),
            mandates=(MandateChange(new.programme_id, before, new),),
        )

    def set_mandate(self, new: Mandate) -> ChangeSet:
        """Store *new* as its programme's mandate, as one undoable change."""
        return self.apply(self.mandate_change(new))

    def agreement_change(self, new: Agreement) -> ChangeSet:
        """The change set that saves *new* (a new id when it has none)."""
        from amp_desktop.core.store.changes import ChangeSet

        if new.id is None:
            new = replace(new, id=next_agreement_id(self.conn))
            before = None
            description = translate("Store", "Add agreement “{name}”")
        else:
            before = agreement(self.conn, new.id)
            description = translate("Store", "Edit agreement “{name}”")
            if before == new:
                return ChangeSet()
        assert new.id is not None
        return ChangeSet(
            description.format(name=new.label()), agreements=(AgreementChange(new.id, before, new),)
        )

    def save_agreement(self, new: Agreement) -> ChangeSet:
        return self.apply(self.agreement_change(new))

    def delete_agreement(self, agreement_id: int) -> ChangeSet:
        """Delete an agreement; bases that named it keep their kind, without it."""
        from amp_desktop.core.store.changes import ChangeSet

        before = agreement(self.conn, agreement_id)
        if before is None:
            return ChangeSet()
        unlinked = []
        for m in mandates(self.conn).values():
            if agreement_id in m.agreement_ids():
                bases = tuple(
                    replace(b, agreement_id=None) if b.agreement_id == agreement_id else b
                    for b in m.bases
                )
                unlinked.append(MandateChange(m.programme_id, m, replace(m, bases=bases)))
        return self.apply(
            ChangeSet(
                translate("Store", "Delete agreement “{name}”").format(name=before.label()),
                mandates=tuple(unlinked),
                agreements=(AgreementChange(agreement_id, before, None),),
                kind="delete",
            )
        )


#: ``meta`` keys of the audit checks' numeric thresholds, and their defaults.
AUDIT_SETTINGS = {"audit_ending_within_months": 3, "audit_far_tertials_running": 2}


class AuditSettingsReads:
    """The audit thresholds, catalogue settings as the change log's retention is:
    written at once, not an undo step (mixed into the catalogue)."""

    conn: sqlite3.Connection
    path: Path
    transaction: Callable[[], AbstractContextManager[None]]

    def audit_settings(self) -> dict[str, int]:
        out = dict(AUDIT_SETTINGS)
        for key in AUDIT_SETTINGS:
            row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
            if row and str(row[0]).strip().isdigit():
                out[key] = int(row[0])
        return out

    def set_audit_settings(self, values: Mapping[str, int]) -> None:
        for key, value in values.items():
            if key not in AUDIT_SETTINGS or not 0 < int(value) <= 36:
                raise ValueError(f"{key}: {value}")
        with door(self.path, "write"), self.transaction():
            for key, value in values.items():
                self.conn.execute(
                    "INSERT INTO meta(key, value) VALUES(?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                    [key, str(int(value))],
                )
