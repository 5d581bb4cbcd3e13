"""Catalogue settings in the ``meta`` table are changes like any other: logged, undoable."""

from __future__ import annotations

import pytest

from amp_desktop.core.store import Catalogue, ConflictError
from amp_desktop.core.store.changes import ChangeSet, SettingChange
from amp_desktop.core.store.settings import (
    audit_settings_change,
    default_goals_change,
    retention_change,
)


def test_default_goals_are_a_logged_change_that_undoes(example: Catalogue) -> None:
    before = example.default_goals()
    change = default_goals_change(example, {"primary": 0.55})
    assert change.settings and not change.is_empty()
    assert example.default_goals() == before  # built, not written
    example.apply(change)
    assert example.default_goals()["primary"] == 0.55
    logged = example.change_log(limit=5)
    assert any(e["field"] == "setting:goal_default_primary" for e in logged)
    example.apply(change.inverse())
    assert example.default_goals() == before
    assert default_goals_change(example, dict(before)).is_empty() or before == {}


def test_audit_settings_change_checks_its_values(example: Catalogue) -> None:
    with pytest.raises(ValueError):
        audit_settings_change(example, {"audit_far_tertials_running": 0})
    example.apply(audit_settings_change(example, {"audit_far_tertials_running": 5}))
    assert example.audit_settings()["audit_far_tertials_running"] == 5
    assert audit_settings_change(example, {"audit_far_tertials_running": 5}).is_empty()


def test_a_stale_setting_change_is_a_conflict(example: Catalogue) -> None:
    stale = ChangeSet("x", settings=(SettingChange("goal_default_primary", "0.1", "0.2"),))
    with pytest.raises(ConflictError):
        example.apply(stale)


def test_retention_is_a_setting_change_and_undo_restores_it(example: Catalogue) -> None:
    assert example.change_log_retention() is None
    change = retention_change(example, 30)
    example.apply(change)
    assert example.change_log_retention() == 30
    example.apply(change.inverse())
    assert example.change_log_retention() is None
    assert retention_change(example, None).is_empty()
