"""Preferences' default goals and thresholds written as the Results table writes a
share: 48% in English, 48 % (a no-break space) in Swedish."""

from __future__ import annotations

import pytest

from amp_desktop.core.formatting import format_percent
from amp_desktop.core.store import Catalogue
from amp_desktop.ui.preferences import PreferencesDialog
from amp_desktop.ui.settings import Settings


@pytest.mark.parametrize("language", ["en", "sv"])
def test_a_goal_reads_as_the_table_writes_it(qtbot, example: Catalogue, request, language) -> None:  # type: ignore[no-untyped-def]
    if language == "sv":
        request.getfixturevalue("swedish")
    dialog = PreferencesDialog(Settings(), catalogue=example)
    qtbot.addWidget(dialog)
    dialog.goal_secondary.setValue(48)
    table = format_percent(0.48, 0)
    assert table == ("48%" if language == "en" else "48\u00a0%")
    assert dialog.goal_secondary.text() == table
    assert dialog.short_above.text() == format_percent(1.0, 0)
