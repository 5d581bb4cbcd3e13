"""Writing a PDF reports its pages to a Progress, and Cancel leaves the target as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from amp_desktop.core.progress import Cancelled, Progress
from amp_desktop.core.reports import capacity_overview
from amp_desktop.ui.printing import write_pdf
from tests.synthetic import synthetic_plan


def test_pages_are_reported(qapp: object, tmp_path: Path) -> None:
    seen: list[tuple[int, int | None]] = []
    progress = Progress(lambda done, total, text: seen.append((done, total)), interval=0)
    pages = write_pdf(capacity_overview(synthetic_plan(60)), tmp_path / "o.pdf", progress=progress)
    assert pages > 1
    assert seen[-1] == (pages, pages)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_cancel_leaves_the_old_pdf_and_no_litter(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "o.pdf"
    old = b"%PDF-1.4\nlast month's report\n%%EOF\n"
    target.write_bytes(old)

    def cancel_on_page_two(done: int, total: int | None, text: str) -> None:
        if done >= 1:
            progress.cancel()

    progress = Progress(cancel_on_page_two, interval=0)
    with pytest.raises(Cancelled):
        write_pdf(capacity_overview(synthetic_plan(60)), target, progress=progress)
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.pdf"]
