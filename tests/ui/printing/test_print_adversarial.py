"""The report chooser can be opened on the results (File → Print Preview from the
Results tab), not always on the capacity overview."""

from __future__ import annotations

from amp_desktop.core.planning import Period
from amp_desktop.core.reports import KIND_OVERVIEW, KIND_RESULTS
from amp_desktop.ui.printing.chooser import ReportChooser, choose_report


def test_the_chooser_can_open_on_the_results(qtbot, dialog_answers) -> None:  # type: ignore[no-untyped-def]
    dialog_answers.replies["choose_report"] = lambda **details: (
        details["report"],
        details["period"],
    )
    chosen = choose_report(None, Period.tertial(2025, 2), "Print Preview", kind=KIND_RESULTS)
    assert chosen == (KIND_RESULTS, Period.tertial(2025, 2))
    chooser = ReportChooser(None, Period.tertial(2025, 2), KIND_RESULTS)
    qtbot.addWidget(chooser)
    assert chooser.kind() == KIND_RESULTS and chooser.period() == Period.tertial(2025, 2)


def test_the_overview_is_asked_as_before(dialog_answers) -> None:  # type: ignore[no-untyped-def]
    dialog_answers.replies["choose_report"] = lambda period, title: (KIND_OVERVIEW, period)
    assert choose_report(None, Period.year(2026), "Print") == (KIND_OVERVIEW, Period.year(2026))
