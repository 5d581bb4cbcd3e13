"""File → Preferences sets the catalogue's municipality (its name shown) and population as
one undo step — the same change the Yearly figures window makes — and Kolada's address."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.core.store import Catalogue
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.preferences import PreferencesDialog
from amp_desktop.ui.settings import Settings
from amp_desktop.ui.yearly.dialog import YearlyDialog
from tests.core.yearly.yearly_data import build

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture()
def session(catalogue_path: Path, qtbot):  # type: ignore[no-untyped-def]
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)  # municipality 1980, 10,000 inhabitants
    catalogue = Catalogue.open(catalogue_path)
    yield CatalogueSession(catalogue)
    catalogue.close()


def _preferences(qtbot, session: CatalogueSession) -> PreferencesDialog:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Settings(), session=session)
    qtbot.addWidget(dialog)
    return dialog


def test_municipality_and_population_are_one_undo_step(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    dialog = _preferences(qtbot, session)
    group = dialog.yearly_group
    assert group.municipality_code.text() == "1980"
    assert group.municipality_name.text() == "Västerås"
    assert group.population.value() == 10_000
    group.municipality_code.setText("2580")
    assert group.municipality_name.text() == "Luleå"
    group.population.setValue(80_000)
    yearly = YearlyDialog(session)  # an open Yearly figures window follows the change
    qtbot.addWidget(yearly)
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert session.catalogue.municipality_code() == "2580"
    assert session.catalogue.population() == 80_000
    assert session.undo_stack.count() == 1
    assert yearly.municipality.text() == "2580" and yearly.population.value() == 80_000
    assert yearly.municipality_name.text() == "Luleå"  # the window names the code too
    session.undo_stack.undo()
    assert session.catalogue.municipality_code() == "1980"
    assert session.catalogue.population() == 10_000
    assert yearly.municipality.text() == "1980"
    assert yearly.municipality_name.text() == "Västerås"


def test_nothing_changed_writes_nothing(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    dialog = _preferences(qtbot, session)
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted
    assert session.undo_stack.count() == 0


def test_a_bad_code_keeps_the_dialog_open_and_writes_nothing(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    dialog = _preferences(qtbot, session)
    group = dialog.yearly_group
    group.municipality_code.setText("19")
    assert "four digits" in group.municipality_name.text()
    group.population.setValue(5)
    dialog.accept()
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert not group.problem_label.isHidden() and "SCB code" in group.problem_label.text()
    assert session.catalogue.population() == 10_000 and session.undo_stack.count() == 0
    group.municipality_code.setText("1999")  # four digits, but no such municipality
    assert group.municipality_name.text() == "no municipality has this code"
    dialog.accept()  # was accepted and saved
    assert dialog.result() != PreferencesDialog.DialogCode.Accepted
    assert "No Swedish municipality has the SCB code 1999" in group.problem_label.text()
    assert session.catalogue.municipality_code() != "1999" and session.undo_stack.count() == 0


def test_the_kolada_address_is_an_application_setting(qtbot, session) -> None:  # type: ignore[no-untyped-def]
    settings = Settings()
    dialog = PreferencesDialog(settings, session=session)
    qtbot.addWidget(dialog)
    dialog.yearly_group.kolada_address.setText("http://127.0.0.1:8099/v3/")
    dialog.accept()
    assert settings.kolada_api_url == "http://127.0.0.1:8099/v3/"
    yearly = YearlyDialog(session)
    qtbot.addWidget(yearly)
    assert yearly.api_url.text() == "http://127.0.0.1:8099/v3/"
    again = PreferencesDialog(settings, session=session)
    qtbot.addWidget(again)
    assert again.yearly_group.kolada_address.text() == "http://127.0.0.1:8099/v3/"
    again.yearly_group.kolada_address.setText("https://api.kolada.se/v3")
    again.accept()
    assert settings.kolada_api_url == ""  # Kolada's own address: the default


def test_without_a_catalogue_the_fields_are_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert not dialog.yearly_group.municipality_code.isEnabled()
    assert not dialog.yearly_group.population.isEnabled()
    assert dialog.yearly_group.kolada_address.isEnabled()
    dialog.accept()
    assert dialog.result() == PreferencesDialog.DialogCode.Accepted


def test_preferences_from_the_window_write_through_the_session(  # type: ignore[no-untyped-def]
    make_window, catalogue_path, dialog_answers
) -> None:
    with Catalogue.open(catalogue_path) as catalogue:
        build(catalogue)
    window = make_window(catalogue_path)

    def answer(dialog):  # type: ignore[no-untyped-def]
        assert isinstance(dialog, PreferencesDialog)
        dialog.yearly_group.population.setValue(12_345)
        dialog.accept()
        return dialog.result()

    dialog_answers.replies["modal"] = answer
    window.show_preferences()
    session = window.current_session()
    assert session is not None and session.catalogue.population() == 12_345
    assert session.undo_stack.count() == 1
