"""Message boxes show their text as written (4 December, evening)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from amp_desktop.ui import dialogs


@pytest.mark.parametrize("icon", ["Question", "Information", "Critical"])
def test_a_message_naming_what_the_user_typed_is_not_taken_for_markup(qtbot, icon) -> None:  # type: ignore[no-untyped-def]
    """A scenario named "<b>x</b>" was asked about in bold ("Delete the scenario x?"):
    Qt guesses rich text from a tag in the text."""
    box = dialogs.message_box(icon, None, "Delete", "Delete the scenario “<b>x</b>”?")
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "Delete the scenario “<b>x</b>”?"
    assert box.icon().name == icon
