"""The change-set writer: one :class:`ChangeSet` in one transaction, checked and logged.

Every row a change replaces is first compared with what the change expected to
find (:meth:`ChangeWriter._expect`, the one conflict check), the rules are checked
on what the change writes, and the change log records it — all in the one
transaction, so a failure anywhere leaves the file exactly as it was.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from amp_desktop.core import rules
from amp_desktop.core.i18n import translate
from amp_desktop.core.store import change_log, journal_mark, rows
from amp_desktop.core.store.changes import ChangeSet
from amp_desktop.core.store.errors import ConflictError, ReadOnlyError, StoreError, door
from amp_desktop.core.store.reads import CatalogueReader

# The results, mandate and Kolada modules are imported by the methods that write
# with them, the parts of a change set when one is made: opening a catalogue and
# reading it loads none of them (#10 item 8).
if TYPE_CHECKING:
    from amp_desktop.core.store.changes import (
        AgreementChange,
        DemandChange,
        KoladaChange,
        MandateChange,
        ProgrammeChange,
        ResultsChange,
        ScenarioChange,
        SettingChange,
        SourceChange,
    )


class ChangeWriter(CatalogueReader):
    """The write side of an open catalogue: transactions and :meth:`apply`."""

    def __init__(self, path: Path, conn: sqlite3.Connection, read_only: bool):
        super().__init__(path, conn)
        self.read_only = read_only
        self._savepoints = 0
        #: Checks left out by ``Catalogue.open(checks="later")``, run before a write.
        self._checks_pending = False
        #: What those checks found wrong (the file is then read-only), or None.
        self.check_failure: StoreError | None = None

    def complete_checks(self) -> StoreError | None:
        """The open-time checks' failure (run now if they were left for later)."""
        return self.check_failure

    @property
    def checks_pending(self) -> bool:
        """Whether checks left for later when the file was opened have not run yet."""
        return self._checks_pending

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction, taken at once (``BEGIN IMMEDIATE``); nested: a savepoint.

        Checks left for later when the file was opened run first: a file that fails
        them is not written (their failure is raised)."""
        if self._checks_pending or self.check_failure is not None:
            failure = self.complete_checks()
            if failure is not None:
                raise failure
        if self.read_only:
            raise ReadOnlyError(translate("Store", "The catalogue is open read-only."))
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"amp_{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
            finally:
                self._savepoints -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        lock = getattr(self, "_lock", None)
        try:
            if lock is not None:  # the lock still ours, nobody wrote meanwhile (#11.10)
                lock.check_before_write(self.conn)
                journal_mark.record(self.conn)  # which journal is this one's (#11.9)
            yield
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if lock is not None:
                journal_mark.forget(self.conn)
            raise
        self.conn.execute("COMMIT")
        if lock is not None:
            journal_mark.forget(self.conn)

    def apply(self, change: ChangeSet) -> ChangeSet:
        """Apply *change* in one transaction, checked and logged; returns it.

        Raises :class:`~amp_desktop.core.rules.RuleError` if a programme breaks a
        rule, :class:`ConflictError` if the catalogue does not hold what the change
        expects to replace, and :class:`StoreError` if the file cannot be written
        (disk full, deleted or renamed while open, a share gone).  Whatever the
        reason, nothing is written.
        """
        if change.is_empty():
            return change
        with door(self.path, "write"):
            return self._apply(change)

    def _apply(self, change: ChangeSet) -> ChangeSet:
        for programme_change in change.programmes:
            if programme_change.after is not None:
                found = rules.check_programme(programme_change.after)
                if found:
                    raise rules.RuleError(found)
        rules.enforce(change)  # sources, demand, scenarios, descriptions: no personal data
        checked: tuple[MandateChange | AgreementChange, ...] = (
            *change.mandates,
            *change.agreements,
        )
        if checked:
            from amp_desktop.core.store import mandates

            for mandate_change in checked:
                found_text = mandates.problems(mandate_change)
                if found_text:
                    raise rules.RuleError([rules.Violation("mandate", t) for t in found_text])
        with self.transaction():
            for source_change in change.sources:
                if source_change.after is not None:
                    self._write_source(source_change)
            # Agreements before the mandates that link to them, removed after.
            for agreement_change in change.agreements:
                if agreement_change.after is not None:
                    self._write_agreement(agreement_change)
            # Demand belongs to its programme: write it after a programme is
            # added and before one is removed (removal cascades to its demand).
            for programme_change in change.programmes:
                if programme_change.after is not None:
                    self._write_programme(programme_change)
            for demand_change in change.demand:
                self._write_demand(demand_change)
            for results_change in change.results:
                self._write_results(results_change)
            for mandate_change in change.mandates:
                self._write_mandate(mandate_change)
            for programme_change in change.programmes:
                if programme_change.after is None:
                    self._write_programme(programme_change)
            for source_change in change.sources:
                if source_change.after is None:
                    self._write_source(source_change)
            for agreement_change in change.agreements:
                if agreement_change.after is None:
                    self._write_agreement(agreement_change)
            for scenario_change in change.scenarios:
                self._write_scenario(scenario_change)
            for kolada_change in change.kolada:
                self._write_kolada(kolada_change)
            for setting_change in change.settings:
                self._write_setting(setting_change)
            self._check_unique(change)
            self._forget(change)
            change_log.record(self.conn, change)
        return change

    @staticmethod
    def _expect(current: object, before: object, message: str) -> None:
        """The one conflict check: the file must hold what the change replaces."""
        if current != before:
            raise ConflictError(message)

    def _write_results(self, change: ResultsChange) -> None:
        from amp_desktop.core.store import results

        if not results.matches(self.conn, change):
            raise ConflictError(
                translate(
                    "Store",
                    "The results of {first} … {last} were changed elsewhere; import the list again.",
                ).format(first=change.first, last=change.last)
            )
        results.write(self.conn, change)

    def _write_setting(self, change: SettingChange) -> None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [change.key]).fetchone()
        self._expect(
            row[0] if row else None,
            change.before,
            translate("Store", "A setting of the catalogue was changed elsewhere."),
        )
        if change.after is None:
            self.conn.execute("DELETE FROM meta WHERE key = ?", [change.key])
        else:
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES(?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [change.key, change.after],
            )
        if change.key == change_log.RETENTION_KEY:  # a shorter retention purges at once
            days = change_log.parse_retention(change.after or "")
            if days is not None:
                change_log.purge_before(self.conn, change_log.retention_cutoff(days))

    def _write_kolada(self, change: KoladaChange) -> None:
        from amp_desktop.core.store import kolada

        if not kolada.matches(self.conn, change):
            raise ConflictError(
                translate(
                    "Store", "Kolada's figures were changed elsewhere; fetch or import again."
                )
            )
        kolada.write(self.conn, change)

    def _write_mandate(self, change: MandateChange) -> None:
        from amp_desktop.core.store import mandates

        self._expect(
            mandates.mandate(self.conn, change.programme_id),
            change.before,
            translate("Store", "The mandate of a programme was changed elsewhere."),
        )
        mandates.write_mandate(self.conn, change)

    def _write_agreement(self, change: AgreementChange) -> None:
        from amp_desktop.core.store import mandates

        self._expect(
            mandates.agreement(self.conn, change.id),
            change.before,
            translate("Store", "Agreement “{name}” was changed elsewhere.").format(
                name=change.name
            ),
        )
        mandates.write_agreement(self.conn, change)

    def _write_source(self, change: SourceChange) -> None:
        self._expect(
            self.source(change.code),
            change.before,
            translate("Store", "Referral source {code} was changed elsewhere.").format(
                code=change.code
            ),
        )
        if change.after is None:
            self.conn.execute("DELETE FROM sources WHERE code = ?", [change.code])
            return
        self.conn.execute(
            "INSERT INTO sources(code, name, kolada_category) VALUES(?, ?, ?) "
            "ON CONFLICT(code) DO UPDATE SET name = excluded.name, "
            "kolada_category = excluded.kolada_category",
            [change.after.code, change.after.name, change.after.kolada_category.value],
        )

    def _write_programme(self, change: ProgrammeChange) -> None:
        self._expect(
            self.programme(change.id),
            change.before,
            translate(
                "Store", "“{name}” has changed since this action; it cannot be applied."
            ).format(name=change.name),
        )
        if change.after is None:
            self.conn.execute("DELETE FROM programmes WHERE id = ?", [change.id])
            return
        row = rows.row_from_programme(change.after)
        row["id"] = change.id
        columns = list(row)
        self.conn.execute(
            f"INSERT INTO programmes({', '.join(columns)}) VALUES "
            f"({', '.join('?' * len(columns))}) ON CONFLICT(id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id"),
            list(row.values()),
        )
        self.conn.execute("DELETE FROM programme_sources WHERE programme_id = ?", [change.id])
        self.conn.executemany(
            "INSERT INTO programme_sources(programme_id, source, role, position) "
            "VALUES(?, ?, ?, ?)",
            [
                (change.id, link.source, link.role.value, position)
                for position, link in enumerate(change.after.sources)
            ],
        )

    def _write_scenario(self, change: ScenarioChange) -> None:
        self._expect(
            self.scenario_data(change.name),
            change.before,
            translate("Store", "Scenario “{name}” was changed elsewhere.").format(name=change.name),
        )
        if change.after is None:
            self.conn.execute("DELETE FROM scenarios WHERE name = ?", [change.name])
        else:
            self.conn.execute(
                "INSERT INTO scenarios(name, created_at, data) VALUES(?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET data = excluded.data",
                [change.name, change_log.now(), change.after],
            )

    def _write_demand(self, change: DemandChange) -> None:
        key = change.key
        self._expect(
            self.demand_value(key),
            change.before,
            translate("Store", "Demand was changed elsewhere; it cannot be applied."),
        )
        if change.after is None:
            self.conn.execute(
                "DELETE FROM demand WHERE programme_id = ? AND month = ? AND source = ? "
                "AND kind = ?",
                [key.programme_id, key.month, key.source, key.kind],
            )
            return
        found = rules.check_demand(key.month, change.after)
        if found:
            raise rules.RuleError(found)
        self.conn.execute(
            "INSERT INTO demand(programme_id, month, source, kind, referrals) "
            "VALUES(?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET referrals = "
            "excluded.referrals",
            [key.programme_id, key.month, key.source, key.kind, change.after],
        )

    def _check_unique(self, change: ChangeSet) -> None:
        touched = [c.after for c in change.programmes if c.after is not None]
        if not touched:
            return
        # Names and codes held by two or more programmes now (the touched ones are
        # written already): counted once, not once per touched programme.
        names: Counter[str] = Counter()
        codes: Counter[str] = Counter()
        for name, code in self.conn.execute("SELECT name, code FROM programmes"):
            names[rules.text_key(name)] += 1
            if code.strip():
                codes[rules.text_key(code)] += 1
        taken_names = {key for key, count in names.items() if count > 1}
        taken_codes = {key for key, count in codes.items() if count > 1}
        for programme in touched:
            found = rules.check_unique(programme, taken_names, taken_codes)
            if found:
                raise rules.RuleError(found)

    def _forget(self, change: ChangeSet) -> None:
        """The history of programmes deleted with ``forget_history`` goes with them."""
        forgotten = change_log.forgotten_ids(change)
        if not forgotten:
            return
        names = {c.id: c.before.name for c in change.programmes if c.before and c.id in forgotten}
        change_log.forget_programmes(
            self.conn, names, translate("Store", "An action on a deleted programme")
        )
