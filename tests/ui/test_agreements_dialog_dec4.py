"""The Agreements dialog as a unit head uses it from the keyboard: Enter saves what
was typed, a date that cannot be kept names its field, and an empty form is not
saved as a nameless agreement."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from amp_desktop.core.store import Catalogue
from amp_desktop.ui.agreements_dialog import AgreementsDialog
from amp_desktop.ui.operations import CatalogueSession

# A dialog shown on its own: the offscreen platform warns on show().
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def session(qapp: object, example: Catalogue) -> CatalogueSession:
    return CatalogueSession(example)


@pytest.fixture
def dialog(qtbot, session: CatalogueSession) -> AgreementsDialog:  # type: ignore[no-untyped-def]
    dialog = AgreementsDialog(session)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_enter_in_a_field_saves_the_agreement_typed(qtbot, dialog, session) -> None:  # type: ignore[no-untyped-def]
    assert dialog.focusWidget() is dialog.reference
    qtbot.keyClicks(dialog.reference, "AF-2024-17")
    qtbot.keyClick(dialog.reference, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.title, "Lokal ok 2024")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    saved = session.catalogue.agreements()
    assert [(a.reference, a.title) for a in saved] == [("AF-2024-17", "Lokal ok 2024")]
    assert dialog.reference.text() == "AF-2024-17" and dialog.model.rowCount() == 1
    assert session.undo_stack.count() == 1
    # Enter again with nothing changed: no second agreement, no undo step.
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert len(session.catalogue.agreements()) == 1 and session.undo_stack.count() == 1


@pytest.mark.parametrize(
    ("first", "last", "field", "focused"),
    [
        ("2024-02-30", "", "Valid from: ", "valid_from"),
        ("", "31/12/2026", "Valid to: ", "valid_to"),
        ("2024-01-01", "2023-12-31", "Valid to: ", "valid_to"),
    ],
)
def test_a_date_that_cannot_be_kept_names_its_field(  # type: ignore[no-untyped-def]
    dialog, session, first: str, last: str, field: str, focused: str
) -> None:
    dialog.reference.setText("AF-1")
    dialog.valid_from.setText(first)
    dialog.valid_to.setText(last)
    dialog.save()
    assert dialog.message.text().startswith(field), dialog.message.text()
    assert dialog.focusWidget() is getattr(dialog, focused)
    assert session.catalogue.agreements() == [] and session.undo_stack.count() == 0


def test_an_empty_form_is_not_saved_as_a_nameless_agreement(dialog, session) -> None:  # type: ignore[no-untyped-def]
    dialog.valid_from.setText("2024-01-01")
    dialog.save()
    assert "reference or a title" in dialog.message.text()
    assert dialog.focusWidget() is dialog.reference
    assert session.catalogue.agreements() == [] and session.undo_stack.count() == 0
    dialog.title.setText("Finsam Västerås")
    dialog.save()
    assert [a.title for a in session.catalogue.agreements()] == ["Finsam Västerås"]
    assert dialog.message.isHidden()
