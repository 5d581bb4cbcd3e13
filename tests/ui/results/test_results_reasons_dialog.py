"""The import dialog maps a participant list's unrecognised exit reasons: one drop-down
per wording, the choice read into the preview, and kept for the next import."""

from __future__ import annotations

import datetime as dt

import pytest

from amp_desktop.core.domain import Programme
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.results.categories import REASON_KEYS
from amp_desktop.ui.app import load_fonts
from amp_desktop.ui.excel.choice_delegate import CHOICES_ROLE
from amp_desktop.ui.excel.import_dialog import ImportDialog
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.results.reason_choices import ExitReasonModel
from tests.participant_lists import HEADERS_SV, write_list
from tests.ui.excel.import_helpers import choose, texts

D = dt.date
#: Two wordings no case system AMP knows uses, and two it recognises.
ODD = ["Blå lapp", "Z-kod 7"]


def _rows() -> list[list[object]]:
    rows: list[list[object]] = [list(HEADERS_SV)]
    reasons = [*ODD, "Arbete utan stöd", "Studier", "Blå lapp"]
    for day, reason in enumerate(reasons, start=1):
        rows.append(
            [None, None, "Jobbspår", D(2025, 2, day), D(2025, 3, day), reason, "K", "AM1", "AF"]
        )
    return rows


@pytest.fixture
def session(qapp, make_catalogue) -> CatalogueSession:  # type: ignore[no-untyped-def]
    load_fonts()
    catalogue = make_catalogue()
    catalogue.add_programme(Programme("Jobbspår", places=10))
    return CatalogueSession(catalogue)


def _dialog(qtbot, session, path) -> ImportDialog:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(session, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_each_unmapped_reason_gets_a_drop_down_and_the_choice_is_kept(
    qtbot, qtmodeltester, session, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = write_list(tmp_path / "deltagare.xlsx", _rows())
    dialog = _dialog(qtbot, session, path)
    model = dialog.reason_model
    qtmodeltester.check(model, force_py=True)
    assert dialog.reason_view.isVisible() and dialog.reason_label.isVisible()
    assert texts(model) == sorted(ODD)  # one row per wording, not per list row
    assert texts(model, ExitReasonModel.COL_ROWS) == ["2", "1"]
    category = model.index(0, ExitReasonModel.COL_CATEGORY)
    assert [key for key, _label in category.data(CHOICES_ROLE)] == ["", *REASON_KEYS]
    assert category.data() == "(choose a category)"
    problems = texts(dialog.problems_model)
    assert any("“Blå lapp” (2 rows): choose" in text for text in problems)
    assert any("“Z-kod 7” (1 row): choose" in text for text in problems)

    combo = choose(dialog.reason_view, 0, ExitReasonModel.COL_CATEGORY, "completed")
    assert combo.count() == len(REASON_KEYS) + 1
    qtbot.waitUntil(lambda: "Blå lapp" not in dialog.preview.unmapped_reasons)
    assert dialog.preview.unmapped_reasons == {"Z-kod 7": 1}
    assert texts(model) == sorted(ODD)  # a chosen wording stays, to be changed
    assert model.index(0, ExitReasonModel.COL_CATEGORY).data() == "Assignment completed"
    choose(dialog.reason_view, 1, ExitReasonModel.COL_CATEGORY, "interrupted")
    qtbot.waitUntil(lambda: not dialog.preview.unmapped_reasons)
    assert not any("choose which category" in text for text in texts(dialog.problems_model))
    qtmodeltester.check(model, force_py=True)

    dialog.show_page(1)
    with qtbot.waitSignal(session.changed):
        dialog.apply_button.click()
    assert session.catalogue.reason_mapping() == {
        "blå lapp": "completed",
        "z-kod 7": "interrupted",
    }
    # The next list with the same wordings needs no choice: no drop-downs.
    again = analyse(session.catalogue, path, kind="participants")
    assert again.unmapped_reasons == {}
    second = _dialog(qtbot, session, path)
    assert second.reason_model.rowCount() == 0 and not second.reason_view.isVisible()


def test_a_list_whose_reasons_are_all_recognised_shows_no_drop_downs(
    qtbot, session, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    rows = [row for row in _rows() if row[5] not in ODD]
    dialog = _dialog(qtbot, session, write_list(tmp_path / "deltagare.xlsx", rows))
    assert dialog.preview.kind == "participants"
    assert dialog.reason_model.rowCount() == 0
    assert not dialog.reason_view.isVisible() and not dialog.reason_label.isVisible()
