"""An open Yearly figures window works its figures out in the worker: at a county's
size one run takes a good part of a second, and the window ran it on the GUI thread
at every edit made in the main window and at every step of the year.  Requests that
come while a run is under way cancel it and the newest is shown."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from amp_desktop.core.store import Catalogue, ChangeSet, ProgrammeChange
from amp_desktop.core.tables.yearly_table import yearly_rows
from amp_desktop.core.yearly import document
from amp_desktop.ui import tasks
from amp_desktop.ui.operations import CatalogueSession
from amp_desktop.ui.yearly.dialog import YearlyDialog
from tests.event_loop import STALL_MS, GapRecorder, busy
from tests.results_data import county as county_catalogue
from tests.results_data import store_results

PROGRAMMES = 600

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Many programmes with referrals every month and two years of results."""
    path = tmp_path_factory.mktemp("county") / "county.amp"
    with Catalogue.create(path) as catalogue:
        county_catalogue(catalogue, PROGRAMMES, (2024, 2025))
        store_results(catalogue, 2024, 2, starts_per_month=3, seed=11)
    return path


@pytest.mark.slow
@pytest.mark.skipif(busy(), reason="the machine is too busy to measure a 100 ms stall")
def test_the_figures_are_worked_out_in_the_worker_and_the_newest_is_shown(
    qtbot, county: Path, threaded_tasks: None, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    runs: list[int] = []
    real = document.yearly_report

    def counted(catalogue: Catalogue, year: int, **options: object) -> document.YearlyReport:
        runs.append(year)
        return real(catalogue, year, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("amp_desktop.ui.yearly.dialog.yearly_report", counted)
    with Catalogue.open(county) as catalogue:
        session = CatalogueSession(catalogue)
        dialog = YearlyDialog(session)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: dialog.report is not None and not tasks.busy(), timeout=30_000)
        first = dialog.model.rowCount()
        runs.clear()
        programme = catalogue.programme(1)
        with GapRecorder() as gaps:
            for year in (2024, 2025, 2024, 2025):  # the year stepped four times at once
                dialog.year.setValue(year)
                qtbot.wait(20)
            # an edit in the main window meanwhile: its figures are the ones shown
            session.run(
                ChangeSet(
                    "places", (ProgrammeChange(1, programme, replace(programme, places=999)),)
                )
            )
            qtbot.waitUntil(lambda: not tasks.busy(), timeout=30_000)
        assert len(gaps.ticks) > 5  # the timer ran all along
        assert gaps.longest_ms() < STALL_MS
        assert dialog.report is not None and dialog.report.year == 2025
        assert dialog.model.rowCount() == first
        shown = [dialog.model.row(r) for r in range(dialog.model.rowCount())]
        assert shown == yearly_rows(real(catalogue, 2025))  # after the edit, for 2025
        assert runs[-1] == 2025 and len(runs) <= 6  # five requests; each run cancelled or shown
        dialog.close()


def test_figures_that_cannot_be_read_are_said_in_the_open_window_only(
    qtbot, example: Catalogue, dialog_answers, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A run that fails for a window closed meanwhile (its catalogue closed with it)
    raises no message over the main window: it runs again when the window is shown."""
    from amp_desktop.core.errors import AmpError

    real = document.yearly_report
    failing = [True]

    def flaky(catalogue: Catalogue, year: int, **options: object) -> document.YearlyReport:
        if failing[0]:
            raise AmpError("The catalogue is closed.")
        return real(catalogue, year, **options)  # type: ignore[arg-type]

    monkeypatch.setattr("amp_desktop.ui.yearly.dialog.yearly_report", flaky)
    dialog = YearlyDialog(CatalogueSession(example))  # worked out before it is shown
    qtbot.addWidget(dialog)
    assert dialog_answers.kinds() == [] and dialog.report is None
    failing[0] = False
    dialog.show()
    assert dialog.report is not None and dialog.model.rowCount() > 0
    failing[0] = True
    dialog.refresh()  # shown: the reason is said, in the window and in a message
    assert dialog_answers.kinds() == ["error"]
    assert dialog.notes.text() == "The catalogue is closed."
    dialog.close()
