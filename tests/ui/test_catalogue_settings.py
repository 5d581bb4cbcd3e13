"""Catalogue settings set in File → Preferences go through the one operation runner:
one undo step each, heard by every view, logged (#10.3); the change log's retention is
one of them (#11.13)."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.preferences import PreferencesDialog
from amp_desktop.ui.settings import Settings

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture()
def session(catalogue_path: Path):  # type: ignore[no-untyped-def]
    catalogue = Catalogue.open(catalogue_path)
    yield CatalogueSession(catalogue)
    catalogue.close()


def _dialog(qtbot, session: CatalogueSession) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Settings(), session=session)
    qtbot.addWidget(dialog)
    return dialog


def test_default_goals_are_an_undo_step_views_hear_of(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    heard = []
    session.changed.connect(heard.append)
    dialog = _dialog(qtbot, session)
    dialog.goal_primary.setValue(60)
    dialog.accept()
    catalogue = session.catalogue
    assert catalogue.default_goals()["primary"] == pytest.approx(0.6)
    assert session.undo_stack.count() == 1 and len(heard) == 1 and heard[0].settings
    assert any(e["field"] == "setting:goal_default_primary" for e in catalogue.change_log())
    session.undo_stack.undo()
    assert "primary" not in catalogue.default_goals()


def test_audit_thresholds_are_an_undo_step(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session)
    dialog.audit_group.far_tertials.setValue(4)
    dialog.accept()
    assert session.catalogue.audit_settings()["audit_far_tertials_running"] == 4
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.catalogue.audit_settings()["audit_far_tertials_running"] == 2


def test_without_a_session_the_dialog_still_writes_through_the_runner(
    qtbot, session, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    runs: list[object] = []
    original = CatalogueSession.run

    def counted(self, write, **kwargs):  # type: ignore[no-untyped-def]
        runs.append(write)
        return original(self, write, **kwargs)

    monkeypatch.setattr(CatalogueSession, "run", counted)
    dialog = PreferencesDialog(Settings(), catalogue=session.catalogue)
    qtbot.addWidget(dialog)
    dialog.goal_secondary.setValue(40)
    dialog.audit_group.ending_months.setValue(6)
    dialog.yearly_group.municipality_code.setText("1980")
    dialog.accept()
    assert len(runs) == 3
    assert session.catalogue.municipality_code() == "1980"


def test_the_change_log_retention_is_set_and_undone(qtbot, session, dialog_answers) -> None:  # type: ignore[no-untyped-def]
    dialog = _dialog(qtbot, session)
    group = dialog.change_log_group
    assert group.keep_days.value() == 0 and group.keep_days.text() == "for ever"
    group.keep_days.setValue(30)
    dialog_answers.replies["confirm"] = False  # removing entries for good is asked first
    dialog.accept()
    assert session.catalogue.change_log_retention() is None
    dialog_answers.replies["confirm"] = True
    dialog.accept()
    assert session.catalogue.change_log_retention() == 30
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.catalogue.change_log_retention() is None


@pytest.mark.parametrize("language", ["en", "sv"])
def test_preferences_fit_a_laptop_screen_in_both_languages(qtbot, session, language: str) -> None:  # type: ignore[no-untyped-def]
    """Seven boxes stacked wanted about 1,000 px: taller than a 768 px laptop screen,
    so Qt squeezed the notes unreadable.  On pages, every page fits in 700 px."""
    from amp_desktop.ui import translations

    translations.install(language)
    try:
        dialog = _dialog(qtbot, session)
        dialog.show()
        assert dialog.pages.count() == 3
        for page in range(dialog.pages.count()):
            dialog.pages.setCurrentIndex(page)
            assert dialog.sizeHint().height() <= 700
            assert dialog.pages.widget(page).layout().count() >= 2  # groups + stretch
    finally:
        translations.install("en")
