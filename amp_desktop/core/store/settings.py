"""Change-set builders for the catalogue's settings in its ``meta`` table (nothing written).

Default goals, audit thresholds and the change log's retention are settings of the
catalogue: each builder returns a :class:`ChangeSet` of :class:`SettingChange` that
:meth:`Catalogue.apply` writes like any other change — checked, logged, undoable
(a shorter retention's purge is not: what it removes is gone).  Values are checked
here, so a bad one raises ``ValueError`` before anything is written.
"""

from __future__ import annotations

from collections.abc import Mapping

from amp_desktop.core.i18n import translate
from amp_desktop.core.store import change_log
from amp_desktop.core.store.changes import ChangeSet, SettingChange
from amp_desktop.core.store.mandates import AUDIT_SETTINGS
from amp_desktop.core.store.reads import CatalogueReader
from amp_desktop.core.store.results import DEFAULT_GOAL_KEYS


def stored_setting(reads: CatalogueReader, key: str) -> str | None:
    """The ``meta`` value of *key* as the file holds it (None when there is no row)."""
    row = reads.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def setting_changes(
    reads: CatalogueReader, values: Mapping[str, str | None]
) -> tuple[SettingChange, ...]:
    """A :class:`SettingChange` per key whose value differs ("" and no row are the same)."""
    out = []
    for key, after in values.items():
        before = stored_setting(reads, key)
        if (before or "") != (after or ""):
            out.append(SettingChange(key, before, after))
    return tuple(out)


def settings_change(
    reads: CatalogueReader, values: Mapping[str, str | None], description: str
) -> ChangeSet:
    """The change that sets *values* (empty when the file holds them already)."""
    changes = setting_changes(reads, values)
    if not changes:
        return ChangeSet()
    return ChangeSet(description, kind="edit", settings=changes)


def default_goals_change(reads: CatalogueReader, goals: Mapping[str, float | None]) -> ChangeSet:
    """Set the default goal for the share to work or studies per type ("primary",
    "secondary"; a fraction, None for none)."""
    values: dict[str, str | None] = {}
    for programme_type, goal in goals.items():
        if programme_type not in DEFAULT_GOAL_KEYS or not (goal is None or 0 < goal <= 1):
            raise ValueError(f"{programme_type}: {goal}")
        values[DEFAULT_GOAL_KEYS[programme_type]] = None if goal is None else repr(float(goal))
    return settings_change(reads, values, translate("Store", "Set the default goals"))


def audit_settings_change(reads: CatalogueReader, values: Mapping[str, int]) -> ChangeSet:
    """Set the audit's thresholds (months, tertials: 1–36)."""
    for key, value in values.items():
        if key not in AUDIT_SETTINGS or not 0 < int(value) <= 36:
            raise ValueError(f"{key}: {value}")
    return settings_change(
        reads,
        {key: str(int(value)) for key, value in values.items()},
        translate("Store", "Set the audit checks"),
    )


def retention_change(reads: CatalogueReader, days: int | None) -> ChangeSet:
    """Keep the change log *days* days (None: for ever); applying it purges what is older."""
    if days is not None and days < 0:
        raise ValueError(days)
    return settings_change(
        reads,
        {change_log.RETENTION_KEY: None if days is None else str(days)},
        translate("Store", "Set how long the change log is kept"),
    )


def setting_label(key: str) -> str:
    """A setting's name as the change log shows it (its key when AMP has no name for
    it: an entry of a later AMP)."""
    from amp_desktop.core.store import kolada

    labels = {
        kolada.MUNICIPALITY_KEY: lambda: translate("Store", "municipality (SCB code)"),
        kolada.POPULATION_KEY: lambda: translate("Store", "population"),
        kolada.PEERS_ID_KEY: lambda: translate("Store", "similar municipalities (Kolada id)"),
        kolada.PEERS_TITLE_KEY: lambda: translate("Store", "similar municipalities"),
        change_log.RETENTION_KEY: lambda: translate("Store", "days the change log is kept"),
        DEFAULT_GOAL_KEYS["primary"]: lambda: translate(
            "Store", "default goal of primary programmes"
        ),
        DEFAULT_GOAL_KEYS["secondary"]: lambda: translate(
            "Store", "default goal of secondary programmes"
        ),
        "audit_ending_within_months": lambda: translate("Store", "audit: ends within (months)"),
        "audit_far_tertials_running": lambda: translate(
            "Store", "audit: far from need (tertials running)"
        ),
        # (results.disclosure.EXACT_KEY: the results layer is above the store's)
        "results_exact": lambda: translate("Store", "results printed exactly"),
    }
    label = labels.get(key)
    return label() if label else key


__all__ = [
    "audit_settings_change",
    "default_goals_change",
    "retention_change",
    "setting_changes",
    "setting_label",
    "settings_change",
    "stored_setting",
]
