"""Reading a workbook for import hears Cancel and says how far it is: a county's own
export took a minute and a half to read back with Cancel heard only at the end."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from amp_desktop.core.excel.export import export_workbook
from amp_desktop.core.excel.importer import analyse
from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.store import Catalogue
from tests.excel_fixtures import referral_list


def _cancelling_at(phase_start: str, heard: list[tuple[int, int | None, str]]) -> Progress:
    """A progress that notes every report and cancels once a phase starting with
    *phase_start* begins."""

    def report(done: int, total: int | None, text: str) -> None:
        heard.append((done, total, text))
        if text.startswith(phase_start):
            progress.cancel()

    progress = Progress(report, interval=0)
    return progress


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_reading_back_an_export_reports_its_rows_and_stops_when_cancelled(
    example_path: Path, tmp_path: Path
) -> None:
    with Catalogue.open(example_path) as catalogue:
        book = export_workbook(catalogue, tmp_path / "export.xlsx")
        heard: list[tuple[int, int | None, str]] = []
        steps = Progress(lambda d, t, x: heard.append((d, t, x)), interval=0)
        analyse(catalogue, book, progress=steps)
        rows = [(d, t) for d, t, x in heard if x.startswith("Reading the sheet")]
        assert rows and rows[-1][1] is not None and rows[-1][0] == rows[-1][1] - 1
        before = _digest(example_path)
        with pytest.raises(Cancelled):
            analyse(catalogue, book, progress=_cancelling_at("Reading the sheet", []))
    assert _digest(example_path) == before


def test_counting_a_referral_list_stops_when_cancelled(example_path: Path, tmp_path: Path) -> None:
    with Catalogue.open(example_path) as catalogue:
        names = [p.name for p in catalogue.programmes()][:3]
        book, _ids, _names = referral_list(tmp_path / "anvisningar.xlsx", names, rows=50)
        heard: list[tuple[int, int | None, str]] = []
        with pytest.raises(Cancelled):
            analyse(catalogue, book, progress=_cancelling_at("Counting the referrals", heard))
        assert any(text == "Counting the referrals…" for _d, _t, text in heard)
        assert analyse(catalogue, book).demand  # uncancelled, it counts them
